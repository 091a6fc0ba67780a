/**
 * Helm's coalescing of the user's values over the chart defaults (chartutil.CoalesceValues,
 * coalesce.go at v3.19.5), for a chart without subcharts:
 *
 * - maps merge recursively; scalars and lists replace the default wholesale;
 * - a top-level user null deletes the key when the chart has a default for it (the key is
 *   then absent, not defaulted: `maxSurge: null` renders `maxSurge: `);
 * - inside a map present on both sides, every user null is deleted, so a nested default
 *   shows through again (`--set image.tag=null` gives the default tag);
 * - a null for a top-level key without a default stays null; unknown keys are kept;
 * - on a type clash the user's value is kept and a warning is produced.
 *
 * Neither input is mutated. deepmerge does not fit here: these null rules are not a merge
 * strategy it offers, and it drops keys named like Object.prototype members (`constructor`).
 */
import type { ValuesTree, Warning } from '../types.js';
import { formatGoValue } from '../helm/format-go-value.js';
import { formatValuesPath, type PathSegment } from '../helm/format-values-path.js';
import { isMap } from '../util/is-map.js';
import { RENDER_CACHES } from '../util/render-caches.js';

export interface MergeOptions {
  /**
   * Whether the value at a path is secret. A warning shows the chart default it overrides; a
   * secret one (and anything below it) is shown as `(redacted)`. Which values are secret is
   * the chart's business (src/chart/secret-values.ts), not Helm's.
   */
  readonly isSecretPath: (path: readonly PathSegment[]) => boolean;
}

export interface MergeResult {
  readonly values: ValuesTree;
  readonly warnings: Warning[];
}

type ValuesMap = Record<string, unknown>;

/** What a merge carries down the tree: its options and the warnings so far. */
interface Coalescing extends MergeOptions {
  readonly warnings: Warning[];
}

export function mergeValues(defaults: ValuesTree, user: ValuesTree, options: MergeOptions): MergeResult {
  const warnings: Warning[] = [];
  const coalescing: Coalescing = { isSecretPath: options.isSecretPath, warnings };
  const values = copyMap(user);
  const chartDefaults = copyMap(defaults);

  for (const key of Object.keys(chartDefaults)) {
    const fallback = chartDefaults[key];
    if (!Object.hasOwn(values, key)) {
      setOwn(values, key, fallback);
      continue;
    }
    const given = values[key];
    if (given === null) {
      delete values[key];
    } else if (isMap(given)) {
      if (isMap(fallback)) {
        coalesceMaps(given, fallback, [key], coalescing);
      } else if (fallback !== null) {
        warnings.push(mapReplacedValueWarning([key], 'skipped value: Not a table.'));
      }
    } else if (isMap(fallback)) {
      // Helm is silent here at the top level; the map default is just as lost as deeper down.
      warnings.push(tableReplacedWarning([key], fallback, coalescing));
    }
  }
  return { values, warnings };
}

/**
 * mergeValues without the copies: the result shares every subtree of `defaults` and `user` that
 * the merge keeps as it is, and is a new map only where both sides have a map. Same values, same
 * key order, same warnings in the same order. Neither input is mutated; nor may the result be,
 * since it holds parts of both (the renderer only reads it).
 */
export function mergeValuesSharing(defaults: ValuesTree, user: ValuesTree, options: MergeOptions): MergeResult {
  const warnings: Warning[] = [];
  const coalescing: Coalescing = { isSecretPath: options.isSecretPath, warnings };
  // Merged maps and warnings in the defaults' key order, as mergeValues makes them.
  let merged: Map<string, unknown> | undefined;
  // The defaults' keys the user did not give, in order: they follow the user's keys below.
  const defaultsOnly: string[] = [];
  for (const key of Object.keys(defaults)) {
    if (!Object.hasOwn(user, key)) {
      defaultsOnly.push(key);
      continue;
    }
    const given = user[key];
    const fallback = defaults[key];
    if (given === null) continue;
    if (isMap(given)) {
      if (isMap(fallback)) (merged ??= new Map()).set(key, coalesceSharing(given, fallback, [key], coalescing));
      else if (fallback !== null) warnings.push(mapReplacedValueWarning([key], 'skipped value: Not a table.'));
    } else if (isMap(fallback)) {
      warnings.push(tableReplacedWarning([key], fallback, coalescing));
    }
  }
  const keys: string[] = [];
  const items: unknown[] = [];
  for (const key of Object.keys(user)) {
    const given = user[key];
    if (given === null && Object.hasOwn(defaults, key)) continue;
    keys.push(key);
    items.push(merged?.has(key) ? merged.get(key) : given);
  }
  for (const key of defaultsOnly) {
    keys.push(key);
    items.push(defaults[key]);
  }
  return { values: mapWithFastShape(keys, items), warnings };
}

/** One object per list of top-level keys, its properties in that order, to copy (see mapWithFastShape). */
interface MapShape {
  readonly keys: readonly string[];
  readonly shape: ValuesMap;
}
const shapes = RENDER_CACHES.createBoundedCache<MapShape>('merged map shapes', 64);

/**
 * `keys` with `items` as a map. The top level has some 30 keys; assigned one by one to `{}`, V8
 * turns the map into a hash table after a dozen, and every later reader (the schema's
 * `for … in`, the checks, the templates) pays for it. A copy of an object that JSON.parse made
 * with the same keys keeps V8's fast layout; the keys are then only assigned.
 */
function mapWithFastShape(keys: readonly string[], items: readonly unknown[]): ValuesMap {
  if (keys.length <= 12) return assignAll({}, keys, items);
  // Renders in a row mostly have the same keys: compare with the last shape before joining them.
  const last = lastShape.shape;
  let entry = last !== undefined && sameKeys(last.keys, keys) ? last : undefined;
  if (entry === undefined) {
    const id = keys.join('\0');
    entry = shapes.get(id);
    if (entry === undefined || !sameKeys(entry.keys, keys)) {
      const shape = JSON.parse(`{${keys.map((key) => `${JSON.stringify(key)}:0`).join(',')}}`) as ValuesMap;
      entry = shapes.set(id, { keys, shape });
    }
    lastShape.shape = entry;
  }
  return assignAll({ ...entry.shape }, keys, items);
}

/** The shape used last; a reset empties it with the other caches. */
const lastShape = RENDER_CACHES.register('last merged map shape', {
  shape: undefined as MapShape | undefined,
  get size(): number {
    return this.shape === undefined ? 0 : 1;
  },
  clear(): void {
    this.shape = undefined;
  },
});

function assignAll(map: ValuesMap, keys: readonly string[], items: readonly unknown[]): ValuesMap {
  for (let index = 0; index < keys.length; index++) setOwn(map, keys[index] as string, items[index]);
  return map;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** coalesceMaps into a new map that shares what it keeps (see mergeValuesSharing). */
function coalesceSharing(user: ValuesMap, fallback: ValuesMap, path: readonly PathSegment[], coalescing: Coalescing): ValuesMap {
  let merged: Map<string, unknown> | undefined;
  for (const key of Object.keys(fallback)) {
    if (!Object.hasOwn(user, key)) continue;
    const given = user[key];
    if (given === null) continue;
    const fallbackValue = fallback[key];
    if (isMap(fallbackValue)) {
      const here = [...path, key];
      if (isMap(given)) (merged ??= new Map()).set(key, coalesceSharing(given, fallbackValue, here, coalescing));
      else coalescing.warnings.push(tableReplacedWarning(here, fallbackValue, coalescing));
    } else if (isMap(given) && fallbackValue !== null) {
      const here = [...path, key];
      coalescing.warnings.push(
        mapReplacedValueWarning(here, `destination is a table. Ignoring non-table value (${showDefault(here, fallbackValue, coalescing)})`),
      );
    }
  }
  const values: ValuesMap = {};
  // Every user null in a map both sides have is deleted, whether or not the chart has the key.
  for (const key of Object.keys(user)) {
    const given = user[key];
    if (given !== null) setOwn(values, key, merged?.has(key) ? merged.get(key) : given);
  }
  for (const key of Object.keys(fallback)) if (!Object.hasOwn(user, key)) setOwn(values, key, fallback[key]);
  return values;
}

/** coalesceTablesFullKey with merge=false: `user` wins, in place; `fallback` is a private copy. */
function coalesceMaps(user: ValuesMap, fallback: ValuesMap, path: readonly PathSegment[], coalescing: Coalescing): void {
  // Every user null in a map both sides have is deleted, whether or not the chart has the key.
  for (const key of Object.keys(user)) {
    if (user[key] === null) setOwn(fallback, key, null);
  }
  for (const key of Object.keys(fallback)) {
    const fallbackValue = fallback[key];
    const here = [...path, key];
    if (!Object.hasOwn(user, key)) {
      setOwn(user, key, fallbackValue);
      continue;
    }
    const given = user[key];
    if (given === null) {
      delete user[key];
    } else if (isMap(fallbackValue)) {
      if (isMap(given)) coalesceMaps(given, fallbackValue, here, coalescing);
      else coalescing.warnings.push(tableReplacedWarning(here, fallbackValue, coalescing));
    } else if (isMap(given) && fallbackValue !== null) {
      coalescing.warnings.push(
        mapReplacedValueWarning(here, `destination is a table. Ignoring non-table value (${showDefault(here, fallbackValue, coalescing)})`),
      );
    }
  }
}

/** The user's value replaces a map default wholesale (Helm's message). */
function tableReplacedWarning(path: readonly PathSegment[], fallback: unknown, options: MergeOptions): Warning {
  return {
    code: 'value-replaces-map',
    path: formatValuesPath(path),
    segments: path,
    message: `cannot overwrite table with non table (${showDefault(path, fallback, options)})`,
  };
}

/** The user's map replaces a default that is not one; Helm words it differently at the top level. */
function mapReplacedValueWarning(path: readonly PathSegment[], message: string): Warning {
  return { code: 'map-replaces-value', path: formatValuesPath(path), segments: path, message };
}

/** The chart default as Helm's `%v` prints it, with secret values (also nested ones) redacted. */
function showDefault(path: readonly PathSegment[], value: unknown, options: MergeOptions): string {
  return formatGoValue(redact(path, value, options));
}

function redact(path: readonly PathSegment[], value: unknown, options: MergeOptions): unknown {
  if (options.isSecretPath(path)) return '(redacted)';
  if (Array.isArray(value)) return value.map((item, index) => redact([...path, index], item, options));
  if (isMap(value)) {
    const shown: ValuesMap = {};
    for (const key of Object.keys(value)) setOwn(shown, key, redact([...path, key], value[key], options));
    return shown;
  }
  return value;
}

function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyValue);
  if (isMap(value)) return copyMap(value);
  return value;
}

function copyMap(map: Readonly<ValuesMap>): ValuesMap {
  const copy: ValuesMap = {};
  for (const key of Object.keys(map)) setOwn(copy, key, copyValue(map[key]));
  return copy;
}

/**
 * An own property even for `__proto__`, which a plain assignment would not create. Every other
 * key is assigned plainly: defining each property was the most expensive step of a render.
 */
function setOwn(map: ValuesMap, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    map[key] = value;
  }
}
