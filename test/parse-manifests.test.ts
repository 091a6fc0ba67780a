import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { buildTemplateContext } from '../src/render/build-template-context.js';
import { parseManifests } from '../src/manifests/parse-manifests.js';
import { readObjectsFromSkeleton } from '../src/manifests/read-from-skeleton.js';
import { splitDocuments } from '../src/manifests/split-documents.js';
import { renderTemplates, type RenderedTemplate } from '../src/render/render-templates.js';
import { WRITERS, SkeletonOutput, type OutputHelper } from '../src/render/template-runtime.js';
import type { Manifest, ValuesTree } from '../src/types.js';
import { HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';
import { runs } from './support/fast-check-settings.js';
import { mergeOver, setPath } from './support/merge-over.js';
import { buildChartModel } from '../src/chart/chart-model.js';

// Property runs take seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
/**
 * parseManifests reads a document from its cached skeleton parse only when that gives exactly
 * what parsing the whole text gives. These tests hold it to that on the chart's templates, on
 * arbitrary values, and on deliberately broken templates where a shortcut would go wrong.
 */

type Outcome = { value: unknown } | { error: string };

function outcomeOf(read: () => unknown): Outcome {
  try {
    return { value: read() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Same objects, same key order. */
function expectSameData(actual: unknown, expected: unknown, label: string): void {
  expect(actual, label).toStrictEqual(expected);
  expect(JSON.stringify(actual), label).toBe(JSON.stringify(expected));
}

/** Whatever the skeleton gives must be what js-yaml makes of the whole document. */
function expectSoundSkeletonRead(template: RenderedTemplate): (unknown | undefined)[] | undefined {
  const documents = splitDocuments(template.text);
  const objects = readObjectsFromSkeleton(template, documents);
  objects?.forEach((object, index) => {
    if (object === undefined) return;
    const text = (documents[index] as string).trim();
    if (object === null) return expect(text).toBe('');
    expectSameData(object, yaml.load(text, { schema: HELM_VALUES_SCHEMA }), `${template.source} document ${index}:\n${text}`);
  });
  return objects;
}

function renderValues(values: ValuesTree): RenderedTemplate[] {
  const merged = mergeOver(structuredClone(DEFAULT_VALUES) as ValuesTree, values);
  const model = buildChartModel(merged, { releaseName: 'agent-7', namespace: 'fleet' });
  return renderTemplates(buildTemplateContext(merged, { model, privateApiJwt: 'jwt' }));
}

const FLEET_AGENT: ValuesTree = {
  config: {
    token: 'glagent-0123456789abcdef',
    kasAddress: 'wss://kas.example.com/-/kubernetes-agent/',
    kasCaCert: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    kasHeaders: ['Authorization: Bearer x', 'X-Team: "a"'],
  },
  extraEnv: [
    { name: 'HTTPS_PROXY', value: 'http://proxy.example.com:3128' },
    { name: 'NO_PROXY', value: '10.0.0.0/8,.svc,.cluster.local' },
  ],
  podLabels: { team: 'platform', 'example.com/cost-center': '0042' },
  podAnnotations: { 'example.com/note': 'yes', 'example.com/multi': 'a\nb' },
  resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
  tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'agents', effect: 'NoSchedule' }],
  serviceMonitor: { enabled: true },
};

describe('parseManifests', () => {
  it.each([
    ['the defaults', {}],
    ['a fleet agent with proxies and a CA certificate', FLEET_AGENT],
    [
      'a receptive agent',
      {
        ...FLEET_AGENT,
        config: { ...(FLEET_AGENT.config as ValuesTree), receptive: { enabled: true } },
        ingress: { enabled: true, tls: { enabled: true } },
      },
    ],
  ])('reads every document of the chart from its skeleton once it has seen it: %s', (_, values) => {
    for (const template of renderValues(values as ValuesTree)) expectSoundSkeletonRead(template);
    for (const template of renderValues(values as ValuesTree)) {
      const objects = expectSoundSkeletonRead(template);
      const documents = splitDocuments(template.text).filter((document) => document.trim() !== '');
      if (documents.length > 0)
        expect(
          objects?.filter((object) => object !== null && object !== undefined),
          template.source,
        ).toHaveLength(documents.length);
    }
  });

  it('builds a manifest object read from its skeleton once, when first read, and then it behaves as any property', () => {
    const rendered = renderValues(FLEET_AGENT);
    parseManifests(rendered);
    const fast = parseManifests(rendered);
    const full = parseManifests(rendered.map(({ source, text }) => ({ source, text })));
    expect(Object.getOwnPropertyDescriptor(fast[0], 'object')?.get).toBeTypeOf('function');
    expect(fast.map((manifest) => Object.keys(manifest))).toEqual(full.map((manifest) => Object.keys(manifest)));
    // Nothing else of its own, not even under a symbol, and a plain object's prototype.
    expect(fast.map((manifest) => Reflect.ownKeys(manifest))).toEqual(full.map((manifest) => Reflect.ownKeys(manifest)));
    expect(fast.map((manifest) => Object.getPrototypeOf(manifest) as unknown)).toEqual(fast.map(() => Object.prototype));
    expect({ ...(fast[2] as Manifest) }).toStrictEqual({ ...(full[2] as Manifest) });
    expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
    const [first, second] = fast as [Manifest, Manifest];
    expect(first.object).toBe(first.object);
    expect(Object.getOwnPropertyDescriptor(first, 'object')).toMatchObject({ writable: true, enumerable: true, configurable: true });
    (first.object as Record<string, unknown>)['extra'] = 1;
    expect(first.object['extra']).toBe(1);
    (second as { object: unknown }).object = { replaced: true };
    expect(second.object).toEqual({ replaced: true });
  });

  it('gives the same manifests as parsing every whole document, for arbitrary values', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(
        '',
        '---',
        '--- x',
        '...',
        '- x',
        '-',
        'a: b',
        'a:',
        '#c',
        'a #c',
        'yes',
        'on',
        '0444',
        '1e3',
        '0x1F',
        '~',
        'null',
        '"q"',
        "'s'",
        'a\nb',
        'a\n',
        '\n',
        ' lead',
        'trail ',
        'x\n\n',
        '|',
        '>',
        '{}',
        '[]',
        '*a',
        '&a',
        '!t',
        '%x',
        '@x',
        '? x',
        '2001-12-14',
        '<<',
        '\u2028',
        '\ufeff',
      ),
    );
    const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const value = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
      { weight: 2, arbitrary: fc.dictionary(text, leaf, { maxKeys: 3 }) },
      {
        weight: 1,
        arbitrary: fc.array(fc.dictionary(text, fc.oneof(leaf, fc.array(leaf, { maxLength: 2 })), { maxKeys: 2 }), { maxLength: 2 }),
      },
    );
    const paths = [
      ['config', 'token'],
      ['config', 'kasAddress'],
      ['config', 'kasHeaders'],
      ['config', 'kasCaCert'],
      ['image', 'tag'],
      ['image', 'repository'],
      ['replicas'],
      ['podAnnotations'],
      ['podLabels'],
      ['additionalLabels'],
      ['extraEnv'],
      ['extraArgs'],
      ['resources'],
      ['nodeSelector'],
      ['tolerations'],
      ['affinity'],
      ['serviceAccount', 'annotations'],
      ['ingress', 'annotations'],
      ['ingress', 'hostname'],
      ['service', 'loadBalancerSourceRanges'],
      ['priorityClassName'],
      ['securityContext'],
      ['initContainers'],
      ['hostAliases'],
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), value), { maxLength: 6 }), fc.boolean(), (pairs, receptive) => {
        const values: ValuesTree = {
          config: { receptive: { enabled: receptive } },
          serviceMonitor: { enabled: true },
          ingress: { enabled: true },
        };
        for (const [path, item] of pairs) setPath(values, path, item);
        let rendered: RenderedTemplate[];
        try {
          rendered = renderValues(values);
        } catch {
          return; // a template error is the same whatever parses afterwards
        }
        for (const template of rendered) {
          expectSoundSkeletonRead(template);
          expectSoundSkeletonRead(template);
          const fast = outcomeOf(() => parseManifests([template]));
          const full = outcomeOf(() => parseManifests([{ source: template.source, text: template.text }]));
          expectSameData(fast, full, template.source);
        }
      }),
      runs(400),
    );
  });

  describe('never takes a shortcut that a broken template would get wrong', () => {
    type Piece = string | { helper: OutputHelper; value: 'scalar' | 'map' | 'list' } | { indent: string; pieces: Piece[] };

    /** Hand-written templates: values in flow collections, under tags, in block scalars, as keys… */
    const TEMPLATES: readonly (readonly Piece[])[] = [
      ['a: ', { helper: 'q', value: 'scalar' }, '\n'],
      ['a: [', { helper: 'q', value: 'scalar' }, ']\n'],
      ['a: {b: ', { helper: 'q', value: 'scalar' }, '}\n'],
      ['a: [\n  ', { helper: 'q', value: 'scalar' }, '\n]\n'],
      ['a: !!str ', { helper: 'q', value: 'scalar' }, '\n'],
      ['a: &x ', { helper: 'q', value: 'scalar' }, '\nb: *x\n'],
      ['a: |\n  ', { helper: 'q', value: 'scalar' }, '\n'],
      ['a: >-\n  ', { helper: 'q', value: 'scalar' }, '\n'],
      [{ helper: 'q', value: 'scalar' }, ': 1\n'],
      ['a: x', { helper: 'q', value: 'scalar' }, '\n'],
      ['a: ', { helper: 'q', value: 'scalar' }, 'x\n'],
      ['a: ', { helper: 'q', value: 'scalar' }, ' # comment\n'],
      ['a: ', { helper: 'q', value: 'scalar' }, '\n  b\n'],
      ['a: ', { helper: 'q', value: 'scalar' }, ':\n'],
      ['- ', { helper: 'q', value: 'scalar' }, '\n- ', { helper: 'q', value: 'scalar' }, '\n'],
      ['a: "', { helper: 'q', value: 'scalar' }, '"\n'],
      ['a:\n', { helper: 'toYaml', value: 'map' }, '\n'],
      ['a:\n', { indent: '  ', pieces: [{ helper: 'toYaml', value: 'map' }, '\n'] }],
      ['a:\n', { indent: '  ', pieces: [{ helper: 'toYaml', value: 'list' }, '\n'] }],
      ['a:\n  b: 1\n', { indent: ' ', pieces: [{ helper: 'toYaml', value: 'map' }, '\n'] }],
      ['a:\n', { indent: '  ', pieces: [{ helper: 'toYaml', value: 'map' }, '\n'] }, 'b: 2\n'],
      ['a:\n  ', { helper: 'toYaml', value: 'map' }, '\n'],
      ['a: ', { helper: 'toYaml', value: 'map' }, '\n'],
      ['a: [\n', { indent: '  ', pieces: [{ helper: 'toYaml', value: 'list' }, '\n'] }, ']\n'],
      ['a:\n- x\n', { indent: '', pieces: [{ helper: 'toYaml', value: 'list' }, '\n'] }, '- y\n'],
      ['a:\n  - x\n', { indent: '  ', pieces: [{ helper: 'toYaml', value: 'list' }, '\n'] }],
      ['a:\n  - x\n', { indent: '    ', pieces: [{ helper: 'toYaml', value: 'list' }, '\n'] }],
      ['a:\n', { indent: '  ', pieces: ['b:\n', { indent: '  ', pieces: [{ helper: 'toYamlInOrder', value: 'map' }, '\n'] }] }],
      ['a: |-\n', { indent: '  ', pieces: [{ helper: 'toYaml', value: 'map' }, '\n'] }],
      ['a: 1\n---\nb: ', { helper: 'q', value: 'scalar' }, '\n---\n', { helper: 'toYaml', value: 'map' }, '\n'],
      ['a: --', { helper: 'q', value: 'scalar' }, '\n'],
      ['a:\n', { indent: '  ', pieces: ['# ', { helper: 'q', value: 'scalar' }, '\n', { helper: 'toYaml', value: 'map' }, '\n'] }],
    ];

    const text = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom(
        '',
        '-',
        '--',
        '---',
        '...',
        '- x',
        'a: b',
        'a:',
        'x:',
        '#',
        'a #b',
        'yes',
        '1',
        '0444',
        '~',
        '"',
        'a\nb',
        'b: 1',
        '|',
        '{}',
        '[',
        '*x',
        '!x',
        '__gam_hole_0__',
        'é',
      ),
    );
    const leaf = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
    const valueOf = {
      scalar: leaf,
      map: fc.dictionary(text, fc.oneof(leaf, fc.array(leaf, { maxLength: 2 })), { maxKeys: 3 }),
      list: fc.array(fc.oneof(leaf, fc.dictionary(text, leaf, { maxKeys: 2 })), { maxLength: 3 }),
    };

    function writeInto(output: SkeletonOutput, pieces: readonly Piece[], values: unknown[]): void {
      for (const piece of pieces) {
        if (typeof piece === 'string') output.literal(piece);
        else if ('helper' in piece) output.write(piece.helper, WRITERS[piece.helper](values.shift(), {}));
        else {
          const outer = output.beginPartial(piece.indent);
          writeInto(output, piece.pieces, values);
          output.endPartial(outer);
        }
      }
    }

    function valueKinds(pieces: readonly Piece[]): ('scalar' | 'map' | 'list')[] {
      return pieces.flatMap((piece) => (typeof piece === 'string' ? [] : 'helper' in piece ? [piece.value] : valueKinds(piece.pieces)));
    }

    it.each(TEMPLATES.map((pieces, index) => [index, pieces] as const))('template %i', (_, pieces) => {
      const kinds = valueKinds(pieces);
      fc.assert(
        fc.property(fc.tuple(...kinds.map((kind) => valueOf[kind])), (values) => {
          const output = new SkeletonOutput();
          writeInto(output, pieces, [...values]);
          if (output.irregular) return;
          const template = { source: 't.yaml', text: output.text, skeleton: output.skeleton, holes: output.holes };
          expectSoundSkeletonRead(template);
          expectSoundSkeletonRead(template);
        }),
        runs(150),
      );
    });
  });
});
