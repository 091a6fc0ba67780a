import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { collectValueSources } from '../src/cli/collect-value-sources.js';
import type { ValueFlag } from '../src/cli/parse-generate-args.js';
import { createMemoryIo } from './support/create-memory-io.js';

async function usageErrorOf(action: () => Promise<unknown>): Promise<UsageError> {
  const error = await action().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof UsageError) return error;
  throw new Error(`expected a UsageError, got ${String(error)}`);
}

describe('collectValueSources', () => {
  it('reads -f files relative to cwd and keeps argv order', async () => {
    const { io, stdinReads } = createMemoryIo({ files: { 'a.yaml': 'a: 1\n', 'sub/b.yaml': 'b: 2\n' } });
    const flags: ValueFlag[] = [
      { kind: 'set', expression: 'x=1' },
      { kind: 'values', path: 'a.yaml' },
      { kind: 'set-json', expression: 'y=[]' },
      { kind: 'values', path: 'sub/b.yaml' },
      { kind: 'set-file', expression: 'z=a.yaml' },
    ];
    const { sources } = await collectValueSources(flags, io);
    expect(sources).toEqual([
      { kind: 'set', expression: 'x=1' },
      { kind: 'file', name: 'a.yaml', content: 'a: 1\n' },
      { kind: 'set-json', expression: 'y=[]' },
      { kind: 'file', name: 'sub/b.yaml', content: 'b: 2\n' },
      { kind: 'set-file', expression: 'z=a.yaml' },
    ]);
    expect(stdinReads()).toBe(0);
  });

  it('reads standard input once for -f -, and never when unused', async () => {
    const memory = createMemoryIo({ stdin: 'from: stdin\n' });
    const { sources, readFile } = await collectValueSources(
      [
        { kind: 'values', path: '-' },
        { kind: 'set-file', expression: 'k=-' },
      ],
      memory.io,
    );
    expect(sources[0]).toEqual({ kind: 'file', name: '-', content: 'from: stdin\n' });
    expect(readFile('-')).toBe('from: stdin\n');
    expect(memory.stdinReads()).toBe(1);
  });

  it('gives --set-file a reader relative to cwd', async () => {
    const { io } = createMemoryIo({ files: { 'certs/ca.pem': 'PEM\n' } });
    const { readFile } = await collectValueSources([{ kind: 'set-file', expression: 'config.kasCaCert=certs/ca.pem' }], io);
    expect(readFile('certs/ca.pem')).toBe('PEM\n');
    const error = (() => {
      try {
        readFile('missing.pem');
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).flag).toBe('--set-file');
  });

  it('reports a missing -f file as a usage error naming the flag', async () => {
    const { io } = createMemoryIo();
    const error = await usageErrorOf(() => collectValueSources([{ kind: 'values', path: 'nope.yaml' }], io));
    expect(error.flag).toBe('--values');
    expect(error.message).toContain('nope.yaml');
  });

  it('reports unreadable standard input as a usage error', async () => {
    const { io } = createMemoryIo();
    const error = await usageErrorOf(() => collectValueSources([{ kind: 'values', path: '-' }], io));
    expect(error.code).toBe('USAGE');
  });
});
