/** The public surface of gitlab-agent-manifests. Everything not named here is internal. */
export { render, renderManifests } from './render-manifests.js';
export type { RenderResult } from './render-manifests.js';
export { renderFleet, defaultFleetWorkers } from './render-fleet.js';
export type { FleetAgent, FleetResult, FleetRendered, FleetFailed, RenderFleetOptions } from './render-fleet.js';
export { toYaml } from './manifests/format-manifests.js';
export {
  applySetId,
  parseApplySetParent,
  formatApplySetGroupKinds,
  formatApplySetCommand,
  APPLYSET_PART_OF_LABEL,
  APPLYSET_ID_LABEL,
} from './manifests/applyset.js';
export type { ApplySetParent } from './manifests/applyset.js';
export { toDeleteManifests } from './manifests/delete-stream.js';
export type { DeleteStreamOptions } from './manifests/delete-stream.js';
export type { ManagedBy } from './manifests/ownership-labels.js';
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
  ApplySetError,
  AgentConfigError,
  GitlabApiError,
  FleetAgentError,
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
  ApplySetProblem,
  ApplySetErrorOptions,
  AgentConfigErrorOptions,
  AgentConfigProblem,
  AgentConfigProblemCode,
  GitlabApiProblem,
  GitlabApiErrorOptions,
  FleetAgentErrorOptions,
} from './errors.js';
export type { Manifest, RenderOptions, ValueSource, FileReader, ValuesTree, PathSegment, Warning, WarningCode } from './types.js';
export type { GitlabAgentValues } from './generated/values.js';
export type { GitlabAgentValuesInput, ValuesInput } from './chart/values-input.js';
export { CHART_RELEASES, NEWEST_CHART_RELEASE, FEATURE_SINCE, findChartRelease } from './chart/chart-releases.js';
export type { ChartRelease, ChartFeature } from './chart/chart-releases.js';
export { selectChartRelease } from './chart/select-chart-release.js';
export type { ChartReleaseRequest, ChartReleaseSelection } from './chart/select-chart-release.js';
export { createValuesSchema } from './chart/values-schema-for-release.js';
export { validateAgentConfig, parseAgentConfig, DEFAULT_MAX_CONFIG_FILE_BYTES } from './agent-config/validate-agent-config.js';
export type { AgentConfigValidation, ValidateAgentConfigOptions } from './agent-config/validate-agent-config.js';
export type { GitlabTier } from './agent-config/gitlab-tiers.js';
export type { AgentConfig } from './generated/agent-config.js';
export type {
  GitlabClient,
  GitlabMetadata,
  GitlabPage,
  ClusterAgent,
  AgentToken,
  CreateAgentTokenOptions,
} from './gitlab/gitlab-client.js';
export { createHttpGitlabClient, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS } from './gitlab/create-http-gitlab-client.js';
export type { HttpGitlabClientOptions } from './gitlab/create-http-gitlab-client.js';
export { findClusterAgent, registerAgent, MAX_AGENT_PAGES, DEFAULT_TOKEN_NAME } from './gitlab/register-agent.js';
export type { RegisterAgentOptions, RegisterAgentResult } from './gitlab/register-agent.js';
export { discoverKas } from './gitlab/discover-kas.js';
export type { KasDiscovery } from './gitlab/discover-kas.js';
