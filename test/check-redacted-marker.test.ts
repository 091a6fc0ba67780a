import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecretValuePath, REDACTED_MARKER } from '../src/chart/secret-values.js';
import { checkValues, checkValuesForRender } from '../src/check/check-values.js';
import { checkRedactedMarker } from '../src/check/rules/check-redacted-marker.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import type { PathSegment } from '../src/helm/format-values-path.js';
import { mergeValues, mergeValuesSharing } from '../src/merge/merge-values.js';
import type { ValuesTree } from '../src/types.js';
import { runs } from './support/fast-check-settings.js';
import { toPlainValues } from './support/plain-values.js';

/**
 * The rule reads the user's values, not the merged ones, and must find exactly what a walk of the
 * merged values finds, in the same order: that is what makes skipping the chart's defaults safe.
 */

/** Every path of the merged tree whose string holds the marker, in the tree's order (the rule's old walk). */
function markerPathsOfMerged(node: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (typeof node === 'string') return node.includes(REDACTED_MARKER) ? [path] : [];
  if (Array.isArray(node)) return node.flatMap((item, index) => markerPathsOfMerged(item, [...path, index]));
  if (typeof node === 'object' && node !== null) {
    return Object.keys(node).flatMap((key) => markerPathsOfMerged((node as Record<string, unknown>)[key], [...path, key]));
  }
  return [];
}

const OPTIONS = { isSecretPath: isSecretValuePath };
/** Keys of the chart's defaults at every depth, so user values land on, beside and under them. */
const key = fc.oneof(
  fc.constantFrom('config', 'token', 'api', 'tls', 'cert', 'observability', 'image', 'extraEnv', 'podLabels', 'rbac', '__proto__'),
  fc.constantFrom(...Object.keys(DEFAULT_VALUES)),
  fc.string({ maxLength: 2 }),
);
const leaf = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.constantFrom(REDACTED_MARKER, `user:${REDACTED_MARKER}@host`, '<redacted', 'plain'),
  fc.array(fc.constantFrom(REDACTED_MARKER, 'x', null), { maxLength: 3 }),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.dictionary(key, fc.oneof({ maxDepth: 4 }, { weight: 3, arbitrary: leaf }, { weight: 3, arbitrary: tie('tree') }), {
    maxKeys: 5,
  }),
}));

describe('checkRedactedMarker', () => {
  it('has nothing to find in the chart defaults', () => {
    expect(markerPathsOfMerged(DEFAULT_VALUES)).toEqual([]);
  });

  it('finds in the user values what a walk of the merged values finds, in the same order', () => {
    fc.assert(
      fc.property(tree.map(toPlainValues), (raw) => {
        const user = raw as ValuesTree;
        const found = checkRedactedMarker(user).map((problem) => problem.segments);
        expect(found).toEqual(markerPathsOfMerged(mergeValues(DEFAULT_VALUES, user, OPTIONS).values));
        expect(found).toEqual(markerPathsOfMerged(mergeValuesSharing(DEFAULT_VALUES, user, OPTIONS).values));
      }),
      runs(500),
    );
  });

  it('reports a marker beside untouched defaults, through both checkValues and the render path', () => {
    const user = {
      config: { token: REDACTED_MARKER, kasAddress: `wss://agent:${REDACTED_MARKER}@kas.example.com` },
      extraEnv: [{ name: 'HTTPS_PROXY', value: `http://u:${REDACTED_MARKER}@proxy:3128` }],
    };
    const options = { releaseName: 'agent', namespace: 'agents' };
    for (const check of [checkValues, checkValuesForRender]) {
      const marked = check(user, options).problems.filter((problem) => problem.message.includes('marker'));
      expect(marked.map((problem) => problem.path)).toEqual(['config.token', 'config.kasAddress', 'extraEnv[0].value']);
    }
  });
});
