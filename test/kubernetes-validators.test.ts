/**
 * The Kubernetes validators codegen bundles (src/generated/kubernetes-validators/, one file per
 * type) must give exactly what kubernetes-models' own precompiled validators give, with the real
 * @kubernetes-models/validate behind them: the same verdict and the same errors, on chosen edge
 * cases of every format the validators use (int32, int64, quantity, date-time) and on arbitrary
 * values shaped by each type's API definition.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKubernetesModelsValidator } from '../scripts/codegen/kubernetes-models-validators.js';
import { KUBERNETES_REF_PREFIX, loadKubernetesDefinitions, type KubernetesSchema } from '../src/chart/kubernetes-definitions.js';
import { runs } from './support/fast-check-settings.js';
import { REPO_ROOT } from './support/golden-cases.js';

interface Validator {
  (data: unknown, context: { instancePath: string }): boolean;
  errors?: unknown[] | null;
}

const require = createRequire(import.meta.url);
const GENERATED_DIR = join(REPO_ROOT, 'src', 'generated', 'kubernetes-validators');

const TYPE_NAMES = readdirSync(GENERATED_DIR)
  .filter((file) => file.endsWith('.cjs'))
  .map((file) => file.slice(0, -'.cjs'.length));

function generated(typeName: string): Validator {
  return (require(join(GENERATED_DIR, `${typeName}.cjs`)) as { validate: Validator }).validate;
}

function original(typeName: string): Validator {
  return loadKubernetesModelsValidator(typeName) as Validator;
}

function outcome(validate: Validator, value: unknown): { valid: boolean; errors: unknown } {
  const valid = validate(value, { instancePath: '/v' });
  return { valid, errors: valid ? null : structuredClone(validate.errors) };
}

const QUANTITIES = [
  '1',
  '1Pi',
  '1Ei',
  '1Ti',
  '100m',
  '1.5Gi',
  '2e3',
  '+1',
  '-1',
  '.5',
  '1.',
  '1x',
  '',
  ' 1',
  '1Ki',
  '1k',
  '1da',
  '1E',
  '0.1n',
  'Gi',
  '1.5.5',
  7,
  1.5,
];
const INTEGERS = [0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 2 ** 63, -(2 ** 63), 2 ** 64, 1.5, Number.NaN, '1'];
const TIMES = [
  '2026-12-05T04:00:00Z',
  '2026-12-05T04:00:00.123+01:00',
  '2026-02-30T00:00:00Z',
  '2026-12-05',
  'yesterday',
  '2026-12-05T25:00:00Z',
];

const EDGE_CASES: { type: string; value: unknown }[] = [
  ...QUANTITIES.map((quantity) => ({
    type: 'io.k8s.api.core.v1.ResourceRequirements',
    value: { requests: { cpu: quantity, memory: quantity }, limits: { 'nvidia.com/gpu': quantity } },
  })),
  ...INTEGERS.map((seconds) => ({
    type: 'io.k8s.api.core.v1.Toleration',
    value: { key: 'k', operator: 'Exists', tolerationSeconds: seconds },
  })),
  ...INTEGERS.map((id) => ({ type: 'io.k8s.api.core.v1.PodSecurityContext', value: { runAsUser: id, fsGroup: id } })),
  ...INTEGERS.map((port) => ({ type: 'io.k8s.api.core.v1.Container', value: { name: 'c', ports: [{ containerPort: port }] } })),
  ...TIMES.map((time) => ({
    type: 'io.k8s.api.core.v1.Volume',
    value: { name: 'v', ephemeral: { volumeClaimTemplate: { metadata: { creationTimestamp: time }, spec: {} } } },
  })),
  { type: 'io.k8s.api.core.v1.Volume', value: { name: 'v', emptyDir: { sizeLimit: '1Gi' } } },
  { type: 'io.k8s.api.core.v1.EnvVar', value: { name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1m' } } } },
  { type: 'io.k8s.api.core.v1.HostAlias', value: { ip: '10.0.0.1', hostnames: ['a'] } },
  {
    type: 'io.k8s.api.core.v1.Affinity',
    value: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 2 ** 31, preference: {} }] } },
  },
  { type: 'io.k8s.api.core.v1.Toleration', value: 'Exists' },
  { type: 'io.k8s.api.core.v1.VolumeMount', value: { name: null, mountPath: 5 } },
];

/** Any value at all, the kinds a values file can give, small. */
const anyScalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...INTEGERS, ...QUANTITIES, ...TIMES),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 8 }),
);
const anyValue = fc.oneof(
  { depthSize: 'small', maxDepth: 2 },
  anyScalar,
  fc.array(anyScalar, { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), anyScalar, { maxKeys: 2 }),
);

/** Values shaped like `schema`: its fields, mostly of their own types, sometimes of any other. */
function shapedBy(schema: KubernetesSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.$ref !== undefined) {
    if (depth > 4) return anyValue;
    const definition = loadKubernetesDefinitions()[schema.$ref.slice(KUBERNETES_REF_PREFIX.length)];
    return definition === undefined ? anyValue : shapedBy(definition, depth + 1);
  }
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((branch) => shapedBy(branch, depth)));
  const types = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
  const choices: fc.Arbitrary<unknown>[] = [anyValue];
  if (schema.enum) choices.push(fc.constantFrom(...schema.enum));
  if (types.includes('object') && schema.properties) {
    const fields = Object.fromEntries(Object.entries(schema.properties).map(([key, child]) => [key, shapedBy(child, depth + 1)]));
    choices.push(fc.record(fields, { requiredKeys: [] }), fc.record(fields, { requiredKeys: [] }));
  } else if (types.includes('object') && typeof schema.additionalProperties === 'object') {
    choices.push(fc.dictionary(fc.string({ maxLength: 6 }), shapedBy(schema.additionalProperties, depth + 1), { maxKeys: 3 }));
  }
  if (types.includes('array') && schema.items) choices.push(fc.array(shapedBy(schema.items, depth + 1), { maxLength: 2 }));
  return fc.oneof(...choices);
}

describe('the bundled Kubernetes validators', () => {
  it('cover every Kubernetes type the values schema names', () => {
    expect(TYPE_NAMES.length).toBeGreaterThanOrEqual(11);
    expect(TYPE_NAMES).toContain('io.k8s.api.core.v1.Toleration');
    expect(TYPE_NAMES).toContain('io.k8s.api.core.v1.Volume');
  });

  it('give kubernetes-models’ verdicts and errors on the edge cases of each format', () => {
    const outcomes = EDGE_CASES.map(({ type, value }) => {
      const expected = outcome(original(type), value);
      expect(outcome(generated(type), value), `${type} ${JSON.stringify(value)}`).toEqual(expected);
      return expected.valid;
    });
    // Both verdicts occur, so the comparison is not only of refusals (or only of acceptances).
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
  });

  it.each(TYPE_NAMES)('give kubernetes-models’ verdicts and errors on arbitrary %s values', (typeName) => {
    const definition = loadKubernetesDefinitions()[typeName];
    expect(definition).toBeDefined();
    const ours = generated(typeName);
    const theirs = original(typeName);
    fc.assert(
      fc.property(shapedBy(definition as KubernetesSchema, 0), (value) => {
        expect(outcome(ours, value)).toEqual(outcome(theirs, value));
      }),
      runs(150),
    );
  });

  it('need no module but their own file', () => {
    for (const typeName of TYPE_NAMES) {
      const file = join(GENERATED_DIR, `${typeName}.cjs`);
      const before = new Set(Object.keys(require.cache));
      delete require.cache[file];
      require(file);
      const added = Object.keys(require.cache).filter((path) => !before.has(path) && path !== file);
      expect(added, typeName).toEqual([]);
    }
  });
});
