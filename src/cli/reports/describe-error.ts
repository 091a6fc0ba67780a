import {
  AgentConfigError,
  ChartVersionError,
  ManifestsError,
  ValuesError,
  ValuesSourceError,
  escapeControlCharacters,
  formatProblems,
} from '../../errors.js';
import { PROGRAM_NAME } from '../help-text.js';
import { addFlagHint } from './add-flag-hints.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Set to show the message of an unexpected error (never its stack). */
export const DEBUG_ENV = 'GITLAB_AGENT_MANIFESTS_DEBUG';

export interface ErrorReport {
  readonly exitCode: number;
  /** Complete stderr text, ending in a newline. */
  readonly text: string;
}

/**
 * Turns any thrown value into the stderr text and exit code. Our own errors are written to be
 * free of secrets, so their messages are printed. Anything else (a bug, or a library error whose
 * message may quote the input, e.g. JSON.parse quoting a --set-json token) prints one generic line.
 */
export function describeError(error: unknown, env: Readonly<Record<string, string | undefined>>): ErrorReport {
  if (error instanceof ManifestsError) {
    return {
      // A chart or GitLab version without a release is a flag the user mistyped, like any usage error.
      exitCode: error.code === 'usage' || error.code === 'chart-version' ? EXIT_USAGE : EXIT_FAILURE,
      text: `Error: ${describeKnownError(error)}\n`,
    };
  }
  const detail = env[DEBUG_ENV] ? `: ${firstLine(error)}` : ` (set ${DEBUG_ENV}=1 to see its message)`;
  return { exitCode: EXIT_FAILURE, text: `Error: unexpected internal error in ${PROGRAM_NAME}${detail}\n` };
}

function describeKnownError(error: ManifestsError): string {
  // One line per problem, each escaped, with its path and hint, and the flag that fixes it (a
  // command that knows the problems' sources has phrased the hints for them already).
  if (error instanceof ValuesError) return formatProblems(error.problems.map((problem) => addFlagHint(problem)));
  // One line per problem, each already escaped (--agent-config of generate and validate).
  if (error instanceof AgentConfigError) return error.message;
  if (error instanceof ChartVersionError) {
    const flag = error.field === 'chartVersion' ? '--chart-version' : '--gitlab-version';
    return escapeControlCharacters(`${flag}: ${error.message}; ${error.hint}`);
  }
  // The message names the file (and line) or the flag and key; hints follow a semicolon, as in
  // a ValuesError. It may quote a mistyped argument, so it is kept to one line.
  const hint = error instanceof ValuesSourceError && error.hint ? `; ${error.hint}` : '';
  return escapeControlCharacters(`${error.message}${hint}`);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n', 1)[0] ?? '';
}
