import type { ValueSource } from '../types.js';
import type { PathSegment } from '../values/format-values-path.js';
import { isMap } from '../values/format-values-path.js';
import { applySetExpression, type SetKind } from '../values/parse-set-expression.js';

/** How far a value source reaches along a values path. */
export interface PathReach {
  /** How many leading segments the source sets (the path's length when it sets the key itself). */
  readonly depth: number;
  /**
   * Whether the value at `depth` replaces everything below it (a scalar, null or list), so the
   * source decides the value at the full path even when `depth` is shorter.
   */
  readonly leaf: boolean;
}

/** Whether the source decides the value at the path: it sets the key, or replaces a parent. */
export function decidesPath(reach: PathReach, path: readonly PathSegment[]): boolean {
  return reach.depth === path.length || reach.leaf;
}

/**
 * How far one `--set*` expression reaches along `path`, found by applying it to an empty tree.
 * `--set-file` paths are not read (only the keys matter), and an expression that cannot be
 * parsed reaches nowhere: reading the values reports it properly.
 */
export function probeSetExpression(
  source: Extract<ValueSource, { kind: SetKind }>,
  path: readonly PathSegment[],
): PathReach {
  const tree = {};
  try {
    applySetExpression(tree, source.kind, source.expression, () => '');
  } catch {
    return { depth: 0, leaf: false };
  }
  return measureReach(tree, path);
}

/** How far a values tree reaches along `path`. */
export function measureReach(tree: unknown, path: readonly PathSegment[]): PathReach {
  let current: unknown = tree;
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth] as PathSegment;
    if (typeof segment === 'number') {
      if (!Array.isArray(current) || segment >= current.length) return { depth, leaf: depth > 0 && !isMap(current) };
      current = current[segment];
    } else {
      if (!isMap(current) || !Object.hasOwn(current, segment)) return { depth, leaf: depth > 0 && !isMap(current) };
      current = current[segment];
    }
  }
  return { depth: path.length, leaf: !isMap(current) };
}
