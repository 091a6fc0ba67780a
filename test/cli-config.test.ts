import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { validateAgentConfig } from '../src/agent-config/validate-agent-config.js';
import { CONFIG_EXAMPLES } from '../src/cli/help-text.js';
import { run } from '../src/cli/run.js';
import { createMemoryIo, type MemoryIoOptions } from './support/create-memory-io.js';
import { REPO_ROOT } from './support/golden-cases.js';

const scratch = mkdtempSync(join(tmpdir(), 'cli-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let projectCount = 0;

/** A fresh project folder with agent configuration files at the given paths. */
function createProject(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  projectCount += 1;
  const dir = join(scratch, `project-${projectCount}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function runIn(
  cwd: string,
  argv: readonly string[],
  options: Omit<MemoryIoOptions, 'cwd'> = {},
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const memory = createMemoryIo({ ...options, cwd });
  const exitCode = await run(argv, memory.io);
  return { exitCode, stdout: memory.stdout(), stderr: memory.stderr() };
}

const VALID = 'ci_access:\n  projects:\n    - id: my-group/app\n';
const INVALID = 'ci_access:\n  project:\n    - id: my-group/app\nflux: enabled\n';
const WARNED = 'ci_access:\n  projects:\n    - id: /my-group/app\n';

describe('config help', () => {
  it.each([
    [['config', '--help'], 'config <command>'],
    [['help', 'config'], 'config <command>'],
    [['config', 'help', 'init'], 'config init --agent-name NAME'],
    [['config', 'validate', '--help'], 'config validate [PATH...]'],
    [['config', 'init', '-h'], 'config init --agent-name NAME'],
    [['config', 'schema', '--help'], 'config schema'],
  ])('%j prints the usage on stdout', async (argv, usage) => {
    const result = await runIn(scratch, argv);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain(`gitlab-agent-manifests ${usage}`);
  });

  it('lists config in the main help', async () => {
    expect((await runIn(scratch, ['--help'])).stdout).toMatch(/^ {2}config {6}/m);
  });

  it('prints the config usage on stderr with exit 2 without a command, and suggests one for a typo', async () => {
    expect(await runIn(scratch, ['config'])).toMatchObject({ exitCode: 2, stdout: '' });
    const typo = await runIn(scratch, ['config', 'valdate']);
    expect(typo).toMatchObject({ exitCode: 2, stdout: '' });
    expect(typo.stderr).toMatch(/^Error: unknown config command "valdate"; did you mean "config validate"\?[^\n]*\n$/);
  });

  it.each(CONFIG_EXAMPLES.map((example) => [example.title, example.argv] as const))('example: %s', async (_title, argv) => {
    const cwd = createProject({ '.gitlab/agents/production/config.yaml': VALID });
    if (argv[1] === 'init') rmSync(join(cwd, '.gitlab'), { recursive: true });
    const result = await runIn(cwd, argv);
    expect(result.exitCode, result.stderr).toBe(0);
  });
});

describe('config validate', () => {
  it("checks every agent's config.yaml under the working directory, and a config.yml there", async () => {
    const cwd = createProject({
      '.gitlab/agents/alpha/config.yaml': VALID,
      '.gitlab/agents/beta/config.yaml': INVALID,
      '.gitlab/agents/beta/config.yml': VALID,
      '.gitlab/agents/gamma/README.md': 'no configuration: all defaults',
    });
    const result = await runIn(cwd, ['config', 'validate']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      '.gitlab/agents/beta/config.yaml:2:3: error: ci_access.project: is not a key of ci_access; did you mean projects?',
      '.gitlab/agents/beta/config.yaml:4:7: error: flux: must be a map, got a string; write a map under flux, with keys such as webhook_receiver_url',
      '.gitlab/agents/beta/config.yml:1:1: error: the file is never read: GitLab reads config.yaml, not config.yml, and runs the agent with an empty configuration; rename it to config.yaml',
      '2 of 3 agent configurations are invalid: 3 problems',
      '',
    ]);
  });

  it('exits 0 for valid files, warnings allowed, and 1 for warnings with --strict', async () => {
    const cwd = createProject({ '.gitlab/agents/alpha/config.yaml': WARNED });
    const lenient = await runIn(cwd, ['config', 'validate']);
    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).toMatch(/: warning: ci_access\.projects\[0\]\.id: starts or ends with \//);
    expect(lenient.stdout).toMatch(/\nthe agent configuration is valid \(1 warning\)\n$/);
    const strict = await runIn(cwd, ['config', 'validate', '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toMatch(/: error: ci_access\.projects\[0\]\.id: starts or ends with \//);
  });

  it('prints a JSON report with the files, and each entry with its segments, line and column', async () => {
    const cwd = createProject({ '.gitlab/agents/beta/config.yaml': INVALID });
    const result = await runIn(cwd, ['config', 'validate', '--format', 'json', '.gitlab/agents/beta/config.yaml']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report['valid']).toBe(false);
    expect(report['files']).toEqual([{ path: '.gitlab/agents/beta/config.yaml', agentName: 'beta', valid: false }]);
    expect((report['problems'] as unknown[])[0]).toEqual({
      check: 'unknown-key',
      path: 'ci_access.project',
      segments: ['ci_access', 'project'],
      message: 'is not a key of ci_access',
      hint: 'did you mean projects?',
      source: { label: '.gitlab/agents/beta/config.yaml', origin: 'file', line: 2, column: 3 },
    });
    expect(report['warnings']).toEqual([]);
  });

  it('prints a GitLab Code Quality report with paths relative to the repository', async () => {
    const cwd = createProject({ '.gitlab/agents/beta/config.yaml': INVALID, '.gitlab/agents/alpha/config.yaml': WARNED });
    const result = await runIn(cwd, [
      'config',
      'validate',
      '--format',
      'codequality',
      join(cwd, '.gitlab/agents/beta/config.yaml'),
      './.gitlab/agents/alpha/config.yaml',
    ]);
    expect(result.exitCode).toBe(1);
    const issues = JSON.parse(result.stdout) as Record<string, any>[];
    expect(
      issues.map((issue) => [issue['check_name'], issue['severity'], issue['location']['path'], issue['location']['lines']['begin']]),
    ).toEqual([
      ['unknown-key', 'major', '.gitlab/agents/beta/config.yaml', 2],
      ['wrong-type', 'major', '.gitlab/agents/beta/config.yaml', 4],
      ['invalid-full-path', 'minor', '.gitlab/agents/alpha/config.yaml', 3],
    ]);
    for (const issue of issues) expect(issue['fingerprint']).toMatch(/^[0-9a-f]{64}$/);
    // Stable across runs, so GitLab can tell new problems from fixed ones.
    const again = await runIn(cwd, [
      'config',
      'validate',
      '--format',
      'codequality',
      join(cwd, '.gitlab/agents/beta/config.yaml'),
      './.gitlab/agents/alpha/config.yaml',
    ]);
    expect(again.stdout).toBe(result.stdout);
  });

  it('reads standard input for "-", with --agent-name for its agent', async () => {
    const result = await runIn(scratch, ['config', 'validate', '-', '--agent-name', 'prod', '--format', 'json'], { stdin: VALID });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, files: [{ path: '-', agentName: 'prod', valid: true }] });
  });

  it('takes the configuration project from CI_PROJECT_PATH, as in GitLab CI, unless --config-project is given', async () => {
    const cwd = createProject({ '.gitlab/agents/alpha/config.yaml': VALID });
    const inCi = await runIn(cwd, ['config', 'validate'], { env: { CI_PROJECT_PATH: 'other-group/clusters' } });
    expect(inCi.stdout).toContain(': warning: ci_access.projects[0].id: is not under other-group/, the top-level group');
    const given = await runIn(cwd, ['config', 'validate', '--config-project', 'my-group/clusters'], {
      env: { CI_PROJECT_PATH: 'other-group/clusters' },
    });
    expect(given.stdout).toBe('the agent configuration is valid\n');
  });

  it('applies --gitlab-version, --tier and --max-file-size', async () => {
    const cwd = createProject({
      '.gitlab/agents/alpha/config.yaml': 'remote_development:\n  enabled: true\n  dns_zone: ws.example.dev\n  shared_namespace: ws\n',
    });
    expect((await runIn(cwd, ['config', 'validate', '--gitlab-version', '17.11'])).stdout).toContain('appeared in GitLab 18.0');
    expect((await runIn(cwd, ['config', 'validate', '--tier', 'free'])).stdout).toContain('needs GitLab Premium or Ultimate');
    const small = await runIn(cwd, ['config', 'validate', '--max-file-size', '32']);
    expect(small.exitCode).toBe(1);
    expect(small.stdout).toContain('more than the 32 bytes GitLab reads');
  });

  it.each([
    [['config', 'validate', '--format', 'xml'], /--format: expected one of text, json, codequality/],
    [['config', 'validate', '--gitlab-version', '15.11'], /--gitlab-version: it is older than GitLab 16\.0/],
    [['config', 'validate', '--gitlab-version', 'latest'], /--gitlab-version: it is not a GitLab version/],
    [['config', 'validate', '--tier', 'gold'], /--tier: expected one of free, premium, ultimate/],
    [['config', 'validate', '--max-file-size', '10GiB'], /--max-file-size/],
    [['config', 'validate', '--config-project', 'just-a-name'], /--config-project: give the project's full path/],
    [['config', 'validate', '--agent-name', 'prod', 'a.yaml'], /--agent-name names the agent of a file read from standard input/],
    [['config', 'validate', 'missing.yaml'], /cannot read "missing\.yaml": no such file/],
    [['config', 'validate', '-', '-'], /standard input \("-"\) can be read only once/],
    [['config', 'validate'], /no agent configuration file found/],
    [['config', 'validate', '--bogus'], /unknown flag: --bogus/],
  ])('%j is a usage error: one line, exit 2, no report', async (argv, message) => {
    const result = await runIn(createProject(), argv);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  });

  it('never prints a key that looks like a token, nor a control character from a folder name', async () => {
    const cwd = createProject({ '.gitlab/agents/a\nb/config.yaml': 'ci_access:\n  glpat-TOKENMARKER1234567890: x\n' });
    const result = await runIn(cwd, ['config', 'validate']);
    expect(result.stdout).not.toContain('TOKENMARKER');
    expect(result.stdout.split('\n')[0]).toMatch(
      /^\.gitlab\/agents\/a\\nb\/config\.yaml:1:1: error: the folder name is not a valid agent name/,
    );
  });
});

describe('config validate: usage errors with a machine-readable format', () => {
  it('writes an empty Code Quality report, the error on stderr, exit 2', async () => {
    const result = await runIn(createProject(), ['config', 'validate', '--format', 'codequality', '--tier', 'gold']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('writes a JSON report with no files or entries and the error', async () => {
    const result = await runIn(createProject(), ['config', 'validate', '--format=json', 'missing/config.yaml']);
    expect(result.exitCode).toBe(2);
    const error = result.stderr.replace(/^Error: /, '').trimEnd();
    expect(JSON.parse(result.stdout)).toEqual({ valid: false, error, files: [], problems: [], warnings: [] });
  });
});

describe('config init', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = createProject();
  });

  it('writes .gitlab/agents/NAME/config.yaml, valid and commented, and says what to do next', async () => {
    const result = await runIn(cwd, ['config', 'init', '--agent-name', 'production', '--ci-access-project', 'my-group/app']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Wrote \.gitlab\/agents\/production\/config\.yaml\.\n\nNext steps:\n/);
    expect(result.stdout).toContain('generate --agent-token-file token.txt | kubectl apply -f -');
    const text = readFileSync(join(cwd, '.gitlab/agents/production/config.yaml'), 'utf8');
    expect(text).toMatch(/^# Configuration of the GitLab agent for Kubernetes "production"\./);
    expect(validateAgentConfig(text, { path: '.gitlab/agents/production/config.yaml' })).toMatchObject({ valid: true, warnings: [] });
    expect((await runIn(cwd, ['config', 'validate'])).exitCode).toBe(0);
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    await runIn(cwd, ['config', 'init', '--agent-name', 'prod']);
    const again = await runIn(cwd, ['config', 'init', '--agent-name', 'prod', '--log-level', 'debug']);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toBe('Error: .gitlab/agents/prod/config.yaml exists already; add --force to replace it\n');
    expect((await runIn(cwd, ['config', 'init', '--agent-name', 'prod', '--log-level', 'debug', '--force'])).exitCode).toBe(0);
    expect(readFileSync(join(cwd, '.gitlab/agents/prod/config.yaml'), 'utf8')).toContain('    level: debug\n');
  });

  it('prints the file with --stdout, and the next steps on stderr', async () => {
    const result = await runIn(cwd, ['config', 'init', '--agent-name', 'prod', '--stdout']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^# Configuration of the GitLab agent/);
    expect(result.stderr).toMatch(/^Next steps:\n {2}1\. Save it as \.gitlab\/agents\/prod\/config\.yaml/);
  });

  it.each([
    [[], /needs --agent-name NAME/],
    [['--agent-name', 'My_Agent'], /--agent-name: it is not a valid agent name/],
    [['--agent-name', 'a', '--ci-access-project', 'app'], /--ci-access-project: it is not a full path/],
    [['--agent-name', 'a', '--ci-access-project', 'https://gitlab.com/g/p'], /--ci-access-project: it is not a full path/],
    [['--agent-name', 'a', '--ci-access-group', 'g', '--ci-access-group', 'G'], /--ci-access-group: it lists the same path twice/],
    [
      ['--agent-name', 'a', '--ci-access-group', 'g', '--default-namespace', 'Apps'],
      /--default-namespace: it is not a Kubernetes namespace name/,
    ],
    [['--agent-name', 'a', '--default-namespace', 'apps'], /--default-namespace applies to ci_access entries/],
    [['--agent-name', 'a', '--ci-access-group', 'g', '--access-as', 'root'], /--access-as: expected agent, ci_job or impersonate:USER/],
    [['--agent-name', 'a', '--user-access-as', 'user'], /--user-access-as needs --user-access-project or --user-access-group/],
    [['--agent-name', 'a', '--log-level', 'DEBUG'], /--log-level: expected one of info, debug, warn, error/],
    [
      ['--agent-name', 'a', '--container-scanning-cadence', '0 0 * * 7', '--container-scanning-namespace', 'x'],
      /--container-scanning-cadence: it is not a cron expression/,
    ],
    [['--agent-name', 'a', '--container-scanning-cadence', '@daily'], /--container-scanning-namespace: it needs at least one namespace/],
    [['--agent-name', 'a', '--container-scanning-namespace', 'x'], /--container-scanning-namespace needs --container-scanning-cadence/],
    [['--agent-name', 'a', 'extra'], /config init takes no arguments/],
  ])('refuses %j with a usage error naming the flag', async (flags, message) => {
    const result = await runIn(cwd, ['config', 'init', ...flags]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  });

  /** Every combination of the flag groups: each output must pass config validate, warning-free. */
  const GROUPS: readonly (readonly string[])[] = [
    ['--ci-access-project', 'my-group/app', '--ci-access-project', 'my-group/sub/api'],
    ['--ci-access-group', 'my-group/platform'],
    ['--default-namespace', 'apps'],
    ['--access-as', 'agent'],
    ['--access-as', 'ci_job'],
    ['--access-as', 'impersonate:deployer'],
    ['--environment', 'production', '--environment', 'review/*'],
    ['--protected-branches-only'],
    ['--user-access-project', 'my-group/app'],
    ['--user-access-group', 'my-group', '--user-access-as', 'user'],
    ['--log-level', 'warn'],
    ['--container-scanning-cadence', '0 3 * * 0', '--container-scanning-namespace', 'apps,default'],
  ];
  const ENTRY_OPTIONS = new Set([2, 3, 4, 5, 6, 7]);
  const IDENTITIES = [3, 4, 5];

  it('writes a valid file for every combination of its flags', async () => {
    let checked = 0;
    for (let mask = 0; mask < 1 << GROUPS.length; mask += 1) {
      const chosen = GROUPS.map((_, index) => index).filter((index) => (mask >> index) & 1);
      if (chosen.filter((index) => IDENTITIES.includes(index)).length > 1) continue;
      const hasEntries = chosen.includes(0) || chosen.includes(1);
      if (!hasEntries && chosen.some((index) => ENTRY_OPTIONS.has(index))) continue;
      checked += 1;
      const argv = ['config', 'init', '--agent-name', 'production', '--stdout', ...chosen.flatMap((index) => GROUPS[index] as string[])];
      const memory = createMemoryIo({ cwd });
      expect(await run(argv, memory.io), `${argv.join(' ')}: ${memory.stderr()}`).toBe(0);
      const result = validateAgentConfig(memory.stdout(), { path: '.gitlab/agents/production/config.yaml' });
      expect(result.problems, argv.join(' ')).toEqual([]);
      expect(result.warnings, argv.join(' ')).toEqual([]);
    }
    expect(checked).toBeGreaterThan(500);
    // Over 500 runs of the command: a second or two alone, several on a busy shared machine.
  }, 60_000);
});

describe('config schema', () => {
  it('prints schemas/agent-config.schema.json byte for byte', async () => {
    const result = await runIn(scratch, ['config', 'schema']);
    expect(result).toEqual({ exitCode: 0, stdout: readFileSync(join(REPO_ROOT, 'schemas/agent-config.schema.json'), 'utf8'), stderr: '' });
  });

  it('takes no arguments', async () => {
    const result = await runIn(scratch, ['config', 'schema', 'extra']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
  });
});
