/**
 * The "read values" stage: turns the user's value sources into one tree, with Helm's
 * precedence (pkg/cli/values/options.go at v3.19.5). Chart defaults are not involved here;
 * `mergeValues` coalesces this tree over them afterwards.
 */
import type { FileReader, ValueSource, ValuesTree } from '../types.js';
import { isMap } from '../util/is-map.js';
import { applySetExpression, type SetKind } from './parse-set-expression.js';
import { parseValuesYaml } from './parse-values-file.js';

export interface ReadValuesOptions {
  /** Reads `--set-file` paths. Required only when a `set-file` source is given. */
  readonly readFile?: FileReader;
}

/**
 * Helm applies the `--set*` flags by kind, not by position on the command line; within one
 * kind the later flag wins.
 */
export const SET_KIND_ORDER: readonly SetKind[] = ['set-json', 'set', 'set-string', 'set-file', 'set-literal'];

/**
 * All `-f` files in the order given, each merged over the previous ones (maps merge, anything
 * else replaces), then every `--set*` flag written into that tree in SET_KIND_ORDER. The CLI
 * passes `-f a.yaml,b.yaml` as two sources. Throws `ValuesSourceError` (see
 * `ValuesFileError` and `SetExpressionError`) naming the file or flag and the key.
 */
export function readValues(sources: readonly ValueSource[], options: ReadValuesOptions = {}): ValuesTree {
  let values: ValuesTree = {};
  for (const source of sources) {
    if (source.kind === 'file') values = mergeFileValues(values, parseValuesYaml(source.content, source.name));
  }
  for (const kind of SET_KIND_ORDER) {
    for (const source of sources) {
      if (source.kind === kind) applySetExpression(values, kind, source.expression, options.readFile);
    }
  }
  return values;
}

/**
 * Helm's mergeMaps for successive `-f` files: a map merges into a map, anything else (lists,
 * nulls too) replaces. Both trees are freshly parsed, so sharing their subtrees is safe.
 * Not deepmerge: it silently drops keys such as `constructor` or `toString`.
 */
function mergeFileValues(base: ValuesTree, overlay: ValuesTree): ValuesTree {
  const merged: ValuesTree = {};
  for (const key of Object.keys(base)) setOwn(merged, key, base[key]);
  for (const key of Object.keys(overlay)) {
    const value = overlay[key];
    const previous = Object.hasOwn(merged, key) ? merged[key] : undefined;
    setOwn(merged, key, isMap(value) && isMap(previous) ? mergeFileValues(previous, value) : value);
  }
  return merged;
}

function setOwn(map: ValuesTree, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}
