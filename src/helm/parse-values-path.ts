/**
 * The inverse of `formatValuesPath`: `config.kasHeaders[0]` and `podAnnotations["a.b/c"]` back
 * into segments, so a problem's path can be looked up in the sources that set it.
 */
import type { PathSegment } from './format-values-path.js';

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*/;
const INDEX = /^\[(0|[1-9][0-9]*)\]/;
/** A JSON string in brackets: `["a.b/c"]`. */
const QUOTED_KEY = /^\["(?:[^"\\]|\\.)*"\]/;

/** Undefined for text that `formatValuesPath` cannot have produced (`(root)` and `''` are the root). */
export function parseValuesPath(text: string): PathSegment[] | undefined {
  if (text === '' || text === '(root)') return [];
  const segments: PathSegment[] = [];
  let rest = text;
  while (rest !== '') {
    const dotted = segments.length > 0 && rest.startsWith('.');
    const body = dotted ? rest.slice(1) : rest;
    const plain = segments.length === 0 || dotted ? PLAIN_KEY.exec(body) : null;
    if (plain) {
      segments.push(plain[0]);
      rest = body.slice(plain[0].length);
      continue;
    }
    if (dotted) return undefined;
    const index = INDEX.exec(rest);
    if (index) {
      segments.push(Number(index[1]));
      rest = rest.slice(index[0].length);
      continue;
    }
    const quoted = QUOTED_KEY.exec(rest);
    if (!quoted) return undefined;
    segments.push(JSON.parse(quoted[0].slice(1, -1)) as string);
    rest = rest.slice(quoted[0].length);
  }
  return segments;
}
