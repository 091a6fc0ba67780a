/**
 * The built CLI writes its output with synchronous writes and exits as soon as the command is
 * done (src/cli/main.ts). Through a pipe it must still write every byte, and stop quietly when the
 * reader goes away. (npm test builds bin/'s bundle first.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';

const BIN = join(REPO_ROOT, 'bin', 'gitlab-agent-manifests.js');
const ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'GITLAB_AGENT_TOKEN'));
const scratch = mkdtempSync(join(tmpdir(), 'cli-process-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** Far more than a pipe holds (64 KiB on Linux): a million-byte pod annotation. */
const LARGE_VALUES = join(scratch, 'large.yaml');
writeFileSync(
  LARGE_VALUES,
  `podAnnotations:
  big: ${'x'.repeat(1_000_000)}
`,
);
const LARGE = ['generate', '--agent-token', 'glagent-x', '--kas-address', 'wss://kas.example.com', '-f', LARGE_VALUES];

it('writes all of a large output to a pipe its reader drains slowly, then exits 0', async () => {
  const expected = spawnSync(process.execPath, [BIN, ...LARGE], { env: ENV, maxBuffer: 64 * 1024 * 1024 });
  expect(expected.status).toBe(0);
  expect(expected.stdout.length).toBeGreaterThan(1_000_000);

  const child = spawn(process.execPath, [BIN, ...LARGE], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pause();
  await new Promise((resolve) => setTimeout(resolve, 300)); // the pipe is full and the writer waits
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stdout.resume();
  const code = await new Promise((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  expect(Buffer.concat(chunks).equals(expected.stdout)).toBe(true);
}, 60_000);

it('stops quietly, exit code 0, when the reader closes the pipe early (`| head -1`)', async () => {
  const child = spawn(process.execPath, [BIN, ...LARGE], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  expect(stderr).toMatch(/^Note: --agent-token/);
  expect(stderr).not.toMatch(/Error|EPIPE|\n\s+at /);
}, 60_000);

it('never sets up process.stdout or process.stderr for a generate or validate that succeeds', () => {
  // Their getters build a stream (node:stream, node:net): about 10 ms of a cold run.
  const trap = join(scratch, 'trap-stdio.cjs');
  writeFileSync(
    trap,
    `const touched = [];
    for (const name of ['stdout', 'stderr']) {
      const descriptor = Object.getOwnPropertyDescriptor(process, name);
      Object.defineProperty(process, name, { configurable: true, enumerable: descriptor.enumerable, get() { touched.push(name); return descriptor.get.call(process); } });
    }
    process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(scratch, 'touched.json'))}, JSON.stringify(touched)));`,
  );
  for (const argv of [
    ['generate', '--agent-token', 'glagent-x', '--kas-address', 'wss://kas.example.com'],
    ['validate', '-f', join(REPO_ROOT, 'bench', 'typical-values.yaml')],
  ]) {
    const child = spawnSync(process.execPath, ['--require', trap, BIN, ...argv], { env: ENV, encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(scratch, 'touched.json'), 'utf8')), argv[0]).toEqual([]);
  }
});

it('loads node:net for no generate or validate that opens no socket, and node:crypto for neither without certificates', () => {
  // node:net (for its isIP) loads Node's sockets and streams, node:crypto its streams: each 5-10 ms of a cold run.
  const trap = join(scratch, 'trap-modules.cjs');
  const out = join(scratch, 'modules.json');
  writeFileSync(
    trap,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)));`,
  );
  const runs: [string[], string[]][] = [
    [
      [
        'generate',
        '--agent-token',
        'glagent-x',
        '--kas-address',
        'wss://kas.example.com',
        '--set-json',
        'hostAliases=[{"ip":"10.0.0.1","hostnames":["a"]}]',
      ],
      ['NativeModule net', 'NativeModule crypto', 'NativeModule stream'],
    ],
    [
      ['validate', '--format', 'codequality', '-f', join(REPO_ROOT, 'bench', 'typical-values.yaml')],
      ['NativeModule net', 'NativeModule crypto', 'NativeModule stream'],
    ],
    [
      ['validate', '-f', join(REPO_ROOT, 'bench', 'typical-values.yaml')],
      ['NativeModule net', 'NativeModule crypto', 'NativeModule stream'],
    ],
  ];
  for (const [argv, unwanted] of runs) {
    const child = spawnSync(process.execPath, ['--require', trap, BIN, ...argv], { env: ENV, encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    const loaded = JSON.parse(readFileSync(out, 'utf8')) as string[];
    expect(
      loaded.filter((name) => unwanted.includes(name)),
      argv.join(' '),
    ).toEqual([]);
  }
});
