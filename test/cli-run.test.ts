import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DEBUG_ENV, describeError } from '../src/cli/reports/describe-error.js';
import { UsageError, ValuesError } from '../src/errors.js';
import { run } from '../src/cli/run.js';
import type { MemoryIoOptions } from './support/create-memory-io.js';
import { createMemoryIo } from './support/create-memory-io.js';

const SECRET = 'glagent-SECRET-0123456789';

async function generate(argv: readonly string[], options: MemoryIoOptions = {}) {
  const memory = createMemoryIo(options);
  const exitCode = await run(argv, memory.io);
  return { exitCode, stdout: memory.stdout(), stderr: memory.stderr() };
}

function documents(stream: string): Record<string, any>[] {
  return yaml.loadAll(stream, undefined, { json: true }) as Record<string, any>[];
}

function expectOneErrorLine(stderr: string): void {
  expect(stderr).toMatch(/^Error: [^\n]+\n$/);
}

describe('run: help and commands', () => {
  it('prints help on stdout for --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['generate', '--help'], ['generate', '-h'], ['help', 'generate']]) {
      const result = await generate(argv);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('Usage:');
      expect(result.stderr).toBe('');
    }
    expect((await generate(['generate', '--help'])).stdout).toContain('--set-literal');
  });

  it('prints help on stderr and exits 2 without a command', async () => {
    const result = await generate([]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage:');
  });

  it.each([
    [['template']],
    [['generate', '--bogus']],
    [['generate', '--set']],
    [['generate', '-x']],
    [['generate', 'positional']],
    [['generate', '--create-namespace=maybe']],
    [['generate', '-f', 'missing.yaml']],
    [['generate', '-f', '-']],
    [['generate', '--set-file', 'config.kasCaCert=missing.pem']],
  ])('exits 2 with one line for the usage error %j', async (argv) => {
    const result = await generate(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expectOneErrorLine(result.stderr);
  });
});

describe('run: generate', () => {
  it('prints the stream on stdout only, with a Namespace first by default', async () => {
    const result = await generate(['generate', '--set', 'config.token=glagent-t']);
    expect(result.exitCode).toBe(0);
    // One note that the output holds the token, one on cluster-admin; nothing on stderr is part of the stream.
    expect(result.stderr).toMatch(
      /^Note: the output holds secrets \(Secret gitlab-agent-token: token\)[^\n]*\nNote: the agent's ServiceAccount is bound to cluster-admin [^\n]*rbac\.profile=least-privilege[^\n]*\n$/,
    );
    expect(result.stdout.startsWith('---\n# Source: ')).toBe(true);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.endsWith('\n\n')).toBe(false);
    const docs = documents(result.stdout);
    expect(docs[0]).toMatchObject({ kind: 'Namespace', metadata: { name: 'gitlab-agent' } });
    const deployment = docs.find((doc) => doc['kind'] === 'Deployment');
    expect(deployment?.['metadata']).toMatchObject({ name: 'gitlab-agent-v2', namespace: 'gitlab-agent' });
  });

  it.each([
    [['-n', 'default'], false],
    [['-n', 'kube-system'], false],
    [['-n', 'agents', '--create-namespace=false'], false],
    [['-n', 'default', '--create-namespace'], true],
    [['-n', 'agents'], true],
  ])('with %j prints a Namespace: %s', async (flags, expected) => {
    const result = await generate(['generate', ...flags, '--set', 'config.token=t']);
    expect(result.exitCode).toBe(0);
    expect(documents(result.stdout).some((doc) => doc['kind'] === 'Namespace')).toBe(expected);
  });

  it('applies Helm precedence by flag kind, not by position', async () => {
    const result = await generate(
      ['generate', '--set-literal', 'image.tag=literal', '--set', 'replicas=5', '--set', 'image.tag=set', '-f', 'values.yaml'],
      { files: { 'values.yaml': 'replicas: 3\nconfig:\n  token: t\n' } },
    );
    expect(result.exitCode).toBe(0);
    const deployment = documents(result.stdout).find((doc) => doc['kind'] === 'Deployment');
    expect(deployment?.['spec']?.['replicas']).toBe(5);
    expect(deployment?.['spec']?.['template']?.['spec']?.['containers']?.[0]?.['image']).toMatch(/:literal$/);
  });

  it('reads values from standard input with -f -', async () => {
    const result = await generate(['generate', '-f', '-'], { stdin: 'replicas: 7\nconfig:\n  token: glagent-t\n' });
    expect(result.exitCode).toBe(0);
    expect(documents(result.stdout).find((doc) => doc['kind'] === 'Deployment')?.['spec']?.['replicas']).toBe(7);
  });

  it('reads --set-file paths relative to the working directory', async () => {
    const result = await generate(['generate', '--set', 'config.token=glagent-t', '--set-file', 'podAnnotations.note=notes/note.txt'], {
      files: { 'notes/note.txt': 'NOTE-CONTENT\n' },
    });
    expect(result.exitCode).toBe(0);
    const deployment = documents(result.stdout).find((doc) => doc['kind'] === 'Deployment');
    expect(deployment?.['spec']?.['template']?.['metadata']?.['annotations']?.['note']).toBe('NOTE-CONTENT\n');
  });
});

describe('run: failures', () => {
  it('lists every values problem on its own line with its path, and exits 1', async () => {
    const result = await generate(['generate', '--set', 'replica=3', '--set', 'config.kasAdress=wss://x']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Error: /);
    expect(lines.filter((line) => line.includes('replica')).length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.includes('config.kasAdress')).length).toBeGreaterThan(0);
    expect(result.stderr).toContain('replicas'); // the did-you-mean hint
  });

  it("repeats the chart's port-check message", async () => {
    const result = await generate(['generate', '--set', 'config.receptive.enabled=true', '--set', 'config.api.listenAddress=:9999']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'The service.internalPort "8082" must be equal to the port that is set in config.api.listenAddress "9999"',
    );
  });

  it("repeats Helm's release-name message", async () => {
    const result = await generate(['generate', '--release-name', 'Bad_Name']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('release name "Bad_Name": invalid release name');
  });

  it('exits 1 for a --set syntax error', async () => {
    const result = await generate(['generate', '--set', 'imagePullSecrets[-1].name=x']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: /);
  });

  it.each([
    ['a mistyped key', ['--set', `config.tokn=${SECRET}`]],
    ['a token of the wrong type', ['--set-json', `config.token={"t":"${SECRET}"}`]],
    ['invalid JSON', ['--set-json', `config.token="${SECRET}`]],
    ['a stray argument', ['--set', 'config.token=', SECRET]],
    ['an unknown flag', [`--${SECRET}`]],
    ['a duplicate key', ['-f', 'values.yaml']],
    ['a key in a values file that is not a map', ['-f', 'list.yaml']],
    ['a port check', ['--set', `config.token=${SECRET}`, '--set', 'config.receptive.enabled=true', '--set', 'config.api.listenAddress=x']],
  ])('never prints the token for %s', async (_label, flags) => {
    const result = await generate(['generate', ...flags], {
      files: {
        'values.yaml': `config:\n  token: ${SECRET}\n  token: ${SECRET}\n`,
        'list.yaml': `- ${SECRET}\n`,
      },
    });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: /);
    expect(result.stderr).not.toContain('SECRET');
  });

  it('turns an unexpected failure into one line without its message or stack', async () => {
    const memory = createMemoryIo();
    const io = {
      ...memory.io,
      stdout: () => {
        throw new TypeError(`broken pipe while writing ${SECRET}`);
      },
    };
    expect(await run(['generate', '--set', 'config.secretName=existing'], io)).toBe(1);
    expectOneErrorLine(memory.stderr());
    expect(memory.stderr()).not.toContain('SECRET');
    expect(memory.stderr()).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it(`shows the unexpected failure's first line when ${DEBUG_ENV} is set`, async () => {
    const memory = createMemoryIo({ env: { [DEBUG_ENV]: '1' } });
    const io = {
      ...memory.io,
      stdout: () => {
        throw new TypeError('first line\nsecond line');
      },
    };
    expect(await run(['generate', '--set', 'config.secretName=existing'], io)).toBe(1);
    expect(memory.stderr()).toBe(`Error: unexpected internal error in gitlab-agent-manifests: TypeError: first line\n`);
  });
});

describe('describeError', () => {
  it('maps usage errors to 2 and every other error to 1', () => {
    expect(describeError(new UsageError({ message: 'bad flag' }), {}).exitCode).toBe(2);
    const valuesError = new ValuesError({
      problems: [
        { code: 'unknown-key', path: 'a', segments: ['a'], message: 'm', hint: 'h' },
        { code: 'wrong-type', path: 'b', segments: ['b'], message: 'n' },
      ],
    });
    const report = describeError(valuesError, {});
    expect(report).toEqual({ exitCode: 1, text: `Error: ${valuesError.message}\n` });
    expect(report.text.split('\n').filter((line) => /^ +[ab]: /.test(line))).toHaveLength(2);
    expect(describeError('thrown string', {}).exitCode).toBe(1);
  });
});
