/** The image reference the Deployment runs. */
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';
import { DEFAULT_VALUES } from '../../generated/chart-files.js';

const IMAGE_BREAK = /[\s\p{Cc}]/u;
const KEYS = ['repository', 'tag'] as const;
/** The chart's own repository and tag, which pass (test/check-semantics.test.ts): no need to scan them again. */
const DEFAULTS = KEYS.map((key) => getValueAt(DEFAULT_VALUES, ['image', key]));

/** `<repository>:<tag>` is an image reference, which has no whitespace (the API server refuses it at the ends). */
export function checkImage(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  const image = values['image'];
  KEYS.forEach((key, index) => {
    const value = isMap(image) ? image[key] : undefined;
    if (value === DEFAULTS[index]) return;
    if (typeof value === 'string' && IMAGE_BREAK.test(value)) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments: ['image', key],
          message: 'contains whitespace or a control character',
          hint: 'an image reference has none: registry.example.com/path/agentk and a tag such as v18.0.0',
        }),
      );
    }
  });
  return problems;
}
