import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderManifests, resetRenderCaches, toYaml, type ValuesTree } from '../src/index.js';
import { RENDER_CACHES, RenderCaches } from '../src/util/render-caches.js';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const CA_CERTIFICATE = readFileSync(new URL('../bench/fixtures/ca-1.crt', import.meta.url), 'utf8');

/** Values that reach every cache: quoted and plain scalars, blocks, a certificate, a receptive agent. */
const FLEET_AGENT: ValuesTree = {
  config: {
    token: 'glagent-0123456789abcdef',
    kasAddress: 'wss://kas.example.com/-/kubernetes-agent/',
    kasCaCert: CA_CERTIFICATE,
    kasHeaders: ['X-Team: "a"'],
    receptive: { enabled: true },
    api: { jwtPublicKey: 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=' },
  },
  replicas: 3,
  extraEnv: [{ name: 'NO_PROXY', value: '10.0.0.0/8,.svc' }],
  podLabels: { team: 'platform', 'example.com/cost-center': '0042' },
  podAnnotations: { 'example.com/note': 'yes', 'example.com/multi': 'a\nb' },
  tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'agents', effect: 'NoSchedule' }],
  serviceMonitor: { enabled: true },
};
const OPTIONS = { releaseName: 'agent-7', namespace: 'fleet', privateApiJwt: 'jwt' };

/** What a caller can see of a render: the stream, every object, and the warnings. */
function renderVisibly(): { yaml: string; objects: string; warnings: string } {
  const { manifests, warnings } = renderManifests(FLEET_AGENT, OPTIONS);
  return { yaml: toYaml(manifests), objects: JSON.stringify(manifests), warnings: JSON.stringify(warnings) };
}

describe('RenderCaches', () => {
  it('empties every cache it created, which stay in use afterwards', () => {
    const caches = new RenderCaches();
    const bounded = caches.createBoundedCache<number>('numbers', 4);
    const map = caches.createMap<string, string>('names');
    bounded.set('one', 1);
    bounded.set('two', 2);
    map.set('a', 'b');
    expect(caches.countEntries()).toEqual({ numbers: 2, names: 1 });
    caches.reset();
    expect(caches.countEntries()).toEqual({ numbers: 0, names: 0 });
    expect(bounded.get('one')).toBeUndefined();
    bounded.set('three', 3);
    expect(bounded.get('three')).toBe(3);
    expect(caches.countEntries()).toEqual({ numbers: 1, names: 0 });
  });

  it('empties the library caches on resetRenderCaches, and renders afterwards are identical', () => {
    resetRenderCaches(); // whatever other tests in this process rendered
    const cold = renderVisibly();
    const warm = renderVisibly();
    expect(warm).toEqual(cold);
    const filled = RENDER_CACHES.countEntries();
    expect(Object.keys(filled).sort()).toEqual([
      'certificate fields',
      'dumped strings',
      'formatted strings',
      'last merged map shape',
      'merged map shapes',
      'parsed certificates',
      'recent plans by document',
      'skeleton plans',
      'skeletons seen once',
      'sorted label and annotation keys',
      'template branch paths',
      'token checksums',
      'written block values',
      'written scalar values',
    ]);
    for (const [name, entries] of Object.entries(filled)) expect(entries, name).toBeGreaterThan(0);

    resetRenderCaches();
    for (const [name, entries] of Object.entries(RENDER_CACHES.countEntries())) expect(entries, name).toBe(0);

    // The first render after a reset parses every document whole again; the second reuses plans.
    expect(renderVisibly()).toEqual(cold);
    expect(renderVisibly()).toEqual(cold);
    expect(RENDER_CACHES.countEntries()).toEqual(filled);
  });

  it('is where every bounded cache of the library is created, so a reset reaches them all', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const creators = files.filter((file) => /\bnew BoundedCache\b/.test(readFileSync(join(SRC, file), 'utf8')));
    expect(creators.map((file) => file.split(sep).join('/'))).toEqual(['util/render-caches.ts']);
  });
});
