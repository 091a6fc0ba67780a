/**
 * Renders the chart's templates and reads their documents back, the fast way where it is exact.
 * Each template runs into a PathOutput (render/path-output.ts), which walks the template's tree
 * of branch paths and collects the written texts. The node at the end of the walk holds the
 * path's plan (template-plan.ts): the skeleton's documents as pieces of text and holes, and
 * each document's skeleton parse, all worked out once from the skeleton, as read-from-skeleton.ts
 * works them out. A render then checks each written text as read-from-skeleton.ts does and
 * joins the pieces; nothing builds, splits, trims or compares the skeleton text again.
 *
 * Anything else takes the way of parse-manifests.ts, which gives the same manifests (the tests of
 * parse-manifests.ts, golden files and parity hold both): a path seen for the first or second
 * time (the second builds its plan), a text that could move a document boundary, one that ends
 * in a line break, and one the skeleton cannot stand for.
 */
import { TemplateError } from '../errors.js';
import { COMPILED_TEMPLATES } from '../generated/chart-templates.js';
import type { TemplateContext } from '../render/build-template-context.js';
import { PathOutput, PathTree, RenderFormats, type PathStep } from '../render/path-output.js';
import { renderTemplate, TEMPLATE_SOURCES } from '../render/render-templates.js';
import type { Manifest } from '../types.js';
import { RENDER_CACHES } from '../util/render-caches.js';
import { parseManifests } from './parse-manifests.js';
import {
  buildTemplatePlan,
  fromTemplatePlanData,
  readPlannedTemplate,
  toTemplatePlanData,
  type TemplatePlan,
  type TemplatePlanData,
} from './template-plan.js';

const paths = RENDER_CACHES.register('template branch paths', new PathTree(20_000));
/** What a path's node holds before its plan: it was seen once. */
const SEEN_ONCE = Symbol('seen once');

export function renderTemplateManifests(context: TemplateContext): Manifest[] {
  const manifests: Manifest[] = [];
  const output = new PathOutput(paths.root(0), new RenderFormats());
  for (let index = 0; index < COMPILED_TEMPLATES.length; index++) {
    const source = TEMPLATE_SOURCES[index] as string;
    output.restart(paths.root(index));
    try {
      (COMPILED_TEMPLATES[index] as (typeof COMPILED_TEMPLATES)[number]).render(context, output);
    } catch (error) {
      throw new TemplateError({ reason: error instanceof Error ? error.message : String(error), template: source });
    }
    const node = output.node;
    const plan = node.plan as TemplatePlan | typeof SEEN_ONCE | undefined;
    if (plan !== undefined && plan !== SEEN_ONCE && readPlannedTemplate(plan, output.written, source, manifests, output.count)) continue;
    const rendered = renderTemplate(index, context);
    if (plan === undefined) node.plan = SEEN_ONCE;
    else if (plan === SEEN_ONCE && rendered.skeleton !== undefined && rendered.holes !== undefined) {
      node.plan = buildTemplatePlan(rendered.skeleton, rendered.holes);
    }
    for (const manifest of parseManifests([rendered])) manifests.push(manifest);
  }
  return manifests;
}

/** Every plan of this process, by template and branch path, as JSON data; see importTemplatePlans. */
export interface TemplatePlansData {
  readonly templates: readonly { readonly name: string; readonly paths: readonly { steps: PathStep[]; plan: TemplatePlanData }[] }[];
}

/**
 * The plans the renders of this process worked out, as data. The build of the CLI renders the
 * common configurations and ships their plans, so a CLI run (one render) reads its documents
 * through plans instead of parsing each whole.
 */
export function exportTemplatePlans(): TemplatePlansData {
  return {
    templates: COMPILED_TEMPLATES.map(({ name }, index) => ({
      name,
      paths: [...paths.root(index).walk((plan) => plan !== undefined && plan !== SEEN_ONCE)].flatMap(({ steps, plan }) => {
        const data = toTemplatePlanData(plan as TemplatePlan);
        return data === undefined ? [] : [{ steps, plan: data }];
      }),
    })),
  };
}

/**
 * Takes in plans exportTemplatePlans gave, made by this same code (the build writes them beside
 * the bundle). A template of another name than this code's at that place takes none.
 */
export function importTemplatePlans(data: TemplatePlansData): void {
  data.templates.forEach(({ name, paths: planned }, index) => {
    if (COMPILED_TEMPLATES[index]?.name !== name) return;
    for (const { steps, plan } of planned) paths.root(index).follow(steps).plan = fromTemplatePlanData(plan);
  });
}
