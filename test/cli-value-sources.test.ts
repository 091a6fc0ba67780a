import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { collectValueSources, TOKEN_ENV, trimOneNewline } from '../src/cli/input/collect-value-sources.js';
import type { LegacyFlags, ValueFlag } from '../src/cli/args/parse-command-args.js';
import { readValues } from '../src/sources/read-values.js';
import { createMemoryIo, type MemoryIoOptions } from './support/create-memory-io.js';

async function usageErrorOf(action: () => Promise<unknown>): Promise<UsageError> {
  const error = await action().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof UsageError) return error;
  throw new Error(`expected a UsageError, got ${String(error)}`);
}

/** The values the sources give, through the real `readValues`. */
async function valuesOf(valueFlags: ValueFlag[], legacy: LegacyFlags, options: MemoryIoOptions = {}) {
  const { io } = createMemoryIo(options);
  const { sources, readFile } = await collectValueSources({ valueFlags, legacy }, io);
  return readValues(
    sources.map((labelled) => labelled.source),
    { readFile },
  );
}

describe('collectValueSources', () => {
  it('reads -f files relative to cwd and keeps argv order', async () => {
    const { io, stdinReads } = createMemoryIo({ files: { 'a.yaml': 'a: 1\n', 'sub/b.yaml': 'b: 2\n' } });
    const valueFlags: ValueFlag[] = [
      { kind: 'set', expression: 'x=1' },
      { kind: 'values', path: 'a.yaml' },
      { kind: 'set-json', expression: 'y=[]' },
      { kind: 'values', path: 'sub/b.yaml' },
      { kind: 'set-file', expression: 'z=a.yaml' },
    ];
    const { sources } = await collectValueSources({ valueFlags }, io);
    expect(sources).toEqual([
      { source: { kind: 'set', expression: 'x=1' }, label: '--set', origin: 'flag' },
      { source: { kind: 'file', name: 'a.yaml', content: 'a: 1\n' }, label: 'a.yaml', origin: 'file' },
      { source: { kind: 'set-json', expression: 'y=[]' }, label: '--set-json', origin: 'flag' },
      { source: { kind: 'file', name: 'sub/b.yaml', content: 'b: 2\n' }, label: 'sub/b.yaml', origin: 'file' },
      { source: { kind: 'set-file', expression: 'z=a.yaml' }, label: '--set-file', origin: 'flag' },
    ]);
    expect(stdinReads()).toBe(0);
  });

  it('reads standard input once for -f -, and never when unused', async () => {
    const memory = createMemoryIo({ stdin: 'from: stdin\n' });
    const { sources, readFile } = await collectValueSources(
      {
        valueFlags: [
          { kind: 'values', path: '-' },
          { kind: 'set-file', expression: 'k=-' },
        ],
      },
      memory.io,
    );
    expect(sources[0]?.source).toEqual({ kind: 'file', name: '-', content: 'from: stdin\n' });
    expect(readFile('-')).toBe('from: stdin\n');
    expect(memory.stdinReads()).toBe(1);
  });

  it('gives --set-file a reader relative to cwd', async () => {
    const { io } = createMemoryIo({ files: { 'certs/ca.pem': 'PEM\n' } });
    const { readFile } = await collectValueSources({ valueFlags: [{ kind: 'set-file', expression: 'config.kasCaCert=certs/ca.pem' }] }, io);
    expect(readFile('certs/ca.pem')).toBe('PEM\n');
    let error: unknown;
    try {
      readFile('missing.pem');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).flag).toBe('--set-file');
  });

  it('reports a missing -f file as a usage error naming the flag', async () => {
    const { io } = createMemoryIo();
    const error = await usageErrorOf(() => collectValueSources({ valueFlags: [{ kind: 'values', path: 'nope.yaml' }] }, io));
    expect(error.flag).toBe('--values');
    expect(error.message).toContain('nope.yaml');
  });

  it('reports unreadable standard input as a usage error', async () => {
    const { io } = createMemoryIo();
    const error = await usageErrorOf(() => collectValueSources({ valueFlags: [{ kind: 'values', path: '-' }] }, io));
    expect(error.code).toBe('usage');
  });
});

describe('legacy flags as value sources', () => {
  it('maps each flag to its chart key', async () => {
    const values = await valuesOf([], {
      agentToken: 'tok,en=x',
      kasAddress: 'wss://kas.example.com',
      agentVersion: 'v17.11.0',
      noRbac: true,
    });
    expect(values).toEqual({
      config: { token: 'tok,en=x', kasAddress: 'wss://kas.example.com' },
      image: { tag: 'v17.11.0' },
      rbac: { create: false },
    });
  });

  it('beats a values file, as a --set flag would', async () => {
    const values = await valuesOf(
      [{ kind: 'values', path: 'v.yaml' }],
      { kasAddress: 'wss://flag' },
      {
        files: { 'v.yaml': 'config:\n  kasAddress: wss://file\n  token: from-file\n' },
      },
    );
    expect(values).toEqual({ config: { kasAddress: 'wss://flag', token: 'from-file' } });
  });

  it.each([
    [{ agentToken: 't' }, { kind: 'set', expression: 'config.token=u' }, '--agent-token'],
    [{ agentToken: 't' }, { kind: 'set-json', expression: 'config={"token":"u"}' }, '--agent-token'],
    [{ kasAddress: 'wss://a' }, { kind: 'set', expression: 'config=null' }, '--kas-address'],
    [{ agentVersion: 'v1.0.0' }, { kind: 'set-string', expression: 'replicas=1,image.tag=x' }, '--agent-version'],
    [{ noRbac: true }, { kind: 'set-literal', expression: 'rbac.create=true' }, '--no-rbac'],
    [{ agentTokenFile: 'token.txt' }, { kind: 'set-file', expression: 'config.token=other.txt' }, '--agent-token-file'],
  ] as const)('refuses %j together with %j, naming both', async (legacy, flag, legacyFlag) => {
    const { io } = createMemoryIo({ files: { 'token.txt': 't\n' } });
    const error = await usageErrorOf(() => collectValueSources({ valueFlags: [flag], legacy }, io));
    expect(error.flag).toBe(legacyFlag);
    expect(error.message).toContain(legacyFlag);
    expect(error.message).toContain(`--${flag.kind}`);
    expect(error.message).not.toContain('"u"');
  });

  it('allows a --set flag for another key under the same parent', async () => {
    const values = await valuesOf([{ kind: 'set', expression: 'config.kasHeaders[0]=X: 1' }], { kasAddress: 'wss://a' });
    expect(values).toEqual({ config: { kasHeaders: ['X: 1'], kasAddress: 'wss://a' } });
  });
});

describe('token input', () => {
  it('reads --agent-token-file and removes one trailing newline', async () => {
    const values = await valuesOf([], { agentTokenFile: 'token.txt' }, { files: { 'token.txt': 'glagent-abc\n\n' } });
    expect(values).toEqual({ config: { token: 'glagent-abc\n' } });
    expect(await valuesOf([], { agentTokenFile: 'token.txt' }, { files: { 'token.txt': 'glagent-abc\r\n' } })).toEqual({
      config: { token: 'glagent-abc' },
    });
  });

  it('reads --agent-token-file - from standard input', async () => {
    expect(await valuesOf([], { agentTokenFile: '-' }, { stdin: 'glagent-stdin\n' })).toEqual({ config: { token: 'glagent-stdin' } });
  });

  it('refuses an empty token file, a missing one, unreadable stdin, and stdin wanted twice', async () => {
    const cases: [LegacyFlags, ValueFlag[], MemoryIoOptions][] = [
      [{ agentTokenFile: 'empty.txt' }, [], { files: { 'empty.txt': '\n' } }],
      [{ agentTokenFile: 'missing.txt' }, [], {}],
      [{ agentTokenFile: '-' }, [], {}],
      [{ agentTokenFile: '-' }, [{ kind: 'values', path: '-' }], { stdin: 'x' }],
    ];
    for (const [legacy, valueFlags, options] of cases) {
      const { io } = createMemoryIo(options);
      const error = await usageErrorOf(() => collectValueSources({ valueFlags, legacy }, io));
      expect(error.code).toBe('usage');
    }
  });

  it(`reads ${TOKEN_ENV} below every flag and file`, async () => {
    const env = { [TOKEN_ENV]: 'from-env\n' };
    expect(await valuesOf([], {}, { env })).toEqual({ config: { token: 'from-env' } });
    expect(await valuesOf([{ kind: 'values', path: 'v.yaml' }], {}, { env, files: { 'v.yaml': 'config:\n  token: from-file\n' } })).toEqual(
      {
        config: { token: 'from-file' },
      },
    );
    expect(await valuesOf([], { agentToken: 'from-flag' }, { env })).toEqual({ config: { token: 'from-flag' } });
    expect(await valuesOf([{ kind: 'set', expression: 'config.token=from-set' }], {}, { env })).toEqual({
      config: { token: 'from-set' },
    });
    expect(await valuesOf([], {}, { env: { [TOKEN_ENV]: '' } })).toEqual({});
  });

  it(`keeps any character of a ${TOKEN_ENV} token`, async () => {
    const token = 'a: "b" #c \\ \u007f é';
    expect(await valuesOf([], {}, { env: { [TOKEN_ENV]: token } })).toEqual({ config: { token } });
  });

  it('trims exactly one newline', () => {
    expect(trimOneNewline('a\n\n')).toBe('a\n');
    expect(trimOneNewline('a\r\n')).toBe('a');
    expect(trimOneNewline('a')).toBe('a');
  });
});
