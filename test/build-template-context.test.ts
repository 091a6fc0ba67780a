import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { pickValuesReadByTemplates, VALUES_READ_BY_TEMPLATES } from '../src/generated/chart-templates.js';
import { buildTemplateContext } from '../src/render/build-template-context.js';
import type { ValuesTree } from '../src/types.js';
import { buildChartModel } from '../src/chart/chart-model.js';
import { compareHelmKeys } from '../src/helm/yaml-output.js';

function contextOf(receptive: boolean, privateApiJwt?: string): ReturnType<typeof buildTemplateContext> {
  const values = structuredClone(DEFAULT_VALUES) as ValuesTree;
  (values['config'] as ValuesTree)['receptive'] = { enabled: receptive };
  return buildTemplateContext(values, {
    model: buildChartModel(values, { releaseName: 'agent', namespace: 'agents' }),
    ...(privateApiJwt === undefined ? {} : { privateApiJwt }),
  });
}

/** The 64 characters behind a context's private-api-jwt (the Secret holds base64 of their base64). */
function drawnCharacters(data: string): string {
  return Buffer.from(Buffer.from(data, 'base64').toString('utf8'), 'base64').toString('utf8');
}

describe('buildTemplateContext: the receptive-mode private API JWT', () => {
  it('draws 64 printable ASCII characters, every one of the 95 and nothing else', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const characters = drawnCharacters(contextOf(true).privateApiJwtData);
      expect(characters).toMatch(/^[\x20-\x7e]{64}$/);
      for (const character of characters) seen.add(character);
    }
    expect(seen.size).toBe(95);
  });

  it('draws every JWT afresh, across refills of the random pool', () => {
    // 400 JWTs take about 34,000 random bytes: several refills of the pool, none reused.
    const drawn = Array.from({ length: 400 }, () => drawnCharacters(contextOf(true).privateApiJwtData));
    expect(new Set(drawn).size).toBe(drawn.length);
    const halves = new Set(drawn.flatMap((characters) => [characters.slice(0, 32), characters.slice(32)]));
    expect(halves.size).toBe(drawn.length * 2);
  });

  it('is only drawn in receptive mode, where the Secret holds it', () => {
    expect(contextOf(false).privateApiJwtData).toBe('');
    expect(Buffer.from(contextOf(true, 'pinned').privateApiJwtData, 'base64').toString()).toBe('pinned');
  });
});

describe('buildTemplateContext: labels and annotations in Helm key order', () => {
  function contextWith(extra: ValuesTree): ReturnType<typeof buildTemplateContext> {
    const values = { ...(structuredClone(DEFAULT_VALUES) as ValuesTree), ...extra };
    return buildTemplateContext(values, { model: buildChartModel(values, { releaseName: 'agent', namespace: 'agents' }) });
  }
  /** Object.entries sorted by Helm's key order, as Object.fromEntries would make the map. */
  const sortedPlainly = (map: Record<string, unknown>): [string, unknown][] =>
    Object.entries(map).sort(([a], [b]) => compareHelmKeys(a, b));

  it('sorts the pod labels, the same keys alike each time, whatever their values', () => {
    for (const team of ['a', 'b', 'c']) {
      const context = contextWith({ podLabels: { zone: 'z1', team, app9: 'x', app10: 'y' }, additionalLabels: { tier: team } });
      const pod = context.labels.pod;
      expect(Object.entries(pod)).toEqual(sortedPlainly({ ...context.labels.common, zone: 'z1', team, app9: 'x', app10: 'y' }));
      expect(pod['team']).toBe(team);
      expect(pod['tier']).toBe(team);
      expect(Object.keys(context.labels.common).slice(-1)).toEqual(['tier']);
    }
  });

  it('sorts the pod and ingress annotations after the fixed ones', () => {
    const context = contextWith({
      podAnnotations: { 'b/x': '1', 'a/y': '2', 'a/x10': '3', 'a/x9': '4' },
      ingress: { ...((DEFAULT_VALUES as ValuesTree)['ingress'] as ValuesTree), provider: 'nginx', annotations: { z: 1, a: true } },
    });
    expect(Object.keys(context.podAnnotations)).toEqual(['a/x9', 'a/x10', 'a/y', 'b/x']);
    expect(Object.entries(context.ingressAnnotations).slice(-2)).toEqual([
      ['a', 'true'],
      ['z', '1'],
    ]);
  });
});

describe('buildTemplateContext: the values the templates read', () => {
  it("are picked by codegen in the read tree's order, each with its index in it", () => {
    const keys = Object.keys(VALUES_READ_BY_TEMPLATES);
    const picked = pickValuesReadByTemplates({ replicas: 3, unread: true }, (value, index) => [value, keys[index]]);
    expect(Object.keys(picked)).toEqual(keys);
    for (const key of keys) expect(picked[key]).toEqual([key === 'replicas' ? 3 : undefined, key]);
  });

  it('holds every key the templates read, in one order, sharing what needs no filling', () => {
    const values: ValuesTree = { ...(structuredClone(DEFAULT_VALUES) as ValuesTree), podLabels: { team: 'a' }, replicas: 3 };
    delete values['priorityClassName'];
    const context = buildTemplateContext(values, { model: buildChartModel(values, { releaseName: 'agent', namespace: 'agents' }) });
    expect(Object.keys(context.Values)).toEqual(Object.keys(VALUES_READ_BY_TEMPLATES));
    expect(context.Values['replicas']).toBe(3);
    expect(context.Values['priorityClassName']).toBeNull();
    expect(context.Values['config']).toBe(values['config']); // nothing missing below it: shared
    expect(context.Values['service']).toEqual({
      ...(values['service'] as ValuesTree),
      loadBalancerIP: null,
      loadBalancerSourceRanges: null,
    });
    expect(context.labels.pod['team']).toBe('a'); // read from the merged values, not from what the templates read
  });
});

describe('buildTemplateContext: key orders kept per list of keys', () => {
  it('tells apart two lists of keys that join alike', () => {
    const contextWith = (podLabels: ValuesTree): ReturnType<typeof buildTemplateContext> => {
      const values = { ...(structuredClone(DEFAULT_VALUES) as ValuesTree), podLabels };
      return buildTemplateContext(values, { model: buildChartModel(values, { releaseName: 'agent', namespace: 'agents' }) });
    };
    // Both lists join to `b\nz\na` (with the chart's labels around them).
    const first = Object.keys(contextWith({ 'b\nz': '1', a: '2' }).labels.pod);
    const second = Object.keys(contextWith({ b: '1', 'z\na': '2' }).labels.pod);
    expect(first.filter((key) => !key.includes('/'))).toEqual(['a', 'b\nz']);
    expect(second.filter((key) => !key.includes('/'))).toEqual(['b', 'z\na']);
  });
});
