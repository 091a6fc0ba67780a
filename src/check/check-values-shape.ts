/**
 * The values given to `render()` / `checkValues()` must be a JSON-like tree before any stage
 * walks them: every later stage (merge, schema, templates) recurses, so a tree nested thousands
 * of levels deep, or one that refers to itself, would end in a stack overflow instead of an
 * error. Values files and `--set` are already bounded where they are read; this guards the
 * library boundary, walking the tree without recursion.
 */
import type { ValuesProblem } from '../errors.js';
import type { PathSegment } from '../helm/format-values-path.js';
import { createProblem } from './create-diagnostic.js';
import { MAX_VALUE_NODES, MAX_NESTING_DEPTH } from '../sources/values-limits.js';

/** The tree is refused as a whole, so a handful of reasons is enough. */
const MAX_SHAPE_PROBLEMS = 5;

interface Frame {
  readonly value: unknown;
  readonly segments: readonly PathSegment[];
  /** Set on the marker that takes a map or list off the current path once its children are done. */
  readonly leaving?: boolean;
}

function describeNonJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : 'is not a finite number';
    case 'object': {
      if (value === null || Array.isArray(value)) return undefined;
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype === Object.prototype || prototype === null) return undefined;
      const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
      return `is a ${typeof name === 'string' && name !== '' ? name : 'class instance'}, not plain data`;
    }
    default:
      return `is a ${typeof value}, not plain data`;
  }
}

/**
 * Problems that make `values` unusable as a values tree: nesting deeper than
 * MAX_NESTING_DEPTH, a reference cycle, more than MAX_VALUE_NODES nodes, or a value JSON cannot
 * hold (a function, a Date, NaN). `undefined` counts as absent, as in JSON.
 */
export function checkValuesShape(values: unknown): ValuesProblem[] {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    return [
      createProblem({
        code: 'wrong-type',
        segments: [],
        message: 'must be a map of values',
        hint: 'pass an object such as { config: { token } }',
      }),
    ];
  }
  const problems: ValuesProblem[] = [];
  const report = (segments: readonly PathSegment[], message: string, hint: string): void => {
    problems.push(createProblem({ code: 'invalid-value', segments, message, hint }));
  };
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value: values, segments: [] }];
  let nodes = 0;
  while (stack.length > 0 && problems.length < MAX_SHAPE_PROBLEMS) {
    const frame = stack.pop() as Frame;
    if (frame.leaving) {
      onPath.delete(frame.value as object);
      continue;
    }
    nodes += 1;
    if (nodes > MAX_VALUE_NODES) {
      report([], `has more than ${MAX_VALUE_NODES} values`, 'the chart uses a few hundred; check what is being passed');
      break;
    }
    const { value, segments } = frame;
    const nonJson = describeNonJson(value);
    if (nonJson !== undefined) {
      report(segments, nonJson, 'values are JSON data: maps, lists, strings, finite numbers, booleans and null');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (onPath.has(value)) {
      report(segments, 'contains itself (a reference cycle)', 'values are a tree: copy the shared part instead of referring back to it');
      continue;
    }
    if (segments.length >= MAX_NESTING_DEPTH) {
      report(segments, `nests more than ${MAX_NESTING_DEPTH} levels deep`, 'no value of the chart nests this deep');
      continue;
    }
    const size = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (nodes + size > MAX_VALUE_NODES) {
      report([], `has more than ${MAX_VALUE_NODES} values`, 'the chart uses a few hundred; check what is being passed');
      break;
    }
    onPath.add(value);
    stack.push({ value, segments, leaving: true });
    const children: [PathSegment, unknown][] = Array.isArray(value)
      ? value.map((item, index): [PathSegment, unknown] => [index, item])
      : Object.keys(value).map((key): [PathSegment, unknown] => [key, (value as Record<string, unknown>)[key]]);
    // Reversed onto the stack, so problems come out in document order.
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const [segment, child] = children[index] as [PathSegment, unknown];
      stack.push({ value: child, segments: [...segments, segment] });
    }
  }
  return problems;
}
