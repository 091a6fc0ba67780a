/**
 * Finds where a path of the configuration is written, so each problem names its line and column:
 * the key (for an unknown key) or the value. A key read through a merge key (`<<: *defaults`) or
 * a path below an alias is found where the anchor defines it; a path that is not in the file (a
 * missing key) points at the deepest part that is.
 */
import { MERGE_KEY, type YamlEntry, type YamlNode } from './read-agent-config-yaml.js';
import type { PathSegment } from './format-config-path.js';

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

export interface ConfigLocator {
  readonly locate: (segments: readonly PathSegment[], at: 'key' | 'value') => TextPosition;
  /** The source text of the scalar at the path (or of its key), if the path ends at one. */
  readonly sourceOf: (segments: readonly PathSegment[], at: 'key' | 'value') => string | undefined;
  readonly positionOf: (offset: number) => TextPosition;
}

interface Found {
  /** The deepest node reached, and the entry that led to it when the last step was a key. */
  readonly node: YamlNode;
  readonly entry: YamlEntry | undefined;
  /** Whether every segment was found. */
  readonly complete: boolean;
}

export function createConfigLocator(text: string, root: YamlNode | undefined): ConfigLocator {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const positionOf = (offset: number): TextPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };

  const locate = (segments: readonly PathSegment[], at: 'key' | 'value'): TextPosition => {
    if (root === undefined) return { line: 1, column: 1 };
    const found = follow(root, segments);
    const empty = found.node.kind === 'scalar' && found.node.start >= found.node.end;
    const useKey = found.entry !== undefined && (at === 'key' || !found.complete || empty);
    return positionOf(useKey ? (found.entry as YamlEntry).keyNode.start : found.node.start);
  };

  const sourceOf = (segments: readonly PathSegment[], at: 'key' | 'value'): string | undefined => {
    if (root === undefined) return undefined;
    const found = follow(root, segments);
    if (!found.complete) return undefined;
    const node = at === 'key' ? found.entry?.keyNode : found.node;
    if (node === undefined || node.kind !== 'scalar') return undefined;
    return text.slice(node.start, node.end).trim();
  };

  return { locate, sourceOf, positionOf };
}

function follow(root: YamlNode, segments: readonly PathSegment[]): Found {
  let node = root;
  let entry: YamlEntry | undefined;
  for (const segment of segments) {
    const container = node.kind === 'alias' && node.target !== undefined ? node.target : node;
    if (typeof segment === 'number') {
      const item = container.kind === 'list' ? container.items?.[segment] : undefined;
      if (item === undefined) return { node, entry, complete: false };
      node = item;
      entry = undefined;
    } else {
      const next = findEntry(container, segment, 0);
      if (next === undefined) return { node, entry, complete: false };
      node = next.value;
      entry = next;
    }
  }
  return { node, entry, complete: true };
}

/** The entry that sets `key`: the last one written (it wins), else one merged in with `<<`. */
function findEntry(node: YamlNode, key: string, depth: number): YamlEntry | undefined {
  if (node.kind !== 'map' || depth > 8) return undefined;
  for (let index = node.entries.length - 1; index >= 0; index -= 1) {
    const entry = node.entries[index] as YamlEntry;
    if (entry.key === key) return entry;
  }
  for (const entry of node.entries) {
    if (entry.key !== MERGE_KEY) continue;
    const sources = entry.value.kind === 'list' ? (entry.value.items ?? []) : [entry.value];
    for (const source of sources) {
      const map = source.kind === 'alias' ? source.target : source;
      const merged = map === undefined ? undefined : findEntry(map, key, depth + 1);
      if (merged !== undefined) return merged;
    }
  }
  return undefined;
}
