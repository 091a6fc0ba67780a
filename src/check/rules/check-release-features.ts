/**
 * Values a chart release does not have yet: each is refused with the release that brings it, so
 * a user pinned to an older release learns why, instead of the value being silently dropped
 * (Helm would ignore an unknown value; the official chart before 2.30.0 renders no extra manifests).
 */
import { FEATURE_SINCE, hasFeature, type ChartFeature } from '../../chart/chart-releases.js';
import type { ChartModel } from '../../chart/chart-model.js';
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';

/** The value each feature brings, by its values path. */
const FEATURE_VALUES: Readonly<Record<ChartFeature, readonly string[]>> = { extraManifests: ['extraManifests'] };
const FEATURES = Object.entries(FEATURE_VALUES) as [ChartFeature, readonly string[]][];

export function checkReleaseFeatures(values: ValuesTree, model: ChartModel): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  for (const [feature, segments] of FEATURES) {
    if (hasFeature(model.chart, feature) || !isGoTruthy(getValueAt(values, segments))) continue;
    const since = FEATURE_SINCE[feature];
    problems.push(
      createProblem({
        code: 'unsupported',
        segments,
        message: `is not a value of chart ${model.chart.version}: it arrived in chart ${since}`,
        hint: `render chart ${since} or later, or remove it`,
        fix: 'newer-chart',
      }),
    );
  }
  return problems;
}
