import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { COMPILED_TEMPLATES, VALUES_READ_BY_TEMPLATES } from '../src/generated/chart-templates.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { readChartSources } from '../scripts/codegen/read-chart-sources.js';
import { buildTemplateContext, type TemplateContext } from '../src/render/build-template-context.js';
import { renderTemplates } from '../src/render/render-templates.js';
import { OUTPUT_HELPERS, VALUE_HELPERS } from '../src/render/template-helpers.js';
import { SkeletonOutput, TextOutput } from '../src/render/template-runtime.js';
import type { ValuesTree } from '../src/types.js';
import { isMap } from '../src/util/is-map.js';
import { runs } from './support/fast-check-settings.js';
import { mergeOver, setPath } from './support/merge-over.js';
import { buildChartModel } from '../src/chart/chart-model.js';

// Property runs take seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
/**
 * The templates compiled by codegen must render exactly what Handlebars renders from the same
 * .hbs sources (strict mode, no escaping, partial indentation), including the errors it throws.
 * Handlebars itself is the reference here; the render path never loads it.
 */

const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: true, preventIndent: false };

/** The chart's own .hbs files, read from the repository: the library does not ship them. */
const TEMPLATE_SOURCES = await readChartSources('templates');
const PARTIAL_SOURCES = await readChartSources('partials');

/** Handlebars passes its options object last; the chart's helpers take only their arguments. */
function withoutHandlebarsOptions(helpers: Record<string, (...args: never[]) => unknown>): Record<string, Handlebars.HelperDelegate> {
  return Object.fromEntries(
    Object.entries(helpers).map(([name, helper]) => [
      name,
      (...args: unknown[]) => (helper as (...values: unknown[]) => unknown)(...args.slice(0, -1)),
    ]),
  );
}

function compileWithHandlebars(): Map<string, HandlebarsTemplateDelegate> {
  const instance = Handlebars.create();
  instance.registerHelper(withoutHandlebarsOptions({ ...OUTPUT_HELPERS, ...VALUE_HELPERS }));
  for (const { name, source } of PARTIAL_SOURCES) {
    instance.registerPartial(name, instance.compile(source, COMPILE_OPTIONS));
  }
  return new Map(TEMPLATE_SOURCES.map(({ name, source }) => [name, instance.compile(source, COMPILE_OPTIONS)]));
}

const REFERENCE = compileWithHandlebars();

type Outcome = { text: string } | { error: string };

function outcomeOf(render: () => string): Outcome {
  try {
    return { text: render() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function renderSkeleton(render: (context: unknown, output: SkeletonOutput) => void, context: unknown): string {
  const output = new SkeletonOutput();
  render(context, output);
  return output.irregular ? '(irregular)' : output.text;
}

/** Every way the compiled templates can render, against Handlebars. */
function expectSameAsHandlebars(context: unknown): void {
  for (const { name, render } of COMPILED_TEMPLATES) {
    const expected = outcomeOf(() => (REFERENCE.get(name) as HandlebarsTemplateDelegate)(context));
    expect(
      outcomeOf(() => {
        const output = new TextOutput();
        render(context, output);
        return output.text;
      }),
      name,
    ).toEqual(expected);
    const skeleton = outcomeOf(() => renderSkeleton(render, context));
    if (!('text' in skeleton && skeleton.text === '(irregular)')) expect(skeleton, name).toEqual(expected);
  }
}

function contextOf(values: ValuesTree, releaseName = 'gitlab-agent'): TemplateContext {
  const merged = mergeOver(structuredClone(DEFAULT_VALUES) as ValuesTree, values);
  return buildTemplateContext(merged, { model: buildChartModel(merged, { releaseName, namespace: 'agents' }), privateApiJwt: 'jwt' });
}

const RECEPTIVE_EVERYTHING: ValuesTree = {
  config: {
    token: 't',
    kasCaCert: '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----\n',
    kasHeaders: ['A: b', 'C: "d"'],
    receptive: { enabled: true },
    api: { jwtPublicKey: 'k', tls: { enabled: true, cert: 'c', key: 'k' } },
    privateApi: { tls: { enabled: true, cert: 'c', key: 'k', caCert: 'ca' } },
    observability: { tls: { enabled: true, cert: 'c', key: 'k', secret: { create: true } } },
  },
  ingress: { enabled: true, annotations: { a: 'b', n: 3 }, tls: { enabled: true } },
  service: { type: 'LoadBalancer', loadBalancerIP: '10.0.0.1', loadBalancerSourceRanges: ['10.0.0.0/8'] },
  serviceMonitor: { enabled: true },
  serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/x' } },
  extraEnv: [{ name: 'HTTPS_PROXY', value: 'http://proxy:3128' }],
  extraArgs: ['--x=y'],
  extraVolumes: [{ name: 'v', emptyDir: {} }],
  extraVolumeMounts: [{ name: 'v', mountPath: '/v' }],
  initContainers: [{ name: 'i', image: 'busybox' }],
  resources: { limits: { cpu: '1', memory: '1Gi' } },
  nodeSelector: { a: 'b' },
  tolerations: [{ key: 'k', operator: 'Exists' }],
  affinity: { nodeAffinity: {} },
  hostAliases: [{ ip: '1.2.3.4', hostnames: ['a'] }],
  imagePullSecrets: [{ name: 's' }],
  podLabels: { team: 'x' },
  additionalLabels: { env: 'prod' },
  podAnnotations: { 'x/y': 'z' },
  priorityClassName: 'high',
  runtimeClassName: 'gvisor',
  revisionHistoryLimit: 3,
};

describe('compiled chart templates', () => {
  it('compile the same templates as the chart sources, in the same order', () => {
    expect(COMPILED_TEMPLATES.map(({ name }) => name)).toEqual(TEMPLATE_SOURCES.map(({ name }) => name));
  });

  it.each([
    ['the defaults', {}],
    ['a token', { config: { token: 'glagent-x' } }],
    ['receptive mode with everything set', RECEPTIVE_EVERYTHING],
    [
      'everything set outside receptive mode',
      { ...RECEPTIVE_EVERYTHING, config: { ...(RECEPTIVE_EVERYTHING.config as ValuesTree), receptive: { enabled: false } } },
    ],
    [
      'rbac, service account and observability off',
      {
        rbac: { create: false },
        serviceAccount: { create: false },
        config: { observability: { enabled: false }, operational_container_scanning: { enabled: false } },
      },
    ],
  ])('render what Handlebars renders: %s', (_, values) => {
    expectSameAsHandlebars(contextOf(values as ValuesTree));
  });

  it('render with any map the templates read deleted: the context fills it in again', () => {
    // Strict-mode lookups fail on a missing map, so a map codegen left out of
    // VALUES_READ_BY_TEMPLATES fails here, in a mode where the templates read below it.
    const mapPaths = (tree: ValuesTree, prefix: string[] = []): string[][] =>
      Object.entries(tree).flatMap(([key, child]) => (isMap(child) ? [[...prefix, key], ...mapPaths(child, [...prefix, key])] : []));
    const paths = mapPaths(VALUES_READ_BY_TEMPLATES);
    expect(paths).toContainEqual(['config', 'api', 'tls']);
    const modes = [
      RECEPTIVE_EVERYTHING,
      { ...RECEPTIVE_EVERYTHING, config: { ...(RECEPTIVE_EVERYTHING.config as ValuesTree), receptive: { enabled: false } } },
    ];
    for (const values of modes) {
      for (const path of paths) {
        const merged = mergeOver(structuredClone(DEFAULT_VALUES) as ValuesTree, values);
        const parent = path.slice(0, -1).reduce((node, key) => node[key] as ValuesTree, merged);
        delete parent[path[path.length - 1] as string];
        const model = buildChartModel(merged, { releaseName: 'r', namespace: 'n' });
        const context = buildTemplateContext(merged, { model, privateApiJwt: 'jwt' });
        for (const { name, render } of COMPILED_TEMPLATES) {
          const outcome = outcomeOf(() => {
            const output = new TextOutput();
            render(context, output);
            return output.text;
          });
          expect(outcome, `${name} without ${path.join('.')}`).toHaveProperty('text');
        }
      }
    }
  });

  it('write values with line breaks where Handlebars writes them, partial indentation included', () => {
    const values: ValuesTree = {
      podAnnotations: { a: 'x\n\n', b: 'line\nbreak', c: '\n' },
      serviceAccount: { annotations: { keep: 'x\n\n\n', lead: '  spaced', tab: '\ttab' } },
      extraEnv: [
        { name: 'A', value: 'x\n' },
        { name: 'B', value: '' },
      ],
      nodeSelector: { 'k\nl': 'v' },
    };
    expectSameAsHandlebars(contextOf(values));
  });

  it('fail where Handlebars fails, with its message', () => {
    // A map the templates dereference, replaced by a scalar or removed: strict-mode lookups fail.
    const broken = contextOf({}) as unknown as Record<string, unknown>;
    for (const mutate of [
      (c: Record<string, unknown>) => ((c.Values as ValuesTree).config = null),
      (c: Record<string, unknown>) => ((c.Values as ValuesTree).image = undefined),
      (c: Record<string, unknown>) => (c.names = null),
      (c: Record<string, unknown>) => ((c.Values as ValuesTree).rbac = 'text'),
      (c: Record<string, unknown>) => ((c.Values as ValuesTree).extraArgs = { a: 'x', b: 'y' }),
      (c: Record<string, unknown>) => ((c.Values as ValuesTree).extraArgs = 'xyz'),
      (c: Record<string, unknown>) => ((c.Values as ValuesTree).extraArgs = [, 'sparse']),
      (c: Record<string, unknown>) =>
        ((c.Values as ValuesTree).config = Object.assign(Object.create({ token: 'inherited' }), (c.Values as ValuesTree).config)),
    ]) {
      const context = structuredClone(broken);
      mutate(context);
      expectSameAsHandlebars(context);
    }
  });

  it('render what Handlebars renders for arbitrary values at every path the templates read', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(
        '',
        '---',
        '- x',
        'a: b',
        '#c',
        'yes',
        '0444',
        '"q"',
        'a\nb',
        'a\n',
        '\n',
        ' lead',
        'trail ',
        'x\n\n',
        '|',
        '{}',
        '[]',
        '*a',
        '&a',
        '!t',
      ),
    );
    const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const value = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.dictionary(text, leaf, { maxKeys: 3 }) },
      { weight: 1, arbitrary: fc.array(fc.dictionary(text, leaf, { maxKeys: 2 }), { maxLength: 2 }) },
    );
    const paths = [
      ['config', 'token'],
      ['config', 'kasAddress'],
      ['config', 'kasHeaders'],
      ['config', 'kasCaCert'],
      ['config', 'receptive', 'enabled'],
      ['config', 'api', 'tls', 'enabled'],
      ['config', 'api', 'tls', 'cert'],
      ['config', 'privateApi', 'tls', 'caCert'],
      ['config', 'observability', 'enabled'],
      ['config', 'observability', 'tls', 'enabled'],
      ['image', 'tag'],
      ['replicas'],
      ['podAnnotations'],
      ['podLabels'],
      ['additionalLabels'],
      ['extraEnv'],
      ['extraArgs'],
      ['resources'],
      ['nodeSelector'],
      ['tolerations'],
      ['serviceAccount', 'annotations'],
      ['ingress', 'enabled'],
      ['ingress', 'annotations'],
      ['service', 'type'],
      ['service', 'loadBalancerSourceRanges'],
      ['serviceMonitor', 'enabled'],
      ['rbac', 'create'],
      ['priorityClassName'],
    ];
    const overrides = fc.array(fc.tuple(fc.constantFrom(...paths), value), { maxLength: 6 });
    fc.assert(
      fc.property(overrides, fc.boolean(), (pairs, receptive) => {
        const values: ValuesTree = { config: { receptive: { enabled: receptive } }, ingress: { enabled: true } };
        for (const [path, item] of pairs) setPath(values, path, item);
        let context: TemplateContext;
        try {
          context = contextOf(values);
        } catch {
          return; // names the chart cannot build: not a template question
        }
        expectSameAsHandlebars(context);
      }),
      runs(300),
    );
  });

  it('wrap a failing template in a TemplateError naming it', () => {
    const context = contextOf({}) as unknown as Record<string, unknown>;
    (context.Values as ValuesTree).config = null;
    expect(() => renderTemplates(context as unknown as TemplateContext)).toThrow(
      expect.objectContaining({ code: 'template', template: 'gitlab-agent/templates/configmap.yaml' }),
    );
  });
});
