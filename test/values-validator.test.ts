import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createValuesAjv } from '../scripts/codegen/generate-values-validator.js';
import { readValuesSchema } from '../scripts/codegen/read-values-schema.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { validate as generatedValidate } from '../src/generated/values-validator.js';
import type { ValuesTree } from '../src/types.js';
import { kubernetesTypeValidator, loadKubernetesValidator } from '../src/check/schema/kubernetes-types.js';
import { validateValues } from '../src/check/schema/validate-values.js';
import { isSecretValuePath } from '../src/chart/secret-values.js';
import { mergeValues, mergeValuesSharing } from '../src/merge/merge-values.js';
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

  it('passes the chart defaults, copied, through every block (the premise of skipping them when shared)', () => {
    expect(outcomeOf(compiled, structuredClone(DEFAULT_VALUES))).toEqual({ valid: true, errors: null });
    expect(outcomeOf(standalone, structuredClone(DEFAULT_VALUES))).toEqual({ valid: true, errors: null });
  });

  it('skips a map or list of the defaults only where it is the very object the defaults hold', () => {
    const source = readFileSync(new URL('../src/generated/values-validator.ts', import.meta.url), 'utf8');
    const skipped = [...source.matchAll(/^const sharedDefault\d+ = DEFAULT_VALUES((?:\["[^"]*"\])+);$/gm)].map(([, path]) =>
      JSON.parse(`[${(path as string).slice(1, -1).split('][').join(',')}]`),
    );
    // Every map and list of the defaults that a properties chain reaches, and nothing else.
    const expected: string[][] = [];
    const collect = (node: unknown, path: string[]): void => {
      if (typeof node !== 'object' || node === null) return;
      if (path.length > 0) expected.push(path);
      if (!Array.isArray(node)) for (const [key, child] of Object.entries(node)) collect(child, [...path, key]);
    };
    collect(DEFAULT_VALUES, []);
    expect(skipped).toEqual(expected);
    // A copy of a default map is validated: a bad value inside it is found.
    const values = structuredClone(DEFAULT_VALUES) as { image: { pullPolicy: string } };
    values.image.pullPolicy = 'Sometimes';
    expect(outcomeOf(standalone, values)).toEqual(outcomeOf(compiled, values));
    expect(standalone(values)).toBe(false);
  });

  it('gives the same problems for values merged with shared defaults as for merged copies', () => {
    const options = { isSecretPath: isSecretValuePath };
    const collectKeys = (node: unknown, into: Set<string>): Set<string> => {
      if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
        for (const [key, child] of Object.entries(node)) collectKeys(child, into.add(key));
      }
      return into;
    };
    const key = fc.constantFrom(
      ...collectKeys(DEFAULT_VALUES, new Set(['profile', 'leastPrivilege', 'modules', 'requests', 'unknownKey'])),
    );
    const leaf = fc.oneof(
      fc.constantFrom(null, undefined, '', 'x', 'Always', 'wss://kas.example.com', 'Not-A-Name!', 1, -1, 1.5, true, false),
      fc.array(fc.dictionary(fc.constantFrom('name', 'value', 'key', 'x'), fc.constantFrom('a', 1, null), { maxKeys: 2 }), {
        maxLength: 2,
      }),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.dictionary(key, fc.oneof({ maxDepth: 3 }, { weight: 2, arbitrary: leaf }, { weight: 3, arbitrary: tie('tree') }), {
        maxKeys: 4,
      }),
    }));
    fc.assert(
      fc.property(tree, (user) => {
        const shared = mergeValuesSharing(DEFAULT_VALUES, user as ValuesTree, options).values;
        const copied = mergeValues(DEFAULT_VALUES, user as ValuesTree, options).values;
        expect(validateValues(shared)).toEqual(validateValues(copied));
      }),
      runs(400),
    );
  });
});
