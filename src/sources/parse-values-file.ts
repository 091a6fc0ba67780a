/**
 * Reads one `-f` values file the way Helm does (sigs.k8s.io/yaml over yaml.v2): YAML 1.1
 * scalars (`yes`, `0755`, `1_000`), dates kept as strings, non-string keys turned into
 * strings, the top level a map. One deliberate difference: a duplicate key is an error
 * naming the key and its line, where Helm silently keeps the last one.
 * Scalar resolution follows yaml.v2's resolve.go (`helm/yaml-v2-schema.ts`).
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
import { YAMLException, loadAll, type State } from 'js-yaml';
import { ValuesFileError, type SourceLocation } from '../errors.js';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';
import type { ValuesTree } from '../types.js';
import { isMap } from '../util/is-map.js';
import { MAX_NESTING_DEPTH, MAX_VALUES_FILE_BYTES, MAX_VALUE_NODES } from './values-limits.js';

/**
 * `helm get values RELEASE` prints a header line before the YAML (and `null` when nothing was
 * set), so its output can be piped in as it is. The header becomes a comment, keeping lines.
 */
const HELM_GET_VALUES_HEADER = /^(?:USER-SUPPLIED|COMPUTED) VALUES:[ \t]*(?=\r?\n|$)/;
/** Another upper-case header line, as other helm commands print: not a values key anyone writes. */
const OTHER_HEADER = /^[A-Z][A-Z-]*(?: [A-Z][A-Z-]*)+:[ \t]*(?=\r?\n|$)/;

/** Thrown by the listener to stop js-yaml after the first document, which is all Helm reads. */
const FIRST_DOCUMENT_DONE = Symbol('first document done');

/**
 * Parses one values file's text into a fresh tree (no shared subtrees, even where the file
 * used aliases). `source` is the name shown in errors: the path the user typed, or `-`.
 */
export function parseValuesYaml(text: string, source: string): ValuesTree {
  const content = HELM_GET_VALUES_HEADER.test(text) ? `#${text.slice(1)}` : text;
  if (OTHER_HEADER.test(content)) {
    throw new ValuesFileError({
      problem: 'syntax',
      reason: `the first line, "${OTHER_HEADER.exec(content)?.[0].trim()}", is the header of a helm command's output, not values`,
      location: { source, line: 1, column: 1 },
      hint: 'print the values with helm get values RELEASE -o yaml, which has no header, or remove the line',
    });
  }
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_VALUES_FILE_BYTES) {
    throw new ValuesFileError({
      problem: 'too-large',
      reason: `the file is ${formatMebibytes(bytes)}, more than the ${formatMebibytes(MAX_VALUES_FILE_BYTES)} a values file may have`,
      location: { source },
      hint: 'check that this is the values file you meant',
    });
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
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a sentinel that the catch below swallows
      if (openPositions.length === 0 && firstDocument !== undefined) throw FIRST_DOCUMENT_DONE;
      nodes += 1;
      if (nodes > MAX_VALUE_NODES) {
        throw new ValuesFileError({
          problem: 'too-large',
          reason: `the values have more than ${MAX_VALUE_NODES} nodes`,
          location: locate(state.position),
          hint: 'a values file this large is not one the chart can use; check that this is the file you meant',
        });
      }
      if (openPositions.length >= MAX_NESTING_DEPTH) {
        throw new ValuesFileError({
          problem: 'too-deep',
          reason: `the values nest more than ${MAX_NESTING_DEPTH} levels deep`,
          location: locate(state.position),
          hint: 'no value of the chart nests this deep; check the indentation and the brackets',
        });
      }
      openPositions.push(state.position);
      return;
    }
    const start = openPositions.pop() ?? state.position;
    const result: unknown = state.result;
    if (typeof result === 'number' && !Number.isFinite(result)) {
      throw new ValuesFileError({
        problem: 'non-finite-number',
        reason: '.inf and .nan cannot be used in values',
        location: locate(skipBlank(content, start)),
        hint: 'Helm cannot convert them to JSON; quote the value to keep it as a string',
      });
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
    throw new ValuesFileError({
      problem: 'not-a-map',
      reason: `the top level must be a map of values, not ${Array.isArray(first) ? 'a list' : 'a scalar'}`,
      location: locate(skipBlank(content, 0)),
      hint: 'write the values as key: value lines',
    });
  }
  const budget = { nodes: 0 };
  return cloneTree(first, budget, source) as ValuesTree;
}

function formatMebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** js-yaml's message repeats the offending line, which may hold a token: only the reason is kept. */
function describeYamlError(error: YAMLException, source: string, scalarsByStart: ReadonlyMap<number, unknown>): ValuesFileError {
  const mark = error.mark as YAMLException['mark'] | undefined;
  const location: SourceLocation = mark === undefined ? { source } : { source, line: mark.line + 1, column: mark.column + 1 };
  const where = location.line === undefined ? '' : ` (line ${location.line}, column ${location.column})`;
  if (error.reason === 'duplicated mapping key') {
    const raw = mark === undefined ? undefined : scalarsByStart.get(mark.position);
    const key = raw === undefined ? undefined : String(raw);
    const named = key === undefined ? 'duplicate key' : `duplicate key ${JSON.stringify(key)}`;
    return new ValuesFileError({
      problem: 'duplicate-key',
      reason: `${named}${where}`,
      location,
      hint: 'remove one of the two entries; Helm would silently keep the last one',
      key,
    });
  }
  return new ValuesFileError({ problem: 'syntax', reason: `invalid YAML: ${error.reason}${where}`, location });
}

function cloneTree(value: unknown, budget: { nodes: number }, source: string): unknown {
  budget.nodes += 1;
  if (budget.nodes > MAX_VALUE_NODES) {
    throw new ValuesFileError({
      problem: 'too-large',
      reason: `the values expand to more than ${MAX_VALUE_NODES} nodes through aliases`,
      location: { source },
      hint: 'check for aliases that repeat large blocks',
    });
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
