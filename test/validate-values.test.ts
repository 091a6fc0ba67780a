import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ValuesError } from '../src/errors.js';
import { checkValues } from '../src/check/check-values.js';
import { VALUES_SCHEMA } from '../src/generated/values.js';
import type { ValuesTree } from '../src/types.js';
import { checkChartRules } from '../src/check/rules/check-chart-rules.js';
import { loadKubernetesValidator } from '../src/check/schema/kubernetes-types.js';
import { validateValues } from '../src/check/schema/validate-values.js';
import { readChartReferenceFile } from './support/chart-reference-cases.js';

function readDefaults(): ValuesTree {
  return yaml.load(readFileSync(new URL('../chart/values.yaml', import.meta.url), 'utf8')) as ValuesTree;
}

function isMap(value: unknown): value is ValuesTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Helm's merge, enough for these tests: maps merge, lists and scalars replace, null deletes a default. */
function mergeOver(base: ValuesTree, overrides: ValuesTree): ValuesTree {
  const merged: ValuesTree = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    if (value === null && current !== undefined && current !== null) delete merged[key];
    else if (isMap(value) && isMap(current)) merged[key] = mergeOver(current, value);
    else merged[key] = value;
  }
  return merged;
}

function withDefaults(overrides: ValuesTree = {}): ValuesTree {
  return mergeOver(readDefaults(), overrides);
}

function problemsOf(values: ValuesTree): { code: string; path: string }[] {
  return validateValues(values).map(({ code, path }) => ({ code, path }));
}

describe('validateValues: the chart defaults', () => {
  it('accepts the defaults with no problems', () => {
    expect(validateValues(withDefaults())).toEqual([]);
  });

  // Spec §1, in the chart's order; `global` is Helm's convention.
  const TOP_LEVEL_KEYS = [
    'image',
    'imagePullSecrets',
    'nameOverride',
    'fullnameOverride',
    'replicas',
    'revisionHistoryLimit',
    'maxSurge',
    'maxUnavailable',
    'rbac',
    'serviceAccount',
    'podSecurityContext',
    'securityContext',
    'podAnnotations',
    'serviceMonitor',
    'config',
    'service',
    'ingress',
    'ingress-nginx',
    'extraEnv',
    'extraArgs',
    'extraVolumeMounts',
    'extraVolumes',
    'resources',
    'nodeSelector',
    'tolerations',
    'affinity',
    'priorityClassName',
    'runtimeClassName',
    'hostAliases',
    'podLabels',
    'additionalLabels',
    'initContainers',
    'terminationMessagePolicy',
    'extraManifests',
    'global',
  ];

  it("declares exactly the chart's top-level keys, in order", () => {
    expect(Object.keys(VALUES_SCHEMA['properties'] as object)).toEqual(TOP_LEVEL_KEYS);
  });

  // extraManifests has no default: absent means none, and releases before 2.30.0 do not know it.
  it.each(TOP_LEVEL_KEYS.filter((key) => key !== 'global' && key !== 'extraManifests'))(
    'accepts %s set explicitly to its default',
    (key) => {
      const defaults = readDefaults();
      expect(defaults).toHaveProperty([key]);
      expect(problemsOf(withDefaults({ [key]: structuredClone(defaults[key]) }))).toEqual([]);
    },
  );

  it('accepts a global map', () => {
    expect(problemsOf(withDefaults({ global: { imageRegistry: 'x', anything: [1] } }))).toEqual([]);
  });

  it('accepts keys the chart leaves absent', () => {
    const values = withDefaults({
      service: { type: 'LoadBalancer', loadBalancerIP: '203.0.113.10', loadBalancerSourceRanges: ['192.0.2.0/24'] },
    });
    expect(validateValues(values)).toEqual([]);
  });
});

describe('validateValues: reference cases', () => {
  const cases = [
    'loadbalancer-receptive',
    'null-deletes-default',
    'observability-tls',
    'pod-knobs',
    'proxy-env',
    'receptive-ingress-tls',
    'receptive-tls-all',
  ];
  it.each(cases)('accepts %s/values.yaml', (name) => {
    const user = yaml.load(readChartReferenceFile(name, 'values.yaml')) as ValuesTree;
    const values = withDefaults(user);
    expect(problemsOf(values)).toEqual([]);
    expect(checkChartRules(values)).toEqual([]);
  });

  it('accepts what the --set cases of the reference produce', () => {
    const values = withDefaults({
      config: { token: 't', kasHeaders: ['Cookie: gitlab_canary=true', 'X-Trace: 1'], kasCaCert: '-----BEGIN CERTIFICATE-----\n' },
      image: { tag: 'v17.11.2', repository: 'registry.example.internal/mirror/agentk', pullPolicy: 'Always' },
      imagePullSecrets: [{ name: 'regcred' }],
      replicas: 3,
      podAnnotations: { build: '007' },
      podLabels: { tier: 'backend' },
      extraArgs: ['--log-level=debug'],
      rbac: { useExistingRole: 'gitlab-agent-limited' },
      serviceAccount: { create: false, name: 'preexisting-sa' },
      serviceMonitor: { enabled: true },
    });
    expect(problemsOf(values)).toEqual([]);
  });
});

describe('validateValues: unknown keys', () => {
  it.each([
    [{ replica: 3 }, 'replica', 'did you mean replicas?'],
    [{ Replicas: 3 }, 'Replicas', 'did you mean replicas?'],
    [{ config: { kasAdress: 'wss://x' } }, 'config.kasAdress', 'did you mean config.kasAddress?'],
    [{ config: { observability: { tsl: { enabled: true } } } }, 'config.observability.tsl', 'did you mean config.observability.tls?'],
    [{ config: { api: { tls: { enbled: true } } } }, 'config.api.tls.enbled', 'did you mean config.api.tls.enabled?'],
    [
      { config: { 'operational-container-scanning': { enabled: false } } },
      'config.operational-container-scanning',
      'did you mean config.operational_container_scanning?',
    ],
    [{ token: 'x' }, 'token', 'did you mean config.token?'],
    [{ service: { interalPort: 1 } }, 'service.interalPort', 'did you mean service.internalPort?'],
    [{ image: { tags: 'v1' } }, 'image.tags', 'did you mean image.tag?'],
  ])('reports %j as unknown at %s with a suggestion', (overrides, path, hint) => {
    const problems = validateValues(withDefaults(overrides as ValuesTree));
    expect(problems).toEqual([{ code: 'unknown-key', path, segments: path.split('.'), message: expect.any(String), hint }]);
  });

  it('lists the valid keys when nothing is close', () => {
    const [problem] = validateValues(withDefaults({ rbac: { zzzzzzzz: true } }));
    expect(problem).toMatchObject({ code: 'unknown-key', path: 'rbac.zzzzzzzz' });
    expect(problem?.hint).toContain('create, useExistingRole');
  });

  it('accepts any key under the ingress-nginx dependency and global', () => {
    expect(problemsOf(withDefaults({ 'ingress-nginx': { controller: { replicaCount: 2 } }, global: { x: 1 } }))).toEqual([]);
  });
});

describe('validateValues: types', () => {
  it.each<[ValuesTree, string, string]>([
    [{ replicas: '3' }, 'replicas', 'wrong-type'],
    [{ replicas: 1.5 }, 'replicas', 'wrong-type'],
    [{ replicas: -1 }, 'replicas', 'invalid-value'],
    [{ revisionHistoryLimit: 'x' }, 'revisionHistoryLimit', 'wrong-type'],
    [{ maxSurge: true }, 'maxSurge', 'wrong-type'],
    [{ maxSurge: 'many' }, 'maxSurge', 'invalid-value'],
    [{ maxUnavailable: -1 }, 'maxUnavailable', 'invalid-value'],
    [{ image: { tag: 1.1 } }, 'image.tag', 'wrong-type'],
    [{ image: { pullPolicy: 'Sometimes' } }, 'image.pullPolicy', 'invalid-value'],
    [{ rbac: { create: 'false' } }, 'rbac.create', 'wrong-type'],
    [{ podAnnotations: { 'example.com/team': 5 } }, 'podAnnotations["example.com/team"]', 'wrong-type'],
    [
      { serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': true } } },
      'serviceAccount.annotations["eks.amazonaws.com/role-arn"]',
      'wrong-type',
    ],
    [{ ingress: { annotations: { 'example.com/list': ['a'] } } }, 'ingress.annotations["example.com/list"]', 'wrong-type'],
    [{ additionalLabels: { a: true } }, 'additionalLabels.a', 'wrong-type'],
    [{ podLabels: { team: 'not ok!' } }, 'podLabels.team', 'invalid-value'],
    [{ podLabels: { 'bad key!': 'x' } }, 'podLabels["bad key!"]', 'invalid-value'],
    [{ nodeSelector: { 'kubernetes.io/os': 5 } }, 'nodeSelector["kubernetes.io/os"]', 'wrong-type'],
    [{ config: { token: 12345 } }, 'config.token', 'wrong-type'],
    [{ nameOverride: 'Agent_K' }, 'nameOverride', 'invalid-value'],
    [{ fullnameOverride: 'my agent' }, 'fullnameOverride', 'invalid-value'],
    [{ serviceAccount: { name: 'sa-' } }, 'serviceAccount.name', 'invalid-value'],
    [{ config: { secretName: 'Token' } }, 'config.secretName', 'invalid-value'],
    [{ config: { observability: { tls: { secret: { name: '-tls' } } } } }, 'config.observability.tls.secret.name', 'invalid-value'],
    [{ config: { kasHeaders: [null, 'z'] } }, 'config.kasHeaders[0]', 'wrong-type'],
    [{ config: { kasHeaders: 'Cookie: a' } }, 'config.kasHeaders', 'wrong-type'],
    [{ config: { privateApi: { tls: { enabled: 'true' } } } }, 'config.privateApi.tls.enabled', 'wrong-type'],
    [{ extraArgs: [5] }, 'extraArgs[0]', 'wrong-type'],
    [{ extraArgs: [{ '--b': 'c' }] }, 'extraArgs[0]', 'wrong-type'],
    [{ service: { internalPort: '8082' } }, 'service.internalPort', 'wrong-type'],
    [{ service: { externalPort: 0 } }, 'service.externalPort', 'invalid-value'],
    [{ service: { privateApiPort: 65536 } }, 'service.privateApiPort', 'invalid-value'],
    [{ service: { type: 'ExternalName' } }, 'service.type', 'invalid-value'],
    [{ ingress: { hostname: '*.example.com' } }, 'ingress.hostname', 'invalid-value'],
    [{ terminationMessagePolicy: 'Always' }, 'terminationMessagePolicy', 'invalid-value'],
    [{ 'ingress-nginx': { enabled: true } }, 'ingress-nginx.enabled', 'unsupported'],
  ])('%j is a problem at %s', (overrides, path, code) => {
    expect(problemsOf(withDefaults(overrides))).toEqual([{ code, path }]);
  });

  it('accepts the forms Helm and Kubernetes accept', () => {
    const values = withDefaults({
      maxSurge: '25%',
      maxUnavailable: 1,
      revisionHistoryLimit: 0,
      replicas: 0,
      config: { privateApi: { tls: { enabled: null } }, token: null },
      podLabels: { 'app.example.com/tier': 'a.b_c-d', empty: '' },
    });
    expect(problemsOf(values)).toEqual([]);
  });

  it('explains the ingress-nginx rejection', () => {
    const [problem] = validateValues(withDefaults({ 'ingress-nginx': { enabled: true } }));
    expect(problem?.hint).toMatch(/separately/);
  });

  it('marks a number where a string belongs as a quoting slip, leaving flags to the CLI', () => {
    const [problem] = validateValues(withDefaults({ additionalLabels: { 'cost-center': 4711 } }));
    expect(problem).toMatchObject({ code: 'wrong-type', segments: ['additionalLabels', 'cost-center'], fix: 'quote-string' });
    expect(problem?.hint).not.toMatch(/--set/);
  });
});

describe('validateValues: Kubernetes-typed values', () => {
  it.each<[ValuesTree, string]>([
    [{ tolerations: [{ key: 'dedicated', operator: 5 }] }, 'tolerations[0].operator'],
    [{ tolerations: [{ key: 'a', operator: 'Exists' }, { operator: 'Sometimes' }] }, 'tolerations[1].operator'],
    [{ tolerations: ['NoSchedule'] }, 'tolerations[0]'],
    [{ extraEnv: [{ value: 'x' }] }, 'extraEnv[0].name'],
    [{ extraEnv: [{ name: 'A', value: 5 }] }, 'extraEnv[0].value'],
    [{ resources: { limits: { cpu: true } } }, 'resources.limits.cpu'],
    [{ resources: { requests: { memory: '128 megs' } } }, 'resources.requests.memory'],
    [
      { affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100 }] } } },
      'affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm',
    ],
    [{ securityContext: { runAsUser: 'root' } }, 'securityContext.runAsUser'],
    [{ podSecurityContext: { fsGroup: '2000' } }, 'podSecurityContext.fsGroup'],
    [{ extraVolumes: [{ configMap: { name: 'x' } }] }, 'extraVolumes[0].name'],
    [{ extraVolumeMounts: [{ name: 'x' }] }, 'extraVolumeMounts[0].mountPath'],
    [{ initContainers: [{ image: 'busybox' }] }, 'initContainers[0].name'],
    [{ hostAliases: [{ ip: '10.0.0.1', hostnames: 'a.example' }] }, 'hostAliases[0].hostnames'],
    [{ imagePullSecrets: [{ name: 5 }] }, 'imagePullSecrets[0].name'],
  ])('%j is a kubernetes-schema problem at %s', (overrides, path) => {
    expect(problemsOf(withDefaults(overrides))).toEqual([{ code: 'kubernetes-schema', path }]);
  });

  it('names the Kubernetes type in the hint', () => {
    const [problem] = validateValues(withDefaults({ resources: { requests: { memory: '128 megs' } } }));
    expect(problem?.hint).toMatch(/ResourceRequirements/);
  });

  it('names only Kubernetes types that kubernetes-models ships (they load lazily)', () => {
    const names: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isMap(node)) {
        if (typeof node['x-kubernetes-type'] === 'string') names.push(node['x-kubernetes-type']);
        Object.values(node).forEach(walk);
      }
    };
    walk(VALUES_SCHEMA);
    expect(names).toHaveLength(11);
    for (const name of names) expect(typeof loadKubernetesValidator(name)).toBe('function');
    expect(() => loadKubernetesValidator('io.k8s.api.core.v1.NoSuchThing')).toThrow(/NoSuchThing/);
  });

  it('rejects a non-object where a Kubernetes object belongs', () => {
    expect(problemsOf(withDefaults({ affinity: 'zone-a' }))).toEqual([{ code: 'kubernetes-schema', path: 'affinity' }]);
  });
});

describe('validateValues: several problems at once', () => {
  it('reports every problem, one per path', () => {
    const values = withDefaults({
      replica: 3,
      image: { tag: 1.1 },
      maxSurge: true,
      config: { kasAdress: 'x', token: 5, kasHeaders: [null] },
      tolerations: [{ operator: 5 }],
      extraEnv: [{ value: 'x' }],
      resources: { limits: { cpu: true, memory: '12xx' } },
    });
    const problems = problemsOf(values);
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: 'unknown-key', path: 'replica' },
        { code: 'wrong-type', path: 'image.tag' },
        { code: 'wrong-type', path: 'maxSurge' },
        { code: 'unknown-key', path: 'config.kasAdress' },
        { code: 'wrong-type', path: 'config.token' },
        { code: 'wrong-type', path: 'config.kasHeaders[0]' },
        { code: 'kubernetes-schema', path: 'tolerations[0].operator' },
        { code: 'kubernetes-schema', path: 'extraEnv[0].name' },
        { code: 'kubernetes-schema', path: 'resources.limits.cpu' },
        { code: 'kubernetes-schema', path: 'resources.limits.memory' },
      ]),
    );
    expect(problems).toHaveLength(10);
    expect(new Set(problems.map((p) => p.path)).size).toBe(problems.length);
  });

  it('reports a map the templates need when a null deleted it', () => {
    const values = withDefaults();
    delete values['resources'];
    delete (values['config'] as ValuesTree)['observability'];
    expect(problemsOf(values)).toEqual([
      { code: 'missing-required', path: 'resources' },
      { code: 'missing-required', path: 'config.observability' },
    ]);
  });

  it.each(['service', 'serviceMonitor', 'ingress', 'config.receptive', 'config.api', 'config.api.tls', 'config.privateApi.tls'])(
    'reports %s deleted by a null, because the templates dereference it',
    (path) => {
      const values = withDefaults();
      const keys = path.split('.');
      const parent = keys.slice(0, -1).reduce((node, key) => node[key] as ValuesTree, values);
      delete parent[keys[keys.length - 1] as string];
      expect(problemsOf(values)).toEqual([{ code: 'missing-required', path }]);
    },
  );

  it('requires the observability TLS cert and key when the chart creates their Secret', () => {
    const values = withDefaults({ config: { observability: { tls: { enabled: true, secret: { create: true } } } } });
    expect(problemsOf(values)).toEqual([
      { code: 'missing-required', path: 'config.observability.tls.cert' },
      { code: 'missing-required', path: 'config.observability.tls.key' },
    ]);
  });
});

describe('validateValues: secrets', () => {
  const MARKER = 'glagent-SECRET-MARKER-0123456789';

  it('never puts a secret value into a problem or the error message', () => {
    const values = withDefaults({
      config: {
        token: [MARKER],
        api: { jwtPublicKey: { key: MARKER }, tls: { key: [MARKER], cert: 7 } },
        privateApi: { tls: { key: { pem: MARKER } } },
        observability: { tls: { key: [MARKER] } },
        kasHeaders: [{ Authorization: MARKER }],
      },
      extraEnv: [{ name: 'PASSWORD', value: { secret: MARKER } }],
      extraArgs: [{ '--token': MARKER }],
    });
    const problems = validateValues(values);
    expect(problems.length).toBeGreaterThanOrEqual(8);
    expect(JSON.stringify(problems)).not.toContain(MARKER);
    expect(new ValuesError({ problems }).message).not.toContain(MARKER);
  });

  it('keeps a valid token out of unrelated problems', () => {
    const problems = validateValues(withDefaults({ config: { token: MARKER, receptive: { enabled: true }, tokn: 1 } }));
    expect(problems).toHaveLength(1);
    expect(JSON.stringify([...problems, ...checkChartRules(withDefaults({ config: { token: MARKER } }))])).not.toContain(MARKER);
  });
});

describe('checkValues: no warning where Helm is silent', () => {
  // Helm prints nothing for these, and stderr must match Helm's.
  it.each<[ValuesTree]>([
    [{ ingress: { enabled: true } }],
    [{ service: { loadBalancerIP: '203.0.113.1' } }],
    [{ podLabels: { 'app.kubernetes.io/name': 'x', team: 'a' }, additionalLabels: { team: 'b' } }],
  ])('adds none for %j, which Helm accepts silently', (overrides) => {
    const values = { ...overrides, config: { token: 'glagent-0123456789abcdef' } };
    expect(checkValues(values, { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' })).toMatchObject({ problems: [], warnings: [] });
  });
});
