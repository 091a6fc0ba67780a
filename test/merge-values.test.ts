import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import type { ValuesTree } from '../src/types.js';
import { isSecretValuePath } from '../src/chart/secret-values.js';
import { mergeValues, type MergeOptions } from '../src/merge/merge-values.js';
import { readValues } from '../src/sources/read-values.js';
import { readChartReferenceFile } from './support/chart-reference-cases.js';

const CHART_DEFAULTS = DEFAULT_VALUES as ValuesTree;
/** The chart's secrets, as src/check/check-values.ts passes them. */
const CHART_SECRETS: MergeOptions = { isSecretPath: isSecretValuePath };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function merge(defaults: ValuesTree, user: ValuesTree, options = CHART_SECRETS): ReturnType<typeof mergeValues> {
  return mergeValues(deepFreeze(structuredClone(defaults)), deepFreeze(structuredClone(user)), options);
}

describe('mergeValues: Helm coalescing', () => {
  const defaults: ValuesTree = {
    replicas: 2,
    maxSurge: 1,
    image: { repository: 'r', tag: '', pullPolicy: 'IfNotPresent' },
    podAnnotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/path': '/metrics' },
    config: { kasHeaders: [], token: null, observability: { enabled: true, tls: { enabled: false } } },
    extraArgs: ['--a', '--b'],
    rbac: { create: true, useExistingRole: null },
  };

  it('merges maps deeply and fills in every default the user did not give', () => {
    const { values, warnings } = merge(defaults, {
      image: { tag: 'v1' },
      config: { observability: { tls: { enabled: true } } },
    });
    expect(values).toEqual({
      ...defaults,
      image: { repository: 'r', tag: 'v1', pullPolicy: 'IfNotPresent' },
      config: { kasHeaders: [], token: null, observability: { enabled: true, tls: { enabled: true } } },
    });
    expect(warnings).toEqual([]);
  });

  it('replaces lists wholesale, longer or shorter', () => {
    expect(merge(defaults, { extraArgs: ['--z'] }).values['extraArgs']).toEqual(['--z']);
    expect(merge(defaults, { config: { kasHeaders: ['a', 'b'] } }).values['config']).toMatchObject({
      kasHeaders: ['a', 'b'],
    });
    expect(merge(defaults, { extraArgs: [] }).values['extraArgs']).toEqual([]);
  });

  it('deletes a top-level key the user nulls when it has a default (absent, not defaulted)', () => {
    const { values } = merge(defaults, { maxSurge: null, image: null });
    expect(Object.hasOwn(values, 'maxSurge')).toBe(false);
    expect(Object.hasOwn(values, 'image')).toBe(false);
  });

  it('keeps a top-level null for a key without a default', () => {
    expect(merge(defaults, { custom: null }).values).toMatchObject({ custom: null });
  });

  it('deletes every user null inside a map present on both sides', () => {
    const { values } = merge(defaults, {
      image: { tag: null },
      podAnnotations: { 'prometheus.io/scrape': null, 'example.com/unknown': null, 'example.com/team': 'infra' },
      config: { observability: { tls: { enabled: null } } },
    });
    expect(values['image']).toEqual({ repository: 'r', pullPolicy: 'IfNotPresent' });
    expect(values['podAnnotations']).toEqual({ 'prometheus.io/path': '/metrics', 'example.com/team': 'infra' });
    expect(values['config']).toMatchObject({ observability: { enabled: true, tls: {} } });
  });

  it('keeps nulls inside a user map the chart has no map for', () => {
    const { values } = merge(defaults, { unknown: { a: null }, rbac: { useExistingRole: { b: null } } });
    expect(values['unknown']).toEqual({ a: null });
    expect(values['rbac']).toEqual({ create: true, useExistingRole: { b: null } });
  });

  it('keeps unknown keys without a warning', () => {
    const { values, warnings } = merge(defaults, { typo: 1, image: { tga: 'x' } });
    expect(values['typo']).toBe(1);
    expect(values['image']).toMatchObject({ tga: 'x', tag: '' });
    expect(warnings).toEqual([]);
  });

  it('keeps `__proto__` and `constructor` as ordinary keys', () => {
    const { values } = merge(defaults, JSON.parse('{"podAnnotations":{"__proto__":{"x":1},"constructor":"c"}}'));
    const annotations = values['podAnnotations'] as Record<string, unknown>;
    expect(Object.hasOwn(annotations, '__proto__')).toBe(true);
    expect(annotations['constructor']).toBe('c');
    expect(annotations['prometheus.io/path']).toBe('/metrics');
  });
});

describe('mergeValues type clashes', () => {
  const defaults: ValuesTree = {
    replicas: 2,
    resources: {},
    config: {
      kasAddress: 'wss://kas',
      observability: { enabled: true },
      api: { jwtPublicKey: 'PUBLIC-KEY-DEFAULT', tls: { cert: 'CERT-DEFAULT', key: 'KEY-DEFAULT', enabled: false } },
      token: 'TOKEN-DEFAULT',
    },
  };

  it.each([
    [
      'a scalar over a nested map',
      { config: { observability: 5 } },
      'value-replaces-map',
      ['config', 'observability'],
      'cannot overwrite table with non table (map[enabled:true])',
    ],
    [
      'a map over a nested scalar',
      { config: { kasAddress: { a: 1 } } },
      'map-replaces-value',
      ['config', 'kasAddress'],
      'destination is a table. Ignoring non-table value (wss://kas)',
    ],
    ['a map over a top-level scalar', { replicas: { a: 1 } }, 'map-replaces-value', ['replicas'], 'skipped value: Not a table.'],
    [
      'a scalar over a top-level map',
      { resources: '1Gi' },
      'value-replaces-map',
      ['resources'],
      'cannot overwrite table with non table (map[])',
    ],
  ])('keeps the user value and warns for %s', (_, user, code, segments, message) => {
    const { values, warnings } = merge(defaults, user as ValuesTree);
    expect(values).toMatchObject(user);
    expect(warnings).toEqual([{ code, path: segments.join('.'), segments, message }]);
  });

  it('never shows a secret default in a warning', () => {
    const { warnings } = merge(defaults, {
      config: { token: { a: 1 }, api: { jwtPublicKey: { b: 1 }, tls: 'off' } },
    });
    expect(warnings.map((warning) => warning.path)).toEqual(['config.api.jwtPublicKey', 'config.api.tls', 'config.token']);
    const text = JSON.stringify(warnings);
    for (const secret of ['PUBLIC-KEY-DEFAULT', 'KEY-DEFAULT', 'TOKEN-DEFAULT']) expect(text).not.toContain(secret);
    // A certificate is public: the schema does not mark it x-secret, so the warning shows it.
    expect(warnings[1]?.message).toBe('cannot overwrite table with non table (map[cert:CERT-DEFAULT enabled:false key:(redacted)])');
  });

  it('redacts what the isSecretPath option calls secret, and everything below it', () => {
    const user = { config: 'off' };
    const isSecretPath: MergeOptions['isSecretPath'] = (path) => path.join('.') === 'config.api';
    expect(merge(defaults, user, { isSecretPath }).warnings[0]?.message).toBe(
      'cannot overwrite table with non table (map[api:(redacted) kasAddress:wss://kas observability:map[enabled:true] token:TOKEN-DEFAULT])',
    );
  });

  it('gives the same warnings in the same order every time', () => {
    const user: ValuesTree = { resources: 1, config: { observability: 1, kasAddress: {} } };
    expect(merge(defaults, user).warnings).toEqual(merge(defaults, user).warnings);
    expect(merge(defaults, user).warnings).toHaveLength(3);
  });
});

describe('mergeValues purity', () => {
  it('mutates neither input and shares nothing with them', () => {
    const defaults: ValuesTree = { a: { b: [1, { c: 2 }] }, d: null, e: { f: 1 } };
    const user: ValuesTree = { a: { x: [3] }, d: { g: null }, e: { f: null } };
    const defaultsBefore = structuredClone(defaults);
    const userBefore = structuredClone(user);
    const { values } = mergeValues(defaults, user, CHART_SECRETS);
    expect(defaults).toEqual(defaultsBefore);
    expect(user).toEqual(userBefore);

    ((values['a'] as Record<string, unknown[]>)['b'] as unknown[]).push('changed');
    ((values['a'] as Record<string, unknown[]>)['x'] as unknown[]).push('changed');
    expect(defaults).toEqual(defaultsBefore);
    expect(user).toEqual(userBefore);
  });

  it('works on frozen inputs', () => {
    expect(() => merge({ a: { b: 1 } }, { a: { b: null, c: 2 } })).not.toThrow();
    expect(merge({ a: { b: 1 } }, { a: { b: null, c: 2 } }).values).toEqual({ a: { c: 2 } });
  });
});

describe('mergeValues on the chart defaults', () => {
  it('reproduces the reference case null-deletes-default', () => {
    const content = readChartReferenceFile('null-deletes-default', 'values.yaml');
    const user = readValues([{ kind: 'file', name: 'values.yaml', content }]);
    const { values, warnings } = mergeValues(CHART_DEFAULTS, user, CHART_SECRETS);

    expect(warnings).toEqual([]);
    // `maxSurge: null` removes the key: the chart then prints `maxSurge: ` (a raw null).
    expect(Object.hasOwn(values, 'maxSurge')).toBe(false);
    expect(values['maxUnavailable']).toBe(0);
    // The nulled default annotation is gone, the other defaults and the new one stay.
    expect(values['podAnnotations']).toEqual({
      'prometheus.io/path': '/metrics',
      'prometheus.io/port': '8080',
      'example.com/team': 'infra',
    });
    expect(values['config']).toMatchObject({
      token: 'null-token',
      kasAddress: 'wss://kas.gitlab.com',
      secretName: null,
    });
  });

  it('drops image.tag for --set image.tag=null, so the chart falls back to its appVersion', () => {
    const user = readValues([{ kind: 'set', expression: 'image.tag=null' }]);
    const image = mergeValues(CHART_DEFAULTS, user, CHART_SECRETS).values['image'] as Record<string, unknown>;
    expect(Object.hasOwn(image, 'tag')).toBe(false);
    expect(image['repository']).toBe((CHART_DEFAULTS['image'] as Record<string, unknown>)['repository']);
  });

  it('replaces the default kasHeaders list and keeps a set-index gap', () => {
    const user = readValues([{ kind: 'set', expression: 'config.kasHeaders[1]=z' }]);
    expect(mergeValues(CHART_DEFAULTS, user, CHART_SECRETS).values['config']).toMatchObject({ kasHeaders: [null, 'z'] });
  });
});
