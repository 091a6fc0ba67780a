import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecretValuePath } from '../src/chart/secret-values.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { mergeValues, mergeValuesSharing } from '../src/merge/merge-values.js';
import type { ValuesTree } from '../src/types.js';
import { runs } from './support/fast-check-settings.js';
import { toPlainValues } from './support/plain-values.js';

/**
 * The renderer merges without copying (mergeValuesSharing); it must give what mergeValues gives:
 * the same values in the same key order, the same warnings in the same order, and leave both
 * inputs as they were.
 */

const OPTIONS = { isSecretPath: isSecretValuePath };
const key = fc.oneof(fc.constantFrom('a', 'b', 'c', 'token', 'config', '__proto__', 'constructor'), fc.string({ maxLength: 3 }));
const leaf = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }));
const { tree: rawTree } = fc.letrec((tie) => ({
  tree: fc.dictionary(key, fc.oneof({ maxDepth: 3 }, { weight: 3, arbitrary: leaf }, { weight: 2, arbitrary: tie('tree') }), {
    maxKeys: 4,
  }),
}));
const tree = rawTree.map(toPlainValues);

function expectSameMerge(defaults: ValuesTree, user: ValuesTree): void {
  // JSON's text holds every key in order (an own `__proto__` too) and every leaf these trees have;
  // toStrictEqual would read a key named `constructor` as the object's type.
  const before = JSON.stringify({ defaults, user });
  const copied = mergeValues(defaults, user, OPTIONS);
  const shared = mergeValuesSharing(defaults, user, OPTIONS);
  expect(JSON.stringify(shared.values)).toBe(JSON.stringify(copied.values));
  expect(shared.values).toEqual(copied.values);
  expect(shared.warnings).toEqual(copied.warnings);
  expect(JSON.stringify({ defaults, user })).toBe(before);
}

describe('mergeValuesSharing', () => {
  it('merges as mergeValues does, for arbitrary defaults and values', () => {
    fc.assert(
      fc.property(tree, tree, (defaults, user) => expectSameMerge(defaults as ValuesTree, user as ValuesTree)),
      runs(1000),
    );
  });

  it('merges arbitrary values over the chart defaults as mergeValues does', () => {
    const configKey = fc.constantFrom(...Object.keys(DEFAULT_VALUES), 'unknown');
    fc.assert(
      fc.property(fc.dictionary(configKey, fc.oneof(leaf, tree), { maxKeys: 6 }).map(toPlainValues), (user) =>
        expectSameMerge(DEFAULT_VALUES as ValuesTree, user as ValuesTree),
      ),
      runs(500),
    );
  });

  it('merges maps of many top-level keys (copied from a cached shape) as mergeValues does', () => {
    // Over 12 keys the result is a copy of an object with the same keys; `__proto__` must stay an
    // own key, and two key lists whose joins are the same text must not share a shape.
    const manyKeys = fc
      .dictionary(fc.oneof(key, fc.constantFrom('a\0b', 'a', 'b', '0', '1')), leaf, { minKeys: 10, maxKeys: 20 })
      .map(toPlainValues);
    fc.assert(
      fc.property(manyKeys, manyKeys, (defaults, user) => expectSameMerge(defaults as ValuesTree, user as ValuesTree)),
      runs(500),
    );
    const first = Object.fromEntries(Array.from({ length: 14 }, (_, index) => [`k${index}`, index]));
    const joined = { 'k0\0k1': 0, ...Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`k${index + 2}`, index])) };
    for (const user of [first, joined, first]) expectSameMerge({}, toPlainValues(user) as ValuesTree);
    const withProto = toPlainValues(
      JSON.parse(`{${Array.from({ length: 14 }, (_, index) => `"k${index}":${index}`).join(',')},"__proto__":{"x":1}}`),
    );
    const { values } = mergeValuesSharing({}, withProto as ValuesTree, OPTIONS);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
  });

  it('shares the subtrees it keeps instead of copying them', () => {
    const user: ValuesTree = { extraEnv: [{ name: 'A', value: 'b' }], config: { token: 't' } };
    const { values } = mergeValuesSharing(DEFAULT_VALUES as ValuesTree, user, OPTIONS);
    expect(values['extraEnv']).toBe(user['extraEnv']);
    expect(values['image']).toBe((DEFAULT_VALUES as ValuesTree)['image']);
    expect(values['config']).not.toBe(user['config']);
  });
});
