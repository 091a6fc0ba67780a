/**
 * `render()` takes values typed from the schema. The `@ts-expect-error` lines are checked by
 * `npm run typecheck` (tsc fails if any of them stops being an error); the runtime assertions
 * show the same calls behave as documented.
 */
import { describe, expect, it } from 'vitest';
import { ValuesError, checkValues, render, type GitlabAgentValuesInput, type ValuesTree } from '../src/index.js';

const OPTIONS = { releaseName: 'typed', namespace: 'agents' };
const TOKEN = 'glagent-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';

describe('typed values input', () => {
  it('accepts a partial tree at any depth, and null to delete a default', () => {
    const values: GitlabAgentValuesInput = {
      replicas: 1,
      config: { token: TOKEN, observability: { enabled: false } },
      podAnnotations: { 'prometheus.io/scrape': null },
      tolerations: [{ key: 'dedicated', operator: 'Exists' }],
      maxSurge: null,
    };
    const deployment = render(values, OPTIONS).find((manifest) => manifest.kind === 'Deployment')!;
    expect((deployment.object as { spec: { replicas: number } }).spec.replicas).toBe(1);
  });

  it('refuses misspelt keys and wrong types at compile time (and at run time for untyped callers)', () => {
    const misspelt = (): unknown[] => [
      // @ts-expect-error -- `replica` is not a value of the chart; tsc suggests `replicas`
      render({ replica: 3 }, OPTIONS),
      // @ts-expect-error -- `tokn` is not a key of config
      render({ config: { tokn: TOKEN } }, OPTIONS),
      // @ts-expect-error -- config.token is a string
      render({ config: { token: 42 } }, OPTIONS),
      // @ts-expect-error -- a Kubernetes-typed value is typed too: `operater` is not a Toleration field
      render({ tolerations: [{ operater: 'Exists' }] }, OPTIONS),
      // @ts-expect-error -- image.pullPolicy is an enum
      checkValues({ image: { pullPolicy: 'Sometimes' } }, OPTIONS),
    ];
    expect(() => misspelt()).toThrow(ValuesError);
  });

  it('still takes an untyped ValuesTree (values read from YAML or JSON)', () => {
    const fromYaml: ValuesTree = JSON.parse(`{"config": {"token": "${TOKEN}"}, "replica": 3}`) as ValuesTree;
    expect(() => render(fromYaml, OPTIONS)).toThrow(ValuesError);
    expect(checkValues(fromYaml, OPTIONS).problems.map((problem) => problem.path)).toEqual(['replica']);
  });
});
