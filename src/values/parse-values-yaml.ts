/**
 * Reads one `-f` values file the way Helm does (sigs.k8s.io/yaml over yaml.v2): YAML 1.1
 * scalars (`yes`, `0755`, `1_000`), dates kept as strings, non-string keys turned into
 * strings, the top level a map. One deliberate difference: a duplicate key is an error
 * naming the key and its line, where Helm silently keeps the last one.
 *
 * Scalar resolution follows yaml.v2's resolve.go; the schema is js-yaml's, built from its
 * Type/Schema API, and the renderer reuses it (and `resolvesAsNonString`) to decide quoting.
 *
 * Known edge differences, all in input nobody writes in a values file: float keys are
 * stringified the JS way (`1e7` gives "10000000", Go gives "1e+07"); a null key becomes
 * "null" where Helm fails; `<<` written after an explicit key does not override it (yaml.v2
 * lets it); `!!binary`/`!!set`/`!!omap` tags are refused.
 *
 * A values file may come from anywhere (CI feeds whatever is in the repository), so hostile
 * input is refused early and cheaply: a file over MAX_VALUES_FILE_BYTES before parsing, nesting
 * deeper than MAX_NESTING_DEPTH and more than MAX_VALUE_NODES nodes while parsing, aliases that
 * expand past MAX_VALUE_NODES while copying. Parsing stops at the end of the first document.
 */
import * as jsYaml from 'js-yaml';
import { FAILSAFE_SCHEMA, Type, YAMLException, loadAll, type Schema, type State } from 'js-yaml';
import { ValuesSourceError, type SourceLocation } from '../errors.js';
import type { ValuesTree } from '../types.js';
import { formatGoValue } from './format-go-value.js';
import { isMap } from './format-values-path.js';

export type ValuesFileProblem =
  /** Not well-formed YAML (js-yaml's reason is in the message). */
  | 'syntax'
  /** The same key twice in one map. */
  | 'duplicate-key'
  /** The top level is a list or a scalar. */
  | 'not-a-map'
  /** `.inf` or `.nan`, which Helm cannot convert to JSON and refuses. */
  | 'non-finite-number'
  /** A file, or aliases that expand, past the size limits. */
  | 'too-large'
  /** Maps and lists nested deeper than any values file needs. */
  | 'too-deep';

export class ValuesFileError extends ValuesSourceError {
  readonly problem: ValuesFileProblem;
  /** The duplicated key, for `duplicate-key`. */
  readonly key: string | undefined;

  constructor(problem: ValuesFileProblem, message: string, location: SourceLocation, hint?: string, key?: string) {
    super(message, location, hint);
    this.problem = problem;
    this.key = key;
  }
}

// --- yaml.v2 scalar rules (resolve.go) -------------------------------------------------

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
const V2_IMPLICIT_TYPES = [
  nullType,
  boolType,
  intType,
  floatType,
  timestampAsStringType,
  base60AsStringType,
  mergeType,
];

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
  return (
    V2_IMPLICIT_TYPES.some((type) => type.resolve(plain)) || JS_YAML_IMPLICIT_TYPES.some((type) => type.resolve(plain))
  );
}

/** yaml.v2's float output: Go's strconv 'g' shortest form (`0.5`, `1e+06`), `.inf`, `.nan`. */
function formatV2Float(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  return formatGoValue(value);
}

// --- reading a file -------------------------------------------------------------------

/**
 * The limits for one values file. The chart's values are a few hundred nodes and a few KB, with
 * certificates; an umbrella file for many charts is still far below these. Each limit keeps a
 * hostile file within a fraction of a second and tens of MB.
 */
export const MAX_VALUES_FILE_BYTES = 4 * 1024 * 1024;
/** Parsed nodes (maps, lists, scalars, keys), and nodes after alias expansion. */
export const MAX_VALUE_NODES = 100_000;
/** Kubernetes objects in values (affinity, volumes) nest about ten levels deep. */
export const MAX_NESTING_DEPTH = 64;

/** Thrown by the listener to stop js-yaml after the first document, which is all Helm reads. */
const FIRST_DOCUMENT_DONE = Symbol('first document done');

/**
 * Parses one values file's text into a fresh tree (no shared subtrees, even where the file
 * used aliases). `source` is the name shown in errors: the path the user typed, or `-`.
 */
export function parseValuesYaml(content: string, source: string): ValuesTree {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_VALUES_FILE_BYTES) {
    throw new ValuesFileError(
      'too-large',
      `${source}: the file is ${formatMebibytes(bytes)}, more than the ${formatMebibytes(MAX_VALUES_FILE_BYTES)} a values file may have`,
      { source },
      'check that this is the values file you meant',
    );
  }
  const locate = createLocator(content, source);
  // Key positions, so a duplicate-key error can name the key (js-yaml gives only a position).
  const scalarsByStart = new Map<number, unknown>();
  const openPositions: number[] = [];
  let nodes = 0;
  let firstDocument: { readonly root: unknown } | undefined;
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      // A second root node: the first document is complete, and yaml.v2 reads no further.
      if (openPositions.length === 0 && firstDocument !== undefined) throw FIRST_DOCUMENT_DONE;
      nodes += 1;
      if (nodes > MAX_VALUE_NODES) {
        throw new ValuesFileError(
          'too-large',
          `${source}: the values have more than ${MAX_VALUE_NODES} nodes`,
          locate(state.position),
          'a values file this large is not one the chart can use; check that this is the file you meant',
        );
      }
      if (openPositions.length >= MAX_NESTING_DEPTH) {
        throw new ValuesFileError(
          'too-deep',
          `${source}: the values nest more than ${MAX_NESTING_DEPTH} levels deep`,
          locate(state.position),
          'no value of the chart nests this deep; check the indentation and the brackets',
        );
      }
      openPositions.push(state.position);
      return;
    }
    const start = openPositions.pop() ?? state.position;
    const result: unknown = state.result;
    if (typeof result === 'number' && !Number.isFinite(result)) {
      throw new ValuesFileError(
        'non-finite-number',
        `${source}: .inf and .nan cannot be used in values`,
        locate(skipBlank(content, start)),
        'Helm cannot convert them to JSON; quote the value to keep it as a string',
      );
    }
    if (result === null || typeof result !== 'object') scalarsByStart.set(start, result);
    if (openPositions.length === 0) firstDocument = { root: result };
  };

  try {
    loadAll(content, null, { schema: HELM_VALUES_SCHEMA, filename: source, listener });
  } catch (error) {
    if (error instanceof YAMLException) throw describeYamlError(error, source, scalarsByStart);
    if (error !== FIRST_DOCUMENT_DONE) throw error;
  }

  // Like yaml.v2's Unmarshal, only the first document counts.
  const first = firstDocument?.root;
  if (first === undefined || first === null) return {};
  if (!isMap(first)) {
    throw new ValuesFileError(
      'not-a-map',
      `${source}: the top level must be a map of values, not ${Array.isArray(first) ? 'a list' : 'a scalar'}`,
      locate(skipBlank(content, 0)),
      'write the values as key: value lines',
    );
  }
  const budget = { nodes: 0 };
  return cloneTree(first, budget, source) as ValuesTree;
}

function formatMebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** js-yaml's message repeats the offending line, which may hold a token: only the reason is kept. */
function describeYamlError(
  error: YAMLException,
  source: string,
  scalarsByStart: ReadonlyMap<number, unknown>,
): ValuesFileError {
  const mark = error.mark as YAMLException['mark'] | undefined;
  const location: SourceLocation =
    mark === undefined ? { source } : { source, line: mark.line + 1, column: mark.column + 1 };
  const where = location.line === undefined ? '' : ` (line ${location.line}, column ${location.column})`;
  if (error.reason === 'duplicated mapping key') {
    const raw = mark === undefined ? undefined : scalarsByStart.get(mark.position);
    const key = raw === undefined ? undefined : String(raw);
    const named = key === undefined ? 'duplicate key' : `duplicate key ${JSON.stringify(key)}`;
    return new ValuesFileError(
      'duplicate-key',
      `${source}: ${named}${where}`,
      location,
      'remove one of the two entries; Helm would silently keep the last one',
      key,
    );
  }
  return new ValuesFileError('syntax', `${source}: invalid YAML: ${error.reason}${where}`, location);
}

function cloneTree(value: unknown, budget: { nodes: number }, source: string): unknown {
  budget.nodes += 1;
  if (budget.nodes > MAX_VALUE_NODES) {
    const message = `${source}: the values expand to more than ${MAX_VALUE_NODES} nodes through aliases`;
    throw new ValuesFileError('too-large', message, { source }, 'check for aliases that repeat large blocks');
  }
  if (Array.isArray(value)) return value.map((item) => cloneTree(item, budget, source));
  if (isMap(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, {
        value: cloneTree(value[key], budget, source),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return value;
}

/** The first position at or after `start` that is not blank, a comment or a document marker. */
function skipBlank(content: string, start: number): number {
  const pattern = /(?:[ \t\r\n]+|#[^\n]*|^---[ \t]*$|^%[^\n]*)/my;
  let position = start;
  for (;;) {
    pattern.lastIndex = position;
    const match = pattern.exec(content);
    if (!match || match[0].length === 0) return position;
    position += match[0].length;
  }
}

function createLocator(content: string, source: string): (position: number) => SourceLocation {
  const lineStarts = [0];
  for (let i = 0; i < content.length; i++) if (content[i] === '\n') lineStarts.push(i + 1);
  return (position) => {
    // Binary search for the last line start at or before `position`.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= position) low = middle;
      else high = middle - 1;
    }
    return { source, line: low + 1, column: position - (lineStarts[low] as number) + 1 };
  };
}
