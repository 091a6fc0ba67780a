import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { NOT_READABLE, readWrittenBlock, readWrittenScalar } from '../src/manifests/read-written-values.js';
import { dumpYaml, formatScalar } from '../src/helm/yaml-output.js';
import { HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';
import { RENDER_CACHES } from '../src/util/render-caches.js';
import { runs } from './support/fast-check-settings.js';

// Property runs take seconds, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The values parse-manifests puts in place of a skeleton's tokens must be exactly what js-yaml
 * reads from the same text, whichever way they were read.
 */

function readWithJsYaml(text: string): unknown {
  return yaml.load(text, { schema: HELM_VALUES_SCHEMA });
}

function expectSameData(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

const text = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.stringMatching(/^[a-z0-9][-a-z0-9./]{0,20}$/),
  fc.constantFrom(
    '',
    '-',
    '--x',
    '---',
    '...',
    '~',
    'null',
    'yes',
    'No',
    'on',
    '0444',
    '0x1F',
    '1e3',
    '.5',
    '1_000',
    '12:30',
    '2001-12-14',
    '<<',
    '=',
    '=x',
    '$(POD_IP)',
    'a:b',
    'a:',
    'a#b',
    'a"b',
    "it's",
    '\\',
    '"',
    '\t',
    'é',
    '\u2028',
    '\ufeff',
    '\u0085',
    'x\ny',
    'x\n',
  ),
);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

describe('readWrittenScalar', () => {
  it('reads what js-yaml reads from whatever formatScalar writes', () => {
    fc.assert(
      fc.property(scalar, (value) => {
        const written = formatScalar(value);
        const read = readWrittenScalar(written);
        if (read === NOT_READABLE) return;
        expectSameData(read, (readWithJsYaml(`value: ${written}`) as { value: unknown }).value);
      }),
      runs(3000),
    );
  });

  it('reads what js-yaml reads from arbitrary text, or declines', () => {
    const raw = fc.oneof(
      text,
      text.map((item) => JSON.stringify(item)),
      text.map((item) => `"${item}"`),
    );
    fc.assert(
      fc.property(raw, (written) => {
        const read = readWrittenScalar(written);
        if (read === NOT_READABLE) return;
        expectSameData(read, (readWithJsYaml(`value: ${written}`) as { value: unknown }).value);
      }),
      runs(3000),
    );
  });

  it('reads the common forms of the chart without declining', () => {
    for (const value of [
      'gitlab-agent',
      'registry.example.com/agentk:v18.0.0',
      '--kas-address=wss://kas.example.com',
      'a,b',
      8080,
      'true',
      '',
    ]) {
      expect(readWrittenScalar(formatScalar(value))).toStrictEqual(value);
    }
  });
});

describe('readWrittenBlock', () => {
  const key = fc.oneof(text, fc.stringMatching(/^[a-z][a-z0-9./-]{0,15}$/));
  const flatMap = fc.dictionary(key, fc.oneof(text, text, scalar), { maxKeys: 5 });

  it('reads what js-yaml reads from whatever toYaml writes', () => {
    const value = fc.oneof(
      flatMap,
      fc.array(flatMap, { maxLength: 3 }),
      fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), flatMap), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(value, fc.boolean(), (item, keepOrder) => {
        const written = dumpYaml(item, { keepOrder });
        const read = readWrittenBlock(written);
        if (read === NOT_READABLE) return;
        expectSameData(read, readWithJsYaml(written));
      }),
      runs(3000),
    );
  });

  it('reads what js-yaml reads from arbitrary lines, or declines', () => {
    const line = fc.oneof(
      fc.tuple(text, text).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(text, text).map(([k, v]) => `- ${k}: ${v}`),
      fc.tuple(text, text).map(([k, v]) => `  ${k}: ${v}`),
      fc.tuple(text, text).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`),
      text,
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const written = lines.join('\n');
        const read = readWrittenBlock(written);
        if (read === NOT_READABLE) return;
        expectSameData(read, readWithJsYaml(written));
      }),
      runs(3000),
    );
  });

  it('reads labels and an extraEnv list without js-yaml', () => {
    expect(readWrittenBlock('app.kubernetes.io/name: gitlab-agent\nhelm.sh/chart: gitlab-agent-2.15.0')).toStrictEqual({
      'app.kubernetes.io/name': 'gitlab-agent',
      'helm.sh/chart': 'gitlab-agent-2.15.0',
    });
    expect(readWrittenBlock('- name: HTTPS_PROXY\n  value: http://proxy:3128\n- name: NO_PROXY\n  value: 10.0.0.0/8,.svc')).toStrictEqual([
      { name: 'HTTPS_PROXY', value: 'http://proxy:3128' },
      { name: 'NO_PROXY', value: '10.0.0.0/8,.svc' },
    ]);
  });

  it('reads each line of a list item in place, and leaves to js-yaml what is not its simple form', () => {
    const asJsYaml = (written: string): unknown => {
      try {
        const value = readWithJsYaml(written);
        return typeof value === 'object' && value !== null ? value : NOT_READABLE;
      } catch {
        return NOT_READABLE;
      }
    };
    const entries = (): number => RENDER_CACHES.countEntries()['written block values'] ?? 0;
    const before = entries();
    // The simple form: read without js-yaml, so nothing enters its cache.
    for (const written of ['- name: A\n  value: b\n- name: C\n  value: "d: e"\n- "k\\"q": x', '"a\\"b": c\nd: "e\\\\"', '- a: b']) {
      expectSameData(readWrittenBlock(written), asJsYaml(written));
    }
    expect(entries()).toBe(before);
    const others = [
      'a: b\n',
      '- a: b\n',
      '- a: b\n   c: d',
      '- a: b\nc: d',
      '- a: b\n- ',
      'a: b\n: c',
      'a:b\nc: d',
      '- a: b\n  ',
      'a: b\nc: d: e',
    ];
    for (const written of others) expect(readWrittenBlock(written), JSON.stringify(written)).toStrictEqual(asJsYaml(written));
  });

  it('keeps only what js-yaml read in its cache: new labels and lists of a fleet leave nothing there', () => {
    const entries = (): number => RENDER_CACHES.countEntries()['written block values'] ?? 0;
    const before = entries();
    for (let agent = 0; agent < 50; agent++) {
      expect(readWrittenBlock(`app.kubernetes.io/instance: agent-${agent}\nteam: team-${agent}`)).toStrictEqual({
        'app.kubernetes.io/instance': `agent-${agent}`,
        team: `team-${agent}`,
      });
      expect(readWrittenBlock(`- name: NO_PROXY\n  value: agent-${agent}.internal`)).toStrictEqual([
        { name: 'NO_PROXY', value: `agent-${agent}.internal` },
      ]);
    }
    expect(entries()).toBe(before);
    const nested = 'resources:\n  limits:\n    cpu: 100m';
    expect(readWrittenBlock(nested)).toStrictEqual({ resources: { limits: { cpu: '100m' } } });
    expect(entries()).toBe(before + 1);
    expect(readWrittenBlock(nested)).toBe(readWrittenBlock(nested));
  });
});
