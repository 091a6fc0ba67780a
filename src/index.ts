/** The public surface of gitlab-agent-manifests. Everything not named here is internal. */
export { render, renderManifests } from './render-manifests.js';
export type { RenderResult } from './render-manifests.js';
export { toYaml } from './manifests/format-manifests.js';
export { checkValues } from './check/check-values.js';
export type { CheckValuesOptions, CheckValuesResult } from './check/check-values.js';
export { readValues } from './sources/read-values.js';
export { resetRenderCaches } from './util/render-caches.js';
export type { ReadValuesOptions } from './sources/read-values.js';
export {
  ManifestsError,
  ValuesSourceError,
  ValuesFileError,
  SetExpressionError,
  ValuesError,
  ReleaseNameError,
  ChartVersionError,
  TemplateError,
  UsageError,
} from './errors.js';
export type {
  ErrorCode,
  ValuesFileProblem,
  SetExpressionProblem,
  ProblemCode,
  ValueFix,
  ValuesProblem,
  SourceLocation,
  ReleaseField,
  ReleaseNameProblem,
  ManifestsErrorOptions,
  ValuesFileErrorOptions,
  SetExpressionErrorOptions,
  ValuesErrorOptions,
  ReleaseNameErrorOptions,
  ChartVersionField,
  ChartVersionProblem,
  ChartVersionErrorOptions,
  TemplateErrorOptions,
  UsageErrorOptions,
} from './errors.js';
export type { Manifest, RenderOptions, ValueSource, FileReader, ValuesTree, PathSegment, Warning, WarningCode } from './types.js';
export type { GitlabAgentValues } from './generated/values.js';
export type { GitlabAgentValuesInput, ValuesInput } from './chart/values-input.js';
export { CHART_RELEASES, NEWEST_CHART_RELEASE, FEATURE_SINCE, findChartRelease } from './chart/chart-releases.js';
export type { ChartRelease, ChartFeature } from './chart/chart-releases.js';
export { selectChartRelease } from './chart/select-chart-release.js';
export type { ChartReleaseRequest, ChartReleaseSelection } from './chart/select-chart-release.js';
export { createValuesSchema } from './chart/values-schema-for-release.js';
