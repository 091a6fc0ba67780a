/**
 * Reads an agent configuration file the way GitLab's agent server (kas) does: sigs.k8s.io/yaml's
 * YAMLToJSON over go-yaml v2, the same YAML 1.1 reading as Helm's values files
 * (`helm/yaml-v2-schema.ts`: `yes`/`on` are booleans, `017` is 15, dates and `12:30` stay strings,
 * non-string keys become strings), then the first document only. Where it differs from the
 * values-file reader, it follows kas: duplicate keys are accepted (the last one wins; reported
 * as a warning), and a `%YAML` directive other than 1.1 fails the file.
 *
 * The file comes from a repository, so hostile input is bounded as values files are
 * (`sources/values-limits.ts`): nodes and nesting while parsing, and the size and depth of the
 * value once aliases are expanded, before anything walks it. Besides the value, it returns the
 * tree of node positions, so every problem can name its line and column.
 */
import { YAMLException, loadAll, type State } from 'js-yaml';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';
import { MAX_NESTING_DEPTH, MAX_VALUE_NODES } from '../sources/values-limits.js';
import { isMap } from '../util/is-map.js';
import type { PathSegment } from './format-config-path.js';

/** A node of the YAML text and where it is; `start` and `end` are offsets into the text. */
export interface YamlNode {
  readonly kind: 'map' | 'list' | 'scalar' | 'alias';
  readonly start: number;
  readonly end: number;
  /** A map's entries in file order, duplicates and merge keys (`<<`) included. */
  readonly entries: readonly YamlEntry[];
  /** A list's items, when they could be matched one to one with the list's values. */
  readonly items: readonly YamlNode[] | undefined;
  /** For an alias of a map or list: the anchored node, so that paths below it can be followed. */
  readonly target: YamlNode | undefined;
}

export interface YamlEntry {
  /** The key as GitLab sees it: a string, with non-string keys converted (`on` gives "true"). */
  readonly key: string;
  readonly keyNode: YamlNode;
  readonly value: YamlNode;
}

export interface DuplicateKey {
  readonly segments: readonly PathSegment[];
  /** Offsets of the earlier and of the later key, which wins. */
  readonly first: number;
  readonly second: number;
}

/** Why the text cannot be read at all; GitLab rejects such a file whole. */
export interface YamlFailure {
  readonly code: 'yaml-syntax' | 'yaml-version' | 'too-large' | 'too-deep' | 'non-finite-number';
  readonly message: string;
  readonly hint: string | undefined;
  /** Offset of the failure in the text, when known. */
  readonly offset: number | undefined;
}

export type YamlReading =
  | {
      readonly ok: true;
      /** The first document as JSON data, with no shared subtrees: null for an empty document. */
      readonly value: unknown;
      /** The first document's root node; undefined for an empty file. */
      readonly root: YamlNode | undefined;
      readonly duplicates: readonly DuplicateKey[];
      /** Offset where a second document starts, which GitLab ignores, when there is one. */
      readonly ignoredFrom: number | undefined;
    }
  | { readonly ok: false; readonly failure: YamlFailure };

interface Frame {
  readonly start: number;
  end: number;
  kind: string | null;
  result: unknown;
  readonly children: Frame[];
}

/** Thrown by the listener to stop js-yaml after the first document, as go-yaml stops. */
const FIRST_DOCUMENT_DONE = Symbol('first document done');

class LimitExceeded extends Error {
  constructor(readonly failure: YamlFailure) {
    super(failure.message);
  }
}

/** Reads `text` (without a byte order mark) into the first document's value and node tree. */
export function readAgentConfigYaml(text: string): YamlReading {
  const top: Frame[] = [];
  const open: Frame[] = [];
  let nodes = 0;
  let ignoredFrom: number | undefined;
  const version = findYamlVersion(text);
  if (version !== undefined && version.text !== '1.1') {
    return {
      ok: false,
      failure: {
        code: 'yaml-version',
        message: 'GitLab rejects the file: its YAML parser reads YAML 1.1 only, and this %YAML directive names another version',
        hint: 'remove the %YAML line',
        offset: version.offset,
      },
    };
  }

  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      if (open.length === 0 && top.length > 0) {
        ignoredFrom = state.position;
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a sentinel that the catch below swallows
        throw FIRST_DOCUMENT_DONE;
      }
      nodes += 1;
      if (nodes > MAX_VALUE_NODES) {
        throw limit('too-large', `the file has more than ${MAX_VALUE_NODES} YAML nodes`, state.position);
      }
      if (open.length >= MAX_NESTING_DEPTH) {
        throw limit('too-deep', `the file nests more than ${MAX_NESTING_DEPTH} levels deep`, state.position);
      }
      open.push({ start: state.position, end: state.position, kind: null, result: undefined, children: [] });
      return;
    }
    const frame = open.pop();
    if (frame === undefined) return;
    frame.end = state.position;
    frame.kind = state.kind;
    frame.result = state.result;
    if (typeof frame.result === 'number' && !Number.isFinite(frame.result)) {
      throw new LimitExceeded({
        code: 'non-finite-number',
        message: '.inf and .nan cannot be used: GitLab cannot convert them to JSON and rejects the whole file',
        hint: 'quote the value if you meant the text',
        offset: frame.start,
      });
    }
    (open.length > 0 ? (open[open.length - 1] as Frame).children : top).push(frame);
  };

  try {
    loadAll(text, null, { schema: HELM_VALUES_SCHEMA, json: true, listener });
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, failure: error.failure };
    if (error instanceof YAMLException) return { ok: false, failure: describeYamlError(error, text) };
    if (error !== FIRST_DOCUMENT_DONE) throw error;
  }

  const first = top[0];
  if (first === undefined) return { ok: true, value: null, root: undefined, duplicates: [], ignoredFrom };
  const measured = measureExpanded(first.result);
  if (measured !== undefined) return { ok: false, failure: measured };
  const duplicates: DuplicateKey[] = [];
  const root = buildNode(first, text, new Map(), { duplicates, segments: [] });
  return { ok: true, value: copyJson(first.result), root, duplicates, ignoredFrom };
}

/**
 * The `%YAML` directive of the first document: directives stand before its `---`. go-yaml
 * refuses every version but 1.1 ("found incompatible YAML document").
 */
function findYamlVersion(text: string): { readonly text: string; readonly offset: number } | undefined {
  const marker = /^---/m.exec(text);
  const directives = marker === null ? text : text.slice(0, marker.index);
  const match = /^%YAML[ \t]+([^\s#]*)/m.exec(directives);
  return match === null ? undefined : { text: match[1] ?? '', offset: match.index };
}

function limit(code: 'too-large' | 'too-deep', message: string, offset: number): LimitExceeded {
  return new LimitExceeded({
    code,
    message,
    hint: 'an agent configuration is a few dozen lines; check that this is the file you meant',
    offset,
  });
}

/**
 * The size and depth of the value with every alias expanded, as GitLab's JSON conversion
 * expands them, without expanding them: each shared subtree is measured once. The walk gives up
 * as soon as a path is deeper than the limit, so it never recurses further than that itself.
 */
function measureExpanded(root: unknown): YamlFailure | undefined {
  const measured = new Map<object, { readonly nodes: number; readonly height: number }>();
  const measure = (value: unknown, depth: number): { nodes: number; height: number } => {
    if (depth > MAX_NESTING_DEPTH)
      throw limit('too-deep', `the file nests more than ${MAX_NESTING_DEPTH} levels deep once its aliases are expanded`, 0);
    if (value === null || typeof value !== 'object') return { nodes: 1, height: 0 };
    const known = measured.get(value);
    if (known !== undefined) {
      if (depth + known.height > MAX_NESTING_DEPTH) {
        throw limit('too-deep', `the file nests more than ${MAX_NESTING_DEPTH} levels deep once its aliases are expanded`, 0);
      }
      return known;
    }
    let nodes = 1;
    let height = 0;
    for (const child of Object.values(value)) {
      const below = measure(child, depth + 1);
      nodes += below.nodes;
      height = Math.max(height, below.height + 1);
      if (nodes > MAX_VALUE_NODES) {
        throw limit('too-large', `the file expands to more than ${MAX_VALUE_NODES} nodes through its aliases`, 0);
      }
    }
    const result = { nodes, height };
    measured.set(value, result);
    return result;
  };
  try {
    measure(root, 0);
    return undefined;
  } catch (error) {
    if (error instanceof LimitExceeded) return { ...error.failure, offset: undefined };
    throw error;
  }
}

/** A fresh copy (aliases become copies), with `__proto__` kept as an ordinary key. */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (isMap(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, { value: copyJson(value[key]), writable: true, enumerable: true, configurable: true });
    }
    return copy;
  }
  return value;
}

interface BuildContext {
  readonly duplicates: DuplicateKey[];
  readonly segments: readonly PathSegment[];
}

/**
 * js-yaml opens a node, then may try to read it as an implicit key and open another node at the
 * same place; when that fails the outer node closes with the inner node's result. Such a wrapper
 * adds nothing.
 */
function unwrap(frame: Frame): Frame {
  let current = frame;
  for (;;) {
    const only = current.children.length === 1 ? current.children[0] : undefined;
    if (only === undefined || only.kind !== current.kind || !Object.is(only.result, current.result)) return current;
    current = only;
  }
}

function buildNode(frame: Frame, text: string, anchored: Map<object, YamlNode>, context: BuildContext): YamlNode {
  const current = unwrap(frame);
  const start = skipBlank(text, current.start);
  const end = Math.max(start, current.end);
  const result = current.result;
  if (current.kind === 'mapping' && isMap(result)) {
    const entries: YamlEntry[] = [];
    const seen = new Map<string, number>();
    const children = current.children;
    // Children come in key, value pairs; js-yaml may leave one empty attempt at the end.
    for (let index = 0; index + 1 < children.length; index += 2) {
      const keyFrame = unwrap(children[index] as Frame);
      const key = keyName(keyFrame.result);
      const keyNode = buildNode(keyFrame, text, anchored, context);
      const value = buildNode(children[index + 1] as Frame, text, anchored, { ...context, segments: [...context.segments, key] });
      const earlier = seen.get(key);
      if (earlier !== undefined && key !== MERGE_KEY) {
        context.duplicates.push({ segments: [...context.segments, key], first: earlier, second: keyNode.start });
      }
      seen.set(key, keyNode.start);
      entries.push({ key, keyNode, value });
    }
    return remember({ kind: 'map', start, end, entries, items: undefined, target: undefined }, result, anchored);
  }
  if (current.kind === 'sequence' && Array.isArray(result)) {
    // An empty item (`-` alone) leaves no node behind: then items cannot be told apart.
    const matched = current.children.length === result.length;
    const items = matched
      ? current.children.map((child, index) => buildNode(child, text, anchored, { ...context, segments: [...context.segments, index] }))
      : undefined;
    return remember({ kind: 'list', start, end, entries: [], items, target: undefined }, result, anchored);
  }
  if (text.charAt(start) === '*') {
    const target = result !== null && typeof result === 'object' ? anchored.get(result) : undefined;
    return { kind: 'alias', start, end, entries: [], items: undefined, target };
  }
  return { kind: 'scalar', start, end, entries: [], items: undefined, target: undefined };
}

/** The first node built for an object is its anchor's; aliases of it find it here. */
function remember(node: YamlNode, result: object, anchored: Map<object, YamlNode>): YamlNode {
  if (!anchored.has(result)) anchored.set(result, node);
  return node;
}

export const MERGE_KEY = '<<';

/** Keys as go-yaml hands them to the JSON conversion: non-string keys become strings. */
function keyName(result: unknown): string {
  if (typeof result === 'string') return result;
  if (result === null) return 'null';
  return String(result);
}

/** The first offset at or after `position` that is not a blank or a comment. */
export function skipBlank(text: string, position: number): number {
  let at = position;
  for (;;) {
    const char = text.charAt(at);
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') at += 1;
    else if (char === '#') {
      const end = text.indexOf('\n', at);
      at = end === -1 ? text.length : end;
    } else return at;
  }
}

/**
 * js-yaml's reason, rephrased where a user needs more than the parser's words. The reason never
 * repeats the line (js-yaml's message does, and it may hold a secret); names that js-yaml quotes
 * from the text are left out too.
 */
function describeYamlError(error: YAMLException, text: string): YamlFailure {
  const mark = error.mark as YAMLException['mark'] | undefined;
  const offset = mark?.position;
  const reason = error.reason ?? 'not well-formed YAML';
  if (reason.startsWith('unidentified alias')) {
    const lineStart = offset === undefined ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    const star = offset === undefined ? -1 : text.lastIndexOf('*', offset);
    return {
      code: 'yaml-syntax',
      message: 'a value starting with * is read as a YAML alias, and no anchor has that name',
      hint:
        offset !== undefined && looksLikeCron(text, offset)
          ? "quote the cron expression: cadence: '0 */6 * * *'"
          : "quote the value if it is text: '*...'",
      offset: star >= lineStart ? star : offset,
    };
  }
  if (reason.startsWith('tab characters must not be used')) {
    return {
      code: 'yaml-syntax',
      message: 'a tab is used for indentation',
      hint: 'indent with spaces; YAML does not allow tabs there',
      offset,
    };
  }
  if (reason === 'duplicated mapping key') {
    // Only reached for keys js-yaml cannot override in JSON mode (merged or complex keys).
    return { code: 'yaml-syntax', message: 'a key is repeated in a way GitLab cannot read', hint: undefined, offset };
  }
  const cleaned = reason.replace(/\s*(?:"[^"]*"|'[^']*'|<[^>]*>|!\S*)/g, '').trim();
  return { code: 'yaml-syntax', message: `not well-formed YAML: ${cleaned}`, hint: undefined, offset };
}

function looksLikeCron(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*cadence\s*:/.test(text.slice(lineStart, offset + 1));
}
