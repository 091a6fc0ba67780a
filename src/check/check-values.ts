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
import { checkChartRules } from './rules/check-chart-rules.js';
import { checkInstallWarnings } from './rules/check-install-warnings.js';
import { checkRelease } from './check-release.js';
import { checkSemantics } from './rules/check-semantics.js';
import { checkValuesShape } from './check-values-shape.js';
import { mergeValues } from '../merge/merge-values.js';
import { validateValues } from './schema/validate-values.js';

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

/**
 * A check over merged values and the chart model derived from them. Each returns its problems
 * and warnings; new checks join this list and need nothing else.
 */
type ValuesCheck = (merged: ValuesTree, model: ChartModel) => { problems: ValuesProblem[]; warnings: Warning[] };

const CHECKS_AFTER_SCHEMA: readonly ValuesCheck[] = [
  (merged) => ({ problems: checkChartRules(merged), warnings: [] }),
  checkInstallWarnings,
  (merged, model) => checkSemantics(merged, { model }),
];

/** Throws `ReleaseNameError` for a bad release name or namespace; reports values problems. */
export function checkValues(input: GitlabAgentValuesInput, options: CheckValuesOptions): CheckValuesResult {
  // The type helps callers write values; at run time they are whatever arrived, checked below.
  const values = input as ValuesTree;
  checkRelease({ releaseName: options.releaseName, namespace: options.namespace });
  // Every later stage recurses: a cyclic or absurdly deep tree must stop here, as a ValuesError.
  const shape = checkValuesShape(values);
  if (shape.length > 0) return { merged: {}, problems: shape, warnings: [], model: buildChartModel({}, options) };
  const merge = mergeValues(DEFAULT_VALUES as ValuesTree, values, { isSecretPath: isSecretValuePath });
  const problems = validateValues(merge.values);
  const warnings = [...merge.warnings];
  const model = buildChartModel(merge.values, { releaseName: options.releaseName, namespace: options.namespace });
  for (const check of CHECKS_AFTER_SCHEMA) {
    const result = check(merge.values, model);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
  }
  return { merged: merge.values, problems, warnings, model };
}
