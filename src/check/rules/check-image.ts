/** The image reference the Deployment runs. */
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';

const IMAGE_BREAK = /[\s\p{Cc}]/u;

/** `<repository>:<tag>` is an image reference, which has no whitespace (the API server refuses it at the ends). */
export function checkImage(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  for (const key of ['repository', 'tag']) {
    const value = getValueAt(values, ['image', key]);
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
  }
  return problems;
}
