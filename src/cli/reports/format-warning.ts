import { ReleaseNameError } from '../../errors.js';
import type { Warning } from '../../types.js';
import type { CommandArgs } from '../args/parse-command-args.js';
import { addWarningFlagHint } from './add-flag-hints.js';

/** One stderr line per warning, as generate has always printed them, with the CLI's hint. */
export function formatWarning(warning: Warning): string {
  const { path, message, hint } = addWarningFlagHint(warning);
  // A warning about the options rather than a value (a GitLab version newer than known) has no path.
  return `Warning: ${path === '' ? '' : `${path}: `}${message}${hint === undefined ? '' : `; ${hint}`}\n`;
}

/**
 * A release name that came from `--name-prefix` is not what the user typed, so its error says
 * which flag gave it.
 */
export function renameReleaseError<T>(args: Pick<CommandArgs, 'releaseNameFlag'>, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw error instanceof ReleaseNameError ? nameReleaseFlag(args, error) : error;
  }
}

/** The release name error as `--name-prefix gives the release name …` when that flag gave the name. */
export function nameReleaseFlag(args: Pick<CommandArgs, 'releaseNameFlag'>, error: ReleaseNameError): ReleaseNameError {
  if (error.field !== 'releaseName' || args.releaseNameFlag !== '--name-prefix') return error;
  return new ReleaseNameError({ field: error.field, problem: error.problem, message: `--name-prefix gives the ${error.message}` });
}
