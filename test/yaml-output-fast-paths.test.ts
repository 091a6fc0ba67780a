import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { compareHelmKeys, dumpOneLineString, dumpYaml } from '../src/helm/yaml-output.js';
import { resolvesAsNonString } from '../src/helm/yaml-v2-schema.js';
import { runs } from './support/fast-check-settings.js';

// Property runs take seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * yaml-output writes labels and annotations without js-yaml where it can prove the bytes are
 * js-yaml's, and orders ASCII keys without the Unicode machinery. Each shortcut against the
 * long way.
 */

const AMBIGUOUS = new yaml.Type('tag:test,2025:ambiguous', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && resolvesAsNonString(data),
});
const DUMP_SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [AMBIGUOUS] });

/** yaml-output's dump options, straight through js-yaml. */
function dumpWithJsYaml(value: unknown, keepOrder: boolean): string {
  return yaml
    .dump(value, {
      schema: DUMP_SCHEMA,
      sortKeys: keepOrder ? false : compareHelmKeys,
      lineWidth: -1,
      noRefs: true,
      noArrayIndent: true,
      quotingType: '"',
      flowLevel: -1,
    })
    .replace(/\n$/, '');
}

/** compareHelmKeys as first written: code points, \p{L} letters, digit runs by value. */
function compareHelmKeysSlowly(a: string, b: string): number {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const ac = ar[i] as string;
    const bc = br[i] as string;
    if (ac === bc) continue;
    const aLetter = /\p{L}/u.test(ac);
    const bLetter = /\p{L}/u.test(bc);
    if (aLetter && bLetter) return ac < bc ? -1 : 1;
    if (aLetter || bLetter) return bLetter ? -1 : 1;
    const run = (chars: string[]): { value: bigint; end: number } => {
      let end = i;
      let value = 0n;
      while (end < chars.length && /[0-9]/.test(chars[end] as string)) value = value * 10n + BigInt(chars[end++] as string);
      return { value, end };
    };
    const [aRun, bRun] = [run(ar), run(br)];
    if (aRun.value !== bRun.value) return aRun.value < bRun.value ? -1 : 1;
    if (aRun.end !== bRun.end) return aRun.end < bRun.end ? -1 : 1;
    return ac < bc ? -1 : 1;
  }
  return ar.length - br.length;
}

const nameLike = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_./][A-Za-z0-9_./-]{0,12}$/),
  fc.constantFrom(
    'y',
    'Y',
    'yes',
    'NO',
    'on',
    'Off',
    'true',
    'null',
    'Null',
    '0',
    '007',
    '0x1F',
    '0o17',
    '0b101',
    '1_000',
    '1e3',
    '1.5',
    '.5',
    '.inf',
    '.NaN',
    '2001-12-14',
    '1.0.0',
    'v1',
    '_',
    '.',
    '/',
  ),
);
const anyText = fc.oneof(nameLike, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));

describe('yaml-output shortcuts', () => {
  it('dumpOneLineString writes a string as js-yaml does', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        fc.pre(!text.includes('\n'));
        expect(dumpOneLineString(text)).toBe(dumpWithJsYaml(text, true));
      }),
      runs(5000),
    );
  });

  it('dumpOneLineString writes printable ASCII strings as js-yaml does, decided with or without the cache', () => {
    // Many are numbers, dates and words, many start with an indicator, many hold `/`, `=` or `,`.
    const piece = fc.oneof(
      fc.constantFrom('0', '1', '9', '_', '.', ',', ':', '+', '-', '<', '~', 'e', 'x', 'T', 'Z', 'yes', 'No', 'null', '.inf', '2024-01-02'),
      fc.constantFrom(...Array.from({ length: 0x7f - 0x21 }, (_, index) => String.fromCharCode(0x21 + index))),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(dumpOneLineString(text), text).toBe(dumpWithJsYaml(text, true));
        expect(dumpOneLineString(text), text).toBe(dumpWithJsYaml(text, true));
      }),
      runs(10000),
    );
  });

  it('dumpYaml writes what js-yaml writes, flat maps included', () => {
    const leaf = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.oneof(
      fc.dictionary(anyText, anyText, { maxKeys: 6 }),
      fc.dictionary(nameLike, nameLike, { maxKeys: 6 }),
      fc.dictionary(anyText, fc.oneof(leaf, fc.array(leaf, { maxLength: 2 })), { maxKeys: 4 }),
      fc.array(fc.dictionary(anyText, leaf, { maxKeys: 3 }), { maxLength: 3 }),
      // extraEnv's shape, and lists of strings; empty maps and lists, alone and as items.
      fc.array(fc.dictionary(anyText, anyText, { maxKeys: 3 }), { maxLength: 4 }),
      fc.array(fc.oneof(anyText, fc.dictionary(nameLike, anyText, { maxKeys: 2 }), fc.constant({}), fc.constant([])), { maxLength: 4 }),
      fc.constantFrom({}, [], [{}], [[]], ['a\nb'], [{ a: 'x\ny' }], [{ ['k'.repeat(1100)]: 'v' }]),
    );
    fc.assert(
      fc.property(value, fc.boolean(), (item, keepOrder) => {
        expect(dumpYaml(item, { keepOrder })).toBe(dumpWithJsYaml(item, keepOrder));
      }),
      runs(3000),
    );
  });

  it('compareHelmKeys orders keys as the Unicode way does', () => {
    const key = fc.oneof(
      fc.stringMatching(/^[a-zA-Z0-9._/-]{0,8}$/),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 5 }),
    );
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(Math.sign(compareHelmKeys(a, b))).toBe(Math.sign(compareHelmKeysSlowly(a, b)));
      }),
      runs(5000),
    );
  });
});
