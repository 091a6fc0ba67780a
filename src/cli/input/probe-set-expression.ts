import type { ValueSource, ValuesTree } from '../../types.js';
import type { PathSegment } from '../../helm/format-values-path.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isMap } from '../../util/is-map.js';
import { applySetExpression, type SetKind } from '../../sources/parse-set-expression.js';

/** How far a value source reaches along a values path. */
export interface PathReach {
  /** How many leading segments the source sets (the path's length when it sets the key itself). */
  readonly depth: number;
  /**
   * Whether the source decides the value at the full path: it sets the key itself, or replaces
   * a parent (`--set config=null`, `--set-json 'config={…}'`, a list or scalar in a file).
   */
  readonly decides: boolean;
}

/**
 * How far one `--set*` expression reaches along `path`. Whether it decides the value is found
 * the way Helm would: the expression is applied to a tree that already holds a marker at
 * `path`; if the marker is gone, the expression replaced it or a parent of it. `--set-file`
 * paths are not read (only the keys matter), and an expression that cannot be parsed reaches
 * nowhere: reading the values reports it properly.
 */
export function probeSetExpression(source: Extract<ValueSource, { kind: SetKind }>, path: readonly PathSegment[]): PathReach {
  const empty: ValuesTree = {};
  const marker = {};
  const marked = buildTreeHolding(path, marker);
  try {
    applySetExpression(empty, source.kind, source.expression, () => '');
    applySetExpression(marked, source.kind, source.expression, () => '');
  } catch {
    return { depth: 0, decides: false };
  }
  return { depth: measureDepth(empty, path), decides: path.length > 0 && getValueAt(marked, path) !== marker };
}

/** How many leading segments of `path` a values tree holds. */
export function measureDepth(tree: unknown, path: readonly PathSegment[]): number {
  let current: unknown = tree;
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth] as PathSegment;
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return depth;
      current = current[segment];
    } else {
      if (!isMap(current) || !Object.hasOwn(current, segment)) return depth;
      current = current[segment];
    }
  }
  return path.length;
}

/** `{a: [null, {b: value}]}` for the path `a[1].b`. */
function buildTreeHolding(path: readonly PathSegment[], value: unknown): ValuesTree {
  let built: unknown = value;
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const segment = path[index] as PathSegment;
    if (typeof segment === 'number') {
      const list: unknown[] = new Array<unknown>(segment).fill(null);
      list.push(built);
      built = list;
    } else {
      const map: ValuesTree = {};
      Object.defineProperty(map, segment, { value: built, enumerable: true, writable: true, configurable: true });
      built = map;
    }
  }
  return isMap(built) ? built : {};
}
