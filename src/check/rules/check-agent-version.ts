/**
 * Which agentk the Deployment runs, against what GitLab supports: the agent's own minor version,
 * and the previous and the next one (GitLab's version-skew rule). With the GitLab version given,
 * the image's agentk is compared with it; without, with the chart release's own agentk, which is
 * the version the user chose by choosing the release. Tags that name no version are pointed out,
 * since nothing can then be said about support. These only warn: the output stays the chart's.
 */
import {
  describeSupportedRange,
  formatMinor,
  minorDistance,
  parseAgentkTag,
  shiftMinor,
  compareMinorVersions,
  type PatchVersion,
} from '../../chart/agentk-versions.js';
import type { ChartModel } from '../../chart/chart-model.js';
import { NEWEST_CHART_RELEASE } from '../../chart/chart-releases.js';
import { agentkMinorOf } from '../../chart/select-chart-release.js';
import type { ValuesProblem } from '../../errors.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree, Warning } from '../../types.js';
import { createWarning } from '../create-diagnostic.js';

const IMAGE_TAG = ['image', 'tag'] as const;

export function checkAgentVersion(merged: ValuesTree, model: ChartModel): { problems: ValuesProblem[]; warnings: Warning[] } {
  const given = getValueAt(merged, [...IMAGE_TAG]);
  const tagGiven = isGoTruthy(given) && typeof given === 'string';
  const tag = parseAgentkTag(model.imageTag);
  const warnings: Warning[] = [];
  if (tag.kind === 'missing-v') {
    warnings.push(
      createWarning({
        code: 'image-tag-not-agentk',
        segments: [...IMAGE_TAG],
        message: `"${model.imageTag}" is not an agentk image tag, so the image cannot be pulled from GitLab's registry`,
        hint: `agentk tags start with v: ${tag.suggestion}`,
      }),
    );
  } else if (tag.kind === 'unversioned' && tagGiven) {
    warnings.push(
      createWarning({
        code: 'agent-version-unpinned',
        segments: [...IMAGE_TAG],
        message: `"${model.imageTag}" names no agentk version, so the agent can change under you and whether GitLab supports it cannot be checked`,
        hint: `pin a version such as ${model.chart.appVersion}, the chart's own (or unset image.tag to use it)`,
      }),
    );
  } else if (tag.kind === 'version') {
    const skew = model.gitlab === undefined ? warnOlderThanChart(tag.version, model) : warnSkew(tag.version, model.gitlab, model, tagGiven);
    if (skew) warnings.push(skew);
  }
  return { problems: [], warnings };
}

function warnSkew(agent: PatchVersion, gitlab: PatchVersion, model: ChartModel, tagGiven: boolean): Warning | undefined {
  const distance = minorDistance(agent, gitlab);
  if (distance <= 1) return undefined;
  const newest = agentkMinorOf(NEWEST_CHART_RELEASE);
  const hint =
    compareMinorVersions(gitlab, newest) > 0
      ? `a newer release of gitlab-agent-manifests may render agentk ${formatMinor(gitlab)}; until then, set image.tag to an agentk ${formatMinor(gitlab)} tag`
      : tagGiven
        ? `set image.tag to an agentk ${formatMinor(gitlab)} tag, or unset it and render the chart release that matches GitLab ${formatMinor(gitlab)}`
        : `render the chart release that matches GitLab ${formatMinor(gitlab)} (leave the chart version unset and give the GitLab version), or upgrade GitLab`;
  return createWarning({
    code: 'version-skew',
    segments: [...IMAGE_TAG],
    message:
      `agentk ${formatMinor(agent)} (${model.imageTag}) and GitLab ${formatMinor(gitlab)} are ${distance} minor versions apart; ` +
      `GitLab ${formatMinor(gitlab)} supports agentk ${describeSupportedRange(gitlab)} only`,
    hint,
  });
}

/** Without a GitLab version, the release's own agentk stands for it: older than its neighbour is unsupported. */
function warnOlderThanChart(agent: PatchVersion, model: ChartModel): Warning | undefined {
  const oldest = shiftMinor(agentkMinorOf(model.chart), -1);
  if (compareMinorVersions(agent, oldest) >= 0) return undefined;
  const chartTag = model.chart.appVersion;
  return createWarning({
    code: 'old-agent-version',
    segments: [...IMAGE_TAG],
    message:
      `agentk ${formatMinor(agent)} is older than ${formatMinor(oldest)}, the oldest minor version supported next to ` +
      `the chart's ${chartTag} (GitLab supports the previous, same and next minor only); unset image.tag to use ${chartTag}`,
  });
}
