/**
 * Values paths in the notation Helm users write: `config.kasHeaders[0]`, and brackets with a
 * quoted key where a dot would be ambiguous: `podAnnotations["example.com/team"]`.
 */
import type { PathSegment } from '../types.js';
import { isMap } from '../util/is-map.js';

/** Defined with the shared types (problems and warnings carry segments); re-exported where paths are formatted. */
export type { PathSegment };

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function formatValuesPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/**
 * Splits an ajv instance path (a JSON pointer) into segments. Digits become list indexes only
 * where the value at that point really is a list, so a map key `"0"` stays a key.
 */
export function parseInstancePath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^(0|[1-9][0-9]*)$/.test(key)) {
      const index = Number(key);
      segments.push(index);
      current = current[index];
    } else {
      segments.push(key);
      current = isMap(current) ? current[key] : undefined;
    }
  }
  return segments;
}

/** The value at `segments`, or undefined when the path leaves the tree. */
export function getValueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isMap(current) ? current[segment] : undefined;
  }
  return current;
}
