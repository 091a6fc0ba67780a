import { createHash } from 'node:crypto';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { ValuesError } from '../src/errors.js';
import { toYaml } from '../src/manifests/format-manifests.js';
import { render } from '../src/render-manifests.js';
import type { Manifest, RenderOptions, ValuesTree } from '../src/types.js';
import { HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';
import { PKI } from './support/pki-fixtures.js';
import { YAML_SPECIAL_STRINGS, anyText, runs } from './support/fast-check-settings.js';

/**
 * Injection-proof output, as a property: for every string field a user controls, rendering a
 * value V gives exactly the objects of a baseline render with a marker value M, with M replaced
 * by V. No key, document or list item appears or disappears, whatever V holds. The stream from
 * toYaml() reads back to the same objects with js-yaml's YAML 1.2 schema and with the YAML 1.1
 * schema kubectl's reader follows. The only other accepted outcome is a ValuesError about that
 * very field, where Kubernetes or agentk would refuse the value.
 */

vi.setConfig({ testTimeout: 120_000 });

const OPTIONS: RenderOptions = {
  releaseName: 'rel',
  namespace: 'agents',
  createNamespace: true,
  privateApiJwt: 'p'.repeat(64),
  // The fields, not the token, are under test: the baselines render without one.
  allowMissingToken: true,
};
const MARKER = 'zqxmarkerqz';

interface FieldSpec {
  readonly name: string;
  /** The values path a ValuesError must name when the value is refused. */
  readonly path: string;
  /** The user's values for a field value. */
  readonly values: (value: string) => ValuesTree;
  /** How the generated text becomes the field's value (a certificate around it, a URL prefix). */
  readonly embed?: (text: string) => string;
  readonly arbitrary?: fc.Arbitrary<string>;
  /** Kubernetes and agentk take any string here: a ValuesError is a failure. */
  readonly mustAccept: boolean;
}

/** Receptive mode with the JWT public key it needs (check-receptive-auth). */
const RECEPTIVE = { receptive: { enabled: true }, api: { jwtPublicKey: 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=' } };
const labelValue = fc.stringMatching(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/);
/** Short DNS-1035 labels: valid as every name the chart derives from them, with no truncation. */
const objectName = fc.stringMatching(/^[a-z]([-a-z0-9]{0,18}[a-z0-9])?$/).filter((name) => !OPTIONS.releaseName.includes(name));
/** Image references: no whitespace, which the grammar forbids and the API server refuses. */
const imageText = fc.stringMatching(/^[A-Za-z0-9_][-A-Za-z0-9_.:/@]{0,30}$/);
const text = anyText.filter((value) => value !== '' && !value.includes(MARKER));

const FIELDS: readonly FieldSpec[] = [
  { name: 'config.token', path: 'config.token', values: (v) => ({ config: { token: v } }), mustAccept: false },
  {
    name: 'config.kasAddress (path)',
    path: 'config.kasAddress',
    values: (v) => ({ config: { kasAddress: v } }),
    embed: (t) => `wss://kas.example.com/${t}`,
    mustAccept: false,
  },
  {
    name: 'config.kasAddress (whole)',
    path: 'config.kasAddress',
    values: (v) => ({ config: { kasAddress: v } }),
    embed: (t) => (t === MARKER ? `wss://${t}` : t),
    mustAccept: false,
  },
  {
    name: 'config.kasHeaders item',
    path: 'config.kasHeaders[1]',
    values: (v) => ({ config: { kasHeaders: ['X-A: 1', v] } }),
    mustAccept: true,
  },
  { name: 'extraArgs item', path: 'extraArgs[1]', values: (v) => ({ extraArgs: ['--a', v] }), mustAccept: true },
  {
    name: 'podAnnotations value',
    path: 'podAnnotations["example.com/note"]',
    values: (v) => ({ podAnnotations: { 'example.com/note': v } }),
    mustAccept: true,
  },
  {
    name: 'serviceAccount.annotations value',
    path: 'serviceAccount.annotations.note',
    values: (v) => ({ serviceAccount: { annotations: { note: v } } }),
    mustAccept: true,
  },
  {
    name: 'ingress.annotations value',
    path: 'ingress.annotations.note',
    values: (v) => ({ config: RECEPTIVE, ingress: { enabled: true, annotations: { note: v } } }),
    mustAccept: true,
  },
  { name: 'podLabels value', path: 'podLabels.team', values: (v) => ({ podLabels: { team: v } }), mustAccept: false },
  {
    name: 'podLabels value (valid)',
    path: 'podLabels.team',
    values: (v) => ({ podLabels: { team: v } }),
    arbitrary: labelValue,
    mustAccept: true,
  },
  { name: 'additionalLabels value', path: 'additionalLabels.team', values: (v) => ({ additionalLabels: { team: v } }), mustAccept: false },
  {
    name: 'additionalLabels value (valid)',
    path: 'additionalLabels.team',
    values: (v) => ({ additionalLabels: { team: v } }),
    arbitrary: labelValue,
    mustAccept: true,
  },
  { name: 'nodeSelector value', path: 'nodeSelector.disk', values: (v) => ({ nodeSelector: { disk: v } }), mustAccept: false },
  { name: 'extraEnv value', path: 'extraEnv[0].value', values: (v) => ({ extraEnv: [{ name: 'EXTRA', value: v }] }), mustAccept: true },
  { name: 'nameOverride', path: 'nameOverride', values: (v) => ({ nameOverride: v }), mustAccept: false },
  { name: 'nameOverride (valid)', path: 'nameOverride', values: (v) => ({ nameOverride: v }), arbitrary: objectName, mustAccept: true },
  { name: 'fullnameOverride', path: 'fullnameOverride', values: (v) => ({ fullnameOverride: v }), mustAccept: false },
  {
    name: 'fullnameOverride (valid)',
    path: 'fullnameOverride',
    values: (v) => ({ fullnameOverride: v }),
    arbitrary: objectName,
    mustAccept: true,
  },
  { name: 'serviceAccount.name', path: 'serviceAccount.name', values: (v) => ({ serviceAccount: { name: v } }), mustAccept: false },
  {
    name: 'serviceAccount.name (valid)',
    path: 'serviceAccount.name',
    values: (v) => ({ serviceAccount: { name: v } }),
    arbitrary: objectName,
    mustAccept: true,
  },
  {
    name: 'config.secretName',
    path: 'config.secretName',
    values: (v) => ({ config: { token: 'glagent-t', secretName: v } }),
    mustAccept: false,
  },
  {
    name: 'config.secretName (valid)',
    path: 'config.secretName',
    values: (v) => ({ config: { token: 'glagent-t', secretName: v } }),
    arbitrary: objectName,
    mustAccept: true,
  },
  {
    name: 'config.kasCaCert',
    path: 'config.kasCaCert',
    values: (v) => ({ config: { kasCaCert: v } }),
    embed: (t) => `${t}\n${PKI.caCert}${t}`,
    mustAccept: false,
  },
  {
    name: 'config.privateApi.tls.caCert',
    path: 'config.privateApi.tls.caCert',
    values: (v) => ({ config: { ...RECEPTIVE, privateApi: { tls: { enabled: true, caCert: v } } } }),
    embed: (t) => `${t}\n${PKI.caCert}`,
    mustAccept: false,
  },
  {
    name: 'config.api.tls.cert',
    path: 'config.api.tls.cert',
    values: (v) => ({ config: { ...RECEPTIVE, api: { ...RECEPTIVE.api, tls: { enabled: true, cert: v, key: PKI.serverKey } } } }),
    embed: (t) => `${t}\n${PKI.serverCert}`,
    mustAccept: false,
  },
  {
    name: 'config.privateApi.tls.key',
    path: 'config.privateApi.tls.key',
    values: (v) => ({ config: { ...RECEPTIVE, privateApi: { tls: { enabled: true, cert: PKI.serverCert, key: v } } } }),
    embed: (t) => `${PKI.serverKey}${t}`,
    mustAccept: false,
  },
  {
    name: 'config.observability.tls.cert',
    path: 'config.observability.tls.cert',
    values: (v) => ({ config: { observability: { tls: { enabled: true, secret: { create: true }, cert: v, key: PKI.serverKey } } } }),
    embed: (t) => `${PKI.serverCert}${t}`,
    mustAccept: false,
  },
  { name: 'image.repository', path: 'image.repository', values: (v) => ({ image: { repository: v } }), mustAccept: false },
  {
    name: 'image.repository (valid)',
    path: 'image.repository',
    values: (v) => ({ image: { repository: v } }),
    arbitrary: imageText,
    mustAccept: true,
  },
  { name: 'image.tag', path: 'image.tag', values: (v) => ({ image: { tag: v } }), mustAccept: false },
  { name: 'image.tag (valid)', path: 'image.tag', values: (v) => ({ image: { tag: v } }), arbitrary: imageText, mustAccept: true },
  { name: 'priorityClassName', path: 'priorityClassName', values: (v) => ({ priorityClassName: v }), mustAccept: false },
  {
    name: 'priorityClassName (valid)',
    path: 'priorityClassName',
    values: (v) => ({ priorityClassName: v }),
    arbitrary: objectName,
    mustAccept: true,
  },
  { name: 'runtimeClassName', path: 'runtimeClassName', values: (v) => ({ runtimeClassName: v }), mustAccept: false },
  {
    name: 'config.api.listenAddress',
    path: 'config.api.listenAddress',
    values: (v) => ({ config: { ...RECEPTIVE, api: { ...RECEPTIVE.api, listenAddress: v } } }),
    embed: (t) => `${t}:8082`,
    mustAccept: true,
  },
  {
    name: 'config.privateApi.listenNetwork',
    path: 'config.privateApi.listenNetwork',
    values: (v) => ({ config: { ...RECEPTIVE, privateApi: { listenNetwork: v } } }),
    mustAccept: true,
  },
  {
    name: 'service.loadBalancerIP',
    path: 'service.loadBalancerIP',
    values: (v) => ({ service: { type: 'LoadBalancer', loadBalancerIP: v } }),
    mustAccept: false,
  },
  {
    name: 'service.loadBalancerIP (valid)',
    path: 'service.loadBalancerIP',
    values: (v) => ({ service: { type: 'LoadBalancer', loadBalancerIP: v } }),
    embed: (t) => (t === MARKER ? '192.0.2.1' : t),
    arbitrary: fc.oneof(fc.ipV4(), fc.ipV6()),
    mustAccept: true,
  },
  {
    name: 'service.loadBalancerSourceRanges item',
    path: 'service.loadBalancerSourceRanges[0]',
    values: (v) => ({ service: { type: 'LoadBalancer', loadBalancerSourceRanges: [v] } }),
    mustAccept: false,
  },
  {
    name: 'ingress.hostname',
    path: 'ingress.hostname',
    values: (v) => ({ config: RECEPTIVE, ingress: { enabled: true, hostname: v } }),
    mustAccept: false,
  },
];

/** Secret data decoded, so the marker can be found and replaced like any other string. */
function comparableObjects(manifests: readonly Manifest[]): unknown[] {
  return manifests.map((manifest) => {
    const object = structuredClone(manifest.object) as Record<string, any>;
    if (object['kind'] === 'Secret' && object['data'] !== null && typeof object['data'] === 'object') {
      for (const [key, value] of Object.entries(object['data'] as Record<string, string>)) {
        object['data'][key] = Buffer.from(value, 'base64').toString('utf8');
      }
    }
    const annotations = object['spec']?.['template']?.['metadata']?.['annotations'];
    if (annotations) delete annotations['checksum/token'];
    return object;
  });
}

function replaceEverywhere(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((item) => replaceEverywhere(item, from, to));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceEverywhere(item, from, to)]));
  }
  return value;
}

/** A YAML 1.2 reader sees the chart's `defaultMode: 0444` as 444; YAML 1.1 (kubectl, us) as 292. */
function asYaml12(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asYaml12);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, key === 'defaultMode' && item === 292 ? 444 : asYaml12(item)]),
    );
  }
  return value;
}

function tokenChecksum(manifests: readonly Manifest[]): unknown {
  const deployment = manifests.find((manifest) => manifest.kind === 'Deployment')?.object as Record<string, any> | undefined;
  return deployment?.['spec']?.['template']?.['metadata']?.['annotations']?.['checksum/token'];
}

type Outcome = { readonly manifests: Manifest[] } | { readonly error: ValuesError };

function attempt(values: ValuesTree): Outcome {
  try {
    return { manifests: render(values, OPTIONS) };
  } catch (error) {
    if (error instanceof ValuesError) return { error };
    throw error;
  }
}

const baselines = new Map<string, unknown[]>();

function baselineOf(spec: FieldSpec): unknown[] {
  const cached = baselines.get(spec.name);
  if (cached) return cached;
  const baseline = (spec.embed ?? ((t: string) => t))(MARKER);
  const outcome = attempt(spec.values(baseline));
  if (!('manifests' in outcome)) throw new Error(`the baseline of ${spec.name} does not render: ${outcome.error.message}`);
  const objects = comparableObjects(outcome.manifests);
  expect(JSON.stringify(objects)).toContain(JSON.stringify(baseline).slice(1, -1));
  baselines.set(spec.name, objects);
  return objects;
}

/** The property itself, for one field and one generated text. */
function checkRoundTrip(spec: FieldSpec, generated: string): void {
  const embed = spec.embed ?? ((t: string) => t);
  const value = embed(generated);
  const outcome = attempt(spec.values(value));
  if ('error' in outcome) {
    expect(spec.mustAccept, `${spec.name} refused ${JSON.stringify(value)}: ${outcome.error.message}`).toBe(false);
    expect(outcome.error.problems.map((problem) => problem.path)).toEqual([spec.path]);
    return;
  }
  const { manifests } = outcome;
  const expected = replaceEverywhere(baselineOf(spec), embed(MARKER), value);
  expect(comparableObjects(manifests)).toEqual(expected);
  if (spec.path === 'config.token') {
    expect(tokenChecksum(manifests)).toBe(createHash('sha256').update(value, 'utf8').digest('hex'));
  }
  const stream = toYaml(manifests);
  const objects = manifests.map((manifest) => manifest.object);
  expect(yaml.loadAll(stream, undefined, { schema: HELM_VALUES_SCHEMA })).toEqual(objects);
  expect(yaml.loadAll(stream)).toEqual(asYaml12(objects));
}

describe('every user string comes out of render() unchanged, or is refused at its own path', () => {
  it.each(FIELDS.filter((spec) => spec.arbitrary === undefined))('$name: the YAML-special strings', (spec) => {
    for (const special of YAML_SPECIAL_STRINGS) {
      if (special === '') continue;
      checkRoundTrip(spec, special);
    }
  });

  it.each(FIELDS)('$name: arbitrary text', (spec) => {
    fc.assert(
      fc.property(spec.arbitrary ?? text, (generated) => checkRoundTrip(spec, generated)),
      runs(60),
    );
  });

  it('keeps the trailing empty lines of a value that ends a document', () => {
    for (const note of ['\n', '\n\n', ' \n', 'a\n\n', 'a \n', 'a\n ', '\t\n\n', 'x\ny\n\n\n']) {
      const manifests = render({ serviceAccount: { annotations: { note } } }, OPTIONS);
      for (const manifest of manifests.filter((candidate) => candidate.kind === 'ServiceAccount')) {
        expect((manifest.object as Record<string, any>)['metadata']['annotations']['note']).toBe(note);
      }
    }
  });

  it('keeps a valid value in the field the chart puts it, read from the parsed objects', () => {
    const manifests = render(
      {
        config: { token: 'glagent-yes:#*x', kasAddress: 'wss://kas.example.com/a #b', kasHeaders: ['yes', '*x'] },
        extraArgs: ['--a: b', '007'],
        extraEnv: [{ name: 'E', value: '~' }],
        podAnnotations: { 'example.com/x': '12:30' },
        additionalLabels: { team: 'on' },
      },
      OPTIONS,
    );
    const deployment = manifests.find((manifest) => manifest.kind === 'Deployment')?.object as Record<string, any>;
    const container = deployment['spec']['template']['spec']['containers'][0];
    expect(container['args']).toEqual(
      expect.arrayContaining(['--kas-address=wss://kas.example.com/a #b', '--kas-header=yes', '--kas-header=*x', '--a: b', '007']),
    );
    expect(container['env']).toContainEqual({ name: 'E', value: '~' });
    expect(deployment['spec']['template']['metadata']['annotations']['example.com/x']).toBe('12:30');
    expect(deployment['metadata']['labels']['team']).toBe('on');
    const secret = manifests.find((manifest) => manifest.kind === 'Secret')?.object as Record<string, any>;
    expect(Buffer.from(secret['data']['token'], 'base64').toString()).toBe('glagent-yes:#*x');
  });
});
