import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createValuesAjv } from '../scripts/codegen/generate-values-validator.js';
import { readValuesSchema } from '../scripts/codegen/read-values-schema.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { validate as generatedValidate } from '../src/generated/values-validator.js';
import type { ValuesTree } from '../src/types.js';
import { kubernetesTypeValidator, loadKubernetesValidator } from '../src/check/schema/kubernetes-types.js';
import { runs } from './support/fast-check-settings.js';

// Property runs take seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The values validator is ajv's standalone code, generated at codegen time. It must accept and
 * reject exactly what ajv compiling the schema at run time does, with the same errors.
 */

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const standalone = generatedValidate as Validate;
const compiled = createValuesAjv(kubernetesTypeValidator).compile(await readValuesSchema()) as Validate;

function outcomeOf(validate: Validate, values: unknown): { valid: boolean; errors: unknown } {
  const valid = validate(values);
  return { valid, errors: valid ? null : structuredClone(validate.errors) };
}

function withDefaults(overrides: ValuesTree): ValuesTree {
  const merged = structuredClone(DEFAULT_VALUES) as ValuesTree;
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    const bothMaps = [current, value].every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
    merged[key] = bothMaps ? { ...(current as ValuesTree), ...(value as ValuesTree) } : value;
  }
  return merged;
}

describe('the generated values validator', () => {
  it.each<[string, unknown]>([
    ['the chart defaults', DEFAULT_VALUES],
    ['not a map', 'text'],
    ['unknown keys and wrong types', withDefaults({ replicaz: 2, replicas: '2', image: { tag: 1.1 } })],
    [
      'Kubernetes-typed values',
      withDefaults({ resources: { requests: { memory: '128 megs' } }, tolerations: [{ operator: 'Maybe' }], extraEnv: [{ value: 'x' }] }),
    ],
    ['a null that deletes a required map', withDefaults({ config: null })],
  ])('gives what a run-time compiled validator gives: %s', (_, values) => {
    expect(outcomeOf(standalone, values)).toEqual(outcomeOf(compiled, values));
  });

  it('skips loading a Kubernetes validator for {} only where that validator accepts {}', async () => {
    const source = readFileSync(new URL('../src/generated/values-validator.ts', import.meta.url), 'utf8');
    const calls = [...source.matchAll(/kubernetesTypeValidator\("([^"]+)", (true|false)\)/g)];
    expect(calls.length).toBeGreaterThan(0);
    for (const [, typeName, accepts] of calls) {
      expect(loadKubernetesValidator(typeName as string)({}, { instancePath: '' }), typeName).toBe(accepts === 'true');
    }
  });

  it('gives what a run-time compiled validator gives, for arbitrary values at every top-level key', () => {
    const keys = [...Object.keys(DEFAULT_VALUES), 'unknownKey', 'global'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), (overrides) => {
        const values = withDefaults(overrides as ValuesTree);
        expect(outcomeOf(standalone, values)).toEqual(outcomeOf(compiled, values));
      }),
      runs(300),
    );
  });
});
