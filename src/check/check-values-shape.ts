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
  /** The frame of the map or list holding this value (undefined at the root), and its key there. */
  readonly parent: Frame | undefined;
  readonly segment: PathSegment;
  readonly depth: number;
}

/**
 * Whether `value` is one of the maps and lists holding it: a reference cycle. The chain is at most
 * MAX_NESTING_DEPTH long, and walking it costs less than keeping a set of the current path.
 */
function isOnPath(parent: Frame | undefined, value: object): boolean {
  for (let at = parent; at !== undefined; at = at.parent) if (at.value === value) return true;
  return false;
}

/** The path of a frame, built only when there is a problem to report. */
function segmentsOf(frame: Frame): PathSegment[] {
  const segments: PathSegment[] = [];
  for (let at: Frame | undefined = frame; at?.parent !== undefined; at = at.parent) segments.push(at.segment);
  return segments.reverse();
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
  const stack: Frame[] = [{ value: values, parent: undefined, segment: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0 && problems.length < MAX_SHAPE_PROBLEMS) {
    const frame = stack.pop() as Frame;
    nodes += 1;
    if (nodes > MAX_VALUE_NODES) {
      report([], `has more than ${MAX_VALUE_NODES} values`, 'the chart uses a few hundred; check what is being passed');
      break;
    }
    const { value } = frame;
    const nonJson = describeNonJson(value);
    if (nonJson !== undefined) {
      report(segmentsOf(frame), nonJson, 'values are JSON data: maps, lists, strings, finite numbers, booleans and null');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (isOnPath(frame.parent, value)) {
      report(
        segmentsOf(frame),
        'contains itself (a reference cycle)',
        'values are a tree: copy the shared part instead of referring back to it',
      );
      continue;
    }
    if (frame.depth >= MAX_NESTING_DEPTH) {
      report(segmentsOf(frame), `nests more than ${MAX_NESTING_DEPTH} levels deep`, 'no value of the chart nests this deep');
      continue;
    }
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const size = keys === undefined ? (value as unknown[]).length : keys.length;
    if (nodes + size > MAX_VALUE_NODES) {
      report([], `has more than ${MAX_VALUE_NODES} values`, 'the chart uses a few hundred; check what is being passed');
      break;
    }
    const depth = frame.depth + 1;
    // Reversed onto the stack, so problems come out in document order.
    if (keys === undefined) {
      const list = value as unknown[];
      for (let index = size - 1; index >= 0; index -= 1) stack.push({ value: list[index], parent: frame, segment: index, depth });
    } else {
      const map = value as Record<string, unknown>;
      for (let index = size - 1; index >= 0; index -= 1) {
        const key = keys[index] as string;
        stack.push({ value: map[key], parent: frame, segment: key, depth });
      }
    }
  }
  return problems;
}
