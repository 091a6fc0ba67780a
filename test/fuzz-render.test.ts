import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { checkValues } from '../src/check/check-values.js';
import { ReleaseNameError, ValuesError, formatProblem } from '../src/errors.js';
import { toYaml } from '../src/manifests/format-manifests.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { renderManifests } from '../src/render-manifests.js';
import type { RenderOptions, ValuesTree } from '../src/types.js';
import { HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';
import { checkKubernetesObject } from './support/check-kubernetes-object.js';
import { anyText, runs } from './support/fast-check-settings.js';
import { PKI, createJwtPublicKey } from './support/pki-fixtures.js';

/**
 * render() and checkValues() over arbitrary JSON: the outcome is always manifests or a
 * ValuesError (a ReleaseNameError for a bad release), never another exception. Whatever renders
 * must also be accepted by Kubernetes and read back from its YAML text unchanged: the checks
 * before rendering are complete exactly when no generated input gets past them into a rejected
 * object.
 */

// Property runs scale with FC_RUNS_SCALE; the default CI runs take a few seconds.
vi.setConfig({ testTimeout: 120_000 });

/** Values without a token are rendered too: the fuzz is about every other value. */
const OPTIONS: RenderOptions = {
  releaseName: 'gitlab-agent',
  namespace: 'gitlab-agent',
  privateApiJwt: 'j'.repeat(64),
  allowMissingToken: true,
};
const JWT_PUBLIC_KEY = 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=';

function mapOrEmpty(value: unknown): object {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/** Every path of the chart's defaults (maps included), plus keys the defaults leave out. */
function listValuePaths(tree: unknown, prefix: string[] = []): string[][] {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [prefix];
  const nested = Object.entries(tree).flatMap(([key, value]) => listValuePaths(value, [...prefix, key]));
  return prefix.length === 0 ? nested : [prefix, ...nested];
}

const VALUE_PATHS: readonly string[][] = [
  ...listValuePaths(DEFAULT_VALUES),
  ['service', 'loadBalancerIP'],
  ['service', 'loadBalancerSourceRanges'],
  ['global'],
  ['unknownKey'],
];

/** Values the checks care about, so the fuzz also reaches the rendering side often. */
const interestingValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: anyText },
  { weight: 2, arbitrary: fc.constantFrom(true, false, null, 0, 1, 8082, 65536, -1, 1.5, '', 'x', '25%', ':8082', 'glagent-x') },
  { weight: 1, arbitrary: fc.constantFrom(PKI.caCert, PKI.serverCert, PKI.serverKey, PKI.rsaKey, PKI.expiredCert, createJwtPublicKey()) },
  {
    weight: 1,
    arbitrary: fc.constantFrom([], {}, [''], ['--a: b'], { a: 'b' }, [{ name: 'A', value: 'b' }], [{ name: 'v', emptyDir: {} }]),
  },
);

const simpleName = fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/);
const labelKey = fc.oneof(
  simpleName,
  simpleName.map((name) => `example.com/${name}`),
);

/** A value of the type the default has, mostly well-formed, so rendering is reached. */
function typedValueFor(defaultValue: unknown): fc.Arbitrary<unknown> {
  if (typeof defaultValue === 'boolean') return fc.boolean();
  if (typeof defaultValue === 'number') return fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 65535 }));
  if (typeof defaultValue === 'string') return fc.oneof(anyText, simpleName, fc.constant(defaultValue));
  if (Array.isArray(defaultValue)) return fc.array(fc.oneof(anyText, simpleName), { maxLength: 3 });
  if (defaultValue !== null && typeof defaultValue === 'object')
    return fc.dictionary(labelKey, fc.oneof(anyText, simpleName), { maxKeys: 3 });
  return fc.oneof(anyText, simpleName, fc.constant(null));
}

function defaultAt(path: readonly string[]): unknown {
  let node: unknown = DEFAULT_VALUES;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

const pathValue = fc
  .constantFrom(...VALUE_PATHS)
  .chain((path) =>
    fc.tuple(
      fc.constant(path),
      fc.oneof({ weight: 3, arbitrary: typedValueFor(defaultAt(path)) }, { weight: 1, arbitrary: interestingValue }),
    ),
  );

/** Chart defaults with a few paths set to arbitrary values: deep enough to pass most checks. */
const mutatedValues: fc.Arbitrary<ValuesTree> = fc.array(pathValue, { minLength: 1, maxLength: 4 }).map((changes) => {
  const values: ValuesTree = {};
  for (const [path, value] of changes) {
    let node: Record<string, unknown> = values;
    path.slice(0, -1).forEach((key) => {
      const next = node[key];
      node = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : (node[key] = {});
    });
    node[path.at(-1) as string] = value;
  }
  return values;
});

interface FuzzStats {
  rendered: number;
  refused: number;
}

function renderOrRefuse(values: unknown, stats: FuzzStats, options: RenderOptions = OPTIONS): void {
  let result;
  try {
    result = renderManifests(values as ValuesTree, options);
  } catch (error) {
    if (error instanceof ReleaseNameError) return;
    if (!(error instanceof ValuesError)) throw error;
    stats.refused += 1;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) {
      expect(problem.message).not.toBe('');
      // The chart's port messages quote the port as given, even a multi-line string; the printed
      // line escapes it.
      expect(formatProblem(problem)).not.toContain('\n');
    }
    return;
  }
  stats.rendered += 1;
  const objects = result.manifests.map((manifest) => manifest.object);
  const rejected = objects.flatMap((object) => checkKubernetesObject(object).map((problem) => `${String(object['kind'])}: ${problem}`));
  expect(rejected, `rendered objects Kubernetes rejects, for ${JSON.stringify(values)}`).toEqual([]);
  expect(yaml.loadAll(toYaml(result.manifests), undefined, { schema: HELM_VALUES_SCHEMA })).toEqual(objects);
}

describe('fuzz render()', () => {
  it('renders or refuses arbitrary JSON objects', () => {
    const stats = { rendered: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...Object.keys(DEFAULT_VALUES))), fc.jsonValue({ maxDepth: 4 })),
        (values) => renderOrRefuse(values, stats),
      ),
      runs(300),
    );
    expect(stats.refused).toBeGreaterThan(0);
  });

  it('renders or refuses the chart defaults with arbitrary values at their paths', () => {
    const stats = { rendered: 0, refused: 0 };
    const settings = runs(600);
    fc.assert(
      fc.property(mutatedValues, (values) => renderOrRefuse(values, stats)),
      settings,
    );
    console.log(`fuzz render(): ${stats.rendered} rendered, ${stats.refused} refused`);
    // Both sides must be exercised, or the property proves little: each in over a twelfth of the runs.
    expect(stats.rendered).toBeGreaterThan(settings.numRuns / 12);
    expect(stats.refused).toBeGreaterThan(settings.numRuns / 12);
  });

  it('renders or refuses in receptive mode, where more objects and checks apply', () => {
    const stats = { rendered: 0, refused: 0 };
    const receptive = mutatedValues.map((values) => ({
      ...values,
      config: {
        ...mapOrEmpty(values['config']),
        receptive: { enabled: true },
        // The key KAS authenticates with, unless the mutation replaced config.api.
        api: { jwtPublicKey: JWT_PUBLIC_KEY, ...mapOrEmpty(mapOrEmpty(values['config'])['api' as keyof object]) },
      },
      ingress: { enabled: true, ...((values['ingress'] as object | undefined) ?? {}) },
    }));
    const settings = runs(300);
    fc.assert(
      fc.property(receptive, (values) => renderOrRefuse(values, stats)),
      settings,
    );
    expect(stats.rendered).toBeGreaterThan(settings.numRuns / 15);
  });

  it('gives a result or a ReleaseNameError for any release name and namespace', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, fc.stringMatching(/^[a-z0-9][-a-z0-9.]{0,60}$/)),
        fc.oneof(anyText, fc.stringMatching(/^[a-z0-9-]{1,63}$/)),
        (releaseName, namespace) => {
          const stats = { rendered: 0, refused: 0 };
          renderOrRefuse({ serviceMonitor: { enabled: true } }, stats, { ...OPTIONS, releaseName, namespace, createNamespace: true });
        },
      ),
      runs(300),
    );
  });
});

describe('fuzz checkValues()', () => {
  it('never throws anything but a ReleaseNameError, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (values) => {
        try {
          const result = checkValues(values as ValuesTree, OPTIONS);
          expect(Array.isArray(result.problems)).toBe(true);
          expect(Array.isArray(result.warnings)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ReleaseNameError);
        }
      }),
      runs(300),
    );
  });
});
