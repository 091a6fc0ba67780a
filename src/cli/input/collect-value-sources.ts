import { resolve } from 'node:path';
import { UsageError, ValuesFileError } from '../../errors.js';
import { quoteString } from '../../helm/yaml-output.js';
import type { FileReader, ValueSource } from '../../types.js';
import type { CliIo } from '../cli-io.js';
import type { LegacyFlags, ValueFlag } from '../args/parse-command-args.js';
import { probeSetExpression } from './probe-set-expression.js';
import { formatLimit, isInputTooLarge, looksLikeUtf16 } from './read-bounded.js';
import { MAX_VALUES_FILE_BYTES } from '../../sources/values-limits.js';

/** Where a value source came from, so reports can point at it. */
export type SourceOrigin = 'file' | 'flag' | 'environment';

export interface LabelledSource {
  readonly source: ValueSource;
  /** As the user wrote it: the `-f` path, the flag (`--set`, `--agent-token`), or the variable's name. */
  readonly label: string;
  readonly origin: SourceOrigin;
}

export interface CollectedValueSources {
  /** In the order `readValues` needs: the environment's token first, then argv order, then legacy flags. */
  readonly sources: readonly LabelledSource[];
  /** Reader for `--set-file` paths: relative to the working directory, `-` is standard input. */
  readonly readFile: FileReader;
}

export interface ValueFlagArgs {
  readonly valueFlags: readonly ValueFlag[];
  readonly legacy?: LegacyFlags;
}

/** The token's environment variable: the lowest-precedence source of `config.token`. */
export const TOKEN_ENV = 'GITLAB_AGENT_TOKEN';

/** Helm reads `-` as standard input for both `-f` and `--set-file`. */
const STDIN_PATH = '-';
/** A `--set-file` pair whose path is `-`; matched loosely, the reader still checks the real path. */
const SET_FILE_STDIN = /=\s*-\s*(?:,|$)/;

/** A legacy flag: the key it sets and how, as a `--set*` expression of the highest kinds. */
interface LegacyValue {
  readonly flag: string;
  readonly key: readonly string[];
  readonly source: ValueSource;
}

/**
 * Turns the value flags into labelled `ValueSource`s, reading `-f` files and the token file now.
 * Precedence is not applied here: `readValues` does that, so `-f` and `--set*` keep the order
 * the user typed. The extra inputs of this CLI become sources of the same machinery:
 * - legacy flags are `--set-literal` (strings) or `--set` (`--no-rbac`) sources, so they beat
 *   `-f` files; a `--set*` flag for the same key is a usage error, so their order never matters;
 * - `GITLAB_AGENT_TOKEN` is a values file placed before every `-f`, so any flag or file wins.
 */
export async function collectValueSources(args: ValueFlagArgs, io: CliIo): Promise<CollectedValueSources> {
  const { valueFlags } = args;
  const legacy = args.legacy ?? {};
  const tokenFromStdin = legacy.agentTokenFile?.trim() === STDIN_PATH;
  if (tokenFromStdin && needsStdin(valueFlags)) {
    throw new UsageError({
      message: 'standard input can be read only once: --agent-token-file - cannot be combined with -f - or --set-file KEY=-',
      flag: '--agent-token-file',
    });
  }
  const stdin = needsStdin(valueFlags) || tokenFromStdin ? await readStdin(io) : undefined;
  const readPath = (path: string, flag: string): string => {
    if (path.trim() === STDIN_PATH) {
      if (stdin === undefined) throw new UsageError({ message: `${flag}: standard input was not read`, flag });
      return stdin;
    }
    return readUserFile(io, path, flag);
  };

  const sources: LabelledSource[] = [];
  const environmentToken = io.env[TOKEN_ENV];
  if (environmentToken !== undefined && trimOneNewline(environmentToken) !== '') {
    sources.push({
      source: { kind: 'file', name: TOKEN_ENV, content: `config:\n  token: ${quoteString(trimOneNewline(environmentToken))}\n` },
      label: TOKEN_ENV,
      origin: 'environment',
    });
  }
  for (const flag of valueFlags) {
    if (flag.kind === 'values') {
      sources.push({
        source: { kind: 'file', name: flag.path, content: readPath(flag.path, '--values') },
        label: flag.path,
        origin: 'file',
      });
    } else {
      sources.push({ source: { kind: flag.kind, expression: flag.expression }, label: `--${flag.kind}`, origin: 'flag' });
    }
  }

  const token = legacy.agentTokenFile === undefined ? legacy.agentToken : readTokenFile(legacy.agentTokenFile, readPath);
  const legacyValues = convertLegacyFlags(legacy, token);
  checkLegacyConflicts(legacyValues, valueFlags);
  for (const value of legacyValues) sources.push({ source: value.source, label: value.flag, origin: 'flag' });

  return { sources, readFile: (path) => readPath(path, '--set-file') };
}

/** The old agentk `generate`'s default `--agent-version`, a tag that followed GitLab.com. */
export const AGENT_VERSION_STABLE = 'stable';

function convertLegacyFlags(legacy: LegacyFlags, token: string | undefined): LegacyValue[] {
  const values: LegacyValue[] = [];
  const literal = (flag: string, key: readonly string[], value: string): void => {
    values.push({ flag, key, source: { kind: 'set-literal', expression: `${key.join('.')}=${value}` } });
  };
  if (token !== undefined) {
    literal(legacy.agentTokenFile === undefined ? '--agent-token' : '--agent-token-file', ['config', 'token'], token);
  }
  if (legacy.kasAddress !== undefined) literal('--kas-address', ['config', 'kasAddress'], legacy.kasAddress);
  // `stable` was the old command's moving tag; here it means the chosen release's own agentk.
  if (legacy.agentVersion !== undefined && legacy.agentVersion !== AGENT_VERSION_STABLE) {
    literal('--agent-version', ['image', 'tag'], legacy.agentVersion);
  }
  if (legacy.noRbac === true) {
    values.push({ flag: '--no-rbac', key: ['rbac', 'create'], source: { kind: 'set', expression: 'rbac.create=false' } });
  }
  return values;
}

/** A legacy flag and a `--set*` flag for the same key (or a parent of it) cannot both win. */
function checkLegacyConflicts(legacyValues: readonly LegacyValue[], valueFlags: readonly ValueFlag[]): void {
  for (const value of legacyValues) {
    for (const flag of valueFlags) {
      if (flag.kind === 'values') continue;
      if (probeSetExpression({ kind: flag.kind, expression: flag.expression }, value.key).decides) {
        throw new UsageError({
          message: `${value.flag} and --${flag.kind} both set ${value.key.join('.')}; give it only once`,
          flag: value.flag,
        });
      }
    }
  }
}

/** A token file usually ends in a newline, which would break the agent; one is removed. */
function readTokenFile(path: string, readPath: (path: string, flag: string) => string): string {
  const token = trimOneNewline(readPath(path, '--agent-token-file'));
  if (token === '') throw new UsageError({ message: '--agent-token-file: the token is empty', flag: '--agent-token-file' });
  return token;
}

/** Removes one trailing `\n` or `\r\n`. */
export function trimOneNewline(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

function needsStdin(flags: readonly ValueFlag[]): boolean {
  return flags.some((flag) =>
    flag.kind === 'values' ? flag.path.trim() === STDIN_PATH : flag.kind === 'set-file' && SET_FILE_STDIN.test(flag.expression),
  );
}

/** Standard input holds a values file, a `--set-file` value or a token: the values-file limit covers all. */
async function readStdin(io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readStdin(MAX_VALUES_FILE_BYTES);
  } catch (error) {
    if (isInputTooLarge(error)) {
      throw new UsageError({
        message: `standard input ("-") holds more than ${formatLimit(error.limitBytes)}, more than any value source may have`,
      });
    }
    throw new UsageError({ message: 'cannot read standard input (given as "-")' });
  }
  return decodeText(bytes, 'standard input ("-")');
}

/** A token is one line of about 50 characters; a file far past that is not a token file. */
export const MAX_TOKEN_FILE_BYTES = 64 * 1024;

/** How much each flag reads of a file at most: a token is a line; values files and --set-file values share the values limit. */
const READ_LIMITS: Readonly<Record<string, number>> = { '--agent-token-file': MAX_TOKEN_FILE_BYTES };

function readUserFile(io: CliIo, path: string, flag: string): string {
  const limit = READ_LIMITS[flag] ?? MAX_VALUES_FILE_BYTES;
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(resolve(io.cwd, path), limit);
  } catch (error) {
    if (isInputTooLarge(error)) throw tooLarge(path, flag, error.limitBytes);
    throw new UsageError({ message: `${flag}: cannot read "${path}": ${describeFsError(error)}`, flag });
  }
  return decodeText(bytes, `${flag} "${path}"`, flag);
}

function tooLarge(path: string, flag: string, limitBytes: number): Error {
  const reason = `the file holds more than ${formatLimit(limitBytes)}, more than ${flag === '--values' ? 'a values file' : flag === '--agent-token-file' ? 'a token file' : 'a value'} may have (reading stopped there)`;
  if (flag === '--values') {
    return new ValuesFileError({
      problem: 'too-large',
      reason,
      location: { source: path },
      hint: 'check that this is the values file you meant',
    });
  }
  return new UsageError({ message: `${flag}: "${path}": ${reason}; check that this is the file you meant`, flag });
}

/** UTF-8 text; UTF-16 (what some Windows editors save) is refused with the fix, not read as garbage. */
function decodeText(bytes: Uint8Array, what: string, flag?: string): string {
  if (looksLikeUtf16(bytes)) {
    throw new UsageError({
      message: `${what} looks like UTF-16 text (a byte-order mark or NUL bytes); save it as UTF-8`,
      ...(flag ? { flag } : {}),
    });
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A short reason from a Node fs error; never its message, which repeats the full path. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return typeof code === 'string' ? code : 'unreadable';
  }
}
