import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { GOLDEN_DIR, createCaseIo, listCases, readCaseArgs } from './support/golden-cases.js';
import { MARKED_TOKEN, runCli } from './support/run-cli.js';

/** Receptive mode needs the key KAS authenticates with. */
const JWT_PUBLIC_KEY = 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=';
const VALUES_FILE = ['replicas: 2', 'replica: 3', 'config:', '  token: glagent-abc', '  kasAdress: wss://x', ''].join('\n');

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

interface JsonReport {
  valid: boolean;
  releaseName: string;
  namespace: string;
  problems: {
    check: string;
    path: string;
    message: string;
    hint?: string;
    source: { label: string; origin: string; line?: number } | null;
  }[];
  warnings: JsonReport['problems'];
}

async function codeQuality(argv: readonly string[], files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const result = await runCli(['validate', '--format', 'codequality', ...argv], { files, env });
  return { ...result, issues: JSON.parse(result.stdout) as CodeQualityIssue[] };
}

describe('validate: text', () => {
  it('exits 0 for valid values, with the summary on stdout', async () => {
    const result = await runCli(['validate', '--set', 'config.token=glagent-abc']);
    expect(result).toEqual({ exitCode: 0, stdout: 'the values are valid\n', stderr: '' });
  });

  it('counts warnings in a valid report', async () => {
    const result = await runCli(['validate', '--set', 'config.token=no-prefix']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^--set: warning: config\.token: .*\nthe values are valid \(1 warning\)\n$/);
  });

  it('lists every problem with the file and line that set it, and exits 1', async () => {
    const result = await runCli(['validate', '-f', 'values.yaml', '--set', 'service.internalPort=x'], {
      files: { 'values.yaml': VALUES_FILE },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain('values.yaml:2: error: replica: is not a key of this chart; did you mean replicas?');
    expect(lines.some((line) => line.startsWith('values.yaml:5: error: config.kasAdress: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('--set: error: service.internalPort: '))).toBe(true);
    expect(lines[lines.length - 1]).toBe('the values are invalid: 3 problems');
  });

  it('agrees with generate on every golden case', async () => {
    for (const name of listCases(GOLDEN_DIR)) {
      const caseDir = join(GOLDEN_DIR, name);
      // --explain-rbac is generate's own flag: it prints a report instead of the manifests.
      if (readCaseArgs(caseDir).includes('--explain-rbac')) continue;
      const generated = createCaseIo(caseDir);
      const validated = createCaseIo(caseDir);
      const generateExit = await run(['generate', ...readCaseArgs(caseDir)], generated.io);
      const validateExit = await run(['validate', ...readCaseArgs(caseDir)], validated.io);
      expect(validateExit, `${name}: ${generated.captured.stderr}`).toBe(generateExit);
    }
  });
});

describe('validate: json', () => {
  it('reports problems and warnings with their sources', async () => {
    const result = await runCli(['validate', '--format', 'json', '-f', 'values.yaml', '--set', 'image.tag=v16.0.0'], {
      files: { 'values.yaml': VALUES_FILE },
    });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.valid).toBe(false);
    expect([report.releaseName, report.namespace]).toEqual(['gitlab-agent', 'gitlab-agent']);
    expect(report.problems.find((problem) => problem.path === 'replica')).toEqual({
      check: 'unknown-key',
      path: 'replica',
      message: 'is not a key of this chart',
      hint: 'did you mean replicas?',
      source: { label: 'values.yaml', origin: 'file', line: 2 },
    });
    expect(report.warnings.find((warning) => warning.path === 'image.tag')).toMatchObject({
      check: 'old-agent-version',
      source: { label: '--set', origin: 'flag' },
    });
  });

  it('names each warning by its code and gives the CLI hint for it', async () => {
    const receptive = [
      '--set',
      'config.token=glagent-t,config.receptive.enabled=true',
      '--set',
      `config.api.jwtPublicKey=${JWT_PUBLIC_KEY}`,
    ];
    const result = await runCli(['validate', '--format', 'json', ...receptive]);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.warnings).toEqual([
      expect.objectContaining({
        check: 'private-api-jwt-random',
        path: 'config.receptive.enabled',
        hint: expect.stringContaining('--private-api-jwt-file'),
      }),
    ]);
  });

  it('adds the flag that fixes a type slip to the library hint', async () => {
    const result = await runCli(['validate', '--format', 'json', '--set', 'config.token=12345', '--set', 'replicas=two']);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.problems.map(({ check, path, hint }) => ({ check, path, hint }))).toEqual([
      { check: 'wrong-type', path: 'replicas', hint: 'write the number without quotes, and use --set rather than --set-string' },
      { check: 'wrong-type', path: 'config.token', hint: 'quote the token or pass it with --set-string config.token=...' },
    ]);
  });

  it('is valid JSON with empty lists for good values', async () => {
    const result = await runCli(['validate', '--format=json', '--set', 'config.secretName=existing']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, problems: [], warnings: [] });
  });
});

describe('validate: GitLab Code Quality', () => {
  it('gives every required field, pointing into the values file', async () => {
    const { exitCode, issues } = await codeQuality(['-f', './sub/values.yaml'], { 'sub/values.yaml': VALUES_FILE });
    expect(exitCode).toBe(1);
    expect(issues.length).toBe(2);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(issue.severity).toBe('major');
      expect(issue.location.path).toBe('sub/values.yaml');
    }
    expect(issues.map((issue) => [issue.check_name, issue.location.lines.begin])).toEqual([
      ['unknown-key', 2],
      ['unknown-key', 5],
    ]);
    expect(issues[0]?.description).toBe('replica: is not a key of this chart; did you mean replicas?');
  });

  it('includes warnings as minor issues; one nobody set points at the last values file, or at the chart defaults', async () => {
    // image.tag is nobody's: the release's own agentk, skewed from GitLab 18.0.
    const skewed = ['--chart-version', '2.34.0', '--gitlab-version', '18.0'];
    const withFile = await codeQuality(['-f', 'a.yaml', '-f', 'b.yaml', ...skewed], {
      'a.yaml': 'config:\n  token: glagent-t\n',
      'b.yaml': 'replicas: 2\n',
    });
    expect(withFile.exitCode).toBe(0);
    expect(withFile.issues).toEqual([
      expect.objectContaining({ check_name: 'version-skew', severity: 'minor', location: { path: 'b.yaml', lines: { begin: 1 } } }),
    ]);
    const withoutFile = await codeQuality(['--set', 'config.token=glagent-t', ...skewed]);
    expect(withoutFile.issues[0]?.location).toEqual({ path: '(chart defaults)', lines: { begin: 1 } });
  });

  it('points a value from a flag at the flag, and a later source wins', async () => {
    const files = { 'a.yaml': 'replica: 1\n', 'b.yaml': '\n\nreplica: 2\n', 'token.txt': 'glagent-abc\n' };
    const flags = ['--agent-token-file', 'token.txt'];
    expect((await codeQuality([...flags, '-f', 'a.yaml', '-f', 'b.yaml'], files)).issues[0]?.location).toEqual({
      path: 'b.yaml',
      lines: { begin: 3 },
    });
    expect((await codeQuality([...flags, '-f', 'b.yaml', '--set', 'replica=4'], files)).issues[0]?.location).toEqual({
      path: '--set',
      lines: { begin: 1 },
    });
    const receptive = await codeQuality(
      [...flags, '--kas-address', 'wss://kas.example.com', '--set', 'config.receptive.enabled=true'],
      files,
    );
    expect(receptive.issues.find((issue) => issue.description.startsWith('config.kasAddress'))?.location.path).toBe('--kas-address');
  });

  it('makes an absolute path inside the working directory relative', async () => {
    const { issues } = await codeQuality(['-f', '/work/case/values.yaml'], { 'values.yaml': VALUES_FILE });
    expect(issues[0]?.location.path).toBe('values.yaml');
  });

  it('keeps fingerprints stable across runs and distinct per issue', async () => {
    const first = await codeQuality(['-f', 'values.yaml'], { 'values.yaml': VALUES_FILE });
    const second = await codeQuality(['-f', 'values.yaml'], { 'values.yaml': `# moved\n${VALUES_FILE}` });
    expect(second.issues.map((issue) => issue.fingerprint)).toEqual(first.issues.map((issue) => issue.fingerprint));
    expect(new Set(first.issues.map((issue) => issue.fingerprint)).size).toBe(first.issues.length);
  });

  it('reports a values file that is not YAML at its line', async () => {
    const { exitCode, issues } = await codeQuality(['-f', 'broken.yaml'], { 'broken.yaml': 'a: 1\nb: [\n' });
    expect(exitCode).toBe(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check_name: 'values-source-syntax', location: { path: 'broken.yaml' } });
    expect(issues[0]?.location.lines.begin).toBeGreaterThan(1);
  });

  it('reports a --set that does not parse at the flag', async () => {
    const { exitCode, issues } = await codeQuality(['--set', 'list[-1]=x']);
    expect(exitCode).toBe(1);
    expect(issues[0]?.location.path).toBe('--set');
  });

  it.each([
    [['--release-name', 'Bad_Name'], '--release-name'],
    [['--name-prefix', 'Bad_'], '--name-prefix'],
    [['-n', 'Bad_NS'], '--namespace'],
  ])('reports a bad release identity %j at its flag', async (argv, flag) => {
    const { exitCode, issues } = await codeQuality(argv);
    expect(exitCode).toBe(1);
    expect(issues).toEqual([expect.objectContaining({ check_name: 'release-name', location: { path: flag, lines: { begin: 1 } } })]);
  });

  it('never holds the token', async () => {
    const { stdout } = await codeQuality(
      ['--set', `config.tokn=${MARKED_TOKEN}`, '--set-json', `config.kasHeaders=["${MARKED_TOKEN}", 5]`],
      {},
      { GITLAB_AGENT_TOKEN: MARKED_TOKEN },
    );
    expect(stdout).not.toContain('MARKER');
    expect(JSON.parse(stdout).length).toBeGreaterThan(0);
  });
});

describe('validate: usage errors', () => {
  it.each([
    [['validate', '--format', 'xml']],
    [['validate', '--output', 'json']],
    [['validate', '-f', 'missing.yaml']],
    [['validate', '--agent-token-file', '-']],
    [['validate', 'stray']],
  ])('%j exits 2 with one line on stderr and nothing on stdout', async (argv) => {
    const result = await runCli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
  });
});
