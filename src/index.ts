/** The public surface of gitlab-agent-manifests. Everything not named here is internal. */
export { render, renderManifests } from './render-manifests.js';
export type { RenderResult } from './render-manifests.js';
export { toYaml } from './manifests/format-manifests.js';
export { checkValues } from './check/check-values.js';
export type { CheckValuesOptions, CheckValuesResult } from './check/check-values.js';
export { readValues } from './sources/read-values.js';
export type { ReadValuesOptions } from './sources/read-values.js';
export {
  ManifestsError,
  ValuesSourceError,
  ValuesError,
  ReleaseNameError,
  TemplateError,
  UsageError,
} from './errors.js';
export type { ErrorCode, ProblemCode, ValuesProblem, SourceLocation } from './errors.js';
export type { Manifest, RenderOptions, ValueSource, FileReader, ValuesTree, Warning } from './types.js';
export type { GitlabAgentValues } from './generated/values.js';
export type { GitlabAgentValuesInput, ValuesInput } from './chart/values-input.js';
export { validateAgentConfig, parseAgentConfig, DEFAULT_MAX_CONFIG_FILE_BYTES } from './agent-config/validate-agent-config.js';
export type { AgentConfigValidation, ValidateAgentConfigOptions } from './agent-config/validate-agent-config.js';
export { AgentConfigError } from './agent-config/agent-config-problem.js';
export type { AgentConfigProblem, AgentConfigProblemCode, GitlabTier } from './agent-config/agent-config-problem.js';
export type { AgentConfig } from './generated/agent-config.js';
