import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitCommaList } from '../src/cli/args/parse-flags.js';
import type { ValueSource } from '../src/types.js';
import { SetExpressionError, ValuesFileError } from '../src/errors.js';
import { readValues } from '../src/sources/read-values.js';
import { CHART_REFERENCE_CASES, resolveChartReferenceCase } from './support/chart-reference-cases.js';

function file(name: string, content: string): ValueSource {
  return { kind: 'file', name, content };
}

describe('readValues precedence', () => {
  it('merges -f files in order: maps merge, lists and scalars replace', () => {
    const values = readValues([
      file('a.yaml', 'image:\n  repository: r\n  tag: a\nlist: [1, 2, 3]\nkeep: 1\ngone: {x: 1}\n'),
      file('b.yaml', 'image:\n  tag: b\nlist: [9]\ngone: ~\n'),
    ]);
    expect(values).toEqual({ image: { repository: 'r', tag: 'b' }, list: [9], keep: 1, gone: null });
  });

  it('applies --set kinds by kind, not by position', () => {
    const literalFirst: ValueSource[] = [
      { kind: 'set-literal', expression: 'a=literal' },
      { kind: 'set-file', expression: 'a=f.txt' },
      { kind: 'set-string', expression: 'a=string' },
      { kind: 'set', expression: 'a=set' },
      { kind: 'set-json', expression: 'a="json"' },
      file('v.yaml', 'a: file\n'),
    ];
    const readFile = (): string => 'from file';
    expect(readValues(literalFirst, { readFile })).toEqual({ a: 'literal' });
    expect(readValues(literalFirst.slice(1), { readFile })).toEqual({ a: 'from file' });
    expect(readValues(literalFirst.slice(2))).toEqual({ a: 'string' });
    expect(readValues(literalFirst.slice(3))).toEqual({ a: 'set' });
    expect(readValues(literalFirst.slice(4))).toEqual({ a: 'json' });
    expect(readValues(literalFirst.slice(5))).toEqual({ a: 'file' });
  });

  it('lets the later flag of one kind win', () => {
    const values = readValues([
      { kind: 'set', expression: 'replicas=1' },
      { kind: 'set', expression: 'replicas=3' },
    ]);
    expect(values).toEqual({ replicas: 3 });
  });

  it('writes every --set into the map the files built', () => {
    const values = readValues([{ kind: 'set', expression: 'a.y=2' }, file('v.yaml', 'a:\n  x: 1\n')]);
    expect(values).toEqual({ a: { x: 1, y: 2 } });
  });

  it('patches a list a file supplied, and an earlier kind', () => {
    const values = readValues([
      { kind: 'set', expression: 'extraArgs[2]=--c' },
      { kind: 'set-json', expression: 'extraArgs[1]="--b"' },
      file('v.yaml', 'extraArgs: [--a, --x]\n'),
    ]);
    expect(values).toEqual({ extraArgs: ['--a', '--b', '--c'] });
  });

  it('reads `-f a.yaml,b.yaml` as two files in order', () => {
    const contents: Record<string, string> = { 'a.yaml': 'p: 1\nq: 1\n', 'b.yaml': 'q: 2\n' };
    const names = splitCommaList({ name: 'values', value: 'a.yaml,b.yaml' });
    expect(names).toEqual(['a.yaml', 'b.yaml']);
    expect(readValues(names.map((name) => file(name, contents[name] ?? '')))).toEqual({ p: 1, q: 2 });
  });

  it('does not share subtrees between its result and a later read', () => {
    const sources = [file('v.yaml', 'a:\n  b: [1]\n')];
    const first = readValues(sources);
    (first['a'] as { b: number[] }).b.push(2);
    expect(readValues(sources)).toEqual({ a: { b: [1] } });
  });
});

describe('readValues errors', () => {
  it('names the file of a bad values file', () => {
    expect(() => readValues([file('ok.yaml', 'a: 1\n'), file('bad.yaml', '- 1\n')])).toThrow(ValuesFileError);
    try {
      readValues([file('bad.yaml', 'a: 1\na: 2\n')]);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'values-file',
        problem: 'duplicate-key',
        location: { source: 'bad.yaml', line: 2 },
      });
    }
  });

  it('names the flag and key of a bad --set', () => {
    try {
      readValues([file('v.yaml', 'image: nginx\n'), { kind: 'set', expression: 'image.tag=x' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SetExpressionError);
      expect(error).toMatchObject({
        code: 'set-expression',
        problem: 'type-mismatch',
        path: 'image',
        segments: ['image'],
        location: { source: '--set' },
      });
    }
  });
});

/** The value flags of a reference case's Helm argv, as sources, plus a reader for its folder. */
function referenceSources(name: string): { sources: ValueSource[]; readFile: (path: string) => string } {
  const folder = resolveChartReferenceCase(name);
  const args = JSON.parse(readFileSync(join(folder, 'args.json'), 'utf8')) as string[];
  const sources: ValueSource[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const [flag = '', value = ''] = [args[i], args[i + 1]];
    if (flag === '-f' || flag === '--values') {
      for (const path of splitCommaList({ name: 'values', value })) {
        sources.push(file(path, readFileSync(join(folder, path), 'utf8')));
      }
    } else if (flag.startsWith('--set')) {
      sources.push({ kind: flag.slice(2) as 'set', expression: value });
    }
  }
  return { sources, readFile: (path) => readFileSync(join(folder, path), 'utf8') };
}

describe('readValues on the reference cases', () => {
  it.each(CHART_REFERENCE_CASES)('reads the values of %s', (name) => {
    const { sources, readFile } = referenceSources(name);
    expect(() => readValues(sources, { readFile })).not.toThrow();
  });

  it('types set-types like Helm', () => {
    const { sources } = referenceSources('set-types');
    expect(readValues(sources)).toEqual({
      config: { token: 't' },
      replicas: 3,
      podAnnotations: { build: '007' },
      podLabels: { tier: 'backend' },
      extraArgs: ['--log-level=debug'],
    });
  });

  it('reads --set-file bytes and a {list} with spaces in kas-ca-and-headers', () => {
    const { sources, readFile } = referenceSources('kas-ca-and-headers');
    const values = readValues(sources, { readFile });
    const config = values['config'] as Record<string, unknown>;
    expect(config['kasHeaders']).toEqual(['Cookie: gitlab_canary=true', 'X-Trace: 1']);
    expect(config['kasCaCert']).toBe(readFile('ca.pem'));
    expect(String(config['kasCaCert']).endsWith('\n')).toBe(true);
  });

  it('keeps the user nulls of null-deletes-default for the merge stage', () => {
    const { sources } = referenceSources('null-deletes-default');
    expect(readValues(sources)).toEqual({
      config: { token: 'null-token' },
      podAnnotations: { 'prometheus.io/scrape': null, 'example.com/team': 'infra' },
      maxSurge: null,
    });
  });
});

describe('helm get values output', () => {
  it('reads the USER-SUPPLIED VALUES header away, keeping line numbers', () => {
    expect(readValues([{ kind: 'file', name: 'helm.yaml', content: 'USER-SUPPLIED VALUES:\nconfig:\n  token: t\n' }])).toEqual({
      config: { token: 't' },
    });
    expect(readValues([{ kind: 'file', name: 'helm.yaml', content: 'USER-SUPPLIED VALUES:\nnull\n' }])).toEqual({});
    expect(readValues([{ kind: 'file', name: 'helm.yaml', content: 'COMPUTED VALUES:\r\nreplicas: 1\r\n' }])).toEqual({ replicas: 1 });
    expect(() => readValues([{ kind: 'file', name: 'helm.yaml', content: 'USER-SUPPLIED VALUES:\na: 1\na: 2\n' }])).toThrow(
      expect.objectContaining({ problem: 'duplicate-key', location: expect.objectContaining({ line: 3 }) }),
    );
  });

  it('refuses another header with a hint to use -o yaml', () => {
    expect(() => readValues([{ kind: 'file', name: 'notes.yaml', content: 'RELEASE NOTES:\nfoo: 1\n' }])).toThrow(
      expect.objectContaining({ problem: 'syntax', hint: expect.stringContaining('helm get values RELEASE -o yaml') }),
    );
  });
});
