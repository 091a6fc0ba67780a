/**
 * The skeleton way of reading a rendered template back. A rendered template is its skeleton (the
 * chart's text, which changes only with the branches taken) plus the values it wrote, each
 * through an escaping helper (see template-runtime.ts). When every value has a form that reads
 * the same wherever a plain scalar can stand, a document is its skeleton's plan (skeleton-plan.ts)
 * with each hole filled by its value's parse; both parses are cached by their exact text.
 * The conditions on the values, checked on every render (anything else parses the whole text):
 * - a `q` value is one line, double-quoted or plain from a narrow set of characters;
 * - a `toYaml` value is a map or a list, without surrounding blanks, alone on its lines, and
 *   its later lines are indented by exactly the spaces before its token;
 * - the skeleton's document separators are where the text's are.
 */
import type { Manifest } from '../types.js';
import { RENDER_CACHES } from '../util/render-caches.js';
import { NOT_READABLE, readWrittenBlock, readWrittenScalar } from './read-written-values.js';
import { createLazyManifest } from './lazy-manifest.js';
import { readManifestHeader, toManifest } from './parse-document.js';
import { buildObject, createPlan, findField, peekValue, type Plan, type PlanNode } from './skeleton-plan.js';
import { locateDocuments } from './split-documents.js';
import type { RenderedTemplate } from '../render/render-templates.js';
import type { TemplateHole } from '../render/template-runtime.js';

/** The skeleton parses by exact text; the last few of each template are compared before hashing. */
const plans = RENDER_CACHES.createBoundedCache<Plan>('skeleton plans', 512);
const seenOnce = RENDER_CACHES.createBoundedCache<true>('skeletons seen once', 512);
/** By template document (`source#index`), which the chart's templates bound. */
const recentPlans = RENDER_CACHES.createMap<string, { text: string; plan: Plan }[]>('recent plans by document');
const RECENT_PLANS = 4;

/** How to read a template's documents, by index, and the values that complete their plans. */
export interface SkeletonReading {
  /** Null for an empty document, undefined where the whole text must be parsed, else its plan. */
  readonly documents: readonly (PlanNode | null | undefined)[];
  readonly values: readonly unknown[];
}

/**
 * How to read each of the template's documents (`documents` is its text split), or undefined
 * when none can be read from the skeleton.
 */
export function readFromSkeleton(template: RenderedTemplate, documents: readonly string[]): SkeletonReading | undefined {
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

/** Where a plan keeps the fields every manifest must have; `undefined` when it is not a map with a metadata map. */
export interface PlanHeader {
  readonly apiVersion: PlanNode | undefined;
  readonly kind: PlanNode | undefined;
  readonly name: PlanNode | undefined;
  readonly namespace: PlanNode | undefined;
}

export function findPlanHeader(plan: PlanNode): PlanHeader | undefined {
  const metadata = plan.kind === 'map' ? findField(plan, 'metadata') : undefined;
  if (plan.kind !== 'map' || metadata === undefined || metadata.kind !== 'map') return undefined;
  return {
    apiVersion: findField(plan, 'apiVersion'),
    kind: findField(plan, 'kind'),
    name: findField(metadata, 'name'),
    namespace: findField(metadata, 'namespace'),
  };
}

/**
 * The manifest of a document read from its plan. Its checks are toManifest's, made on the plan;
 * `object` is built when first read (a stream of YAML never needs it), then stays as any property.
 * `header` is findPlanHeader(plan), which a caller may have kept.
 */
export function toPlannedManifest(
  plan: PlanNode,
  values: readonly unknown[],
  text: string,
  source: string,
  header: PlanHeader | undefined = findPlanHeader(plan),
): Manifest {
  if (header === undefined) return toManifest(buildObject(plan, values), text, source);
  const { apiVersion, kind, name } = readManifestHeader(
    peekValue(header.apiVersion, values),
    peekValue(header.kind, values),
    peekValue(header.name, values),
    source,
  );
  const namespace = peekValue(header.namespace, values);
  return createLazyManifest(
    { source, apiVersion, kind, name, namespace: typeof namespace === 'string' ? namespace : undefined },
    text,
    () => buildObject(plan, values),
  );
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
