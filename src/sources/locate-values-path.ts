/**
 * Finds the line of a values path in a values file, so a report (GitLab Code Quality, the
 * `validate` command) can point at the key that set a bad value. js-yaml builds no syntax tree,
 * but its `listener` reports where each node opens and closes; nesting those events gives the
 * tree of node positions, read with the same YAML 1.1 schema as the values themselves.
 */
import { loadAll, type State } from 'js-yaml';
import type { PathSegment } from '../helm/format-values-path.js';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';

export interface ValuesPathLocation {
  /** 1-based line of the deepest segment found (line 1 when none was). */
  readonly line: number;
  /** 1-based column of that key or list item on its line (1 when none was found). */
  readonly column: number;
  /** How many leading segments were found; the path's length when the key itself was. */
  readonly depth: number;
  /**
   * Whether the deepest value found is a scalar, a null or an alias: it replaces everything
   * below it, so this file decided the value at the full path even when `depth` is shorter.
   */
  readonly leaf: boolean;
}

export type ValuesPathLocator = (path: readonly PathSegment[]) => ValuesPathLocation;

interface NodeFrame {
  readonly start: number;
  kind: string | null;
  result: unknown;
  readonly children: NodeFrame[];
}

/** The merge key `<<`: keys merged from an alias are pointed at by the `<<` line. */
const MERGE_KEY = '<<';

/**
 * Parses `content` once and returns a locator for any number of paths; undefined when the text
 * is not YAML whose first document is a map (`readValues` has refused such a file already).
 */
export function createValuesPathLocator(content: string): ValuesPathLocator | undefined {
  const root = readNodeTree(content);
  if (root === undefined || root.kind !== 'mapping') return undefined;
  const positionOf = createPositionFinder(content);
  return (path) => locate(root, path, positionOf);
}

function readNodeTree(content: string): NodeFrame | undefined {
  const top: NodeFrame[] = [];
  const open: NodeFrame[] = [];
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      open.push({ start: state.position, kind: null, result: undefined, children: [] });
      return;
    }
    const frame = open.pop();
    if (frame === undefined) return;
    frame.kind = state.kind;
    frame.result = state.result;
    (open.length > 0 ? (open[open.length - 1] as NodeFrame).children : top).push(frame);
  };
  try {
    loadAll(content, null, { schema: HELM_VALUES_SCHEMA, listener });
  } catch {
    return undefined;
  }
  // Like Helm, only the first document counts.
  const first = top[0];
  return first === undefined ? undefined : unwrap(first);
}

/**
 * js-yaml opens a node, then tries to read it as an implicit key and opens another node at
 * the same place; when that fails the outer node closes with the inner node's result. Such a
 * wrapper adds nothing.
 */
function unwrap(frame: NodeFrame): NodeFrame {
  let current = frame;
  for (;;) {
    const only = current.children.length === 1 ? current.children[0] : undefined;
    if (only === undefined || only.kind !== current.kind || !Object.is(only.result, current.result)) return current;
    current = only;
  }
}

function locate(root: NodeFrame, path: readonly PathSegment[], positionOf: (position: number) => TextPosition): ValuesPathLocation {
  let node = root;
  let at: TextPosition = { line: 1, column: 1 };
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth] as PathSegment;
    const step = typeof segment === 'number' ? findItem(node, segment) : findEntry(node, segment);
    if (step === undefined) return { ...at, depth, leaf: depth > 0 && replacesBelow(node) };
    at = positionOf(step.start);
    // Found through a merge key: the alias it names is in this file and decides the rest.
    if (step.value === undefined) return { ...at, depth: depth + 1, leaf: true };
    node = step.value;
  }
  return { ...at, depth: path.length, leaf: replacesBelow(node) };
}

interface TextPosition {
  readonly line: number;
  readonly column: number;
}

interface Step {
  /** Where the key (or list item) starts. */
  readonly start: number;
  /** The value's node; undefined when the key was only found through a merge. */
  readonly value: NodeFrame | undefined;
}

function findEntry(node: NodeFrame, key: string): Step | undefined {
  if (node.kind !== 'mapping') return undefined;
  const children = node.children.map(unwrap);
  let merge: Step | undefined;
  // Children come in key, value pairs; anything else means a shape we do not understand.
  if (children.length % 2 !== 0) return undefined;
  for (let index = 0; index < children.length; index += 2) {
    const keyNode = children[index] as NodeFrame;
    const valueNode = children[index + 1] as NodeFrame;
    const name = keyName(keyNode.result);
    if (name === key) return { start: keyNode.start, value: valueNode };
    if (name === MERGE_KEY) merge = { start: keyNode.start, value: undefined };
  }
  const result = node.result;
  const merged = typeof result === 'object' && result !== null && Object.hasOwn(result, key);
  return merged ? merge : undefined;
}

function findItem(node: NodeFrame, index: number): Step | undefined {
  if (node.kind !== 'sequence') return undefined;
  const item = node.children[index];
  if (item === undefined || node.children.length !== (node.result as unknown[]).length) return undefined;
  const value = unwrap(item);
  return { start: value.start, value };
}

/** Keys as Helm sees them: non-string keys become strings. */
function keyName(result: unknown): string | undefined {
  if (typeof result === 'string') return result;
  if (typeof result === 'number' || typeof result === 'boolean') return String(result);
  if (result === null) return 'null';
  return undefined;
}

/** Only maps merge with what is below them; a scalar, a null or a list replaces it whole. */
function replacesBelow(node: NodeFrame): boolean {
  const result = node.result;
  return typeof result !== 'object' || result === null || Array.isArray(result);
}

/** 1-based line and column of the first character at or after `position` that is not a blank or a comment. */
function createPositionFinder(content: string): (position: number) => TextPosition {
  const lineStarts = [0];
  for (let index = content.indexOf('\n'); index !== -1; index = content.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (position) => {
    let at = position;
    for (;;) {
      const char = content[at];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') at += 1;
      else if (char === '#') {
        const end = content.indexOf('\n', at);
        at = end === -1 ? content.length : end;
      } else break;
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - (lineStarts[low] as number) + 1 };
  };
}
