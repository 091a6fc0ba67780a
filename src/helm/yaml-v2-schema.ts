/**
 * yaml.v2's scalar rules (resolve.go) as a js-yaml Schema: how Helm reads a plain scalar in a
 * values file (`yes`, `0755`, `1_000`, dates kept as strings) and so which strings its encoder
 * must quote. The values-file reader, the renderer's quoting and the parse-back all use it.
 */
import * as jsYaml from 'js-yaml';
import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';
import { formatGoValue } from './format-go-value.js';

const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE_WORDS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE_WORDS = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const FLOAT_WORDS = new Map<string, number>([
  ...['.nan', '.NaN', '.NAN'].map((word): [string, number] => [word, Number.NaN]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((word): [string, number] => [word, Infinity]),
  ...['-.inf', '-.Inf', '-.INF'].map((word): [string, number] => [word, -Infinity]),
]);
/** yaml.v2's yamlStyleFloat, applied after removing `_`: so `1e3` and `08` are floats. */
const V2_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go's strconv.ParseFloat on a scalar starting with `.`, underscores allowed between digits. */
const V2_DOT_FLOAT = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;
/** yaml.v2's encoder quotes these "for compatibility", though its decoder reads a string. */
const V2_BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * yaml.v2's integer rule: drop `_`, then Go's strconv.ParseInt(s, 0, 64), then ParseUint:
 * `0755` is octal, `0x1F`, `0o17`, `0b101` have prefixes, a sign is allowed, int64 or uint64.
 */
function resolveV2Int(text: string): number | undefined {
  if (!/^[-+0-9]/.test(text)) return undefined;
  const plain = text.replaceAll('_', '');
  const sign = plain[0] === '-' || plain[0] === '+' ? plain[0] : '';
  const body = plain.slice(sign.length);
  let digits: string;
  let prefix: string;
  if (body.length >= 3 && body[0] === '0' && /[bBoOxX]/.test(body[1] as string)) {
    prefix = `0${(body[1] as string).toLowerCase()}`;
    digits = body.slice(2);
  } else if (body[0] === '0') {
    prefix = '0o';
    digits = body.slice(1);
  } else {
    prefix = '';
    digits = body;
  }
  const valid = { '': /^[0-9]+$/, '0b': /^[01]+$/, '0o': /^[0-7]*$/, '0x': /^[0-9a-fA-F]+$/ }[prefix];
  if (body === '' || valid === undefined || !valid.test(digits)) return undefined;
  const magnitude = BigInt(`${prefix}${digits === '' ? '0' : digits}`);
  const value = sign === '-' ? -magnitude : magnitude;
  // Signed text must fit int64 (ParseUint takes no sign); unsigned may use all of uint64.
  const fits = sign === '' ? value <= UINT64_MAX : value >= INT64_MIN && value <= INT64_MAX;
  return fits ? Number(value) : undefined;
}

/** yaml.v2's float rule; a value out of float64 range stays a string, as in Go. */
function resolveV2Float(text: string): number | undefined {
  const word = FLOAT_WORDS.get(text);
  if (word !== undefined) return word;
  let candidate: string | undefined;
  if (text[0] === '.') {
    if (V2_DOT_FLOAT.test(text)) candidate = text.replaceAll('_', '');
  } else if (/^[-+0-9]/.test(text)) {
    const plain = text.replaceAll('_', '');
    if (V2_FLOAT.test(plain)) candidate = plain;
  }
  if (candidate === undefined) return undefined;
  const value = Number(candidate);
  return Number.isFinite(value) ? value : undefined;
}

/** Month lengths for yaml.v2's timestamp check, which goes through Go's time.Parse. */
function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] as number);
}

const TIMESTAMP =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:([Tt ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:[.,][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/;

/**
 * yaml.v2's four timestamp layouts (2006-1-2, with `T`/`t` and a zone, or a space and none).
 * Helm still reads such a scalar as the original string; this only matters for quoting.
 */
function isV2Timestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [, year, month, day, separator, hour, minute, second, zone] = match;
  if (!isValidDate(Number(year), Number(month), Number(day))) return false;
  if (separator === undefined) return true;
  // `T`/`t` layouts end with a zone; the space layout has none.
  if ((separator === ' ') !== (zone === undefined)) return false;
  if (zone !== undefined && zone !== 'Z' && (Number(zone.slice(1, 3)) > 24 || Number(zone.slice(4)) > 60)) return false;
  return Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
}

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || NULL_WORDS.has(data),
  construct: () => null,
  predicate: (object: unknown) => object === null,
  represent: { lowercase: () => 'null' },
  defaultStyle: 'lowercase',
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (TRUE_WORDS.has(data) || FALSE_WORDS.has(data)),
  construct: (data: string) => TRUE_WORDS.has(data),
  predicate: (object: unknown) => typeof object === 'boolean',
  represent: { lowercase: (object: unknown) => (object ? 'true' : 'false') },
  defaultStyle: 'lowercase',
});

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && resolveV2Int(data) !== undefined,
  construct: (data: string) => resolveV2Int(data),
  predicate: (object: unknown) => typeof object === 'number' && Number.isInteger(object) && !Object.is(object, -0),
  represent: { decimal: (object: unknown) => String(object) },
  defaultStyle: 'decimal',
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  // An explicit `!!float 0x10` is an int converted to float in yaml.v2, hence the int rule too.
  resolve: (data: string | null) => data !== null && (resolveV2Float(data) ?? resolveV2Int(data)) !== undefined,
  construct: (data: string) => resolveV2Float(data) ?? resolveV2Int(data),
  predicate: (object: unknown) => typeof object === 'number',
  represent: { lowercase: (object: unknown) => formatV2Float(object as number) },
  defaultStyle: 'lowercase',
});

/** Resolves like yaml.v2 (so the dumper quotes it) but constructs the original string. */
const timestampAsStringType = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && isV2Timestamp(data),
  construct: (data: string) => data,
});

/** Not a YAML type at all: yaml.v2 reads `12:30` as a string but always writes it quoted. */
const base60AsStringType = new Type('tag:gitlab-agent-manifests,2025:yaml.v2-base60-float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && V2_BASE60_FLOAT.test(data),
  construct: (data: string) => data,
});

const mergeType = new Type('tag:yaml.org,2002:merge', {
  kind: 'scalar',
  resolve: (data: string | null) => data === '<<',
});

/** Implicit types in yaml.v2's order of precedence for a plain scalar. */
const V2_IMPLICIT_TYPES = [nullType, boolType, intType, floatType, timestampAsStringType, base60AsStringType, mergeType];

/**
 * js-yaml's Schema implementing yaml.v2's plain-scalar resolution. Reading with it gives
 * Helm's values (dates and `12:30` stay strings); dumping with it quotes every string that
 * yaml.v2 would quote. `.inf`/`.nan` resolve to numbers here; `parseValuesYaml` refuses them.
 */
export const HELM_VALUES_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({ implicit: V2_IMPLICIT_TYPES });

/** js-yaml's DEFAULT_SCHEMA implicit types; `types` is a documented export the typings omit. */
const JS_YAML_IMPLICIT_TYPES: readonly Type[] = (() => {
  const types = (jsYaml as unknown as { types?: Record<string, Type | undefined> }).types;
  const list = ['null', 'bool', 'int', 'float', 'timestamp', 'merge'].map((name) => types?.[name]);
  if (list.some((type) => type === undefined)) throw new Error('js-yaml no longer exports its types');
  return list as Type[];
})();

/**
 * Whether the plain scalar `plain` would be read back as something other than this string:
 * by yaml.v2 (`yes`, `0755`, `1e3`, `~`, and the dates and `12:30` its encoder quotes) or by
 * js-yaml's default YAML 1.2 schema (`0o17`, `2024-01-01`, `<<`). Such a string must be quoted.
 */
export function resolvesAsNonString(plain: string): boolean {
  return V2_IMPLICIT_TYPES.some((type) => type.resolve(plain)) || JS_YAML_IMPLICIT_TYPES.some((type) => type.resolve(plain));
}

/** yaml.v2's float output: Go's strconv 'g' shortest form (`0.5`, `1e+06`), `.inf`, `.nan`. */
function formatV2Float(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  return formatGoValue(value);
}

/** The longest null or boolean word (`false`, `FALSE`): a longer name is none of them. */
const LONGEST_WORD = 5;

/**
 * Whether `text` is a name that every YAML 1.1 and 1.2 resolver reads as this very string when
 * written plain: a letter, then letters, digits and `_ . / -` (names, paths, image tags, most
 * label values), and not one of the null or boolean words (the only ones of those resolvers that
 * start with a letter). The exact, cheap answer for the common case of resolvesAsNonString and of
 * whether a string can be written plain.
 */
export function isPlainName(text: string): boolean {
  const length = text.length;
  if (length === 0 || !isAsciiLetter(text.charCodeAt(0))) return false;
  for (let index = 1; index < length; index++) {
    const code = text.charCodeAt(index);
    // 0-9, _, ., /, -
    if (!isAsciiLetter(code) && !(code >= 0x30 && code <= 0x39) && code !== 0x5f && code !== 0x2e && code !== 0x2f && code !== 0x2d) {
      return false;
    }
  }
  return length > LONGEST_WORD || (!NULL_WORDS.has(text) && !TRUE_WORDS.has(text) && !FALSE_WORDS.has(text));
}

/**
 * The characters found in some string that one of the resolvers above (yaml.v2's and js-yaml's
 * null, bool, int, float, timestamp, base60 and merge rules) claims: digits, the letters of their
 * words, prefixes, exponents, hex digits and timestamps, and `_ . , : + - < ~`, space and tab.
 * A string with any other character is read as a string by every one of them.
 */
const RESOLVER_ALPHABET = '0123456789abcdefilnorstuxyABCDEFILNORSTUXYZ_.,:+-<~ \t';
const OUTSIDE_RESOLVER_ALPHABET = (() => {
  const table = new Uint8Array(128).fill(1);
  for (const char of RESOLVER_ALPHABET) table[char.charCodeAt(0)] = 0;
  return table;
})();

/**
 * Whether the printable ASCII character `code` appears in no string any resolver claims (see
 * RESOLVER_ALPHABET): a plain scalar containing it is a string to every YAML 1.1 and 1.2 reader.
 */
export function isOutsideResolverAlphabet(code: number): boolean {
  return code < 128 && OUTSIDE_RESOLVER_ALPHABET[code] === 1;
}

/** Whether `text` is one of the null or boolean words (the only resolved strings that start with a letter). */
export function isNullOrBooleanWord(text: string): boolean {
  return text.length <= LONGEST_WORD && (NULL_WORDS.has(text) || TRUE_WORDS.has(text) || FALSE_WORDS.has(text));
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
