import { describe, expect, it } from 'vitest';
import { ValuesError } from '../src/errors.js';
import { render } from '../src/render-manifests.js';
import { run } from '../src/cli/run.js';
import { parseValuesYaml } from '../src/sources/parse-values-file.js';
import { MAX_VALUES_FILE_BYTES, MAX_VALUE_NODES, MAX_NESTING_DEPTH } from '../src/sources/values-limits.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { refuseValuesFile } from './support/refuse-values-file.js';
import { writeBillionLaughs } from './support/write-billion-laughs.js';

/**
 * Hostile values in a test's own process: the limits of the values reader, and what the CLI and
 * the library make of hostile input. test/hostile-input-resources.test.ts measures the time and
 * memory a fresh process takes to refuse hostile files.
 */
describe('values file limits', () => {
  it('refuses a file over the size limit before parsing it, and accepts one just under', () => {
    const under = `a: "${'x'.repeat(MAX_VALUES_FILE_BYTES - 10)}"\n`;
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(MAX_VALUES_FILE_BYTES);
    expect(parseValuesYaml(under, 'v.yaml')['a']).toHaveLength(MAX_VALUES_FILE_BYTES - 10);
    expect(refuseValuesFile(`a: "${'x'.repeat(MAX_VALUES_FILE_BYTES)}"\n`)).toMatchObject({
      problem: 'too-large',
      location: { source: 'values.yaml' },
    });
  });

  it('measures the limit in UTF-8 bytes', () => {
    const text = `a: "${'é'.repeat(MAX_VALUES_FILE_BYTES / 2)}"\n`;
    expect(text.length).toBeLessThan(MAX_VALUES_FILE_BYTES);
    expect(refuseValuesFile(text).problem).toBe('too-large');
  });

  it(`accepts ${MAX_NESTING_DEPTH} levels and refuses one more, naming the line`, () => {
    const nest = (depth: number): string => `${'{a: '.repeat(depth - 1)}1${'}'.repeat(depth - 1)}`;
    // The top-level map is one level, each `{a: ` another, and the scalar the last.
    expect(() => parseValuesYaml(`x: ${nest(MAX_NESTING_DEPTH - 1)}\n`, 'v.yaml')).not.toThrow();
    expect(refuseValuesFile(`# comment\nx: ${nest(MAX_NESTING_DEPTH)}\n`)).toMatchObject({ problem: 'too-deep', location: { line: 2 } });
  });

  it(`refuses more than ${MAX_VALUE_NODES} parsed nodes`, () => {
    expect(refuseValuesFile(`a: [${Array(MAX_VALUE_NODES).fill('1').join(',')}]\n`).problem).toBe('too-large');
    expect(() =>
      parseValuesYaml(
        `a: [${Array(MAX_VALUE_NODES / 2)
          .fill('1')
          .join(',')}]\n`,
        'v.yaml',
      ),
    ).not.toThrow();
  });

  it('copies aliases, but refuses an expansion past the node limit', () => {
    expect(refuseValuesFile(writeBillionLaughs(5, 10)).message).toMatch(/aliases/);
    expect(parseValuesYaml(writeBillionLaughs(3, 10), 'v.yaml')['l3']).toHaveLength(10);
  });

  it('stops at the end of the first document, whatever follows', () => {
    expect(parseValuesYaml('a: 1\n---\n: : [\n', 'v.yaml')).toEqual({ a: 1 });
    expect(parseValuesYaml('---\n---\na: 1\n', 'v.yaml')).toEqual({});
    expect(refuseValuesFile('a: [1\n---\nb: 2\n').problem).toBe('syntax');
  });

  it('names the duplicated key and its line, never its value', () => {
    const error = refuseValuesFile('config:\n  token: glagent-FIRST\n  token: glagent-SECOND\n');
    expect(error).toMatchObject({ problem: 'duplicate-key', key: 'token', location: { line: 3 } });
    expect(error.message).toContain('"token"');
    expect(error.message).toContain('line 3');
    expect(error.message).not.toMatch(/FIRST|SECOND/);
  });
});

describe('hostile values through the CLI', () => {
  it.each([
    ['a duplicate key', 'replicas: 1\nreplicas: 2\n'],
    ['deep nesting', `global: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['a billion laughs', writeBillionLaughs(9, 10)],
  ])('exits 1 with one error line for %s', async (_, content) => {
    const memory = createMemoryIo({ files: { 'values.yaml': content } });
    const exitCode = await run(['generate', '-f', 'values.yaml'], memory.io);
    expect(exitCode).toBe(1);
    expect(memory.stdout()).toBe('');
    expect(memory.stderr()).toMatch(/^Error: values\.yaml: [^\n]+\n$/);
  });
});

describe('hostile values passed to the library', () => {
  const options = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };

  function refused(values: unknown): ValuesError {
    try {
      render(values as Record<string, unknown>, options);
    } catch (error) {
      if (error instanceof ValuesError) return error;
      throw error;
    }
    throw new Error('expected the values to be refused');
  }

  it('refuses a tree nested 100,000 levels deep with a ValuesError, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 100_000; level += 1) deep = { a: deep };
    for (const values of [{ global: deep }, { podLabels: deep }, { affinity: deep }, { extraEnv: [deep] }]) {
      const error = refused(values);
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]?.message).toMatch(/levels deep/);
    }
  });

  it('refuses a reference cycle', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    expect(refused({ global: cycle }).problems[0]).toMatchObject({ path: 'global.self', message: expect.stringMatching(/itself/) });
  });

  it('accepts a subtree shared without a cycle, as aliases give', () => {
    const shared = { team: 'a' };
    expect(() => render({ config: { token: 'glagent-t' }, podLabels: shared, additionalLabels: shared }, options)).not.toThrow();
  });

  it('refuses values JSON cannot hold, and more values than any chart needs', () => {
    expect(refused({ global: { when: new Date(0) } }).problems[0]).toMatchObject({ path: 'global.when' });
    expect(refused({ global: { f: () => 1 } }).problems[0]).toMatchObject({ path: 'global.f' });
    expect(refused({ global: { n: Number.NaN } }).problems[0]).toMatchObject({ path: 'global.n' });
    expect(refused({ global: { big: 10n } }).problems[0]).toMatchObject({ path: 'global.big' });
    expect(refused({ global: new Array(MAX_VALUE_NODES + 1).fill(0) }).problems[0]?.message).toMatch(/more than/);
    expect(refused([]).problems[0]).toMatchObject({ code: 'wrong-type', path: '' });
    expect(refused(null).problems[0]).toMatchObject({ code: 'wrong-type', path: '' });
  });

  it('treats undefined as absent, as JSON does (process.env.X may be unset)', () => {
    const unset = { config: { token: undefined, secretName: 'existing', kasAddress: 'wss://kas.gitlab.com' } };
    expect(() => render(unset, options)).not.toThrow();
  });
});
