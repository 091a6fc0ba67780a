/** The Deployment's rolling update must be able to replace a pod. */
import type { ValuesProblem } from '../../errors.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';

/** 0 and 0% both mean none; an unset value means Kubernetes' default, 25%. */
function isZeroPods(value: unknown): boolean {
  return value === 0 || value === '0%';
}

/** The API server refuses a Deployment whose rolling update may neither add nor remove a pod. */
export function checkRollingUpdate(values: ValuesTree): ValuesProblem[] {
  if (!isZeroPods(values['maxSurge']) || !isZeroPods(values['maxUnavailable'])) return [];
  return [
    createProblem({
      code: 'invalid-value',
      segments: ['maxUnavailable'],
      message: 'is 0 while maxSurge is 0 too, which Kubernetes refuses: the rollout could never replace a pod',
      hint: 'set maxSurge or maxUnavailable to at least 1 (the chart defaults are maxSurge 1, maxUnavailable 0)',
    }),
  ];
}
