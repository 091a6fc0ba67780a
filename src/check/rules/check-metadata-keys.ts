/** Label and annotation keys: the length of their prefix, which the schema's pattern cannot bound. */
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';
import { DEFAULT_VALUES } from '../../generated/chart-files.js';

/** Maps whose keys are label or annotation keys. The schema checks their form, not the prefix length. */
const METADATA_KEY_MAPS: readonly (readonly string[])[] = [
  ['podLabels'],
  ['additionalLabels'],
  ['nodeSelector'],
  ['podAnnotations'],
  ['serviceAccount', 'annotations'],
  ['ingress', 'annotations'],
];
const MAX_KEY_PREFIX_LENGTH = 253;
/**
 * The chart's own maps at those paths, whose keys pass (test/check-semantics.test.ts): a map the
 * sharing merge kept as it is (the very object) has nothing to report.
 */
const DEFAULT_MAPS = METADATA_KEY_MAPS.map((segments) => getValueAt(DEFAULT_VALUES, segments));

/** The `example.com/` prefix of a label or annotation key is a DNS subdomain: at most 253 characters. */
export function checkMetadataKeys(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  METADATA_KEY_MAPS.forEach((segments, index) => {
    const map = getValueAt(values, segments);
    if (!isMap(map) || map === DEFAULT_MAPS[index]) return;
    for (const key of Object.keys(map)) {
      const slash = key.indexOf('/');
      if (slash > MAX_KEY_PREFIX_LENGTH) {
        problems.push(
          createProblem({
            code: 'invalid-value',
            segments: [...segments, key],
            message: `has a prefix of ${slash} characters; Kubernetes allows at most ${MAX_KEY_PREFIX_LENGTH}`,
            hint: 'shorten the part before the "/"',
          }),
        );
      }
    }
  });
  return problems;
}
