import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { ValuesFileProblem } from '../src/errors.js';
import { parseValuesYaml } from '../src/sources/parse-values-file.js';
import { resolvesAsNonString, HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';
import { refuseValuesFile } from './support/refuse-values-file.js';

function scalar(text: string): unknown {
  return parseValuesYaml(`k: ${text}\n`, 'values.yaml')['k'];
}

// Plain scalars as yaml.v2 (under sigs.k8s.io/yaml) resolves them; every number is a JS number.
const SCALARS: ReadonlyArray<readonly [string, unknown]> = [
  ['y', true],
  ['Y', true],
  ['yes', true],
  ['Yes', true],
  ['YES', true],
  ['n', false],
  ['N', false],
  ['no', false],
  ['No', false],
  ['NO', false],
  ['on', true],
  ['On', true],
  ['ON', true],
  ['off', false],
  ['Off', false],
  ['OFF', false],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
  ['tRUE', 'tRUE'],
  ['yEs', 'yEs'],
  ['o', 'o'],
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['', null],
  ['nULL', 'nULL'],
  ['0', 0],
  ['42', 42],
  ['-5', -5],
  ['+5', 5],
  ['1_000', 1000],
  ['1_', 1],
  ['0755', 493],
  ['0o17', 15],
  ['0O17', 15],
  ['0x1F', 31],
  ['0X1f', 31],
  ['-0x1F', -31],
  ['0b101', 5],
  ['-0b101', -5],
  ['08', 8],
  ['09.5', 9.5],
  ['0x', '0x'],
  ['0b', '0b'],
  ['_1', '_1'],
  ['18446744073709551615', 18446744073709551615],
  ['-9223372036854775808', -9223372036854775808],
  ['1.5', 1.5],
  ['1.10', 1.1],
  ['1.0', 1],
  ['1.', 1],
  ['.5', 0.5],
  ['+.5', 0.5],
  ['-.5e3', -500],
  ['.5_5', 0.55],
  ['1e3', 1000],
  ['1E3', 1000],
  ['1e+3', 1000],
  ['1_000.5', 1000.5],
  ['1e400', '1e400'],
  ['._5', '._5'],
  ['.', '.'],
  ['2024-01-01', '2024-01-01'],
  ['2001-12-14T21:59:43.10Z', '2001-12-14T21:59:43.10Z'],
  ['12:30', '12:30'],
  ['1.2.3', '1.2.3'],
  ['v18.0.0', 'v18.0.0'],
  ['0.0.0.0', '0.0.0.0'],
  ['<<', '<<'],
  ['"quoted 5"', 'quoted 5'],
  ["'yes'", 'yes'],
  ['!!str 5', '5'],
  ['!!float 1', 1],
  ['!!int "7"', 7],
];

describe('parseValuesYaml scalars (yaml.v2 rules)', () => {
  it.each(SCALARS)('reads %j as %j', (text, expected) => {
    expect(scalar(text)).toEqual(expected);
  });
});

describe('parseValuesYaml maps and keys', () => {
  it('turns non-string keys into strings', () => {
    expect(parseValuesYaml('true: a\n1: b\n0x10: c\nno: d\n~: e\n', 'v.yaml')).toEqual({
      true: 'a',
      1: 'b',
      16: 'c',
      false: 'd',
      null: 'e',
    });
  });

  it('reads a `y` key as the boolean true, as YAML 1.1 does', () => {
    expect(parseValuesYaml('additionalLabels:\n  y: n\n', 'v.yaml')).toEqual({ additionalLabels: { true: false } });
  });

  it('gives {} for an empty file, comments only, or a null document', () => {
    expect(parseValuesYaml('', 'v.yaml')).toEqual({});
    expect(parseValuesYaml('# nothing here\n\n', 'v.yaml')).toEqual({});
    expect(parseValuesYaml('---\n~\n', 'v.yaml')).toEqual({});
  });

  it('uses only the first document, like yaml.v2', () => {
    expect(parseValuesYaml('a: 1\n---\nb: 2\n', 'v.yaml')).toEqual({ a: 1 });
  });

  it('supports merge keys, explicit keys overriding merged ones', () => {
    const content = 'base: &base\n  a: 1\n  b: 2\nchild:\n  <<: *base\n  b: 3\nmulti:\n  <<: [{x: 1}, {x: 2, z: 2}]\n';
    expect(parseValuesYaml(content, 'v.yaml')).toEqual({
      base: { a: 1, b: 2 },
      child: { a: 1, b: 3 },
      multi: { x: 1, z: 2 },
    });
  });

  it('gives every alias its own copy, as the JSON round trip in Helm does', () => {
    const values = parseValuesYaml('a: &x {b: [1]}\nc: *x\n', 'v.yaml');
    expect(values['a']).toEqual(values['c']);
    expect(values['a']).not.toBe(values['c']);
  });

  it('keeps `__proto__` as an ordinary key', () => {
    const values = parseValuesYaml('__proto__:\n  polluted: true\n', 'v.yaml');
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps keys named like Object.prototype members', () => {
    expect(parseValuesYaml('podLabels:\n  constructor: x\n  toString: z\n', 'v.yaml')).toEqual({
      podLabels: { constructor: 'x', toString: 'z' },
    });
  });
});

const ERRORS: ReadonlyArray<readonly [string, string, ValuesFileProblem, number]> = [
  ['a duplicate key', 'a: 1\nb:\n  c: 2\n  c: 3\n', 'duplicate-key', 4],
  ['a duplicate quoted key', 'a: 1\n"a": 2\n', 'duplicate-key', 2],
  ['a duplicate after resolution', 'yes: 1\ntrue: 2\n', 'duplicate-key', 2],
  ['a duplicate in a flow map', 'x: {a: 1, a: 2}\n', 'duplicate-key', 1],
  ['a top-level list', '# list\n\n- a\n- b\n', 'not-a-map', 3],
  ['a top-level string', 'just text\n', 'not-a-map', 1],
  ['a top-level number', '5\n', 'not-a-map', 1],
  ['.inf as a value', 'a: 1\nb: .inf\n', 'non-finite-number', 2],
  ['.nan inside a list', 'a:\n  - 1\n  - .NaN\n', 'non-finite-number', 3],
  ['an unclosed flow list', 'a: [1, 2\n', 'syntax', 2],
  ['bad indentation', 'a:\n  b: 1\n c: 2\n', 'syntax', 3],
  ['an unknown alias', 'a: *nope\n', 'syntax', 1],
];

describe('parseValuesYaml errors', () => {
  it.each(ERRORS)('refuses %s', (_, content, problem, line) => {
    const error = refuseValuesFile(content);
    expect(error.code).toBe('values-file');
    expect(error.problem).toBe(problem);
    expect(error.location.source).toBe('values.yaml');
    expect(error.location.line).toBe(line);
  });

  it('names the duplicated key', () => {
    expect(refuseValuesFile('config:\n  token: a\n  token: b\n')).toMatchObject({
      problem: 'duplicate-key',
      key: 'token',
      location: { source: 'values.yaml', line: 3, column: 3 },
    });
    expect(refuseValuesFile('a: 1\n"a": 2\n').key).toBe('a');
    expect(refuseValuesFile('yes: 1\ntrue: 2\n').key).toBe('true');
  });

  it('never repeats the offending line, which may hold a token', () => {
    const error = refuseValuesFile('config:\n  token: glagent-SECRET\n  token: glagent-SECRET\n');
    expect(error.message).not.toContain('glagent-SECRET');
    const syntax = refuseValuesFile('config:\n  token: "glagent-SECRET\n');
    expect(syntax.problem).toBe('syntax');
    expect(syntax.message).not.toContain('glagent-SECRET');
  });
});

describe('HELM_VALUES_SCHEMA', () => {
  it('is a js-yaml schema the renderer can read manifests with', () => {
    expect(yaml.load('mode: 0444\nflag: on\nwhen: 2024-01-01\n', { schema: HELM_VALUES_SCHEMA })).toEqual({
      mode: 292,
      flag: true,
      when: '2024-01-01',
    });
  });

  it('makes js-yaml quote every string yaml.v2 would read (or write) as another type', () => {
    const strings = ['yes', 'on', '0755', '1e3', '08', '~', '', '2024-01-01', '12:30', '<<', 'plain'];
    const dumped = yaml.dump(strings, { schema: HELM_VALUES_SCHEMA, flowLevel: 0 });
    expect(yaml.load(dumped, { schema: HELM_VALUES_SCHEMA })).toEqual(strings);
    expect(dumped).toContain('plain');
    expect(dumped).not.toMatch(/[[ ]yes[,\]]/);
  });

  it('dumps numbers, booleans and null in the form yaml.v2 reads back', () => {
    const value = { i: 5, f: 0.5, big: 1234567.5, t: true, n: null };
    const dumped = yaml.dump(value, { schema: HELM_VALUES_SCHEMA });
    expect(dumped).toContain('big: 1.2345675e+06');
    expect(yaml.load(dumped, { schema: HELM_VALUES_SCHEMA })).toEqual(value);
  });
});

describe('resolvesAsNonString', () => {
  it.each([
    // yaml.v2 rules
    'yes',
    'No',
    'on',
    'OFF',
    'y',
    'true',
    '~',
    'null',
    '',
    '0755',
    '08',
    '0x1F',
    '0b101',
    '1_000',
    '1e3',
    '1.10',
    '+5',
    '.5',
    '.inf',
    '-.Inf',
    '.NaN',
    '2024-01-01',
    '2001-12-14 21:59:43.10',
    '12:30',
    '1:20:30.5',
    '<<',
    // js-yaml's default YAML 1.2 schema
    '0o17',
    '2001-12-14t21:59:43.10-05:00',
    '-.inf',
  ])('is true for %j', (plain) => {
    expect(resolvesAsNonString(plain)).toBe(true);
  });

  it.each([
    'plain',
    'wss://kas.gitlab.com',
    'v18.0.0',
    '1.2.3',
    '0.0.0.0',
    'yES',
    'tRUE',
    'nULL',
    '0x',
    '_1',
    '.',
    '-',
    '2024-1-32',
    '2023-2-30',
    'agent.example.com',
    '25%',
    '12:60',
    '=',
  ])('is false for %j', (plain) => {
    expect(resolvesAsNonString(plain)).toBe(false);
  });
});
