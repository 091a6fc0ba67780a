/**
 * One error hierarchy for the whole pipeline. Every error carries a stable `code`
 * (tests assert on codes and paths, never on wording) and, where it applies, a location.
 * No message may ever contain a token or a private key: callers pass paths and
 * descriptions, never the offending secret value.
 */

export type ErrorCode =
  /** A values file or a `--set*` expression could not be read or parsed. */
  | 'VALUES_SOURCE'
  /** The merged values break the schema or a semantic rule; see `ValuesError.problems`. */
  | 'VALUES_INVALID'
  /** Helm's release-name rule. */
  | 'RELEASE_NAME'
  /** A template rendered something that is not one well-formed Kubernetes object. */
  | 'TEMPLATE'
  /** The command line itself is wrong (unknown flag, missing argument). */
  | 'USAGE'
  /** An agent configuration file that GitLab would refuse; see `AgentConfigError.problems`. */
  | 'AGENT_CONFIG_INVALID';

export class ManifestsError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Where a value came from, so an error can point at it. */
export interface SourceLocation {
  /** `-f` file name, or the flag (`--set`), or `<library>` for values passed to `render()`. */
  readonly source: string;
  /** 1-based line in a values file, when known. */
  readonly line?: number;
  readonly column?: number;
}

export class ValuesSourceError extends ManifestsError {
  readonly location: SourceLocation;
  readonly hint: string | undefined;

  constructor(message: string, location: SourceLocation, hint?: string) {
    super('VALUES_SOURCE', message);
    this.location = location;
    this.hint = hint;
  }
}

export type ProblemCode =
  | 'unknown-key'
  | 'wrong-type'
  | 'invalid-value'
  | 'missing-required'
  | 'kubernetes-schema'
  | 'unsupported';

export interface ValuesProblem {
  readonly code: ProblemCode;
  /** Dotted values path as Helm users write it: `config.kasHeaders[0]`, `podLabels["app.kubernetes.io/name"]`. */
  readonly path: string;
  readonly message: string;
  /** How to fix it; includes the did-you-mean suggestion for unknown keys. */
  readonly hint?: string;
}

export class ValuesError extends ManifestsError {
  readonly problems: readonly ValuesProblem[];

  constructor(problems: readonly ValuesProblem[]) {
    super('VALUES_INVALID', formatProblems(problems));
    this.problems = problems;
  }
}

/**
 * Control characters (a line break inside a mistyped argument, say) written as escapes, so one
 * diagnostic stays one line and cannot forge another.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControlCharacters(text: string): string {
  return text.replace(
    CONTROL_CHARACTERS,
    (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One line: where, what is wrong, and how to fix it. */
export function formatProblem(problem: ValuesProblem): string {
  const text = `${problem.path || '(root)'}: ${problem.message}${problem.hint ? `; ${problem.hint}` : ''}`;
  return escapeControlCharacters(text);
}

function formatProblems(problems: readonly ValuesProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`invalid values, ${count}:`, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join('\n');
}

export class ReleaseNameError extends ManifestsError {
  constructor(message: string) {
    super('RELEASE_NAME', message);
  }
}

export class TemplateError extends ManifestsError {
  readonly template: string;

  constructor(message: string, template: string) {
    super('TEMPLATE', `${template}: ${message}`);
    this.template = template;
  }
}

export class UsageError extends ManifestsError {
  readonly flag: string | undefined;

  constructor(message: string, flag?: string) {
    super('USAGE', message);
    this.flag = flag;
  }
}
