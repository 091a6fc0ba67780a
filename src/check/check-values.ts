/**
 * Everything that decides whether values can render, without rendering: the release identity,
 * Helm's merge over the chart defaults, the schema, the chart's own rules and the checks that
 * only warn. `render()` and the `validate` command share it, so they can never disagree.
 */
import { buildChartModel, type ChartModel } from '../chart/chart-model.js';
import type { ValuesProblem } from '../errors.js';
import { isSecretValuePath } from '../chart/secret-values.js';
import { DEFAULT_VALUES } from '../generated/chart-files.js';
import type { GitlabAgentValuesInput } from '../chart/values-input.js';
import type { ValuesTree, Warning } from '../types.js';
import { checkRelease } from './check-release.js';
import { checkValuesShape } from './check-values-shape.js';
import { mergeValues } from '../merge/merge-values.js';
import { validateValues } from './schema/validate-values.js';
import { runValuesChecks } from './values-checks.js';

export interface CheckValuesOptions {
  readonly releaseName: string;
  readonly namespace: string;
}

export interface CheckValuesResult {
  /** The user's values merged over the chart defaults by Helm's rules. */
  readonly merged: ValuesTree;
  /** Every reason the values cannot render, all at once; empty when they can. */
  readonly problems: ValuesProblem[];
  /** What is worth saying but never changes the output. */
  readonly warnings: Warning[];
  /** What the chart derives from `merged` (names, objects, volumes); the renderer reads the same. */
  readonly model: ChartModel;
}

/** Throws `ReleaseNameError` for a bad release name or namespace; reports values problems. */
export function checkValues(input: GitlabAgentValuesInput, options: CheckValuesOptions): CheckValuesResult {
  // The type helps callers write values; at run time they are whatever arrived, checked below.
  const values = input as ValuesTree;
  checkRelease({ releaseName: options.releaseName, namespace: options.namespace });
  // Every later stage recurses: a cyclic or absurdly deep tree must stop here, as a ValuesError.
  const shape = checkValuesShape(values);
  if (shape.length > 0) return { merged: {}, problems: shape, warnings: [], model: buildChartModel({}, options) };
  const merge = mergeValues(DEFAULT_VALUES as ValuesTree, values, { isSecretPath: isSecretValuePath });
  const model = buildChartModel(merge.values, { releaseName: options.releaseName, namespace: options.namespace });
  const checked = runValuesChecks({ values: merge.values, model, now: new Date() });
  return {
    merged: merge.values,
    problems: [...validateValues(merge.values), ...checked.problems],
    warnings: [...merge.warnings, ...checked.warnings],
    model,
  };
}
