/**
 * What js-yaml (with the manifests' YAML 1.1 schema) reads from the text an escaping helper
 * wrote, for read-from-skeleton.ts: it stands for the text where the skeleton has the value's
 * token. The common forms are read without js-yaml, each only where the result is the same by
 * the YAML rules (test/read-written-values.test.ts compares with js-yaml); everything else is
 * read by js-yaml and cached by its exact text. NOT_READABLE means "parse the whole document".
 */
import yaml from 'js-yaml';
import { isMap } from '../util/is-map.js';
import { HELM_VALUES_SCHEMA, isPlainName } from '../helm/yaml-v2-schema.js';
import { RENDER_CACHES } from '../util/render-caches.js';
import { writesPlain } from '../helm/yaml-output.js';

export const NOT_READABLE = Symbol('not readable this way');

/**
 * A scalar that reads the same as a plain token outside flow collections: double-quoted on one
 * line, or plain printable ASCII without spaces that neither starts with an indicator nor ends
 * with a colon (so it cannot end early, become a key or start a list or document).
 */
export const SCALAR_FORM = /^(?:"(?:[^"\\\n\r]|\\[^\n\r])*"|(?!---|\.\.\.|-$)[A-Za-z0-9_./=+$(~-][\x21-\x7e]*(?<!:))$/;
/** Printable ASCII and JSON's escapes only: YAML reads these double-quoted scalars as JSON does. */
const JSON_STRING = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\/bfnrt]|\\u[0-9A-Fa-f]{4})*"$/;

const scalarValues = RENDER_CACHES.createBoundedCache<unknown>('written scalar values', 8192);
const blockValues = RENDER_CACHES.createBoundedCache<unknown>('written block values', 2048);

/** The value of a `q` output written after `key: ` or `- `. */
export function readWrittenScalar(text: string): unknown {
  // The name's form is within SCALAR_FORM, and it is plain: the string itself.
  if (isPlainName(text)) return text;
  if (!SCALAR_FORM.test(text)) return NOT_READABLE;
  if (text.charCodeAt(0) === 0x22) {
    if (JSON_STRING.test(text)) return JSON.parse(text) as string;
  } else if (writesPlain(text)) {
    // A plain scalar no resolver claims is the string itself (the form rules out folding and comments).
    return text;
  }
  const cached = scalarValues.get(text);
  if (cached !== undefined) return cached;
  let parsed: unknown;
  try {
    parsed = yaml.load(`value: ${text}`, { schema: HELM_VALUES_SCHEMA });
  } catch {
    return scalarValues.set(text, NOT_READABLE);
  }
  const readable = isMap(parsed) && Object.keys(parsed).length === 1 && Object.hasOwn(parsed, 'value');
  return scalarValues.set(text, readable ? (parsed as Record<string, unknown>)['value'] : NOT_READABLE);
}

/** The value of a `toYaml` output: a map or a list (anything else is NOT_READABLE). Callers copy it. */
export function readWrittenBlock(text: string): unknown {
  // The simple form is read without the cache: reading it costs about what a look-up does (which
  // hashes the text), and a fleet's labels and lists are new texts that a cache would only fill.
  const simple = readSimpleBlock(text);
  if (simple !== NOT_READABLE) return simple;
  const cached = blockValues.get(text);
  if (cached !== undefined) return cached;
  let value: unknown;
  try {
    value = yaml.load(text, { schema: HELM_VALUES_SCHEMA });
  } catch {
    value = NOT_READABLE;
  }
  return blockValues.set(text, isMap(value) || Array.isArray(value) ? value : NOT_READABLE);
}

/**
 * Labels, annotations and lists like extraEnv, as toYaml writes them: `key: value` lines, or
 * items `- key: value` each followed by `  key: value` lines, every key and value one scalar of
 * SCALAR_FORM. That is a block mapping (or a block sequence of them) of those scalars; a key
 * must read as a string, and a repeated key (which js-yaml refuses) is left to js-yaml.
 */
function readSimpleBlock(text: string): unknown {
  // Read in place, line by line (no split into lines, no slice but each key and value).
  if (!text.startsWith('- ')) return readPairs(text, 0, text.length, 0);
  const items: unknown[] = [];
  let itemStart = 0;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineStart > itemStart && text.startsWith('- ', lineStart)) {
      // Each line of an item starts with `- ` or `  `: its pairs are the lines less those two.
      const item = readPairs(text, itemStart, lineStart - 1, 2);
      if (item === NOT_READABLE) return NOT_READABLE;
      items.push(item);
      itemStart = lineStart;
    } else if (lineStart > itemStart && !(text.startsWith('  ', lineStart) && text.charCodeAt(lineStart + 2) !== 0x20)) {
      return NOT_READABLE;
    }
    if (newline === -1) break;
    lineStart = lineEnd + 1;
  }
  const last = readPairs(text, itemStart, text.length, 2);
  if (last === NOT_READABLE) return NOT_READABLE;
  items.push(last);
  return items;
}

/** The `key: value` lines of `text` from `from` to `to`, each read from `skip` characters in. */
function readPairs(text: string, from: number, to: number, skip: number): unknown {
  const map: Record<string, unknown> = {};
  let lineStart = from;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    const start = lineStart + skip;
    const keyEnd = text.charCodeAt(start) === 0x22 ? closingQuote(text, start, lineEnd) + 1 : text.indexOf(': ', start);
    if (keyEnd <= start || keyEnd + 2 > lineEnd || !text.startsWith(': ', keyEnd)) return NOT_READABLE;
    const key = readWrittenScalar(text.slice(start, keyEnd));
    const value = readWrittenScalar(text.slice(keyEnd + 2, lineEnd));
    if (typeof key !== 'string' || value === NOT_READABLE || Object.hasOwn(map, key)) return NOT_READABLE;
    // An own data property, as js-yaml makes it; only `__proto__` needs defineProperty for that
    // (which for every key would make the map a slow dictionary-mode object).
    if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
    else map[key] = value;
    if (lineEnd === to) return map;
    lineStart = lineEnd + 1;
  }
}

/** Index of the quote ending the double-quoted scalar that starts at `start` (before `end`), or -1. */
function closingQuote(text: string, start: number, end: number): number {
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) i++;
    else if (code === 0x22) return i;
  }
  return -1;
}
