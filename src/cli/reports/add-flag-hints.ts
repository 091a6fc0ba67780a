/**
 * The library's hints speak of values (quote it, give the PEM text), since a library caller has
 * no flags. On the command line the same fix is often a flag, so the CLI adds its own advice when
 * it reports a library problem or warning: a problem's `fix` says which slip it is, a warning's
 * `code` which warning.
 */
import type { ValueFix, ValuesProblem } from '../../errors.js';
import type { Warning, WarningCode } from '../../types.js';
import { TOKEN_FILE_PATH } from '../../check/rules/check-missing-token.js';
import { TOKEN_ENV } from '../input/collect-value-sources.js';

/**
 * Keys with a flag of their own here too (`--agent-token`, `--kas-address`, `--agent-version`):
 * they are the ones users type on the command line, so the advice spells out the whole argument.
 */
const COMMAND_LINE_KEYS: ReadonlySet<string> = new Set(['config.token', 'config.kasAddress', 'image.tag']);

/**
 * Slips whose whole hint the CLI says its own way: the library's names a render option
 * (`allowMissingToken`), which is a flag here.
 */
const PROBLEM_HINTS: Readonly<Partial<Record<ValueFix, string>>> = {
  'give-token':
    `give the token in config.token (on the command line: --agent-token-file, ${TOKEN_ENV} or --set-file config.token=PATH), ` +
    'or name the Secret that holds it (under the key "token") with config.secretName: one created with kubectl, ' +
    'by External Secrets or Sealed Secrets, or by an extraManifests item; to render without a token on purpose, ' +
    `because a volume or patch of your own provides ${TOKEN_FILE_PATH}, add --allow-missing-token`,
};

/** What the CLI appends to the library's hint for each slip. */
function describeFlagFix(fix: ValueFix, path: string): string {
  switch (fix) {
    case 'give-token':
      return ''; // never appended: PROBLEM_HINTS replaces that hint as a whole
    case 'quote-string':
      return COMMAND_LINE_KEYS.has(path) ? ` or pass it with --set-string ${path}=...` : ' or pass it with --set-string';
    case 'unquote-number':
      return ', and use --set rather than --set-string';
    case 'unquote-boolean':
      return ' (--set, not --set-string)';
    case 'give-list':
      return ', or --set key={a,b} or key[0]=a';
    case 'read-file':
      return ' (for example with --set-file)';
    case 'newer-chart':
      return ' (--chart-version; the version command lists the releases)';
    case 'list-keys':
      return ' (gitlab-agent-manifests schema prints it; gitlab-agent-manifests values prints the values in effect)';
  }
}

/** The problem with the CLI's advice after the library's hint, when there is a flag that fixes it. */
export function addFlagHint(problem: ValuesProblem): ValuesProblem {
  if (problem.fix === undefined || problem.hint === undefined) return problem;
  const replaced = PROBLEM_HINTS[problem.fix];
  if (replaced !== undefined) return { ...problem, hint: replaced };
  return { ...problem, hint: `${problem.hint}${describeFlagFix(problem.fix, problem.path)}` };
}

/** Warnings whose hint the CLI says its own way, naming the flags that act on it. */
const WARNING_HINTS: Readonly<Partial<Record<WarningCode, string>>> = {
  'private-api-jwt-random':
    'pin it with --private-api-jwt-file FILE, FILE holding at least 32 random characters ' +
    '(for example from `openssl rand -base64 48 > private-api-jwt`), kept as secret as the token',
};

/** The warning with the CLI's hint instead of the library's, for the warnings the CLI has one for. */
export function addWarningFlagHint(warning: Warning): Warning {
  const hint = WARNING_HINTS[warning.code];
  return hint === undefined ? warning : { ...warning, hint };
}
