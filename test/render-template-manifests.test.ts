import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildChartModel } from '../src/chart/chart-model.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { COMPILED_TEMPLATES } from '../src/generated/chart-templates.js';
import { parseManifests } from '../src/manifests/parse-manifests.js';
import { renderTemplateManifests } from '../src/manifests/render-template-manifests.js';
import { buildTemplatePlan, readPlannedTemplate, type TemplatePlan } from '../src/manifests/template-plan.js';
import { buildTemplateContext, type TemplateContext } from '../src/render/build-template-context.js';
import { FormattedText, PathOutput, PathTree, RenderFormats, type PathNode } from '../src/render/path-output.js';
import { renderTemplate, renderTemplates } from '../src/render/render-templates.js';
import { SkeletonOutput, type OutputHelper } from '../src/render/template-runtime.js';
import type { Manifest, ValuesTree } from '../src/types.js';
import { runs } from './support/fast-check-settings.js';
import { mergeOver, setPath } from './support/merge-over.js';

// Property runs take seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The planned way of reading templates back (render-template-manifests.ts, template-plan.ts)
 * must give exactly the manifests of parsing every whole document, or step aside.
 */

type Outcome = { manifests: unknown } | { error: string };

/** Every field of the manifests, `object` included, in key order. */
function outcomeOf(read: () => Manifest[]): Outcome {
  try {
    return { manifests: JSON.parse(JSON.stringify(read())) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function contextFor(values: ValuesTree): TemplateContext {
  const merged = mergeOver(structuredClone(DEFAULT_VALUES) as ValuesTree, values);
  const model = buildChartModel(merged, { releaseName: 'agent-7', namespace: 'fleet' });
  return buildTemplateContext(merged, { model, privateApiJwt: 'jwt' });
}

/**
 * The values' context, or undefined when a template refuses them: a template error is not a
 * reading to compare (the planned way runs the templates the same way first).
 */
function renderableContext(values: ValuesTree): TemplateContext | undefined {
  try {
    const context = contextFor(values);
    renderTemplates(context);
    return context;
  } catch {
    return undefined;
  }
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '---', '--- x', '- ---', '-', '- -', '...', 'a: b', 'a\nb', 'a\n', '\n', '-\n-', ' lead', 'yes', '~', '0444', '{}'),
);
const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.oneof(
  { weight: 3, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 2, arbitrary: fc.dictionary(text, leaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.dictionary(text, leaf, { maxKeys: 2 }), { maxLength: 2 }) },
);
const PATHS = [
  ['config', 'token'],
  ['config', 'kasAddress'],
  ['config', 'kasHeaders'],
  ['config', 'kasCaCert'],
  ['image', 'tag'],
  ['podAnnotations'],
  ['podLabels'],
  ['additionalLabels'],
  ['extraEnv'],
  ['extraArgs'],
  ['resources'],
  ['nodeSelector'],
  ['tolerations'],
  ['serviceAccount', 'annotations'],
  ['ingress', 'annotations'],
  ['service', 'loadBalancerSourceRanges'],
  ['securityContext'],
  ['hostAliases'],
];
const valuesArbitrary = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...PATHS), value), { maxLength: 6 }), fc.boolean())
  .map(([pairs, receptive]) => {
    const values: ValuesTree = {
      config: { receptive: { enabled: receptive } },
      serviceMonitor: { enabled: true },
      ingress: { enabled: true },
    };
    for (const [path, item] of pairs) setPath(values, path, item);
    return values;
  });

describe('template plans', () => {
  it('read every template of the chart as parsing each whole document does, for arbitrary values', () => {
    let planned = 0;
    let templates = 0;
    fc.assert(
      fc.property(valuesArbitrary, (values) => {
        const context = renderableContext(values);
        if (context === undefined) return;
        COMPILED_TEMPLATES.forEach((_, index) => {
          const rendered = renderTemplate(index, context);
          const whole = outcomeOf(() => parseManifests([{ source: rendered.source, text: rendered.text }]));
          if (rendered.skeleton === undefined || rendered.holes === undefined) return;
          const plan = buildTemplatePlan(rendered.skeleton, rendered.holes);
          const manifests: Manifest[] = [];
          let read = false;
          const viaPlan = outcomeOf(() => {
            read = readPlannedTemplate(
              plan,
              rendered.holes!.map((hole) => hole.text),
              rendered.source,
              manifests,
            );
            return manifests;
          });
          templates++;
          if (!read && !('error' in viaPlan)) return expect(manifests).toEqual([]);
          planned++;
          expect(viaPlan, `${rendered.source}:\n${rendered.text}`).toEqual(whole);
        });
      }),
      runs(300),
    );
    // Most arbitrary values still read through the plan; the comparison must not be vacuous.
    expect(planned).toBeGreaterThan(templates / 2);
  });

  it('read through plans kept across renders as parsing each whole document does', () => {
    // A plan remembers what it read at each hole the last time (template-plan.ts); reading other
    // values, then the same again, through the same plans must still give the whole parse.
    const tree = new PathTree(100_000);
    let planned = 0;
    fc.assert(
      fc.property(valuesArbitrary, (values) => {
        const context = renderableContext(values);
        if (context === undefined) return;
        for (const current of [context, contextFor({}), context]) {
          const formats = new RenderFormats();
          COMPILED_TEMPLATES.forEach(({ render }, index) => {
            const rendered = renderTemplate(index, current);
            if (rendered.skeleton === undefined || rendered.holes === undefined) return;
            const path = new PathOutput(tree.root(index), formats);
            render(current, path);
            const plan = (path.node.plan ??= buildTemplatePlan(rendered.skeleton, rendered.holes)) as TemplatePlan;
            const manifests: Manifest[] = [];
            let read = false;
            const viaPlan = outcomeOf(() => {
              read = readPlannedTemplate(plan, path.written, rendered.source, manifests, path.count);
              return manifests;
            });
            if (!read && !('error' in viaPlan)) return expect(manifests).toEqual([]);
            planned++;
            const whole = outcomeOf(() => parseManifests([{ source: rendered.source, text: rendered.text }]));
            expect(viaPlan, `${rendered.source}:\n${rendered.text}`).toEqual(whole);
          });
        }
      }),
      runs(200),
    );
    expect(planned).toBeGreaterThan(0);
  });

  it('give one skeleton per branch path: equal paths, equal skeletons and written texts', () => {
    const tree = new PathTree(100_000);
    const skeletons = new Map<PathNode, string>();
    fc.assert(
      fc.property(valuesArbitrary, (values) => {
        const context = renderableContext(values);
        if (context === undefined) return;
        COMPILED_TEMPLATES.forEach(({ render }, index) => {
          const path = new PathOutput(tree.root(index));
          render(context, path);
          const skeleton = new SkeletonOutput();
          render(context, skeleton);
          expect(path.texts.map((text) => (typeof text === 'string' ? text : text.text))).toEqual(skeleton.holes.map((hole) => hole.text));
          const seen = skeletons.get(path.node);
          if (seen === undefined) skeletons.set(path.node, skeleton.skeleton);
          else expect(skeleton.skeleton).toBe(seen);
        });
      }),
      runs(300),
    );
  });

  it('render the chart the third time through plans, as the first time through whole documents', () => {
    for (const values of [{}, { config: { receptive: { enabled: true } }, serviceMonitor: { enabled: true } }] as ValuesTree[]) {
      const context = contextFor(values);
      const whole = outcomeOf(() => parseManifests(renderTemplates(context).map(({ source, text }) => ({ source, text }))));
      for (let time = 0; time < 3; time++) expect(outcomeOf(() => renderTemplateManifests(context))).toEqual(whole);
    }
  });

  it('give every render objects of its own, though plans reuse what they read at each hole', () => {
    const context = contextFor({ podLabels: { team: 'a' }, extraEnv: [{ name: 'A', value: 'b' }] });
    const whole = outcomeOf(() => parseManifests(renderTemplates(context).map(({ source, text }) => ({ source, text }))));
    for (let time = 0; time < 3; time++) {
      for (const manifest of renderTemplateManifests(context)) {
        // Change every map and list of the object a caller gets; the next render must not see it.
        const spoil = (node: unknown): void => {
          if (Array.isArray(node)) {
            node.forEach(spoil);
            node.push('spoilt');
          } else if (typeof node === 'object' && node !== null) {
            for (const child of Object.values(node)) spoil(child);
            (node as Record<string, unknown>)['spoilt'] = true;
          }
        };
        spoil(manifest.object);
      }
    }
    expect(outcomeOf(() => renderTemplateManifests(context))).toEqual(whole);
  });

  it('format each map or list once per render, and each render afresh', () => {
    const labels = { 'app.kubernetes.io/name': 'gitlab-agent', team: 'a' };
    const formats = new RenderFormats();
    const first = formats.format('toYamlInOrder', labels) as FormattedText;
    expect(first.text).toBe('app.kubernetes.io/name: gitlab-agent\nteam: a');
    expect(formats.format('toYamlInOrder', labels)).toBe(first);
    expect((formats.format('toYaml', labels) as FormattedText).text).toBe('app.kubernetes.io/name: gitlab-agent\nteam: a');
    expect(first.indented('  ')).toBe('app.kubernetes.io/name: gitlab-agent\n  team: a');
    expect(first.indented('    ')).toBe('app.kubernetes.io/name: gitlab-agent\n    team: a');
    expect(first.indented('  ')).toBe('app.kubernetes.io/name: gitlab-agent\n  team: a');
    expect(first.indented('')).toBe(first.text);
    expect(formats.format('q', 'team')).toBe('team');
    labels.team = 'b'; // between renders, a caller's values may change: a new render formats again
    expect((new RenderFormats().format('toYamlInOrder', labels) as FormattedText).text).toBe(
      'app.kubernetes.io/name: gitlab-agent\nteam: b',
    );
  });

  it('read a formatted text at every hole as the same text written plainly', () => {
    // The planned reading keeps notes on a render's FormattedText; a hole where the text may not
    // stand (a list token for a map) must still step aside, and one where it may, read it.
    const output = new SkeletonOutput();
    output.literal('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n');
    let outer = output.beginPartial('    ');
    output.write('toYaml', 'a: b\nc: d');
    output.literal('\n');
    output.endPartial(outer);
    output.literal('data:\n');
    outer = output.beginPartial('  ');
    output.write('toYaml', 'a: b\nc: d');
    output.literal('\n');
    output.endPartial(outer);
    const plan = buildTemplatePlan(output.skeleton, output.holes);
    const formatted = new RenderFormats().format('toYaml', { a: 'b', c: 'd' }) as FormattedText;
    const viaEntry: Manifest[] = [];
    const viaText: Manifest[] = [];
    expect(readPlannedTemplate(plan, [formatted, formatted], 'x.yaml', viaEntry)).toBe(true);
    expect(readPlannedTemplate(plan, ['a: b\nc: d', 'a: b\nc: d'], 'x.yaml', viaText)).toBe(true);
    expect(viaEntry).toEqual(viaText);
    expect(viaEntry[0]?.yaml).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    a: b\n    c: d\ndata:\n  a: b\n  c: d',
    );
    expect(viaEntry[0]?.object).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'x', labels: { a: 'b', c: 'd' } },
      data: { a: 'b', c: 'd' },
    });
    const separator = new FormattedText('a: b\n---\nc: d');
    expect(readPlannedTemplate(plan, [separator, separator], 'x.yaml', [])).toBe(false);
    const list = new RenderFormats().format('toYaml', ['x']) as FormattedText;
    const viaList: Manifest[] = [];
    expect(readPlannedTemplate(plan, [list, list], 'x.yaml', viaList)).toBe(true);
    expect(viaList[0]?.object).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', labels: ['x'] }, data: ['x'] });
  });

  describe('step aside for a written text that could move a line or document boundary', () => {
    type Piece = string | { helper: OutputHelper; text: string } | { indent: string; pieces: Piece[] };
    const write = (output: SkeletonOutput, pieces: readonly Piece[]): void => {
      for (const piece of pieces) {
        if (typeof piece === 'string') output.literal(piece);
        else if ('helper' in piece) output.write(piece.helper, piece.text);
        else {
          const outer = output.beginPartial(piece.indent);
          write(output, piece.pieces);
          output.endPartial(outer);
        }
      }
    };
    it.each([
      ['a document separator as a block of its own', ['a: 1\nb:\n', { helper: 'toYaml', text: '---' }, '\nkind: x\n']],
      ['a separator as a line of a block', ['a: 1\nb:\n', { helper: 'toYaml', text: 'c: 1\n---\nd: 2' }, '\n']],
      ['a separator completed by the text', ['a: 1\n-', { helper: 'q', text: '--' }, '\nkind: x\n']],
      ['a text starting a line', ['a: 1\n', { indent: '', pieces: [{ helper: 'q', text: '\nb: 2' }, '\n'] }]],
      ['a text ending a line', ['a:\n', { indent: '  ', pieces: [{ helper: 'toYaml', text: 'b: 1\n' }, 'c: 2\n'] }]],
    ] as [string, Piece[]][])('%s', (_, pieces) => {
      const output = new SkeletonOutput();
      write(output, pieces);
      const plan = buildTemplatePlan(output.skeleton, output.holes);
      const manifests: Manifest[] = [];
      expect(
        readPlannedTemplate(
          plan,
          output.holes.map((hole) => hole.text),
          'x.yaml',
          manifests,
        ),
      ).toBe(false);
      expect(manifests).toEqual([]);
    });
  });
});
