/**
 * The library's hints speak of values (quote it, give the PEM text), since a library caller has
 * no flags. On the command line the same fix depends on where the value came from: a values file
 * is fixed in YAML (quote it), `--set` with another flag (`--set-string`), `--set-json` in JSON.
 * So the CLI rephrases a problem's hint for its source: the problem's `fix` says which slip it
 * is, the origin where it was made. Without a known source, the library hint gets the flag that
 * fixes it on the command line appended. A warning's hint is the CLI's own for a few codes.
 */
import type { ValueFix, ValuesProblem } from '../../errors.js';
import type { Warning, WarningCode } from '../../types.js';
import { TOKEN_FILE_PATH } from '../../check/rules/check-missing-token.js';
import { TOKEN_ENV } from '../input/collect-value-sources.js';
import type { OriginFinder, ValueOrigin } from '../input/find-value-origin.js';
import { orderByLocation } from './order-report-entries.js';

/**
 * Keys with a flag of their own here too (`--agent-token`, `--kas-address`, `--agent-version`):
 * they are the ones users type on the command line, so the advice spells out the whole argument.
 */
const COMMAND_LINE_KEYS: ReadonlySet<string> = new Set(['config.token', 'config.kasAddress', 'image.tag']);

/** Where a value came from, as far as the way to fix it goes. */
type HintSource =
  /** A values file (YAML). */
  | 'file'
  /** `--set` (and `--no-rbac`): typed values, so a string needs `--set-string`. */
  | 'set'
  | 'set-json'
  /** `--set-string`, `--set-file`, `--set-literal`, the legacy string flags, the environment: always a string. */
  | 'string'
  /** Not known (generate's errors): the library hint and the flag that fixes it. */
  | 'unknown';

function classifySource(origin: Pick<ValueOrigin, 'label' | 'origin'> | undefined): HintSource {
  if (origin === undefined) return 'unknown';
  if (origin.origin === 'file') return 'file';
  if (origin.label === '--set' || origin.label === '--no-rbac') return 'set';
  if (origin.label === '--set-json') return 'set-json';
  return 'string';
}

/** The library's own advice to quote (`quote it`, `quote the token`, `quote the value in YAML ("...")`), YAML-only. */
const QUOTE_ADVICE = /(^|: )quote (?:it|the|a)\b.*$/;

/** The hint with its quoting advice replaced by `advice`, or `advice` added when it has none. */
function replaceQuoteAdvice(hint: string, advice: string): string {
  return QUOTE_ADVICE.test(hint) ? hint.replace(QUOTE_ADVICE, (_match, lead: string) => `${lead}${advice}`) : `${hint} (${advice})`;
}

function setStringAdvice(path: string): string {
  return COMMAND_LINE_KEYS.has(path) ? `pass it with --set-string ${path}=...` : 'pass it with --set-string instead of --set';
}

/**
 * No token at all: the CLI's whole hint, since the library's names a render option
 * (`allowMissingToken`) that is a flag here, and the token has flags of its own.
 */
const GIVE_TOKEN_HINT =
  `give the token in config.token (on the command line: --agent-token-file, ${TOKEN_ENV} or --set-file config.token=PATH), ` +
  'or name the Secret that holds it (under the key "token") with config.secretName: one created with kubectl, ' +
  'by External Secrets or Sealed Secrets, or by an extraManifests item; to render without a token on purpose, ' +
  `because a volume or patch of your own provides ${TOKEN_FILE_PATH}, add --allow-missing-token`;

/** The hint for `fix`, phrased for `source`; the library hint as it is where it already fits. */
function rephraseHint(fix: ValueFix, hint: string, path: string, source: HintSource, label: string): string {
  switch (fix) {
    case 'give-token':
      return GIVE_TOKEN_HINT;
    case 'quote-string':
      if (source === 'set') return replaceQuoteAdvice(hint, setStringAdvice(path));
      if (source === 'set-json') return replaceQuoteAdvice(hint, 'give it as a JSON string ("...")');
      if (source === 'unknown') return `${hint} or ${setStringAdvice(path).replace(' instead of --set', '')}`;
      return hint;
    case 'unquote-number':
    case 'unquote-boolean': {
      const kind = fix === 'unquote-number' ? 'a number' : 'true or false';
      if (source === 'set') return `give ${kind}`;
      if (source === 'set-json') return `give ${kind} without quotes in the JSON`;
      if (source === 'string') return `${label} always gives a string: give ${kind} with --set`;
      if (source === 'unknown')
        return fix === 'unquote-number' ? `${hint}, and use --set rather than --set-string` : `${hint} (--set, not --set-string)`;
      return hint;
    }
    case 'give-list':
      if (source === 'set-json') return 'give a JSON list ([...])';
      if (source === 'set' || source === 'string') return 'give a list: --set key={a,b} or key[0]=a';
      if (source === 'unknown') return `${hint}, or --set key={a,b} or key[0]=a`;
      return hint;
    case 'read-file':
      if (source === 'file') return `${hint} (in a values file, as a block scalar: key: |)`;
      if (label === '--set-file') return `${hint} (check the file --set-file reads)`;
      return `${hint} (for example with --set-file)`;
    case 'newer-chart':
      return `${hint} (--chart-version; the version command lists the releases)`;
    case 'list-keys':
      return `${hint} (gitlab-agent-manifests schema prints it; gitlab-agent-manifests values prints the values in effect)`;
  }
}

/**
 * The problem with its hint phrased for where the value came from (`origin`, when known), and its
 * `fix` consumed, so the advice is never added twice.
 */
export function addFlagHint(problem: ValuesProblem, origin?: Pick<ValueOrigin, 'label' | 'origin'>): ValuesProblem {
  if (problem.fix === undefined || problem.hint === undefined) return problem;
  const { fix, ...rest } = problem;
  return { ...rest, hint: rephraseHint(fix, problem.hint, problem.path, classifySource(origin), origin?.label ?? '') };
}

/**
 * Every problem with its hint phrased for its source, in the order of the values files' lines
 * (`validate`'s order), for the commands that print them as one error.
 */
export function addSourceHints(
  problems: readonly ValuesProblem[],
  findOrigin: OriginFinder,
  valuesFiles: readonly string[],
): ValuesProblem[] {
  const located = problems.map((problem) => {
    const origin = findOrigin(problem.segments);
    return { problem: addFlagHint(problem, origin), origin };
  });
  return orderByLocation(located, ({ origin }) => origin, valuesFiles).map(({ problem }) => problem);
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
