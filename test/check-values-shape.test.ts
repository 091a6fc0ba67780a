import { describe, expect, it } from 'vitest';
import { checkValuesShape } from '../src/check/check-values-shape.js';
import { MAX_NESTING_DEPTH } from '../src/sources/values-limits.js';

describe('checkValuesShape', () => {
  it('names each problem by its whole path, in document order, at most five', () => {
    const cycle: Record<string, unknown> = { ok: 'x' };
    cycle['back'] = cycle;
    const values = {
      a: { b: [1, { c: () => 1 }, Number.NaN] },
      'odd.key': [[new Date(0)]],
      d: cycle,
      e: 'fine',
      f: { g: Symbol('s') },
      h: { i: 10n },
    };
    expect(checkValuesShape(values).map((problem) => [problem.path, problem.segments, problem.message])).toEqual([
      ['a.b[1].c', ['a', 'b', 1, 'c'], 'is a function, not plain data'],
      ['a.b[2]', ['a', 'b', 2], 'is not a finite number'],
      ['["odd.key"][0][0]', ['odd.key', 0, 0], 'is a Date, not plain data'],
      ['d.back', ['d', 'back'], 'contains itself (a reference cycle)'],
      ['f.g', ['f', 'g'], 'is a symbol, not plain data'],
    ]);
  });

  it('names the first level too deep, and accepts the deepest allowed', () => {
    const nest = (levels: number): Record<string, unknown> => {
      let tree: Record<string, unknown> = {};
      for (let level = 1; level < levels; level++) tree = { k: tree };
      return tree;
    };
    expect(checkValuesShape(nest(MAX_NESTING_DEPTH))).toEqual([]);
    const [problem] = checkValuesShape({ list: [nest(MAX_NESTING_DEPTH)] });
    expect(problem?.segments).toEqual(['list', 0, ...Array.from({ length: MAX_NESTING_DEPTH - 2 }, () => 'k')]);
    expect(problem?.message).toMatch(/levels deep/);
  });
});
