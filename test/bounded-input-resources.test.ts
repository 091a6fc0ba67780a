/**
 * Every input is read only up to its limit, whatever it is: a device that never ends, a FIFO
 * fed forever, a 500 MB sparse file, standard input from /dev/zero. Each run is the built CLI in
 * a process of its own; the time is the parent's wall clock and the memory the child's peak
 * resident set, which a preloaded hook reports at exit (the CLI's code is not involved).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';

const TIME_LIMIT_MS = 2000;
const MEMORY_LIMIT_MB = 200;
const BIN = join(REPO_ROOT, 'bin', 'gitlab-agent-manifests.js');

// Starting Node on a busy machine counts against the test's own timeout, not against the limit.
vi.setConfig({ testTimeout: 30_000 });

let scratch: string;
let preload: string;
let sparse: string;
let fifo: string;
let feeder: ChildProcess | undefined;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bounded-'));
  preload = join(scratch, 'report-rss.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.RSS_REPORT, String(process.resourceUsage().maxRSS)));\n",
  );
  sparse = join(scratch, 'huge.yaml');
  const descriptor = openSync(sparse, 'w');
  ftruncateSync(descriptor, 500 * 1024 * 1024);
  closeSync(descriptor);
  fifo = join(scratch, 'fifo.yaml');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
});

afterAll(() => {
  feeder?.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  /** What the user sees: validate reports on stdout, the other commands fail on stderr. */
  readonly output: string;
  readonly stderr: string;
  readonly ms: number;
  readonly maxRssMb: number;
}

function runCli(argv: readonly string[], stdin: 'ignore' | number = 'ignore'): Run {
  const report = join(scratch, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, BIN, ...argv], {
    cwd: scratch,
    stdio: [stdin, 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', RSS_REPORT: report },
    timeout: 20_000,
  });
  const ms = performance.now() - started;
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    stderr: result.stderr,
    ms,
    maxRssMb: Number(readFileSync(report, 'utf8')) / 1024,
  };
}

function expectRefusedWithinLimits(run: Run, text: RegExp): void {
  expect(run.status, run.output).not.toBe(0);
  expect(run.output).toMatch(text);
  // One line that says so: never a stack trace, never a dump of what was read.
  expect(run.output.trim().split('\n').length, run.output).toBeLessThanOrEqual(3);
  expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.ms, 'wall clock').toBeLessThan(TIME_LIMIT_MS);
  expect(run.maxRssMb, 'peak RSS').toBeLessThan(MEMORY_LIMIT_MB);
}

describe('bounded reads, measured from outside the process', () => {
  it('validate -f /dev/zero', () => {
    expectRefusedWithinLimits(runCli(['validate', '-f', '/dev/zero']), /more than 4 MiB/);
  });

  it('generate --agent-token-file /dev/zero', () => {
    expectRefusedWithinLimits(runCli(['generate', '--agent-token-file', '/dev/zero']), /--agent-token-file: .*more than 64 KiB/);
  });

  it('generate --set-file config.kasCaCert=/dev/zero', () => {
    expectRefusedWithinLimits(runCli(['generate', '--set-file', 'config.kasCaCert=/dev/zero']), /--set-file: .*more than 4 MiB/);
  });

  it('validate -f on a 500 MB sparse file', () => {
    expectRefusedWithinLimits(runCli(['validate', '-f', sparse]), /more than 4 MiB/);
  });

  it('validate -f on a FIFO fed without end', () => {
    feeder = spawn('sh', ['-c', `exec yes "a: 1" > "${fifo}"`], { stdio: 'ignore' });
    expectRefusedWithinLimits(runCli(['validate', '-f', fifo]), /more than 4 MiB/);
    feeder.kill('SIGKILL');
  });

  it('generate -f - with standard input from /dev/zero', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      expectRefusedWithinLimits(runCli(['generate', '-f', '-'], zero), /standard input .*more than 4 MiB/);
    } finally {
      closeSync(zero);
    }
  });

  it('config validate /dev/zero', () => {
    expectRefusedWithinLimits(runCli(['config', 'validate', '/dev/zero']), /more than 4 MiB/);
  });
});
