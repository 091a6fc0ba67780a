/**
 * One error hierarchy for the whole pipeline. Every error carries a stable `code` (one per class)
 * and, where it applies, a location; tests and the CLI decide on codes, fields and paths, never
 * on wording. Every code in this library (error, problem, warning) is spelled in kebab-case.
 * No message may ever contain a token or a private key: callers pass paths and descriptions,
 * never the offending secret value. Hints speak of values, not of the CLI's flags: the CLI adds
 * its own advice when it reports an error (src/cli/reports/add-flag-hints.ts).
 */
import type { PathSegment } from './types.js';

/**
 * The kind of error, one per class:
 * - `values-file`: a values file cannot be used (`ValuesFileError`; `problem` says why);
 * - `set-expression`: a `--set*` expression cannot be parsed or applied (`SetExpressionError`);
 * - `values-invalid`: the merged values break the schema or a rule (`ValuesError.problems`);
 * - `release-name`: the release name or the namespace is not valid (`ReleaseNameError.field`);
 * - `chart-version`: the chart or GitLab version asked for has no release to render (`ChartVersionError`);
 * - `template`: a template rendered something that is not one Kubernetes object (`TemplateError`);
 * - `usage`: the command line itself is wrong (`UsageError`; only the CLI throws it);
 * - `applyset`: the output cannot be applied as the kubectl ApplySet asked for (`ApplySetError.problem`);
 * - `agent-config-invalid`: GitLab would refuse an agent configuration file (`AgentConfigError.problems`);
 * - `gitlab-api`: a call to GitLab's API failed (`GitlabApiError.problem` says why);
 * - `fleet-agent`: one agent of a fleet could not be rendered (`FleetAgentError.cause` is why).
 */
export type ErrorCode =
  | 'values-file'
  | 'set-expression'
  | 'values-invalid'
  | 'release-name'
  | 'chart-version'
  | 'template'
  | 'usage'
  | 'applyset'
  | 'agent-config-invalid'
  | 'gitlab-api'
  | 'fleet-agent';

export interface ManifestsErrorOptions {
  readonly code: ErrorCode;
  readonly message: string;
}

export class ManifestsError extends Error {
  readonly code: ErrorCode;

  constructor(options: ManifestsErrorOptions) {
    super(options.message);
    this.name = new.target.name;
    this.code = options.code;
  }
}

/** Where a value came from, so an error can point at it. */
export interface SourceLocation {
  /** The values file's name as given (`-` for standard input), or the flag (`--set`). */
  readonly source: string;
  /** 1-based line in a values file, when known. */
  readonly line?: number;
  /** 1-based column in the file's line, or position in a `--set*` expression. */
  readonly column?: number;
}

/**
 * Why a values file cannot be used (`ValuesFileError.problem`):
 * - `syntax`: not well-formed YAML (js-yaml's reason is in the message);
 * - `duplicate-key`: the same key twice in one map (`ValuesFileError.key` names it);
 * - `not-a-map`: the top level is a list or a scalar;
 * - `non-finite-number`: `.inf` or `.nan`, which Helm cannot convert to JSON and refuses;
 * - `too-large`: a file, or aliases that expand, past the size limits;
 * - `too-deep`: maps and lists nested deeper than any values file needs.
 */
export type ValuesFileProblem = 'syntax' | 'duplicate-key' | 'not-a-map' | 'non-finite-number' | 'too-large' | 'too-deep';

/**
 * Why a `--set*` expression cannot be applied (`SetExpressionError.problem`):
 * - `no-value`: a key without `=value` (`a`, `a,b=1`);
 * - `empty-map`: a nested key that set nothing (`a.=x`);
 * - `invalid-index`: `x[...]` whose index is not an integer, or has no `]`;
 * - `negative-index`: `x[-1]`;
 * - `index-too-large`: an index above Helm's maximum (65536);
 * - `unexpected-data`: text between `]` and the next `.`, `[` or `=` (`a[0]b=1`);
 * - `unterminated-list`: `{a,b` without the closing brace;
 * - `type-mismatch`: the key already holds a value of another kind (`a=1,a.b=2`);
 * - `too-deep`: more dotted levels than Helm allows, or a JSON value nested deeper than values files may be;
 * - `invalid-json`: a `--set-json` value that is not one JSON value;
 * - `unreadable-file`: a `--set-file` path that could not be read.
 */
export type SetExpressionProblem =
  | 'no-value'
  | 'empty-map'
  | 'invalid-index'
  | 'negative-index'
  | 'index-too-large'
  | 'unexpected-data'
  | 'unterminated-list'
  | 'type-mismatch'
  | 'too-deep'
  | 'invalid-json'
  | 'unreadable-file';

interface ValuesSourceErrorOptions {
  readonly code: 'values-file' | 'set-expression';
  readonly problem: ValuesFileProblem | SetExpressionProblem;
  readonly message: string;
  readonly reason: string;
  readonly location: SourceLocation;
  readonly hint: string | undefined;
}

/** A value source (a values file or a `--set*` expression) that cannot be read; see its two subclasses. */
export abstract class ValuesSourceError extends ManifestsError {
  declare readonly code: 'values-file' | 'set-expression';
  readonly problem: ValuesFileProblem | SetExpressionProblem;
  /** What is wrong, without the file or flag that the message starts with (the location names it). */
  readonly reason: string;
  readonly location: SourceLocation;
  readonly hint: string | undefined;

  protected constructor(options: ValuesSourceErrorOptions) {
    super({ code: options.code, message: options.message });
    this.problem = options.problem;
    this.reason = options.reason;
    this.location = options.location;
    this.hint = options.hint;
  }
}

export interface ValuesFileErrorOptions {
  readonly problem: ValuesFileProblem;
  /** What is wrong; the message is `<file>: <reason>`. */
  readonly reason: string;
  readonly location: SourceLocation;
  readonly hint?: string;
  /** The duplicated key, for `duplicate-key`. */
  readonly key?: string;
}

export class ValuesFileError extends ValuesSourceError {
  declare readonly code: 'values-file';
  declare readonly problem: ValuesFileProblem;
  /** The duplicated key, for `duplicate-key`. */
  readonly key: string | undefined;

  constructor(options: ValuesFileErrorOptions) {
    super({
      code: 'values-file',
      problem: options.problem,
      message: `${options.location.source}: ${options.reason}`,
      reason: options.reason,
      location: options.location,
      hint: options.hint,
    });
    this.key = options.key;
  }
}

export interface SetExpressionErrorOptions {
  readonly problem: SetExpressionProblem;
  /** What is wrong; the message is `<flag> "<path>": <reason>`, or `<flag>: <reason>` before any key. */
  readonly reason: string;
  /** The flag the expression was given with (`--set`, `--set-json`…); it is the location's source. */
  readonly flag: string;
  /** The key being set, as far as it was read, and the same path in Helm's notation. */
  readonly segments: readonly PathSegment[];
  readonly path: string;
  /** 1-based position in the expression where reading stopped. */
  readonly column: number;
  readonly hint?: string;
}

export class SetExpressionError extends ValuesSourceError {
  declare readonly code: 'set-expression';
  declare readonly problem: SetExpressionProblem;
  /** Values path of the key being set, as far as it was read (`config.kasHeaders[1]`). */
  readonly path: string;
  readonly segments: readonly PathSegment[];

  constructor(options: SetExpressionErrorOptions) {
    const subject = options.path === '' ? options.flag : `${options.flag} ${JSON.stringify(options.path)}`;
    super({
      code: 'set-expression',
      problem: options.problem,
      message: `${subject}: ${options.reason}`,
      reason: options.reason,
      location: { source: options.flag, column: options.column },
      hint: options.hint,
    });
    this.path = options.path;
    this.segments = options.segments;
  }
}

/**
 * What is wrong with one value (`ValuesProblem.code`):
 * - `unknown-key`: the chart has no such key (the hint suggests the likely one);
 * - `wrong-type`: a value of the wrong type (a string where a number belongs);
 * - `invalid-value`: the right type, but a value the chart, agentk or the API server refuses;
 * - `missing-required`: a value the chart needs is absent;
 * - `kubernetes-schema`: a Kubernetes-typed value breaks the Kubernetes API schema;
 * - `unsupported`: a feature of the chart this tool does not render.
 */
export type ProblemCode = 'unknown-key' | 'wrong-type' | 'invalid-value' | 'missing-required' | 'kubernetes-schema' | 'unsupported';

/**
 * The usual slip behind a problem, when it is about how the value was given, so a front end can
 * add advice in its own terms (the CLI names the flag that gives the value that way):
 * - `quote-string`: a string is wanted, a number or boolean was given;
 * - `unquote-number`: a number is wanted, a string was given;
 * - `unquote-boolean`: true or false is wanted, a string was given;
 * - `give-list`: a list is wanted;
 * - `read-file`: the text of a file (a PEM certificate or key) is wanted;
 * - `newer-chart`: the value needs a newer chart release than the one chosen;
 * - `list-keys`: an unknown key with too many neighbours to list; the schema has them;
 * - `give-token`: no token at all; the CLI has its own ways to give one, and to render without.
 */
export type ValueFix =
  'give-token' | 'quote-string' | 'unquote-number' | 'unquote-boolean' | 'give-list' | 'read-file' | 'newer-chart' | 'list-keys';

export interface ValuesProblem {
  readonly code: ProblemCode;
  /** Dotted values path as Helm users write it: `config.kasHeaders[0]`, `podLabels["app.kubernetes.io/name"]`. */
  readonly path: string;
  /** The same path as keys and list indexes, so it can be looked up without parsing `path`. */
  readonly segments: readonly PathSegment[];
  readonly message: string;
  /** How to fix it, in terms of values; includes the did-you-mean suggestion for unknown keys. */
  readonly hint?: string;
  readonly fix?: ValueFix;
}

export interface ValuesErrorOptions {
  readonly problems: readonly ValuesProblem[];
}

export class ValuesError extends ManifestsError {
  declare readonly code: 'values-invalid';
  readonly problems: readonly ValuesProblem[];

  constructor(options: ValuesErrorOptions) {
    super({ code: 'values-invalid', message: formatProblems(options.problems) });
    this.problems = options.problems;
  }
}

/**
 * Control characters (a line break inside a mistyped argument, say) written as escapes, so one
 * diagnostic stays one line and cannot forge another.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line: where, what is wrong, and how to fix it. */
export function formatProblem(problem: ValuesProblem): string {
  const text = `${problem.path || '(root)'}: ${problem.message}${problem.hint ? `; ${problem.hint}` : ''}`;
  return escapeControlCharacters(text);
}

/** A ValuesError's message: a count, then one line per problem. */
export function formatProblems(problems: readonly ValuesProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`invalid values, ${count}:`, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join('\n');
}

/** Which input of the release identity failed (`RenderOptions.releaseName` or `.namespace`). */
export type ReleaseField = 'releaseName' | 'namespace';

/** `empty`: no value at all; `invalid`: the value breaks the naming rule (pattern or length). */
export type ReleaseNameProblem = 'empty' | 'invalid';

export interface ReleaseNameErrorOptions {
  readonly field: ReleaseField;
  readonly problem: ReleaseNameProblem;
  readonly message: string;
}

/** The release name or the namespace is not valid; `field` says which. */
export class ReleaseNameError extends ManifestsError {
  declare readonly code: 'release-name';
  readonly field: ReleaseField;
  readonly problem: ReleaseNameProblem;

  constructor(options: ReleaseNameErrorOptions) {
    super({ code: 'release-name', message: options.message });
    this.field = options.field;
    this.problem = options.problem;
  }
}

/** Which option chose the chart release (`RenderOptions.chartVersion` or `.gitlabVersion`). */
export type ChartVersionField = 'chartVersion' | 'gitlabVersion';

/**
 * Why no chart release can be rendered (`ChartVersionError.problem`):
 * - `unknown-chart-version`: not a release of the catalogue (the hint lists them, nearest first);
 * - `invalid-gitlab-version`: not `MAJOR.MINOR[.PATCH]`;
 * - `gitlab-version-too-old`: older than every release of the catalogue (18.0).
 */
export type ChartVersionProblem = 'unknown-chart-version' | 'invalid-gitlab-version' | 'gitlab-version-too-old';

export interface ChartVersionErrorOptions {
  readonly field: ChartVersionField;
  readonly problem: ChartVersionProblem;
  readonly message: string;
  readonly hint: string;
}

export class ChartVersionError extends ManifestsError {
  declare readonly code: 'chart-version';
  readonly field: ChartVersionField;
  readonly problem: ChartVersionProblem;
  readonly hint: string;

  constructor(options: ChartVersionErrorOptions) {
    super({ code: 'chart-version', message: options.message });
    this.field = options.field;
    this.problem = options.problem;
    this.hint = options.hint;
  }
}

export interface TemplateErrorOptions {
  /** What is wrong; the message is `<template>: <reason>`. */
  readonly reason: string;
  /** Chart template that rendered it, as in `gitlab-agent/templates/deployment.yaml`. */
  readonly template: string;
}

export class TemplateError extends ManifestsError {
  declare readonly code: 'template';
  readonly template: string;

  constructor(options: TemplateErrorOptions) {
    super({ code: 'template', message: `${options.template}: ${options.reason}` });
    this.template = options.template;
  }
}

/**
 * Why the output cannot be applied with `kubectl apply --prune --applyset` (`ApplySetError.problem`):
 * - `invalid-parent`: the parent reference is not kubectl's `[RESOURCE][.GROUP]/NAME` with a valid name;
 * - `unsupported-parent`: the parent is neither a Secret nor a ConfigMap, the two kinds kubectl accepts
 *   without a custom resource definition;
 * - `namespace-in-set`: a Namespace object would join the set (it may be shared; the parent lives in it);
 * - `labelled-member`: an object already carries `applyset.kubernetes.io/part-of`, which kubectl refuses;
 * - `parent-is-member`: a rendered object is the parent itself;
 * - `other-namespace`: a namespaced object lies outside the namespace kubectl's `-n` enforces.
 */
export type ApplySetProblem =
  'invalid-parent' | 'unsupported-parent' | 'namespace-in-set' | 'labelled-member' | 'parent-is-member' | 'other-namespace';

export interface ApplySetErrorOptions {
  readonly problem: ApplySetProblem;
  readonly message: string;
}

export class ApplySetError extends ManifestsError {
  declare readonly code: 'applyset';
  readonly problem: ApplySetProblem;

  constructor(options: ApplySetErrorOptions) {
    super({ code: 'applyset', message: options.message });
    this.problem = options.problem;
  }
}

export interface UsageErrorOptions {
  readonly message: string;
  /** The flag at fault, as the user would type it (`--output-dir`, `-f`), when one is. */
  readonly flag?: string;
}

export class UsageError extends ManifestsError {
  declare readonly code: 'usage';
  readonly flag: string | undefined;

  constructor(options: UsageErrorOptions) {
    super({ code: 'usage', message: options.message });
    this.flag = options.flag;
  }
}

/**
 * What is wrong with an agent configuration file (`AgentConfigProblem.code`). Problems are what
 * GitLab refuses: the whole file (its agent server) or the whole new configuration (the agent),
 * so the agent keeps its previous configuration:
 * - `file-too-large`: larger than the server's `max_configuration_file_size` (128 KiB by default);
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
 * Warnings are what GitLab accepts but will not do as written. They use some of the same codes
 * (`invalid-value` for a setting Rails ignores, `removed-key` for a key removed after the
 * targeted version) and their own:
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

/** A problem or warning of an agent configuration file: a values problem's shape, plus where it is. */
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

export interface AgentConfigErrorOptions {
  readonly problems: readonly AgentConfigProblem[];
  readonly warnings: readonly AgentConfigProblem[];
  /** The file, as shown in the message (its path); default "the agent configuration". */
  readonly source?: string;
}

/** GitLab would refuse an agent configuration file; thrown by `parseAgentConfig`. */
export class AgentConfigError extends ManifestsError {
  declare readonly code: 'agent-config-invalid';
  readonly problems: readonly AgentConfigProblem[];
  readonly warnings: readonly AgentConfigProblem[];

  constructor(options: AgentConfigErrorOptions) {
    super({
      code: 'agent-config-invalid',
      message: formatAgentConfigProblems(options.problems, options.source ?? 'the agent configuration'),
    });
    this.problems = options.problems;
    this.warnings = options.warnings;
  }
}

/** One line: where in the file, what is wrong, and how to fix it. */
export function formatAgentConfigProblem(problem: AgentConfigProblem): string {
  const text = `${problem.line}:${problem.column}: ${problem.path || '(file)'}: ${problem.message}${problem.hint ? `; ${problem.hint}` : ''}`;
  return escapeControlCharacters(text);
}

function formatAgentConfigProblems(problems: readonly AgentConfigProblem[], source: string): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `invalid agent configuration (${source}), ${count}:`,
    ...problems.map((problem) => `  ${formatAgentConfigProblem(problem)}`),
  ].join('\n');
}

/**
 * Why a call to GitLab's API failed (`GitlabApiError.problem`):
 * - `unauthorized`: 401, the access token is missing, expired or revoked;
 * - `forbidden`: 403, the token lacks the `api` scope or its user the Maintainer role;
 * - `project-not-found`: 404 for the project (wrong path, or not visible to the token's user);
 * - `endpoint-missing`: 404 for the route itself, a GitLab too old for the endpoint;
 * - `name-taken`: an agent of that name exists already (a caller may reuse it);
 * - `token-limit`: the agent already has its maximum of active tokens;
 * - `rejected`: another 4xx answer, GitLab's own message quoted;
 * - `server-error`: a 5xx answer;
 * - `network`: no HTTP answer (DNS, connection refused or reset, timeout);
 * - `tls`: the server's certificate is not trusted or does not match the host;
 * - `invalid-response`: an answer that is not the JSON the API documents, or too large;
 * - `kas-disabled`: the instance has the agent server (KAS) turned off.
 */
export type GitlabApiProblem =
  | 'unauthorized'
  | 'forbidden'
  | 'project-not-found'
  | 'endpoint-missing'
  | 'name-taken'
  | 'token-limit'
  | 'rejected'
  | 'server-error'
  | 'network'
  | 'tls'
  | 'invalid-response'
  | 'kas-disabled';

export interface GitlabApiErrorOptions {
  readonly problem: GitlabApiProblem;
  /** One line, naming the request (method and path) and what to do; never a token. */
  readonly message: string;
  /** The HTTP status, when GitLab answered. */
  readonly status?: number;
}

/** A GitLab API call that failed; messages name the endpoint, never the access or agent token. */
export class GitlabApiError extends ManifestsError {
  declare readonly code: 'gitlab-api';
  readonly problem: GitlabApiProblem;
  readonly status: number | undefined;

  constructor(options: GitlabApiErrorOptions) {
    super({ code: 'gitlab-api', message: options.message });
    this.problem = options.problem;
    this.status = options.status;
  }
}

export interface FleetAgentErrorOptions {
  /** The agent's position in the fleet's input, from 0. */
  readonly index: number;
  /** The agent's name: the one the input gave, else `<namespace>/<releaseName>`. */
  readonly agent: string;
  /** What rendering that agent threw (a ValuesError, a ReleaseNameError, …). */
  readonly cause: Error;
}

/**
 * One agent of `renderFleet` that could not be rendered. The fleet goes on; the message names the
 * agent, then gives the cause's own message, and `cause` keeps its class and fields.
 */
export class FleetAgentError extends ManifestsError {
  declare readonly code: 'fleet-agent';
  readonly index: number;
  readonly agent: string;
  override readonly cause: Error;

  constructor(options: FleetAgentErrorOptions) {
    super({
      code: 'fleet-agent',
      message: `agent ${escapeControlCharacters(options.agent)} (#${options.index + 1}): ${options.cause.message}`,
    });
    this.index = options.index;
    this.agent = options.agent;
    this.cause = options.cause;
  }
}
