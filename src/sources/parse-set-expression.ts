/**
 * Helm's strvals grammar (pkg/strvals at v3.19.5) for `--set`, `--set-string`, `--set-json`,
 * `--set-file` and `--set-literal`.
 *
 * The expression is applied to the tree the earlier sources built, mutating it, exactly like
 * Helm's `ParseInto`: `x[i]` patches a list that an earlier `-f` file or flag supplied, and a
 * key that already holds the wrong kind of value is an error. Chart defaults are not in that
 * tree (they are merged later), so a default list is never patched, only replaced.
 *
 * On error the target may already hold part of the expression, as in Helm; callers discard it.
 * Errors name the flag and the key path, never a value.
 */
import { ManifestsError, SetExpressionError, type SetExpressionProblem } from '../errors.js';
import type { FileReader, ValuesTree } from '../types.js';
import { formatValuesPath, type PathSegment } from '../helm/format-values-path.js';
import { isMap } from '../util/is-map.js';
import { MAX_NESTING_DEPTH } from './values-limits.js';

export type SetKind = 'set' | 'set-string' | 'set-json' | 'set-file' | 'set-literal';

/** Helm's strvals.MaxIndex: a guard against `a[99999999]=x` allocating a huge list. */
export const MAX_LIST_INDEX = 65536;
/** Helm's strvals.MaxNestedNameLevel. */
export const MAX_KEY_DEPTH = 30;

/**
 * Applies one flag argument (`a.b=1,c[0]=x`) to `target`, in place. `readFile` is required
 * only for `set-file`, whose values are paths: the file's text becomes the value, unchanged.
 */
export function applySetExpression(target: ValuesTree, kind: SetKind, expression: string, readFile?: FileReader): void {
  new SetParser(expression, kind, readFile).parse(target);
}

/** Whether the parser should keep reading pairs (Go's nil error) or stop (Go's io.EOF). */
type Outcome = 'more' | 'end';

interface ListResult {
  readonly list: unknown[];
  readonly outcome: Outcome;
}

type ValuesMap = Record<string, unknown>;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** Go's unicode.IsSpace, which `--set-json` uses to skip blanks around a value. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

class SetParser {
  private readonly scanner: Scanner;
  private readonly flag: string;
  /** `--set-literal` neither escapes nor splits at `,`; its value is the rest of the text. */
  private readonly literal: boolean;

  constructor(
    expression: string,
    private readonly kind: SetKind,
    private readonly readFile: FileReader | undefined,
  ) {
    this.scanner = new Scanner(expression, kind !== 'set-literal');
    this.flag = `--${kind}`;
    this.literal = kind === 'set-literal';
  }

  parse(target: ValuesMap): void {
    while (this.key(target, 0, []) === 'more') {
      // Each round reads one `key=value` pair.
    }
  }

  private key(data: ValuesMap, depth: number, path: readonly PathSegment[]): Outcome {
    const { text: name, stop } = this.scanner.until(this.literal ? '=[.' : '=[,.');
    const here = [...path, name];
    switch (stop) {
      case undefined:
        if (name === '') return 'end';
        throw this.fail('no-value', here, 'key has no value', 'write it as key=value');
      case ',':
        throw this.fail('no-value', here, 'key has no value (cannot end with ,)', 'write it as key=value');
      case '[': {
        const index = this.index(here);
        const existing = getOwn(data, name);
        let list: unknown[] = [];
        if (existing.found) {
          if (!Array.isArray(existing.value)) throw this.mismatch(here, 'a list', existing.value);
          list = existing.value;
        }
        const result = this.listItem(list, index, depth, here);
        setOwn(data, name, result.list);
        return result.outcome;
      }
      case '=':
        return this.assignToKey(data, name, here);
      default: {
        // '.': descend into a map, creating it when absent.
        const nested = depth + 1;
        if (nested > MAX_KEY_DEPTH) {
          throw this.fail('too-deep', here, `key is nested deeper than ${MAX_KEY_DEPTH} levels`);
        }
        const existing = getOwn(data, name);
        let inner: ValuesMap = {};
        if (existing.found) {
          if (!isMap(existing.value)) throw this.mismatch(here, 'a map', existing.value);
          inner = existing.value;
        }
        const outcome = this.key(inner, nested, here);
        const empty = Object.keys(inner).length === 0;
        // Helm only complains when the nested pair ended normally: `a.` at the very end is ignored.
        if (outcome === 'more' && empty) throw this.fail('empty-map', here, 'key map has no value');
        if (!empty) setOwn(data, name, inner);
        return outcome;
      }
    }
  }

  private assignToKey(data: ValuesMap, name: string, here: readonly PathSegment[]): Outcome {
    if (this.literal) {
      setOwn(data, name, this.scanner.rest());
      return 'more';
    }
    if (this.kind === 'set-json') {
      setOwn(data, name, this.emptyValue() ? null : this.jsonValue(here));
      return 'more';
    }
    const list = this.valueList(here);
    if (list === 'end') {
      // `a=` at the very end: an empty string, and nothing more to read.
      setOwn(data, name, '');
      return 'end';
    }
    setOwn(data, name, list === 'not-a-list' ? this.convert(this.scanner.until(',').text, here) : list);
    return 'more';
  }

  private listItem(list: unknown[], index: number, depth: number, path: readonly PathSegment[]): ListResult {
    const here = [...path, index];
    if (index < 0) throw this.fail('negative-index', here, 'negative list index');
    const { text, stop } = this.scanner.until('[.=');
    if (text.length > 0) {
      throw this.fail('unexpected-data', [...here, text], 'unexpected text after a list index', 'write key[0].name=value');
    }
    switch (stop) {
      case undefined:
        // `a[0]` alone: Helm keeps the (possibly new) list and sets nothing in it.
        return { list, outcome: 'end' };
      case '=':
        return { list: this.setIndex(list, index, this.itemValue(here), here), outcome: 'more' };
      case '[': {
        const nextIndex = this.index(here);
        let current: unknown[] = [];
        const existing = index < list.length ? list[index] : null;
        if (existing !== null && existing !== undefined) {
          if (!Array.isArray(existing)) throw this.mismatch(here, 'a list', existing);
          current = existing;
        }
        const result = this.listItem(current, nextIndex, depth, here);
        if (result.outcome === 'end') return { list, outcome: 'end' };
        return { list: this.setIndex(list, index, result.list, here), outcome: 'more' };
      }
      default: {
        // '.': a map inside the list. An item of another kind is replaced, as Helm does.
        let inner: ValuesMap = {};
        if (index < list.length) {
          const existing = list[index];
          if (isMap(existing)) {
            inner = existing;
          } else {
            list[index] = inner;
          }
        }
        const outcome = this.key(inner, depth, here);
        // Helm drops a new item when its pair ended the expression (`a[0].b=`): reproduced.
        if (outcome === 'end') return { list, outcome: 'end' };
        return { list: this.setIndex(list, index, inner, here), outcome: 'more' };
      }
    }
  }

  /** The value after `x[i]=`. Unlike a map key, an empty value at the end still sets "". */
  private itemValue(here: readonly PathSegment[]): unknown {
    if (this.literal) return this.scanner.rest();
    if (this.kind === 'set-json') return this.emptyValue() ? null : this.jsonValue(here);
    const list = this.valueList(here);
    if (list === 'end') return '';
    return list === 'not-a-list' ? this.convert(this.scanner.until(',').text, here) : list;
  }

  private setIndex(list: unknown[], index: number, value: unknown, here: readonly PathSegment[]): unknown[] {
    if (index < 0) throw this.fail('negative-index', here, 'negative list index');
    if (index > MAX_LIST_INDEX) {
      throw this.fail('index-too-large', here, `list index is greater than the maximum of ${MAX_LIST_INDEX}`);
    }
    if (index < list.length) {
      list[index] = value;
      return list;
    }
    // Like Go's make+copy: a longer list, gaps filled with null.
    const grown: unknown[] = [...list];
    while (grown.length < index) grown.push(null);
    grown.push(value);
    return grown;
  }

  /** The index inside `[...]`, parsed like Go's strconv.Atoi. */
  private index(here: readonly PathSegment[]): number {
    const { text, stop } = this.scanner.until(']');
    if (stop === undefined) throw this.fail('invalid-index', here, 'list index has no closing ]');
    if (!/^[+-]?[0-9]+$/.test(text)) {
      throw this.fail('invalid-index', here, 'list index is not an integer');
    }
    const value = BigInt(text);
    if (value < INT64_MIN || value > INT64_MAX) {
      throw this.fail('invalid-index', here, 'list index is out of range');
    }
    return Number(value);
  }

  /** `{a,b}` as a list, or a note that the value is not a list (or that the text ended). */
  private valueList(here: readonly PathSegment[]): unknown[] | 'not-a-list' | 'end' {
    const first = this.scanner.read();
    if (first === undefined) return 'end';
    if (first !== '{') {
      this.scanner.unread();
      return 'not-a-list';
    }
    const list: unknown[] = [];
    for (;;) {
      const { text, stop } = this.scanner.until(',}');
      if (stop === undefined) throw this.fail('unterminated-list', here, "list must terminate with '}'");
      list.push(this.convert(text, here));
      if (stop === '}') {
        const next = this.scanner.read();
        if (next !== undefined && next !== ',') this.scanner.unread();
        return list;
      }
    }
  }

  /** Go's emptyVal: skips blanks; true (and consumes it) at a `,` or the end. */
  private emptyValue(): boolean {
    for (;;) {
      const char = this.scanner.read();
      if (char === undefined || char === ',') return true;
      if (!GO_SPACE.test(char)) {
        this.scanner.unread();
        return false;
      }
    }
  }

  /** One JSON value from the current position; what follows it starts the next pair. */
  private jsonValue(here: readonly PathSegment[]): unknown {
    const remaining = this.scanner.remaining();
    const end = findJsonValueEnd(remaining);
    let value: unknown;
    try {
      if (end === undefined) throw new SyntaxError('incomplete');
      value = JSON.parse(remaining.slice(0, end));
    } catch {
      throw this.fail('invalid-json', here, 'value is not valid JSON', 'quote strings: key="text"');
    }
    const problem = inspectJsonValue(value);
    if (problem === 'too-deep') {
      throw this.fail('too-deep', here, `JSON value nests more than ${MAX_NESTING_DEPTH} levels deep`);
    }
    // Go cannot hold 1e400 in a float64 and refuses it.
    if (problem === 'non-finite') throw this.fail('invalid-json', here, 'JSON number is out of range');
    this.scanner.skip(end ?? 0);
    this.emptyValue();
    return value;
  }

  private convert(raw: string, here: readonly PathSegment[]): unknown {
    switch (this.kind) {
      case 'set-string':
        return raw;
      case 'set-file':
        return this.readValueFile(raw, here);
      default:
        return typedValue(raw);
    }
  }

  private readValueFile(path: string, here: readonly PathSegment[]): string {
    if (this.readFile === undefined) {
      throw this.fail('unreadable-file', here, 'no file reader was given', 'pass options.readFile to readValues');
    }
    try {
      return this.readFile(path);
    } catch (error) {
      // The CLI's reader already speaks to the user; anything else gets the path added.
      if (error instanceof ManifestsError) throw error;
      const reason = error instanceof Error ? `: ${error.message}` : '';
      throw this.fail('unreadable-file', here, `cannot read file ${JSON.stringify(path)}${reason}`);
    }
  }

  private mismatch(here: readonly PathSegment[], wanted: string, existing: unknown): SetExpressionError {
    return this.fail(
      'type-mismatch',
      here,
      `cannot use the key as ${wanted}: it already holds ${describeKind(existing)}`,
      'set the whole key first (or null it in a values file), or use a different key',
    );
  }

  private fail(problem: SetExpressionProblem, path: readonly PathSegment[], detail: string, hint?: string): SetExpressionError {
    return new SetExpressionError({
      problem,
      reason: detail,
      flag: this.flag,
      segments: [...path],
      path: formatValuesPath(path),
      column: this.scanner.position + 1,
      hint,
    });
  }
}

/** A cursor over the flag text, reading it the way Go's runesUntil does. */
class Scanner {
  private offset = 0;

  constructor(
    private readonly text: string,
    /** `\` makes the next character ordinary; `--set-literal` has no escapes. */
    private readonly escapes: boolean,
  ) {}

  get position(): number {
    return this.offset;
  }

  read(): string | undefined {
    return this.offset < this.text.length ? this.text[this.offset++] : undefined;
  }

  unread(): void {
    this.offset -= 1;
  }

  skip(count: number): void {
    this.offset += count;
  }

  remaining(): string {
    return this.text.slice(this.offset);
  }

  rest(): string {
    const rest = this.remaining();
    this.offset = this.text.length;
    return rest;
  }

  /** Text up to the first unescaped stop character, which is consumed; `stop` is undefined at the end. */
  until(stops: string): { text: string; stop: string | undefined } {
    let text = '';
    for (;;) {
      const char = this.read();
      if (char === undefined) return { text, stop: undefined };
      if (stops.includes(char)) return { text, stop: char };
      if (char === '\\' && this.escapes) {
        const next = this.read();
        if (next === undefined) return { text, stop: undefined };
        text += next;
      } else {
        text += char;
      }
    }
  }
}

/**
 * `--set` typing (strvals.typedVal): true/false/null in any case, and decimal int64 without a
 * leading zero. Everything else, `1.5`, `007`, `0x10`, `yes`, stays a string.
 */
function typedValue(raw: string): unknown {
  if (equalFold(raw, 'true')) return true;
  if (equalFold(raw, 'false')) return false;
  if (equalFold(raw, 'null')) return null;
  if (raw === '0') return 0;
  if (raw !== '' && raw[0] !== '0' && /^[+-]?[0-9]+$/.test(raw)) {
    const value = BigInt(raw);
    // JS numbers stand for int64 too: beyond 2^53 the value loses precision (documented).
    if (value >= INT64_MIN && value <= INT64_MAX) return Number(value);
  }
  return raw;
}

/**
 * Go's strings.EqualFold against an ASCII word. Unicode simple folding adds one case that
 * matters here: U+017F (long s) folds to `s`, so Helm reads `falſe` as false.
 */
function equalFold(text: string, word: string): boolean {
  if (text.length !== word.length) return false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] === '\u017f' ? 's' : (text[i] as string);
    if ((/[A-Z]/.test(char) ? char.toLowerCase() : char) !== word[i]) return false;
  }
  return true;
}

/**
 * Where the JSON value at the start of `text` ends, so a comma after it separates the next
 * pair (Go decodes one value from a stream). Undefined when it never closes.
 */
function findJsonValueEnd(text: string): number | undefined {
  let start = 0;
  while (start < text.length && ' \t\r\n'.includes(text[start] as string)) start++;
  const first = text[start];
  if (first === undefined) return undefined;
  if (first === '"') return skipJsonString(text, start);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (char === '"') {
        const end = skipJsonString(text, i);
        if (end === undefined) return undefined;
        i = end - 1;
      } else if (char === '{' || char === '[') {
        depth++;
      } else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return undefined;
  }
  // Like Go's scanner, a literal ends where its grammar ends: `truex` is `true`, then `x`.
  const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, start));
  if (word !== undefined) return start + word.length;
  const tokenChars = /[-0-9]/.test(first) ? /[0-9eE.+-]/ : /[A-Za-z]/;
  let end = start;
  while (end < text.length && tokenChars.test(text[end] as string)) end++;
  return end > start ? end : undefined;
}

/** The index just past the closing quote of the string starting at `start`. */
function skipJsonString(text: string, start: number): number | undefined {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return undefined;
}

/**
 * Walks a parsed JSON value without recursion, so no input can overflow the stack: the same
 * nesting limit as values files, and no number a float64 cannot hold.
 */
function inspectJsonValue(root: unknown): 'too-deep' | 'non-finite' | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, depth } = next;
    if (typeof value === 'number' && !Number.isFinite(value)) return 'non-finite';
    const children = Array.isArray(value) ? value : isMap(value) ? Object.values(value) : [];
    if (children.length > 0 && depth >= MAX_NESTING_DEPTH) return 'too-deep';
    for (const child of children) pending.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

function describeKind(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isMap(value)) return 'a map';
  return typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : 'a boolean';
}

function getOwn(data: ValuesMap, key: string): { found: boolean; value: unknown } {
  return Object.hasOwn(data, key) ? { found: true, value: data[key] } : { found: false, value: undefined };
}

/** Sets an own property; `__proto__` is an ordinary key here. Empty keys are skipped, as in Helm. */
function setOwn(data: ValuesMap, key: string, value: unknown): void {
  if (key === '') return;
  Object.defineProperty(data, key, { value, writable: true, enumerable: true, configurable: true });
}
