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

export interface MergeResult {
  readonly values: ValuesTree;
  readonly warnings: Warning[];
}

type ValuesMap = Record<string, unknown>;

export function mergeValues(defaults: ValuesTree, user: ValuesTree): MergeResult {
  const warnings: Warning[] = [];
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
        coalesceMaps(given, fallback, [key], warnings);
      } else if (fallback !== null) {
        warnings.push(mapReplacedValueWarning([key], 'skipped value: Not a table.'));
      }
    } else if (isMap(fallback)) {
      // Helm is silent here at the top level; the map default is just as lost as deeper down.
      warnings.push(tableReplacedWarning([key], fallback));
    }
  }
  return { values, warnings };
}

/** coalesceTablesFullKey with merge=false: `user` wins, in place; `fallback` is a private copy. */
function coalesceMaps(user: ValuesMap, fallback: ValuesMap, path: readonly PathSegment[], warnings: Warning[]): void {
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
      if (isMap(given)) coalesceMaps(given, fallbackValue, here, warnings);
      else warnings.push(tableReplacedWarning(here, fallbackValue));
    } else if (isMap(given) && fallbackValue !== null) {
      warnings.push(
        mapReplacedValueWarning(here, `destination is a table. Ignoring non-table value (${showDefault(here, fallbackValue)})`),
      );
    }
  }
}

/** The user's value replaces a map default wholesale (Helm's message). */
function tableReplacedWarning(path: readonly PathSegment[], fallback: unknown): Warning {
  return {
    code: 'value-replaces-map',
    path: formatValuesPath(path),
    segments: path,
    message: `cannot overwrite table with non table (${showDefault(path, fallback)})`,
  };
}

/** The user's map replaces a default that is not one; Helm words it differently at the top level. */
function mapReplacedValueWarning(path: readonly PathSegment[], message: string): Warning {
  return { code: 'map-replaces-value', path: formatValuesPath(path), segments: path, message };
}

/** Secrets the chart holds: their values never appear in a warning, even defaults. */
const SECRET_KEY = /(token|key|cert|jwt|secret|password)$/i;

function isSecretPath(path: readonly PathSegment[]): boolean {
  return path.some((segment) => typeof segment === 'string' && SECRET_KEY.test(segment));
}

/** The chart default as Helm's `%v` prints it, with secret paths (also nested ones) redacted. */
function showDefault(path: readonly PathSegment[], value: unknown): string {
  return formatGoValue(redact(path, value));
}

function redact(path: readonly PathSegment[], value: unknown): unknown {
  if (isSecretPath(path)) return '(redacted)';
  if (Array.isArray(value)) return value.map((item, index) => redact([...path, index], item));
  if (isMap(value)) {
    const shown: ValuesMap = {};
    for (const key of Object.keys(value)) setOwn(shown, key, redact([...path, key], value[key]));
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
