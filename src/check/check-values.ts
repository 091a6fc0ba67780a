/**
 * Everything that decides whether values can render, without rendering: the release identity,
 * Helm's merge over the chart defaults, the schema, the chart's own rules and the checks that
 * only warn. `render()` and the `validate` command share it, so they can never disagree.
 */
import { buildChartModel, type ChartModel } from '../chart/chart-model.js';
import { ChartVersionError, type ValuesProblem } from '../errors.js';
import { selectChartRelease, type ChartReleaseSelection } from '../chart/select-chart-release.js';
import { isSecretValuePath } from '../chart/secret-values.js';
import { DEFAULT_VALUES } from '../generated/chart-files.js';
import type { GitlabAgentValuesInput } from '../chart/values-input.js';
import type { ValuesTree, Warning } from '../types.js';
import type { AgentConfig } from '../generated/agent-config.js';
import { checkRelease } from './check-release.js';
import { checkValuesShape } from './check-values-shape.js';
import { createWarning } from './create-diagnostic.js';
import { mergeValues, mergeValuesSharing, type MergeOptions, type MergeResult } from '../merge/merge-values.js';
import { validateValues } from './schema/validate-values.js';
import { runValuesChecks } from './values-checks.js';

export interface CheckValuesOptions {
  readonly releaseName: string;
  readonly namespace: string;
  /** See `RenderOptions.chartVersion`. */
  readonly chartVersion?: string | undefined;
  /** See `RenderOptions.gitlabVersion`. */
  readonly gitlabVersion?: string | undefined;
  /** See `RenderOptions.agentConfig`. */
  readonly agentConfig?: object | undefined;
  /** See `RenderOptions.allowMissingToken`. */
  readonly allowMissingToken?: boolean | undefined;
  /** See `RenderOptions.privateApiJwt`; the checks only ask whether one is given. */
  readonly privateApiJwt?: string | undefined;
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
 * Throws `ReleaseNameError` for a bad release name or namespace and `ChartVersionError` for a
 * chart or GitLab version without a release; reports values problems.
 */
export function checkValues(input: GitlabAgentValuesInput, options: CheckValuesOptions): CheckValuesResult {
  return checkValuesMergedBy(mergeValues, input, options);
}

/**
 * checkValues for the renderer, which only reads `merged`: it shares the subtrees of the chart
 * defaults and of `input` that the merge keeps, instead of copying them, so nobody may change it.
 */
export function checkValuesForRender(input: GitlabAgentValuesInput, options: CheckValuesOptions): CheckValuesResult {
  return checkValuesMergedBy(mergeValuesSharing, input, options);
}

function checkValuesMergedBy(
  merge: (defaults: ValuesTree, user: ValuesTree, options: MergeOptions) => MergeResult,
  input: GitlabAgentValuesInput,
  options: CheckValuesOptions,
): CheckValuesResult {
  // The type helps callers write values; at run time they are whatever arrived, checked below.
  const values = input as ValuesTree;
  checkRelease({ releaseName: options.releaseName, namespace: options.namespace });
  const selection = selectChartReleaseOrThrow(options);
  const modelOptions = {
    releaseName: options.releaseName,
    namespace: options.namespace,
    chart: selection.release,
    gitlab: selection.gitlab,
    agentConfig: options.agentConfig as AgentConfig | undefined,
  };
  // Every later stage recurses: a cyclic or absurdly deep tree must stop here, as a ValuesError.
  const shape = checkValuesShape(values);
  if (shape.length > 0) return { merged: {}, problems: shape, warnings: [], model: buildChartModel({}, modelOptions) };
  const merged = merge(DEFAULT_VALUES as ValuesTree, values, { isSecretPath: isSecretValuePath });
  const model = buildChartModel(merged.values, modelOptions);
  const checked = runValuesChecks({
    values: merged.values,
    user: values,
    model,
    now: new Date(),
    render: { allowMissingToken: options.allowMissingToken === true, privateApiJwtPinned: options.privateApiJwt !== undefined },
  });
  // Both arrays are this call's own: append to them rather than copy them into new ones.
  const problems = validateValues(merged.values);
  for (const problem of checked.problems) problems.push(problem);
  const warnings = merged.warnings;
  if (selection.newerGitlab) warnings.push(warnNewerGitlab(selection));
  for (const warning of checked.warnings) warnings.push(warning);
  return { merged: merged.values, problems, warnings, model };
}

function selectChartReleaseOrThrow(options: CheckValuesOptions): Extract<ChartReleaseSelection, { ok: true }> {
  const selection = selectChartRelease({ chartVersion: options.chartVersion, gitlabVersion: options.gitlabVersion });
  if (selection.ok) return selection;
  throw new ChartVersionError({ field: selection.field, problem: selection.code, message: selection.message, hint: selection.hint });
}

function warnNewerGitlab(selection: Extract<ChartReleaseSelection, { ok: true }>): Warning {
  const gitlab = selection.gitlab!;
  return createWarning({
    code: 'gitlab-newer-than-known',
    segments: [],
    message:
      `GitLab ${gitlab.major}.${gitlab.minor} is newer than every chart release this version of the tool knows; ` +
      `rendering chart ${selection.release.version} (agentk ${selection.release.appVersion}), the newest`,
    hint: 'a newer release of gitlab-agent-manifests may render the matching agent',
  });
}
