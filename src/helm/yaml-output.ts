/**
 * The only way a value reaches a template's output. Every string is written so that both
 * YAML 1.2 readers (js-yaml) and the YAML 1.1 reader inside kubectl (yaml.v2 rules) read it
 * back as exactly the same string: plain where that is unambiguous, double-quoted otherwise.
 */
import yaml from 'js-yaml';
import { isNullOrBooleanWord, isOutsideResolverAlphabet, resolvesAsNonString } from './yaml-v2-schema.js';
import { RENDER_CACHES } from '../util/render-caches.js';

/** Printable ASCII without YAML indicators at the start; anything else goes through quoting. */
const PLAIN_START = /^[A-Za-z0-9_./$(=+]/;
const PLAIN_BODY = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** Whether a string may be written as a plain scalar (exported for its test). */
export function canBePlain(text: string): boolean {
  if (!PLAIN_BODY.test(text)) return false;
  const first = text[0] ?? '';
  const startsSafely = PLAIN_START.test(first) || ((first === '-' || first === '?' || first === ':') && text.length > 1 && text[1] !== ' ');
  if (!startsSafely) return false;
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
  return !resolvesAsNonString(text);
}

/**
 * canBePlain's answer without the resolvers, for the strings where one pass over the characters
 * settles it: printable ASCII without spaces, a safe first character, no `:` at the end, and either
 * a letter first (then only the null and boolean words resolve) or a character outside every
 * resolver's alphabet (`/`, `=`, `g`, ...). False means "ask canBePlain", not "quoted". Covers
 * every isPlainName. Exported for its test.
 */
export function isPlainWithoutResolving(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  const first = text.charCodeAt(0);
  const letterFirst = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  // `-`, `?` and `:` start a plain scalar when a non-space follows (the loop refuses spaces).
  if (!letterFirst && !PLAIN_START_CODES[first] && !(length > 1 && (first === 0x2d || first === 0x3f || first === 0x3a))) return false;
  let outsideResolvers = false;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x21 || code > 0x7e) return false;
    if (!outsideResolvers && isOutsideResolverAlphabet(code)) outsideResolvers = true;
  }
  if (text.charCodeAt(length - 1) === 0x3a) return false;
  return outsideResolvers || (letterFirst && !isNullOrBooleanWord(text));
}

/** The first characters PLAIN_START accepts, as a table. */
const PLAIN_START_CODES = (() => {
  const table = new Uint8Array(128);
  for (let code = 0x21; code <= 0x7e; code++) table[code] = PLAIN_START.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();

/**
 * JSON's escapes are valid in a YAML double-quoted scalar; YAML additionally refuses some
 * characters raw (DEL, C1 controls, line and paragraph separators, BOM, non-characters).
 */
const YAML_UNPRINTABLE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

export function quoteString(text: string): string {
  return JSON.stringify(text).replace(YAML_UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  return String(value);
}

/**
 * Deciding plain or quoted runs every YAML 1.1 and 1.2 resolver; a fleet repeats most strings.
 * A fleet's own strings (names joined with `:`, NO_PROXY lists, base64 keys) are each seen once:
 * the strings one pass over the characters settles skip the cache, whose look-up, insertion and
 * clearing cost more than that pass.
 */
const formattedStrings = RENDER_CACHES.createBoundedCache<string>('formatted strings', 8192);

function formatString(text: string): string {
  if (isPlainWithoutResolving(text)) return text;
  return formattedStrings.get(text) ?? formattedStrings.set(text, canBePlain(text) ? text : quoteString(text));
}

/**
 * Whether `formatScalar` writes the string as it is (a plain scalar): then no YAML 1.1 or 1.2
 * resolver takes it for anything but that string, so it reads back as itself.
 */
export function writesPlain(text: string): boolean {
  return formatString(text) === text;
}

/** One scalar (or a small flow collection) for use after `key: ` or `- ` on a template line. */
export function formatScalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return formatString(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return dumpYaml(value, { flow: true });
}

/**
 * Key order of Helm's `toYaml` (yaml.v2's sorter): letters compare by code point, a non-letter
 * sorts before a letter, and runs of digits compare by their numeric value.
 */
export function compareHelmKeys(a: string, b: string): number {
  // Label and annotation keys are ASCII: their characters are their code units, and a letter is
  // A-Z or a-z, so the Unicode work (Array.from, \p{L}, BigInt digit runs) is only for the rest.
  return ASCII.test(a) && ASCII.test(b) ? compareAsciiHelmKeys(a, b) : compareUnicodeHelmKeys(a, b);
}

/** compareHelmKeys for ASCII keys, on code units (exported for its test). */
export function compareAsciiHelmKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const ac = a.charCodeAt(i);
    const bc = b.charCodeAt(i);
    if (ac === bc) continue;
    const aLetter = isAsciiLetterCode(ac);
    const bLetter = isAsciiLetterCode(bc);
    if (aLetter && bLetter) return ac < bc ? -1 : 1;
    if (aLetter || bLetter) return bLetter ? -1 : 1;
    const order = compareAsciiDigitRuns(a, b, i);
    return order !== 0 ? order : ac < bc ? -1 : 1;
  }
  return a.length - b.length;
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The digit runs of `a` and `b` from `start` (either may be empty), by numeric value and then by
 * where they end, as digitRun's values and ends compare; 0 when both are the same.
 */
function compareAsciiDigitRuns(a: string, b: string, start: number): number {
  let aEnd = start;
  while (aEnd < a.length && isDigitCode(a.charCodeAt(aEnd))) aEnd++;
  let bEnd = start;
  while (bEnd < b.length && isDigitCode(b.charCodeAt(bEnd))) bEnd++;
  // Without leading zeros, the longer run is the greater number; runs of one length compare as text.
  let aFirst = start;
  while (aFirst < aEnd && a.charCodeAt(aFirst) === 0x30) aFirst++;
  let bFirst = start;
  while (bFirst < bEnd && b.charCodeAt(bFirst) === 0x30) bFirst++;
  if (aEnd - aFirst !== bEnd - bFirst) return aEnd - aFirst < bEnd - bFirst ? -1 : 1;
  for (let i = 0; i < aEnd - aFirst; i++) {
    const ad = a.charCodeAt(aFirst + i);
    const bd = b.charCodeAt(bFirst + i);
    if (ad !== bd) return ad < bd ? -1 : 1;
  }
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return 0;
}

/** compareHelmKeys by code point, for keys with characters beyond ASCII (exported for its test). */
export function compareUnicodeHelmKeys(a: string, b: string): number {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const ac = ar[i] as string;
    const bc = br[i] as string;
    if (ac === bc) continue;
    const aLetter = /\p{L}/u.test(ac);
    const bLetter = /\p{L}/u.test(bc);
    if (aLetter && bLetter) return ac < bc ? -1 : 1;
    if (aLetter || bLetter) return bLetter ? -1 : 1;
    const aDigits = digitRun(ar, i);
    const bDigits = digitRun(br, i);
    if (aDigits.value !== bDigits.value) return aDigits.value < bDigits.value ? -1 : 1;
    if (aDigits.end !== bDigits.end) return aDigits.end < bDigits.end ? -1 : 1;
    return ac < bc ? -1 : 1;
  }
  return ar.length - br.length;
}

const ASCII = /^[\x00-\x7f]*$/;

function digitRun(chars: ArrayLike<string>, start: number): { value: bigint; end: number } {
  let end = start;
  let value = 0n;
  while (end < chars.length && /[0-9]/.test(chars[end] as string)) {
    value = value * 10n + BigInt(chars[end] as string);
    end++;
  }
  return { value, end };
}

/** Marks strings that some YAML reader would take for another type, so js-yaml quotes them. */
const AMBIGUOUS_SCALAR = new yaml.Type('tag:gitlab-agent-manifests,2025:ambiguous', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && resolvesAsNonString(data),
});
const DUMP_SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [AMBIGUOUS_SCALAR] });

interface DumpYamlOptions {
  /** Keep the keys in insertion order instead of Helm's sorted order. */
  readonly keepOrder?: boolean;
  /** One line of flow style instead of block style. */
  readonly flow?: boolean;
}

/** Helm's `toYaml`: block style, lists not indented under their key, sorted keys, no trailing newline. */
export function dumpYaml(value: unknown, options: DumpYamlOptions = {}): string {
  if (!options.flow) {
    const flat = Array.isArray(value) ? dumpFlatList(value, options.keepOrder === true) : dumpFlatMap(value, options.keepOrder === true);
    if (flat !== undefined) return flat;
  }
  return dumpKeepingTrailingWhitespace(value, options);
}

/** A multi-line string that, without its one final line break, is empty or ends in whitespace. */
function endsInWhitespace(text: string): boolean {
  if (!text.includes('\n')) return false;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body === '' || /\s$/.test(body);
}

function containsStringEndingInWhitespace(value: unknown): boolean {
  if (typeof value === 'string') return endsInWhitespace(value);
  if (Array.isArray(value)) return value.some(containsStringEndingInWhitespace);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsStringEndingInWhitespace);
  return false;
}

/**
 * js-yaml writes a string that ends in blank lines or spaces as a literal block whose last lines
 * are blank; at the end of a document they cannot be told apart from the template's trailing
 * whitespace and are lost. Such strings are written double-quoted instead: js-yaml lays out the
 * block around a placeholder, which is then replaced by the quoted string.
 */
function dumpKeepingTrailingWhitespace(value: unknown, options: DumpYamlOptions): string {
  if (!containsStringEndingInWhitespace(value)) return yaml.dump(value, dumpOptions(options)).replace(/\n$/, '');
  const originals: string[] = [];
  let marker = 'gitlab-agent-manifests-quoted-';
  const serialized = JSON.stringify(value) ?? '';
  while (serialized.includes(marker)) marker += 'x';
  const substitute = (item: unknown): unknown => {
    if (typeof item === 'string') return endsInWhitespace(item) ? `${marker}${originals.push(item) - 1}` : item;
    if (Array.isArray(item)) return item.map(substitute);
    if (typeof item === 'object' && item !== null) {
      return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, substitute(entry)]));
    }
    return item;
  };
  const text = yaml.dump(substitute(value), dumpOptions(options)).replace(/\n$/, '');
  return text.replace(new RegExp(`${marker}(\\d+)`, 'g'), (_, index: string) => quoteString(originals[Number(index)] ?? ''));
}

function dumpOptions(options: DumpYamlOptions): yaml.DumpOptions {
  return {
    schema: DUMP_SCHEMA,
    sortKeys: options.keepOrder ? false : compareHelmKeys,
    lineWidth: -1,
    noRefs: true,
    noArrayIndent: true,
    quotingType: '"',
    flowLevel: options.flow ? 0 : -1,
  };
}

/**
 * Labels and annotations are maps of one-line strings, written on every render; the chart's
 * empty defaults (`resources`, `nodeSelector`, ...) are written as `{}`, and `extraEnv` is a list
 * of such maps. js-yaml writes a map of one-line strings as `key: value` lines, each string the
 * way it writes that string alone (a string without a line break is written the same as a key,
 * as a value, as a list item and at the top level), and a list of them as `- ` items whose
 * further lines are indented by two spaces; so each string's js-yaml text is kept and the lines
 * are joined here. Anything else goes to js-yaml (test/yaml-output-fast-paths.test.ts compares).
 */
function dumpFlatMap(value: unknown, keepOrder: boolean, lineBreak = '\n'): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const map = value as Record<string, unknown>;
  const keys = Object.keys(map);
  if (keys.length === 0) return '{}';
  let text = '';
  for (const key of keepOrder ? keys : keys.sort(compareHelmKeys)) {
    const item = map[key];
    if (typeof item !== 'string' || item.includes('\n') || key.includes('\n')) return undefined;
    const keyText = dumpOneLineString(key);
    // js-yaml writes a key longer than 1024 characters as an explicit `? key` pair.
    if (keyText.length > 1024) return undefined;
    text += `${text === '' ? '' : lineBreak}${keyText}: ${dumpOneLineString(item)}`;
  }
  return text;
}

/** A list of one-line strings and of maps of them (see dumpFlatMap), as js-yaml writes it. */
function dumpFlatList(list: readonly unknown[], keepOrder: boolean): string | undefined {
  if (list.length === 0) return '[]';
  let text = '';
  for (const item of list) {
    const itemText =
      typeof item === 'string' ? (item.includes('\n') ? undefined : dumpOneLineString(item)) : dumpFlatMap(item, keepOrder, '\n  ');
    if (itemText === undefined) return undefined;
    text += `${text === '' ? '' : '\n'}- ${itemText}`;
  }
  return text;
}

/**
 * First characters that isPlainWithoutResolving accepts and js-yaml's dumper never writes plain
 * (its isPlainSafeFirst: `-`, `?`, `:`, `=`); every other printable ASCII character but a space is
 * plain-safe inside a block scalar, and js-yaml quotes what DUMP_SCHEMA's resolvers claim.
 */
const JS_YAML_NOT_PLAIN_FIRST = new Set([0x2d, 0x3f, 0x3a, 0x3d]);

const dumpedStrings = RENDER_CACHES.createBoundedCache<string>('dumped strings', 8192);
/** Names and paths: no indicator, space, colon or quote, so js-yaml's only question is the type. */
const NAME_LIKE = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/;

/** js-yaml's text for a string without a line break (exported for its test). */
export function dumpOneLineString(text: string): string {
  // A name is written plain by every writer (see isPlainName), and so is what formatString
  // writes plain without resolving, unless js-yaml refuses its first character: no cache
  // look-up, which for the distinct strings of a fleet (proxies, NO_PROXY lists) costs more.
  if (isPlainWithoutResolving(text) && !JS_YAML_NOT_PLAIN_FIRST.has(text.charCodeAt(0))) return text;
  const cached = dumpedStrings.get(text);
  if (cached !== undefined) return cached;
  // For a name-like string js-yaml writes it plain unless one of DUMP_SCHEMA's resolvers (js-yaml's
  // and the YAML 1.1 ones, i.e. resolvesAsNonString) claims it; then double-quoted, with nothing
  // to escape. writesPlain asks exactly that question, cached.
  if (NAME_LIKE.test(text)) return dumpedStrings.set(text, writesPlain(text) ? text : `"${text}"`);
  return dumpedStrings.set(text, yaml.dump(text, dumpOptions({})).replace(/\n$/, ''));
}
