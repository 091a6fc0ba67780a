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

  it('phrases the hint of a type slip for the flag that made it', async () => {
    const result = await runCli(['validate', '--format', 'json', '--set', 'config.token=12345', '--set', 'replicas=two']);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.problems.map(({ check, path, hint }) => ({ check, path, hint }))).toEqual([
      { check: 'wrong-type', path: 'replicas', hint: 'give a number' },
      { check: 'wrong-type', path: 'config.token', hint: 'pass it with --set-string config.token=...' },
    ]);
  });

  it('phrases hints for a values file in YAML, without flags', async () => {
    const files = { 'values.yaml': 'podLabels:\n  team: 5\nconfig:\n  token: 12345\nreplicas: "two"\nextraArgs: --a\n' };
    const result = await runCli(['validate', '--format', 'json', '-f', 'values.yaml'], { files });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.problems.map(({ path, hint }) => [path, hint])).toEqual([
      ['podLabels.team', expect.stringMatching(/: quote it$/)],
      ['config.token', 'quote the token'],
      ['replicas', 'write the number without quotes'],
      ['extraArgs', 'give a YAML list'],
    ]);
    expect(result.stdout).not.toContain('--set');
  });

  it('advises quoting only for a value of the wrong type, not for a string that breaks the rule', async () => {
    const files = { 'values.yaml': 'podLabels:\n  team: "a b"\n  tier: 5\n' };
    const fromFile = JSON.parse((await runCli(['validate', '--format', 'json', '-f', 'values.yaml'], { files })).stdout) as JsonReport;
    expect(fromFile.problems.map(({ path, hint }) => [path, hint])).toEqual([
      ['podLabels.team', expect.stringMatching(/: change the value$/)],
      ['podLabels.tier', 'label values must be strings: quote it'],
      expect.anything(),
    ]);
    const fromSet = JSON.parse((await runCli(['validate', '--format', 'json', '--set', 'podLabels.team=a b'])).stdout) as JsonReport;
    expect(fromSet.problems[0]?.hint).toMatch(/: change the value$/);
    expect(fromSet.problems[0]?.hint).not.toContain('--set-string');
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

  it('includes warnings as minor issues; an issue nobody set points at the last values file, or at the chart defaults', async () => {
    // config.token is nobody's: the missing token is reported where the values were given.
    const withFile = await codeQuality(['-f', 'a.yaml', '-f', 'b.yaml'], { 'a.yaml': 'replicas: 1\n', 'b.yaml': 'replicas: 2\n' });
    expect(withFile.exitCode).toBe(1);
    expect(withFile.issues).toEqual([
      expect.objectContaining({ check_name: 'missing-required', severity: 'major', location: { path: 'b.yaml', lines: { begin: 1 } } }),
    ]);
    const withoutFile = await codeQuality([]);
    expect(withoutFile.issues[0]?.location).toEqual({ path: '(chart defaults)', lines: { begin: 1 } });
    const warned = await codeQuality(['--set', 'config.token=no-prefix']);
    expect(warned.exitCode).toBe(0);
    expect(warned.issues).toEqual([
      expect.objectContaining({ check_name: 'token-without-prefix', severity: 'minor', location: { path: '--set', lines: { begin: 1 } } }),
    ]);
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
    const { exitCode, issues } = await codeQuality([...argv, '--set', 'config.token=glagent-t']);
    expect(exitCode).toBe(1);
    expect(issues.filter((issue) => issue.severity === 'major')).toEqual([
      expect.objectContaining({ check_name: 'release-name', location: { path: flag, lines: { begin: 1 } } }),
    ]);
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

describe('validate: usage errors with a machine-readable format', () => {
  it.each([
    [['--format', 'codequality', '--bogus']],
    [['--format=codequality', '-f', 'missing.yaml']],
    [['--set', 'replicas=1', '--format', 'codequality', '--agent-token', 'a', '--agent-token-file', 'b']],
    [['--chart-version', '9.9.9', '--format', 'codequality']],
    [['--format', 'codequality', '--release-name']],
  ])('%j still writes an empty Code Quality report, with the error on stderr and exit 2', async (argv) => {
    const result = await runCli(['validate', ...argv]);
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
  });

  it('writes a JSON report with no entries and the error for --format json', async () => {
    const result = await runCli(['validate', '--format', 'json', '--strct']);
    expect(result.exitCode).toBe(2);
    const error = result.stderr.replace(/^Error: /, '').trimEnd();
    expect(JSON.parse(result.stdout)).toEqual({ valid: false, error, problems: [], warnings: [] });
  });

  it('takes the last --format, never the value of another flag, and writes nothing for text', async () => {
    expect((await runCli(['validate', '--format', 'codequality', '--format', 'text', '--bogus'])).stdout).toBe('');
    expect((await runCli(['validate', '--set', '--format', '--format', 'codequality', '--bogus'])).stdout).toBe('[]\n');
    expect((await runCli(['validate', '-f', '--format', 'codequality', '--bogus'])).stdout).toBe('');
    expect((await runCli(['validate', '--bogus', '--', '--format', 'codequality'])).stdout).toBe('');
  });
});

describe('validate: every problem at once, in file order', () => {
  it('reports a bad release name and a bad namespace together, with the values problems', async () => {
    const files = { 'values.yaml': 'replica: 1\nconfig:\n  token: glagent-t\n' };
    const result = await runCli(['validate', '--release-name', 'Bad_Name', '-n', 'Bad_NS', '-f', 'values.yaml'], { files });
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('values.yaml:1: error: replica: is not a key of this chart; did you mean replicas?');
    expect(lines[1]).toMatch(/^--release-name: error: release name "Bad_Name": invalid release name/);
    expect(lines[2]).toMatch(/^--namespace: error: namespace "Bad_NS": invalid namespace/);
    expect(lines[lines.length - 1]).toBe('the values are invalid: 3 problems');
  });

  it('names --name-prefix, and still reports both beside a values file that is not YAML', async () => {
    const result = await runCli(['validate', '--format', 'json', '--name-prefix', 'Bad_', '-n', 'Bad_NS', '-f', 'v.yaml'], {
      files: { 'v.yaml': 'a: [\n' },
    });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.problems.map((problem) => [problem.check, problem.source?.label])).toEqual([
      ['values-source-syntax', 'v.yaml'],
      ['release-name', '--name-prefix'],
      ['release-name', '--namespace'],
    ]);
    expect(report.problems[1]?.message).toMatch(/^--name-prefix gives the release name "Bad_"/);
  });

  const ORDER_FILE = [
    'image:', // 1
    '  tag: 1.10', // 2: a schema error
    'config:', // 3
    '  kasAddress: https://kas.example.com', // 4: a semantic check
    '  token: glagent-abc', // 5
    'extraEnv: [{name: POD_NAMESPACE, value: "x"}, {name: "1x", value: a}]', // 6: a warning, then a semantic error further right
    'replica: 1', // 7: a schema error (unknown key)
    'podLabels: {team: 5, "bad key!": x}', // 8: a schema error, then a semantic one
    '',
  ].join('\n');
  const EXPECTED_ORDER = [
    'a.yaml:2 image.tag',
    'a.yaml:4 config.kasAddress',
    'a.yaml:6 extraEnv[0].name',
    'a.yaml:6 extraEnv[1].name',
    'a.yaml:7 replica',
    'a.yaml:8 podLabels.team',
    'a.yaml:8 podLabels["bad key!"]',
    'b.yaml:1 replicas',
    '--set serviceAccount.nme',
  ];
  const ORDER_ARGS = ['-f', 'a.yaml', '--set', 'serviceAccount.nme=x', '-f', 'b.yaml'];
  const ORDER_FILES = { 'a.yaml': ORDER_FILE, 'b.yaml': 'replicas: "2"\n' };

  it('lists schema errors, semantic problems and warnings by file, line and column in text', async () => {
    const result = await runCli(['validate', ...ORDER_ARGS], { files: ORDER_FILES });
    const lines = result.stdout.trimEnd().split('\n').slice(0, -1);
    expect(
      lines.map((line) => line.replace(/^([^:]+(?::\d+)?): (?:error|warning): ([^:]+(?:\[[^\]]*\])?(?:\.\w+)?): .*$/, '$1 $2')),
    ).toEqual(EXPECTED_ORDER.map((entry) => entry.replace(/^(\S+):(\d+) /, '$1:$2 ')));
  });

  it('keeps the same order in JSON (problems and warnings each) and Code Quality', async () => {
    const json = JSON.parse((await runCli(['validate', '--format', 'json', ...ORDER_ARGS], { files: ORDER_FILES })).stdout) as JsonReport;
    const describe = (entry: JsonReport['problems'][number]) =>
      `${entry.source?.label ?? '-'}${entry.source?.line === undefined ? '' : `:${entry.source.line}`} ${entry.path}`;
    expect([...json.problems, ...json.warnings].map(describe).sort()).toEqual([...EXPECTED_ORDER].sort());
    expect(json.problems.map(describe)).toEqual(EXPECTED_ORDER.filter((entry) => !entry.includes('extraEnv[0]')));
    const { issues } = await codeQuality(ORDER_ARGS, ORDER_FILES);
    expect(issues.map((issue) => `${issue.location.path}:${issue.location.lines.begin}`)).toEqual([
      ...EXPECTED_ORDER.slice(0, -1).map((entry) => entry.split(' ')[0]),
      '--set:1',
    ]);
  });

  it('lists the problems of generate in the same order', async () => {
    const result = await runCli(['generate', ...ORDER_ARGS], { files: ORDER_FILES });
    expect(result.exitCode).toBe(1);
    const paths = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(': ')[0]);
    expect(paths).toEqual(
      EXPECTED_ORDER.filter((entry) => !entry.includes('extraEnv[0]')).map((entry) => entry.slice(entry.indexOf(' ') + 1)),
    );
  });
});

describe('validate: warnings name the source that caused them', () => {
  it('blames no source for a warning about a key nobody set, whatever set the keys beside it', async () => {
    // rbac.leastPrivilege.namespaces is nobody's: the warning is about its absence, not about rbac.profile.
    const files = { 'config.yaml': 'ci_access:\n  projects:\n    - id: group/app\n', 'v.yaml': 'rbac:\n  profile: least-privilege\n' };
    const fromFlag = await runCli(
      ['validate', '--format', 'json', '--set', 'config.token=glagent-t,rbac.profile=least-privilege', '--agent-config', 'config.yaml'],
      { files },
    );
    expect((JSON.parse(fromFlag.stdout) as JsonReport).warnings).toContainEqual(
      expect.objectContaining({ check: 'rbac-agent-access-ungranted', source: null }),
    );
    const fromFile = await runCli(
      ['validate', '--format', 'json', '--set', 'config.token=glagent-t', '-f', 'v.yaml', '--agent-config', 'config.yaml'],
      { files },
    );
    expect((JSON.parse(fromFile.stdout) as JsonReport).warnings).toContainEqual(
      expect.objectContaining({ check: 'rbac-agent-access-ungranted', source: null }),
    );
  });

  it('points the missing-token problem at the line that emptied the token', async () => {
    const result = await runCli(['validate', '--format', 'json', '-f', 'v.yaml'], {
      files: { 'v.yaml': 'replicas: 1\nconfig:\n  token: ""\n' },
    });
    const problem = (JSON.parse(result.stdout) as JsonReport).problems.find((entry) => entry.path === 'config.token');
    expect(problem).toMatchObject({ check: 'missing-required', source: { label: 'v.yaml', origin: 'file', line: 3 } });
  });

  it('names --gitlab-version for a skew of the default agent, and the flag that set image.tag otherwise', async () => {
    const skew = JSON.parse(
      (
        await runCli([
          'validate',
          '--format',
          'json',
          '--gitlab-version',
          '18.0',
          '--chart-version',
          '2.34.0',
          '--set',
          'config.secretName=s',
        ])
      ).stdout,
    ) as JsonReport;
    expect(skew.warnings).toEqual([
      expect.objectContaining({ check: 'version-skew', source: { label: '--gitlab-version', origin: 'flag' } }),
    ]);
    const tagged = JSON.parse(
      (
        await runCli([
          'validate',
          '--format',
          'json',
          '--gitlab-version',
          '18.0',
          '--agent-version',
          'v19.6.0',
          '--set',
          'config.secretName=s',
        ])
      ).stdout,
    ) as JsonReport;
    expect(tagged.warnings).toEqual([
      expect.objectContaining({ check: 'version-skew', source: { label: '--agent-version', origin: 'flag' } }),
    ]);
  });

  it('blames no source for a setting nobody gave, not the file that set a sibling', async () => {
    const files = {
      'v.yaml': 'rbac:\n  profile: least-privilege\n  leastPrivilege:\n    modules:\n      flux: false\n',
      'c.yaml': 'ci_access:\n  projects:\n    - id: g/p\n',
    };
    const result = await runCli(
      ['validate', '--format', 'json', '--set', 'config.secretName=s', '--agent-config', 'c.yaml', '-f', 'v.yaml'],
      {
        files,
      },
    );
    expect((JSON.parse(result.stdout) as JsonReport).warnings).toEqual([
      expect.objectContaining({ check: 'rbac-agent-access-ungranted', path: 'rbac.leastPrivilege.namespaces', source: null }),
    ]);
  });
});
