/**
 * What `validateAgentConfig` reports about an agent configuration file. A problem has the shape
 * of a values problem (code, path, segments, message, hint) plus where it is in the file.
 * Problems are what GitLab refuses: the whole file (kas) or the whole new configuration (agentk),
 * so the agent keeps its previous configuration. Warnings are what GitLab accepts but will not do
 * what the file seems to say: a setting or entry silently ignored, a feature of a newer version
 * or a higher tier, a removed module.
 */
import { ManifestsError, escapeControlCharacters } from '../errors.js';
import type { PathSegment } from './format-config-path.js';

/**
 * Why a file is refused:
 * - `file-too-large`: larger than kas's `max_configuration_file_size` (128 KiB by default);
 * - `invalid-encoding`: not UTF-8;
 * - `yaml-syntax`: not well-formed YAML (a tab for indentation, an unquoted `*…`);
 * - `yaml-version`: a `%YAML` directive other than 1.1;
 * - `too-large`, `too-deep`: past the reader's bounds, aliases expanded (a hostile file);
 * - `non-finite-number`: `.inf` or `.nan`, which JSON cannot hold;
 * - `not-a-map`: the top level is a list or a scalar;
 * - `unknown-key`: a key GitLab does not know there (camelCase, a typo, a key of another level);
 * - `removed-key`: a key that an earlier GitLab version removed;
 * - `wrong-type`: a string where a list belongs, a number where a string belongs, a null list item;
 * - `invalid-value`: the right type but a value refused (an enum, a duration, a cron expression);
 * - `missing-required`: a required key is absent or empty (`id`, `cadence`, an `access_as` member);
 * - `conflicting-keys`: two members of a choose-one (`access_as`, `ref`);
 * - `invalid-agent-name`: the folder name is not an agent name, so no agent reads the file;
 * - `file-not-read`: the file is in `.gitlab/agents/` but not where GitLab reads it (`config.yml`).
 *
 * Warnings use some of the same codes (`invalid-value` for a setting Rails ignores,
 * `removed-key` for a key removed after the targeted version) and their own:
 * - `duplicate-key`: a key twice in one map; the last one wins;
 * - `ignored-documents`: YAML documents after the first, which GitLab never reads;
 * - `removed-module`: the `gitops` section, which does nothing since GitLab 17.0;
 * - `needs-newer-gitlab`, `needs-higher-tier`: a key the targeted version or tier lacks;
 * - `placeholder`: a value left as a placeholder (`<your-project>`, `$CI_PROJECT_PATH`);
 * - `not-enabled`: `remote_development` without `enabled: true`;
 * - `invalid-full-path`: an `id` that cannot be a full path, so the entry grants nothing;
 * - `duplicate-entry`: the same `id` twice in one list; the last entry wins;
 * - `too-many-entries`: past the 500 (before 17.0: 100) entries GitLab reads from a list;
 * - `outside-top-level-group`: an entry outside the configuration project's top-level group;
 * - `missing-access-as`: `user_access` without `access_as`, required before GitLab 18.3;
 * - `numeric-log-level`: a log level given as a number;
 * - `internal-setting`: a setting meant for GitLab only (`trivy_k8s_wrapper_image.tag`);
 * - `limited-effect`: a setting that works only on some instances (`ci_access.instance`);
 * - `nothing-scanned`: container scanning without namespaces to scan;
 * - `frequent-schedule`: scans scheduled more often than hourly;
 * - `outside-agents-folder`: a file checked outside `.gitlab/agents/<agent-name>/`.
 */
export type AgentConfigProblemCode =
  | 'file-too-large'
  | 'invalid-encoding'
  | 'yaml-syntax'
  | 'yaml-version'
  | 'too-large'
  | 'too-deep'
  | 'non-finite-number'
  | 'not-a-map'
  | 'unknown-key'
  | 'removed-key'
  | 'wrong-type'
  | 'invalid-value'
  | 'missing-required'
  | 'conflicting-keys'
  | 'invalid-agent-name'
  | 'file-not-read'
  | 'duplicate-key'
  | 'ignored-documents'
  | 'removed-module'
  | 'needs-newer-gitlab'
  | 'needs-higher-tier'
  | 'placeholder'
  | 'not-enabled'
  | 'invalid-full-path'
  | 'duplicate-entry'
  | 'too-many-entries'
  | 'outside-top-level-group'
  | 'missing-access-as'
  | 'numeric-log-level'
  | 'internal-setting'
  | 'limited-effect'
  | 'nothing-scanned'
  | 'frequent-schedule'
  | 'outside-agents-folder';

export interface AgentConfigProblem {
  readonly code: AgentConfigProblemCode;
  /** Path in the file as `ci_access.projects[0].id`; empty for the file as a whole. */
  readonly path: string;
  /** The same path as keys and list indexes. */
  readonly segments: readonly PathSegment[];
  readonly message: string;
  /** How to fix it; includes the did-you-mean suggestion for unknown keys. */
  readonly hint?: string;
  /** 1-based line and column (in UTF-16 code units) of the key or value at fault. */
  readonly line: number;
  readonly column: number;
}

/** The GitLab tiers, lowest first. */
export const TIERS = ['free', 'premium', 'ultimate'] as const;
export type GitlabTier = (typeof TIERS)[number];

/** Problems with a configuration, thrown by `parseAgentConfig`. */
export class AgentConfigError extends ManifestsError {
  readonly problems: readonly AgentConfigProblem[];
  readonly warnings: readonly AgentConfigProblem[];

  constructor(problems: readonly AgentConfigProblem[], warnings: readonly AgentConfigProblem[], source = 'the agent configuration') {
    super('AGENT_CONFIG_INVALID', formatAgentConfigProblems(problems, source));
    this.problems = problems;
    this.warnings = warnings;
  }
}

/** One line: where, what is wrong, and how to fix it. */
export function formatAgentConfigProblem(problem: AgentConfigProblem): string {
  const text = `${problem.line}:${problem.column}: ${problem.path || '(file)'}: ${problem.message}${problem.hint ? `; ${problem.hint}` : ''}`;
  return escapeControlCharacters(text);
}

function formatAgentConfigProblems(problems: readonly AgentConfigProblem[], source: string): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`invalid agent configuration (${source}), ${count}:`, ...problems.map((problem) => `  ${formatAgentConfigProblem(problem)}`)].join('\n');
}
