/**
 * `generate --fleet FILE --output-dir DIR`, in-process and in the calling thread (`--workers 0`;
 * the worker threads of the built CLI run in test/render-fleet-workers.test.ts): one directory
 * per agent, each exactly what `generate --output-dir` writes for that agent alone; failing
 * agents listed with their file and line while the others are written; a fleet file's problems
 * all reported at once, with lines and did-you-mean, before anything is written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { FleetProgress } from '../src/cli/output/fleet-progress.js';
import { readFileBounded } from '../src/cli/input/read-bounded.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { REPO_ROOT } from './support/golden-cases.js';
import { TOKEN_MARKER } from './support/run-cli.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'fleet');
const EXAMPLE = join(REPO_ROOT, 'examples', 'fleet');
const scratch = mkdtempSync(join(tmpdir(), 'cli-fleet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let caseCount = 0;
/** A fresh working directory holding a copy of `from` (only its `only` subfolder, when given). */
function freshDir(from: string, only?: string): string {
  caseCount += 1;
  const dir = join(scratch, `case-${caseCount}`);
  mkdirSync(dir);
  if (only === undefined) cpSync(from, dir, { recursive: true });
  else cpSync(join(from, only), join(dir, only), { recursive: true });
  return dir;
}

async function runIn(cwd: string, argv: readonly string[], env: Record<string, string> = {}) {
  const memory = createMemoryIo({ cwd, env });
  const io = { ...memory.io, readFile: readFileBounded };
  const exitCode = await run(argv, io);
  return { exitCode, stdout: memory.stdout(), stderr: memory.stderr() };
}

/** Every file of a directory tree, by relative path. */
function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

const EXAMPLE_ENV = {
  PROD_EU_AGENT_TOKEN: 'glagent-prod-eu-0123456789abcdefghijklmnopqrstuvwxyzABCD',
  PROD_US_AGENT_TOKEN: 'glagent-prod-us-0123456789abcdefghijklmnopqrstuvwxyzABCD',
};

describe('generate --fleet', () => {
  it('writes the README example: one directory per agent, each what generate --output-dir writes for it alone', async () => {
    // The README shows the example files verbatim, and the command that renders them.
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    for (const file of ['fleet.yaml', 'common-values.yaml'])
      expect(readme).toContain(`\`\`\`yaml\n${readFileSync(join(EXAMPLE, file), 'utf8')}\`\`\``);
    const command = /^gitlab-agent-manifests (generate --fleet .*)$/m.exec(readme)?.[1];
    expect(command).toBe('generate --fleet examples/fleet/fleet.yaml --output-dir agents');

    const cwd = freshDir(join(EXAMPLE, '..', '..'), 'examples');
    const fleet = await runIn(cwd, [...command!.split(' '), '--workers', '0'], EXAMPLE_ENV);
    expect(fleet.stderr).toContain('Wrote 3 of 3 agents under agents');
    expect(fleet.exitCode).toBe(0);
    expect(fleet.stdout).toBe('');
    expect(readdirSync(join(cwd, 'agents')).sort()).toEqual(['prod-eu', 'prod-us', 'staging']);

    const common = [
      '-f',
      'examples/fleet/common-values.yaml',
      '--chart-version',
      '2.34.0',
      '--kas-address',
      'wss://gitlab.example.com/-/kubernetes-agent/',
    ];
    const single = {
      'prod-eu': [
        ...common,
        '--release-name',
        'prod-eu',
        '-n',
        'gitlab-agent-prod',
        '--set',
        'replicas=3',
        '--agent-token',
        EXAMPLE_ENV.PROD_EU_AGENT_TOKEN,
      ],
      'prod-us': [
        ...common,
        ...['--release-name', 'prod-us', '-n', 'gitlab-agent-prod', '--set', 'replicas=3'],
        ...['--set', 'nodeSelector.topology\\.kubernetes\\.io/region=us-east-1', '--agent-token', EXAMPLE_ENV.PROD_US_AGENT_TOKEN],
      ],
      staging: [
        ...common,
        '--release-name',
        'gitlab-agent',
        '-n',
        'gitlab-agent-staging',
        '--set',
        'config.secretName=gitlab-agent-staging-token',
      ],
    };
    for (const [name, flags] of Object.entries(single)) {
      const alone = await runIn(cwd, ['generate', ...flags, '--output-dir', `single/${name}`]);
      expect(alone.exitCode, alone.stderr).toBe(0);
      expect(readTree(join(cwd, 'agents', name))).toEqual(readTree(join(cwd, 'single', name)));
    }
    // Running again replaces each agent's earlier output.
    expect((await runIn(cwd, [...command!.split(' '), '--workers', '0'], EXAMPLE_ENV)).exitCode).toBe(0);
  });

  it('writes the agents that render, lists each that fails with its file and line, and exits 1', async () => {
    const cwd = freshDir(FIXTURES);
    const result = await runIn(cwd, ['generate', '--fleet', 'failing.yaml', '--output-dir', 'out', '--workers', '0']);
    expect(result.exitCode).toBe(1);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['edge-1', 'edge-4']);
    expect(result.stderr).toContain('Wrote 2 of 4 agents under out');
    expect(result.stderr).toContain('Error: 2 of 4 agents failed:\n');
    expect(result.stderr).toContain('  edge-2 (failing.yaml:8): token.file: cannot read "tokens/missing.token": no such file\n');
    expect(result.stderr).toContain(
      '  edge-3 (failing.yaml:11): invalid values, 1 problem:\n    replica: is not a key of this chart; did you mean replicas?\n',
    );
    // The token file's token, one trailing newline removed, is in edge-1's Secret and nowhere in the messages.
    expect(result.stderr).not.toContain(TOKEN_MARKER);
    const secret = readFileSync(join(cwd, 'out', 'edge-1', 'secret-edge-1-gitlab-agent-token.yaml'), 'utf8');
    expect(secret).toContain(Buffer.from('glagent-MARKER7q9z-fleet-token-file-000000000000').toString('base64'));
    expect(readdirSync(join(cwd, 'out', 'edge-4')).some((file) => file.startsWith('secret-'))).toBe(false);
  });

  it('reports every problem of the fleet file at once, in file order, and writes nothing', async () => {
    const cwd = freshDir(FIXTURES);
    const result = await runIn(cwd, ['generate', '--fleet', 'broken.yaml', '--output-dir', 'out', '--workers', '0']);
    expect(result.exitCode).toBe(2);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Error: --fleet: broken.yaml: the fleet file has 10 problems:');
    expect(lines.slice(1).map((line) => line.trim().split(': ').slice(0, 2).join(': '))).toEqual([
      'broken.yaml:2: defaults.namespce',
      'broken.yaml:3: defaults.token',
      'broken.yaml:6: agents[0].relaseName',
      'broken.yaml:6: agents[0].releaseName',
      'broken.yaml:8: agents[1].token',
      'broken.yaml:10: agents[2].token',
      'broken.yaml:13: agents[3].releaseName',
      'broken.yaml:16: agents[3].values.config.token',
      'broken.yaml:17: agents[4].releaseName',
      'broken.yaml:18: agents[4].createNamespace',
    ]);
    expect(result.stderr).toContain('defaults.namespce: is not a key of defaults; did you mean namespace?');
    expect(result.stderr).toContain('agents[0].relaseName: is not a key of agents[0]; did you mean releaseName?');
    expect(result.stderr).toContain('names the directory "edge-2", as agents[1] does');
    expect(result.stderr).toContain('agents[1].token: a token must not be written in the fleet file');
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });

  it('refuses a directory it must not replace before rendering any agent', async () => {
    const cwd = freshDir(FIXTURES);
    mkdirSync(join(cwd, 'out', 'edge-4'), { recursive: true });
    writeFileSync(join(cwd, 'out', 'edge-4', 'notes.txt'), 'mine\n');
    const result = await runIn(cwd, ['generate', '--fleet', 'failing.yaml', '--output-dir', 'out', '--workers', '0']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Error: --output-dir: "out\/edge-4" is not empty and was not written by gitlab-agent-manifests/);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['edge-4']);
  });

  it.each([
    [['--fleet', 'failing.yaml'], '--fleet writes one directory per agent and needs --output-dir DIR'],
    [['--fleet', 'failing.yaml', '--output-dir', 'out', '--set', 'replicas=2'], '--set cannot be combined with --fleet'],
    [['--fleet', 'failing.yaml', '--output-dir', 'out', '-n', 'x'], '--namespace cannot be combined with --fleet'],
    [['--workers', '2'], '--workers is only used with --fleet'],
    [['--fleet', 'failing.yaml', '--output-dir', 'out', '--workers', 'many'], 'invalid argument for --workers'],
    [['--fleet', 'absent.yaml', '--output-dir', 'out'], '--fleet: cannot read "absent.yaml": no such file'],
  ])('refuses generate %j with a usage error', async (argv, message) => {
    const cwd = freshDir(FIXTURES);
    const result = await runIn(cwd, ['generate', ...argv]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('takes --managed-by for every agent', async () => {
    const cwd = freshDir(FIXTURES);
    const result = await runIn(cwd, [
      'generate',
      '--fleet',
      'failing.yaml',
      '--output-dir',
      'out',
      '--workers',
      '0',
      '--managed-by',
      'helm',
    ]);
    expect(result.exitCode).toBe(1);
    for (const agent of ['edge-1', 'edge-4']) {
      expect(readFileSync(join(cwd, 'out', agent, 'serviceaccount-' + agent + '-gitlab-agent.yaml'), 'utf8')).toContain(
        'app.kubernetes.io/managed-by: Helm',
      );
    }
  });

  it('is not a flag of bootstrap, which registers one agent', async () => {
    const cwd = freshDir(FIXTURES);
    const result = await runIn(cwd, [
      'bootstrap',
      '--fleet',
      'failing.yaml',
      '--output-dir',
      'out',
      '--gitlab-url',
      'https://gitlab.example.com',
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--fleet: bootstrap registers one agent');
  });

  it('reads a fleet file only up to the values-file limit', async () => {
    const cwd = freshDir(FIXTURES);
    writeFileSync(join(cwd, 'huge.yaml'), `agents:\n${'  - releaseName: a\n'.repeat(300_000)}`);
    const result = await runIn(cwd, ['generate', '--fleet', 'huge.yaml', '--output-dir', 'out']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--fleet: "huge.yaml" holds more than 4 MiB, more than a fleet file may have');
  });
});

describe('the progress line of generate --fleet', () => {
  function progressOn(isTty: boolean) {
    let now = 0;
    let written = '';
    const progress = new FleetProgress({ stderr: (text) => void (written += text), stderrIsTty: isTty }, 1_000, () => now);
    return { progress, advance: (ms: number) => void (now += ms), written: () => written };
  }

  it('on a terminal: nothing in the first second, then one line redrawn in place, cleared for other output', () => {
    const { progress, advance, written } = progressOn(true);
    progress.update(10, 0);
    expect(written()).toBe('');
    advance(1_000);
    progress.update(500, 2);
    expect(written()).toBe('\rRendered 500 of 1,000 agents (50 %), 2 failed');
    advance(50);
    progress.update(510, 2); // within 100 ms of the last redraw
    advance(100);
    progress.update(600, 2);
    expect(written()).toBe('\rRendered 500 of 1,000 agents (50 %), 2 failed\rRendered 600 of 1,000 agents (60 %), 2 failed');
    progress.print('agent-1: Warning: w\n');
    expect(written().endsWith(`\r${' '.repeat(45)}\ragent-1: Warning: w\n`)).toBe(true);
  });

  it('elsewhere: a line every 10 s, none for a short run', () => {
    const { progress, advance, written } = progressOn(false);
    advance(9_999);
    progress.update(999, 0);
    expect(written()).toBe('');
    advance(1);
    progress.update(1_000, 0);
    expect(written()).toBe('Rendered 1,000 of 1,000 agents (100 %)\n');
    progress.clear();
    expect(written()).toBe('Rendered 1,000 of 1,000 agents (100 %)\n');
  });
});
