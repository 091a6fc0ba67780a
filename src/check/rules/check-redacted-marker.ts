/**
 * `values` prints `<redacted>` in place of every secret and of the password in a URL. Fed back as
 * values (`values > v.yaml`, then `generate -f v.yaml`), the marker would become the agent's
 * token or key, and the agent would fail to connect long after the render: refuse it here.
 */
import { REDACTED_MARKER } from '../../chart/secret-values.js';
import type { ValuesProblem } from '../../errors.js';
import type { PathSegment } from '../../helm/format-values-path.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';

/**
 * Every string holding the marker in the merged values, found in the user's values before the
 * merge: the merge keeps every value of the user's but a null at its path, in the user's key
 * order ahead of the defaults', and the chart's defaults hold no marker (all checked by
 * test/check-redacted-marker.test.ts). So the walk visits a few user values, not the ~100 of the
 * merged tree, on every render.
 */
export function checkRedactedMarker(user: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  // One path, pushed and popped on the way down, copied only for a problem.
  visit(user, [], problems);
  return problems;
}

function visit(node: unknown, segments: PathSegment[], problems: ValuesProblem[]): void {
  if (typeof node === 'string') {
    if (node.includes(REDACTED_MARKER)) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments: [...segments],
          message: `holds the ${REDACTED_MARKER} marker that the values command prints in place of a secret`,
          hint: 'give the real value (values output hides secrets, so it cannot be fed back as it is)',
        }),
      );
    }
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      segments.push(index);
      visit(node[index], segments, problems);
      segments.pop();
    }
    return;
  }
  const map = node as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    segments.push(key);
    visit(map[key], segments, problems);
    segments.pop();
  }
}
