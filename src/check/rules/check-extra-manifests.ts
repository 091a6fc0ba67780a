/**
 * `extraManifests` items (read once into the chart model): each must be one Kubernetes object,
 * and none may be an object the chart itself renders, which it would silently replace on apply.
 */
import type { ChartModel } from '../../chart/chart-model.js';
import type { ValuesProblem } from '../../errors.js';
import { listChartObjects } from '../../chart/chart-objects.js';
import { createProblem } from '../create-diagnostic.js';

const OBJECT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function checkExtraManifests(model: ChartModel): ValuesProblem[] {
  // Every render runs this; the chart's object list is only worth building when there are items.
  if (model.extraManifests.length === 0) return [];
  const problems: ValuesProblem[] = [];
  const chartObjects = new Set(
    listChartObjects(model).map((object) => objectKey(object.apiVersion, object.kind, object.namespace, object.name)),
  );
  const seen = new Set<string>();
  for (const item of model.extraManifests) {
    const segments = ['extraManifests', item.index];
    if (!item.ok) {
      if (item.problem.code === 'wrong-type') continue;
      problems.push(createProblem({ code: 'invalid-value', segments, message: item.problem.message, hint: item.problem.hint }));
      continue;
    }
    if (item.name.length > 253 || !OBJECT_NAME.test(item.name)) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments: [...segments, 'metadata', 'name'],
          message: `"${item.name}" is not a valid object name`,
          hint: "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters",
        }),
      );
    }
    if (item.namespace !== undefined && (item.namespace.length > 63 || !NAMESPACE.test(item.namespace))) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments: [...segments, 'metadata', 'namespace'],
          message: `"${item.namespace}" is not a valid namespace`,
          hint: "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
        }),
      );
    }
    const key = objectKey(item.apiVersion, item.kind, item.namespace, item.name);
    if (chartObjects.has(key)) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments,
          message: `is the ${item.kind} "${item.name}" that the chart renders itself, which it would replace`,
          hint: 'give the extra object another name, or change the chart object through its values',
        }),
      );
    } else if (seen.has(key)) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments,
          message: `is the ${item.kind} "${item.name}" a second time`,
          hint: 'list each object once',
        }),
      );
    }
    seen.add(key);
  }
  return problems;
}

/** Identity of an object for duplicates: its API group, kind, namespace and name. */
export function objectKey(apiVersion: string, kind: string, namespace: string | undefined, name: string): string {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return `${group}/${kind}/${namespace ?? ''}/${name}`;
}
