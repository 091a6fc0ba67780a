import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/run.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { anyText, runs } from './support/fast-check-settings.js';
import { PKI } from './support/pki-fixtures.js';

/**
 * The CLI under arbitrary argv, in-process with files in memory: it always ends with exit code
 * 0, 1 or 2, never prints a stack trace or an internal error, and a usage error (exit 2) is one
 * `Error:` line. `--output-dir` is left out: it writes to the real disk.
 */
vi.setConfig({ testTimeout: 120_000 });

const FILES: Readonly<Record<string, string>> = {
  'values.yaml': 'replicas: 3\nconfig:\n  kasAddress: wss://kas.example.com\n',
  'bad.yaml': 'replicas: [\n',
  'dup.yaml': 'a: 1\na: 2\n',
  'list.yaml': '- a\n',
  'token.txt': 'glagent-FROMFILE\n',
  'ca.pem': PKI.caCert,
};

const WORDS = [
  'generate',
  'validate',
  'values',
  'schema',
  'version',
  'help',
  'template',
  '--help',
  '-h',
  '--version',
  '--set',
  '--set-string',
  '--set-json',
  '--set-file',
  '--set-literal',
  '-f',
  '--values',
  '-n',
  '--namespace',
  '--release-name',
  '--create-namespace',
  '--create-namespace=false',
  '--create-namespace=maybe',
  '--agent-token',
  '--agent-token-file',
  '--kas-address',
  '--agent-version',
  '--name-prefix',
  '--no-rbac',
  '--format',
  '-o',
  '--output',
  '--show-secrets',
  '--',
  '-',
  '-x',
  '--bogus',
  '--set=',
  '-fvalues.yaml',
  'values.yaml',
  'bad.yaml',
  'dup.yaml',
  'list.yaml',
  'missing.yaml',
  'token.txt',
  'config.token=glagent-x',
  'config.kasCaCert=ca.pem',
  'config.kasCaCert=missing.pem',
  'replicas=3',
  'replicas=x',
  'a.b[0]=c',
  'a[-1]=b',
  'a=b,c=d',
  'x={a,b}',
  'config.token={"a":1}',
  'json',
  'yaml',
  'codequality',
  'agents',
  'gitlab-agent',
  'Not_A_Name',
];

const argvItem = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS).chain((word) => anyText.map((text) => `${word}=${text}`)) },
);
function isFuzzable(items: readonly string[]): boolean {
  return !items.some((item) => item.includes('--output-dir'));
}

const argv = fc
  .tuple(fc.constantFrom('generate', 'validate', 'values', 'schema', 'version', 'help', '--help'), fc.array(argvItem, { maxLength: 8 }))
  .map(([command, rest]) => [command, ...rest])
  .filter(isFuzzable);
const anyArgv = fc.array(argvItem, { maxLength: 6 }).filter(isFuzzable);

async function runCli(args: readonly string[]) {
  const memory = createMemoryIo({ files: FILES, stdin: 'replicas: 1\n' });
  const exitCode = await run(args, memory.io);
  return { exitCode, stdout: memory.stdout(), stderr: memory.stderr() };
}

function checkOutcome(args: readonly string[], result: { exitCode: number; stderr: string }): void {
  const context = JSON.stringify(args);
  expect([0, 1, 2], context).toContain(result.exitCode);
  expect(result.stderr, context).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
  expect(result.stderr, context).not.toMatch(/internal error/);
  if (result.exitCode === 2 && args.length > 0) {
    expect(result.stderr, context).toMatch(/^Error: [^\n]+\n$/);
  }
}

describe('fuzz the CLI', () => {
  it('handles arbitrary arguments to each command', async () => {
    const exits = new Map<number, number>();
    const settings = runs(400);
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const result = await runCli(args);
        exits.set(result.exitCode, (exits.get(result.exitCode) ?? 0) + 1);
        checkOutcome(args, result);
      }),
      settings,
    );
    console.log(`fuzz CLI: exit codes ${JSON.stringify(Object.fromEntries(exits))}`);
    // Both a render and a usage error must be reached, each in over a fortieth of the runs.
    expect(exits.get(0) ?? 0).toBeGreaterThan(settings.numRuns / 40);
    expect(exits.get(2) ?? 0).toBeGreaterThan(settings.numRuns / 40);
  });

  it('handles arbitrary argument lists, without a command too', async () => {
    await fc.assert(
      fc.asyncProperty(anyArgv, async (args) => checkOutcome(args, await runCli(args))),
      runs(200),
    );
  });

  it('echoes no argument with its line break in a usage error', async () => {
    for (const args of [
      ['generate', '--values', 'a\nb'],
      ['generate', '--create-namespace=x\n'],
    ]) {
      checkOutcome(args, await runCli(args));
    }
  });

  it('never prints the token on stderr, nor in the validate report or the values output', async () => {
    const marker = 'glagent-MARKER4e1f9c';
    const placements: readonly (readonly string[])[] = [
      ['--set', `config.token=${marker}`],
      ['--set-string', `config.token=${marker}`],
      ['--set-json', `config.token="${marker}"`],
      ['--set-literal', `config.token=${marker}`],
      ['--agent-token', marker],
      ['--agent-token', `${marker}\n`],
      ['--set', `config.token=${marker} x`],
      ['--set-json', `config.token=${marker}`],
      ['--set-json', `config.token={"${marker}":1}`],
      [marker],
      [`--${marker}`],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('generate', 'validate', 'values'),
        fc.constantFrom(...placements),
        fc.array(argvItem, { maxLength: 4 }).filter(isFuzzable),
        async (command, placement, rest) => {
          // The token first, so no flag in `rest` can take it as its own argument.
          const args = [command, ...placement, ...rest];
          const result = await runCli(args);
          checkOutcome(args, result);
          expect(result.stderr, JSON.stringify(args)).not.toContain('MARKER4e1f9c');
          // generate prints the token only base64-encoded in the Secret; values redacts it.
          if (!args.includes('--show-secrets')) expect(result.stdout, JSON.stringify(args)).not.toContain('MARKER4e1f9c');
        },
      ),
      runs(300),
    );
  });
});
