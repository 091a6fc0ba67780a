/**
 * The plan of a skeleton document: js-yaml's parse of the chart's own text, with a hole where
 * each value's token was read. Filling the holes with the values' parses gives what parsing the
 * whole rendered document gives, because createPlan accepts a skeleton only when (anything else
 * is NOT_READABLE, and the document is parsed whole):
 * - it has no flow collections, which could give a token a context where a value reads
 *   differently;
 * - js-yaml reads each token as a plain scalar of its own (no tag, no anchor, not quoted, not
 *   part of a longer scalar, not a key), exactly once, and a list value's `- token` as an item
 *   of a list.
 * What the values must be to stand for their tokens is read-from-skeleton.ts's part.
 */
import yaml from 'js-yaml';
import { isMap } from '../util/is-map.js';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';
import { NOT_READABLE } from './read-written-values.js';
import { HOLE_TOKEN, HOLE_TOKEN_PREFIX, type TemplateHole } from '../render/template-runtime.js';

/** Characters of a flow collection, where a multi-line value could not stand for its token. */
const CONTEXT_INDICATORS = /[[\]{}]/;
const HOLE_NAME = /^__gam_hole_(\d+)__$/;
const FULL_LINE_COMMENT = /^[ \t]*#.*$/gm;

/**
 * A node of a cached skeleton parse: fixed data, or where values go. A map or list keeps its
 * fixed entries in `base`, copied whole for each render, and lists the entries to fill in.
 */
export type PlanNode =
  | { readonly kind: 'data'; readonly value: unknown }
  | { readonly kind: 'map'; readonly base: Readonly<Record<string, unknown>>; readonly fill: readonly (readonly [string, PlanNode])[] }
  | { readonly kind: 'list'; readonly base: readonly unknown[]; readonly fill: readonly (readonly [number, PlanNode])[] }
  | { readonly kind: 'spliced-list'; readonly items: readonly PlanNode[] }
  | { readonly kind: 'hole'; readonly hole: number; readonly splice: boolean };

export type Plan = PlanNode | typeof NOT_READABLE;

/**
 * The plan of one skeleton document, `text` (trimmed), which spans `start` to `end` of the
 * template's skeleton; `holes` are all the template's, by index.
 */
export function createPlan(text: string, holes: readonly TemplateHole[], start: number, end: number): Plan {
  if (CONTEXT_INDICATORS.test(text.replace(FULL_LINE_COMMENT, ''))) return NOT_READABLE;
  const inDocument = holes.flatMap((hole, index) => (hole.offset >= start && hole.offset < end ? [index] : []));
  if ([...text.matchAll(HOLE_TOKEN)].length !== inDocument.length) return NOT_READABLE;
  // Where a token is read as a plain scalar of its own (no tag, no anchor, not quoted): js-yaml
  // reports each node it closes, with the position just after it.
  const plainTokenEnds = new Set<number>();
  const listener = (
    event: string,
    state: { kind?: string; result?: unknown; tag?: string | null; anchor?: string | null; position: number },
  ): void => {
    if (event !== 'close' || state.kind !== 'scalar' || typeof state.result !== 'string') return;
    if (state.tag === '?' && (state.anchor ?? null) === null && HOLE_NAME.test(state.result)) plainTokenEnds.add(state.position);
  };
  let parsed: unknown;
  try {
    parsed = yaml.load(text, { schema: HELM_VALUES_SCHEMA, listener: listener as never });
  } catch {
    return NOT_READABLE;
  }
  for (const match of text.matchAll(HOLE_TOKEN)) {
    if (!plainTokenEnds.has(match.index + match[0].length)) return NOT_READABLE;
  }
  const seen = new Set<number>();
  let readable = true;
  const tokenOf = (value: string): number | undefined => {
    const match = HOLE_NAME.exec(value);
    if (match) return Number(match[1]);
    if (value.includes(HOLE_TOKEN_PREFIX)) readable = false;
    return undefined;
  };
  const planOf = (value: unknown, inList: boolean): PlanNode => {
    if (typeof value === 'string') {
      const hole = tokenOf(value);
      if (hole === undefined) return { kind: 'data', value };
      const splice = holes[hole]?.token.startsWith('- ') ?? false;
      if (seen.has(hole) || !inDocument.includes(hole) || (splice && !inList)) readable = false;
      seen.add(hole);
      return { kind: 'hole', hole, splice };
    }
    if (Array.isArray(value)) {
      const items = value.map((item) => planOf(item, true));
      if (items.some((item) => item.kind === 'hole' && item.splice)) return { kind: 'spliced-list', items };
      const fill = items.flatMap((item, index) => (item.kind === 'data' ? [] : [[index, item] as const]));
      return { kind: 'list', base: items.map((item) => (item.kind === 'data' ? item.value : null)), fill };
    }
    if (isMap(value)) {
      const base: Record<string, unknown> = {};
      const fill: (readonly [string, PlanNode])[] = [];
      for (const key of Object.keys(value)) {
        if (key.includes(HOLE_TOKEN_PREFIX)) readable = false;
        const node = planOf(value[key], false);
        setOwn(base, key, node.kind === 'data' ? node.value : null);
        if (node.kind !== 'data') fill.push([key, node]);
      }
      return { kind: 'map', base, fill };
    }
    return { kind: 'data', value };
  };
  const plan = planOf(parsed, false);
  return readable && seen.size === inDocument.length ? plan : NOT_READABLE;
}

/** A fresh object for every render: callers may change what they get. */
export function buildObject(plan: PlanNode, values: readonly unknown[]): unknown {
  switch (plan.kind) {
    case 'data':
      return plan.value;
    case 'hole':
      return copyData(values[plan.hole]);
    case 'map': {
      // Spreading copies the keys in order, `__proto__` included, as own data properties.
      const map: Record<string, unknown> = { ...plan.base };
      for (const [key, node] of plan.fill) setOwn(map, key, buildObject(node, values));
      return map;
    }
    case 'list': {
      const list = plan.base.slice();
      for (const [index, node] of plan.fill) list[index] = buildObject(node, values);
      return list;
    }
    case 'spliced-list': {
      const list: unknown[] = [];
      for (const item of plan.items) {
        if (item.kind === 'hole' && item.splice) list.push(...(copyData(values[item.hole]) as unknown[]));
        else list.push(buildObject(item, values));
      }
      return list;
    }
  }
}

/** The plan node of a map's field, or undefined when the map has no such key. */
export function findField(plan: PlanNode & { kind: 'map' }, key: string): PlanNode | undefined {
  for (const [fillKey, node] of plan.fill) if (fillKey === key) return node;
  return Object.hasOwn(plan.base, key) ? { kind: 'data', value: plan.base[key] } : undefined;
}

/** A plan node's value for reading a scalar field: data as it is, a hole's (shared) value, else a copy. */
export function peekValue(node: PlanNode | undefined, values: readonly unknown[]): unknown {
  if (node === undefined) return undefined;
  if (node.kind === 'data') return node.value;
  if (node.kind === 'hole' && !node.splice) return values[node.hole];
  return buildObject(node, values);
}

function copyData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyData);
  if (isMap(value)) {
    const map: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(map, key, copyData(value[key]));
    return map;
  }
  return value;
}

/** An own property even for `__proto__`, as js-yaml creates it. */
function setOwn(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}
