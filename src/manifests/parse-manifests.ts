/**
 * Parses every rendered document back and checks it is one Kubernetes object, so a template
 * bug fails here, naming the template, long before kubectl sees it.
 *
 * Parsing is js-yaml's, always; what it parses can be smaller. A rendered template is its
 * skeleton (the chart's text, which changes only with the branches taken) plus the values it
 * wrote, each through an escaping helper (see template-runtime.ts). When every value has a form
 * that reads the same wherever a plain scalar can stand, the document is the skeleton's parse
 * with each token replaced by its value's parse; both parses are cached by their exact text.
 * The conditions, all checked on every render (anything else parses the whole text):
 * - a `q` value is one line, double-quoted or plain from a narrow set of characters;
 * - a `toYaml` value is a map or a list, without surrounding blanks, alone on its lines, and
 *   its later lines are indented by exactly the spaces before its token;
 * - the skeleton has no flow collections, which could give a token a context where a value
 *   reads differently;
 * - js-yaml reads each token as a plain scalar of its own (no tag, no anchor, not quoted, not
 *   part of a longer scalar, not a key), exactly once, and a list value's `- token` as an item
 *   of a list.
 * test/parse-manifests.test.ts checks that both ways give the same objects.
 */
import yaml from 'js-yaml';
import { TemplateError } from '../errors.js';
import type { Manifest } from '../types.js';
import { isMap } from '../util/is-map.js';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';
import { BoundedCache } from '../util/bounded-cache.js';
import { NOT_READABLE, readWrittenBlock, readWrittenScalar } from './read-written-values.js';
import type { RenderedTemplate } from '../render/render-templates.js';
import { HOLE_TOKEN, HOLE_TOKEN_PREFIX, type TemplateHole } from '../render/template-runtime.js';

/** Every value line of ours is indented, so a document separator can only be a template's own. */
const DOCUMENT_SEPARATOR = /^---[ \t]*$/gm;

function parseYaml(text: string, source: string): unknown {
  // Kubernetes reads manifests with YAML 1.1 rules (`0444` is octal), so we do too.
  return yaml.load(text, { schema: HELM_VALUES_SCHEMA, filename: source });
}

function toManifest(object: unknown, text: string, source: string): Manifest {
  if (!isMap(object)) throw new TemplateError({ reason: 'a rendered document is not a mapping', template: source });
  const { apiVersion, kind, metadata } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    throw new TemplateError({ reason: 'a rendered document lacks apiVersion or kind', template: source });
  }
  if (!isMap(metadata) || typeof metadata.name !== 'string' || metadata.name === '') {
    throw new TemplateError({ reason: `the ${kind} lacks metadata.name`, template: source });
  }
  const { name, namespace } = metadata;
  return typeof namespace === 'string'
    ? { source, apiVersion, kind, name, namespace, object, yaml: text }
    : { source, apiVersion, kind, name, object, yaml: text };
}

function parseDocument(text: string, source: string): Manifest {
  let object: unknown;
  try {
    object = parseYaml(text, source);
  } catch (error) {
    throw new TemplateError({ reason: `rendered invalid YAML: ${(error as Error).message}`, template: source });
  }
  return toManifest(object, text, source);
}

export function parseManifests(rendered: readonly RenderedTemplate[]): Manifest[] {
  const manifests: Manifest[] = [];
  for (const template of rendered) {
    const documents = splitDocuments(template.text);
    const read = readFromSkeleton(template, documents);
    documents.forEach((document, index) => {
      const trimmed = document.trim();
      if (trimmed === '') return;
      const readDocument = read?.documents[index];
      manifests.push(
        readDocument === undefined || readDocument === null
          ? parseDocument(trimmed, template.source)
          : toPlannedManifest(readDocument, read?.values ?? [], trimmed, template.source),
      );
    });
  }
  return manifests;
}

/** `text.split(DOCUMENT_SEPARATOR)`: the documents of one template's output, untrimmed. */
export function splitDocuments(text: string): string[] {
  if (!text.includes('---')) return [text];
  return locateDocuments(text).map(({ start, end }) => text.slice(start, end));
}

function locateDocuments(text: string): { start: number; end: number }[] {
  if (!text.includes('---')) return [{ start: 0, end: text.length }];
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(DOCUMENT_SEPARATOR)) {
    parts.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  parts.push({ start, end: text.length });
  return parts;
}

// --- the skeleton way ---------------------------------------------------------------------

/** Characters of a flow collection, where a multi-line value could not stand for its token. */
const CONTEXT_INDICATORS = /[[\]{}]/;
const HOLE_NAME = /^__gam_hole_(\d+)__$/;
const FULL_LINE_COMMENT = /^[ \t]*#.*$/gm;

/**
 * A node of a cached skeleton parse: fixed data, or where values go. A map or list keeps its
 * fixed entries in `base`, copied whole for each render, and lists the entries to fill in.
 */
type PlanNode =
  | { readonly kind: 'data'; readonly value: unknown }
  | { readonly kind: 'map'; readonly base: Readonly<Record<string, unknown>>; readonly fill: readonly (readonly [string, PlanNode])[] }
  | { readonly kind: 'list'; readonly base: readonly unknown[]; readonly fill: readonly (readonly [number, PlanNode])[] }
  | { readonly kind: 'spliced-list'; readonly items: readonly PlanNode[] }
  | { readonly kind: 'hole'; readonly hole: number; readonly splice: boolean };

type Plan = PlanNode | typeof NOT_READABLE;

/** The skeleton parses by exact text; the last few of each template are compared before hashing. */
const plans = new BoundedCache<Plan>(512);
const seenOnce = new BoundedCache<true>(512);
const recentPlans = new Map<string, { text: string; plan: Plan }[]>();
const RECENT_PLANS = 4;

/**
 * How to read each of the template's documents (`documents` is its text split), by index: null
 * for an empty document, undefined where the whole text must be parsed, else the plan that the
 * hole values complete.
 */
function readFromSkeleton(
  template: RenderedTemplate,
  documents: readonly string[],
): { documents: (PlanNode | null | undefined)[]; values: readonly unknown[] } | undefined {
  const { skeleton, holes } = template;
  if (skeleton === undefined || holes === undefined) return undefined;
  const parts = locateDocuments(skeleton);
  if (parts.length !== documents.length) return undefined;
  const found = parts.map(({ start, end }, index) => {
    const text = parts.length === 1 ? skeleton.trim() : skeleton.slice(start, end).trim();
    if (text === '') return documents[index]?.trim() === '' ? null : undefined;
    const plan = getPlan(`${template.source}#${index}`, text, holes, start, end);
    return plan === NOT_READABLE ? undefined : plan;
  });
  if (!found.some((plan) => plan !== null && plan !== undefined)) return undefined;
  const values = readHoleValues(skeleton, holes);
  if (values === undefined) return undefined;
  return { documents: found, values };
}

/**
 * The objects of the template's documents, by index: null for an empty document, undefined
 * where the whole text must be parsed. For the tests.
 */
export function readObjectsFromSkeleton(template: RenderedTemplate, documents: readonly string[]): (unknown | undefined)[] | undefined {
  const read = readFromSkeleton(template, documents);
  return read?.documents.map((plan) => (plan === null || plan === undefined ? plan : buildObject(plan, read.values)));
}

/**
 * The manifest of a document read from its plan. Its checks are toManifest's, made on the plan;
 * `object` is built when first read (a stream of YAML never needs it), then stays as any property.
 */
function toPlannedManifest(plan: PlanNode, values: readonly unknown[], text: string, source: string): Manifest {
  const metadata = plan.kind === 'map' ? fieldOf(plan, 'metadata') : undefined;
  if (plan.kind !== 'map' || metadata === undefined || metadata.kind !== 'map') {
    return toManifest(buildObject(plan, values), text, source);
  }
  const apiVersion = peek(fieldOf(plan, 'apiVersion'), values);
  const kind = peek(fieldOf(plan, 'kind'), values);
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    throw new TemplateError({ reason: 'a rendered document lacks apiVersion or kind', template: source });
  }
  const name = peek(fieldOf(metadata, 'name'), values);
  if (typeof name !== 'string' || name === '') throw new TemplateError({ reason: `the ${kind} lacks metadata.name`, template: source });
  const namespace = peek(fieldOf(metadata, 'namespace'), values);
  // `object` is an accessor in its place among the keys; the first read (or a write) makes it a
  // plain data property.
  const build = (target: object): Readonly<Record<string, unknown>> =>
    settle(target, buildObject(plan, values)) as Readonly<Record<string, unknown>>;
  return typeof namespace === 'string'
    ? {
        source,
        apiVersion,
        kind,
        name,
        namespace,
        get object() {
          return build(this);
        },
        set object(value) {
          settle(this, value);
        },
        yaml: text,
      }
    : {
        source,
        apiVersion,
        kind,
        name,
        get object() {
          return build(this);
        },
        set object(value) {
          settle(this, value);
        },
        yaml: text,
      };
}

function settle(target: object, value: unknown): unknown {
  Object.defineProperty(target, 'object', { value, writable: true, enumerable: true, configurable: true });
  return value;
}

function fieldOf(plan: PlanNode & { kind: 'map' }, key: string): PlanNode | undefined {
  for (const [fillKey, node] of plan.fill) if (fillKey === key) return node;
  return Object.hasOwn(plan.base, key) ? { kind: 'data', value: plan.base[key] } : undefined;
}

/** A plan node's value for reading a scalar field: data as it is, a hole's (shared) value, else a copy. */
function peek(node: PlanNode | undefined, values: readonly unknown[]): unknown {
  if (node === undefined) return undefined;
  if (node.kind === 'data') return node.value;
  if (node.kind === 'hole' && !node.splice) return values[node.hole];
  return buildObject(node, values);
}

/** Each value's parse, or undefined when one has a form the skeleton cannot stand for. */
function readHoleValues(skeleton: string, holes: readonly TemplateHole[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const hole of holes) {
    const value = hole.kind === 'scalar' ? readWrittenScalar(hole.text) : readBlock(skeleton, hole);
    if (value === NOT_READABLE) return undefined;
    values.push(value);
  }
  return values;
}

function readBlock(skeleton: string, hole: TemplateHole): unknown {
  // Alone on its lines: only spaces before the token, a line end after it, and its later
  // lines indented by those same spaces.
  const lineStart = skeleton.lastIndexOf('\n', hole.offset - 1) + 1;
  const before = skeleton.slice(lineStart, hole.offset);
  const after = skeleton[hole.offset + hole.token.length];
  if (!/^ *$/.test(before) || (after !== undefined && after !== '\n')) return NOT_READABLE;
  if (before !== hole.indent && hole.text.includes('\n')) return NOT_READABLE;
  if (hole.text.trim() !== hole.text) return NOT_READABLE;
  const value = readWrittenBlock(hole.text);
  const isList = hole.token.startsWith('- ');
  if (isList && (!Array.isArray(value) || value.length === 0)) return NOT_READABLE;
  return value;
}

/**
 * A skeleton seen for the first time is not worth a plan: its document is parsed whole, as a
 * single render (one CLI run) would anyway. From the second time on, renders reuse the plan.
 */
function getPlan(document: string, text: string, holes: readonly TemplateHole[], start: number, end: number): Plan {
  const recent = recentPlans.get(document) ?? [];
  const hit = recent.find((entry) => entry.text === text);
  if (hit) return hit.plan;
  let plan = plans.get(text);
  if (plan === undefined) {
    if (seenOnce.get(text) === undefined) {
      seenOnce.set(text, true);
      return NOT_READABLE;
    }
    plan = plans.set(text, createPlan(text, holes, start, end));
  }
  recentPlans.set(document, [{ text, plan }, ...recent.slice(0, RECENT_PLANS - 1)]);
  return plan;
}

function createPlan(text: string, holes: readonly TemplateHole[], start: number, end: number): Plan {
  if (CONTEXT_INDICATORS.test(text.replace(FULL_LINE_COMMENT, ''))) return NOT_READABLE;
  const inDocument = holes.flatMap((hole, index) => (hole.offset >= start && hole.offset < end ? [index] : []));
  if ([...text.matchAll(HOLE_TOKEN)].length !== inDocument.length) return NOT_READABLE;
  // Where a token is read as a plain scalar of its own (no tag, no anchor, not quoted): js-yaml
  // reports each node it closes, with the position just after it.
  const plainTokenEnds = new Set<number>();
  const listener = (event: string, state: { kind?: string; result?: unknown; tag?: string | null; anchor?: string | null; position: number }): void => {
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
function buildObject(plan: PlanNode, values: readonly unknown[]): unknown {
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
