import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compareAsciiHelmKeys, compareHelmKeys, compareUnicodeHelmKeys, dumpYaml, formatScalar } from '../src/helm/yaml-output.js';
import { runs } from './support/fast-check-settings.js';
import { HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';

/** Reads a scalar back the way js-yaml (YAML 1.2) and kubectl (yaml.v2 rules) would. */
function readBack(text: string): { core: unknown; helm: unknown } {
  return {
    core: (yaml.load(`k: ${text}`) as { k: unknown }).k,
    helm: (yaml.load(`k: ${text}`, { schema: HELM_VALUES_SCHEMA }) as { k: unknown }).k,
  };
}

const TRICKY_STRINGS = [
  'plain',
  'wss://kas.gitlab.com',
  '--kas-address=wss://kas #x',
  'a: b',
  'x #y',
  'true',
  'yes',
  'on',
  'Y',
  'n',
  'off',
  'null',
  'Null',
  '~',
  '',
  ' ',
  ' lead',
  'trail ',
  '007',
  '08',
  '0x1F',
  '0o17',
  '0b101',
  '1_000',
  '1e3',
  '1.10',
  '+5',
  '.5',
  '+.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '12:30',
  '2026-01-01',
  '2026-01-01T10:00:00Z',
  '=',
  '<<',
  '-',
  '- a',
  '-x',
  '?x',
  ':x',
  'x:',
  '*.example.com',
  '&anchor',
  '!tag',
  '%x',
  '@x',
  '`x',
  '|x',
  '>x',
  '[x',
  '{x',
  ',x',
  '#x',
  "'x",
  '"x',
  '---',
  '...',
  'a\nb',
  'line\n',
  '\ttab',
  'a\tb',
  'back\\slash',
  'quote"inside',
  "it's",
  '\u0085',
  '\u2028',
  '\u007f',
  '\u0000',
  '\u001b[0m',
  'ünïcödé',
  '日本語',
  '😀 emoji',
  '\ufeffbom',
  'grpc://$(POD_IP):8081',
  '2.15.0',
  '10.1.2.3',
];

describe('formatScalar', () => {
  it.each(TRICKY_STRINGS.map((s) => [JSON.stringify(s), s]))('keeps %s a string under both YAML readers', (_, text) => {
    const written = formatScalar(text);
    expect(written).not.toContain('\n');
    expect(readBack(written)).toEqual({ core: text, helm: text });
  });

  it.each([
    ['gitlab-agent', 'gitlab-agent'],
    ['wss://kas.gitlab.com', 'wss://kas.gitlab.com'],
    ['2.15.0', '2.15.0'],
    ['true', '"true"'],
    ['8080', '"8080"'],
    ['a: b', '"a: b"'],
    ['', '""'],
  ])('writes %j as %s', (text, expected) => {
    expect(formatScalar(text)).toBe(expected);
  });

  it.each([
    [5, '5'],
    [0, '0'],
    [-3, '-3'],
    [1.5, '1.5'],
    [true, 'true'],
    [false, 'false'],
    [null, 'null'],
  ])('writes %j with its own type', (value, expected) => {
    expect(formatScalar(value)).toBe(expected);
    expect(readBack(formatScalar(value)).core).toEqual(value);
  });
});

describe('compareHelmKeys', () => {
  it('sorts like yaml.v2: non-letters first, letters by code point, digit runs numerically', () => {
    const keys = ['b10', 'a1', 'B', '_c', 'b2'];
    expect([...keys].sort(compareHelmKeys)).toEqual(['_c', 'B', 'a1', 'b2', 'b10']);
  });

  it('compares ASCII keys on code units exactly as by code point', () => {
    const key = fc.stringMatching(/^[0-9aAzZ_./-]{0,6}$/);
    fc.assert(
      fc.property(key, key, (a, b) => {
        expect(Math.sign(compareAsciiHelmKeys(a, b)), `${a} ${b}`).toBe(Math.sign(compareUnicodeHelmKeys(a, b)));
      }),
      runs(5000),
    );
  });

  it.each<[string, string]>([
    ['a0', 'a.'],
    ['a00', 'a0'],
    ['a007', 'a7'],
    ['a10', 'a9'],
    ['a99999999999999999999', 'a100000000000000000000'],
    ['a01b', 'a1a'],
  ])('orders digit runs of %s and %s by value, then by where they end', (a, b) => {
    expect(Math.sign(compareAsciiHelmKeys(a, b))).toBe(Math.sign(compareUnicodeHelmKeys(a, b)));
    expect(Math.sign(compareAsciiHelmKeys(b, a))).toBe(Math.sign(compareUnicodeHelmKeys(b, a)));
  });

  it('orders the prometheus annotations as the chart does', () => {
    const keys = ['prometheus.io/scrape', 'prometheus.io/path', 'example.com/owner', 'prometheus.io/port'];
    expect([...keys].sort(compareHelmKeys)).toEqual([
      'example.com/owner',
      'prometheus.io/path',
      'prometheus.io/port',
      'prometheus.io/scrape',
    ]);
  });
});

describe('dumpYaml', () => {
  it('writes block style with sorted keys and lists not indented under their key', () => {
    const text = dumpYaml({ capabilities: { drop: ['ALL'] }, allowPrivilegeEscalation: false });
    expect(text).toBe('allowPrivilegeEscalation: false\ncapabilities:\n  drop:\n  - ALL');
  });

  it('keeps insertion order when asked', () => {
    expect(dumpYaml({ b: 1, a: 2 }, { keepOrder: true })).toBe('b: 1\na: 2');
  });

  it('writes empty collections in flow style, as Helm does', () => {
    expect(dumpYaml({})).toBe('{}');
    expect(dumpYaml([])).toBe('[]');
  });

  it.each(['\n', '\n\n', ' \n', 'a\n\n', 'a \n', 'a\n ', 'x\ny\n\n\n'])(
    'writes %j double-quoted, so trailing blank lines survive the end of a document',
    (text) => {
      const written = dumpYaml([{ name: 'V', value: text }]);
      expect(written).toBe(`- name: V\n  value: ${JSON.stringify(text)}`);
      expect(yaml.load(written.trimEnd())).toEqual([{ name: 'V', value: text }]);
    },
  );

  it('keeps literal blocks for ordinary multi-line strings', () => {
    expect(dumpYaml({ script: 'set -e\necho ok\n' })).toBe('script: |\n  set -e\n  echo ok');
  });

  it('round-trips every tricky string inside a block under both readers', () => {
    const value = { env: TRICKY_STRINGS.map((text, index) => ({ name: `V${index}`, value: text })) };
    const written = dumpYaml(value);
    expect(yaml.load(written)).toEqual(value);
    expect(yaml.load(written, { schema: HELM_VALUES_SCHEMA })).toEqual(value);
  });
});
