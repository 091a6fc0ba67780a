/**
 * `values` prints `<redacted>` in place of every secret and of the password in a URL. Fed back as
 * values (`values > v.yaml`, then `generate -f v.yaml`), the marker would become the agent's
 * token or key, and the agent would fail to connect long after the render: refuse it here.
 */
import { REDACTED_MARKER } from '../../chart/secret-values.js';
import type { ValuesProblem } from '../../errors.js';
import type { PathSegment } from '../../helm/format-values-path.js';
import type { ValuesTree } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import { createProblem } from '../create-diagnostic.js';

export function checkRedactedMarker(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  // One path, pushed and popped on the way down, copied only for a problem: the walk visits
  // every value of the merged tree on every render.
  const segments: PathSegment[] = [];
  const visit = (node: unknown): void => {
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
    } else if (Array.isArray(node)) {
      node.forEach((item: unknown, index) => {
        segments.push(index);
        visit(item);
        segments.pop();
      });
    } else if (isMap(node)) {
      for (const key of Object.keys(node)) {
        segments.push(key);
        visit(node[key]);
        segments.pop();
      }
    }
  };
  visit(values);
  return problems;
}
