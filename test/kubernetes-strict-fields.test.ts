import { describe, expect, it } from 'vitest';
import { checkValues } from '../src/check/check-values.js';
import { loadKubernetesDefinitions } from '../src/chart/kubernetes-definitions.js';
import { findUnknownKubernetesFields } from '../src/check/schema/kubernetes-fields.js';
import { KUBERNETES_VERSION } from '../src/generated/kubernetes-definitions.js';
import { VALUES_SCHEMA } from '../src/generated/values.js';
import type { ValuesTree } from '../src/types.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };

function problemsOf(values: ValuesTree): { code: string; path: string; message: string; hint?: string }[] {
  return checkValues({ config: { token: 'glagent-t' }, ...values }, RELEASE).problems.map(({ code, path, message, hint }) => ({
    code,
    path,
    message,
    ...(hint === undefined ? {} : { hint }),
  }));
}

describe('unknown fields inside Kubernetes-typed values (issue 12 item 3)', () => {
  // Each example of the issue: Helm renders them verbatim, the API server's strict field validation refuses them.
  it.each([
    [
      'resources: {request: …}',
      { resources: { request: { cpu: '100m' } } },
      'resources.request',
      'ResourceRequirements',
      'resources.requests',
    ],
    [
      'tolerations: [{operater: Exists}]',
      { tolerations: [{ operater: 'Exists' }] },
      'tolerations[0].operater',
      'Toleration',
      'tolerations[0].operator',
    ],
    [
      'securityContext: {runAsNonroot: true}',
      { securityContext: { runAsNonroot: true } },
      'securityContext.runAsNonroot',
      'SecurityContext',
      'securityContext.runAsNonRoot',
    ],
    [
      'podSecurityContext.fsgroup',
      { podSecurityContext: { fsgroup: 1000 } },
      'podSecurityContext.fsgroup',
      'PodSecurityContext',
      'podSecurityContext.fsGroup',
    ],
    ['affinity.nodeAfinity', { affinity: { nodeAfinity: {} } }, 'affinity.nodeAfinity', 'Affinity', 'affinity.nodeAffinity'],
    [
      'extraVolumes[].configmap',
      { extraVolumes: [{ name: 'certs', configmap: { name: 'ca-bundle' } }] },
      'extraVolumes[0].configmap',
      'Volume',
      'extraVolumes[0].configMap',
    ],
  ])('%s is an unknown-key error with a did-you-mean', (_label, values, path, typeName, suggestion) => {
    expect(problemsOf(values)).toContainEqual({
      code: 'unknown-key',
      path,
      message: `is not a field of the Kubernetes ${typeName}, so the API server refuses it`,
      hint: `did you mean ${suggestion}?`,
    });
  });

  it('finds unknown fields at any depth, with the type that lacks them', () => {
    const problems = problemsOf({
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', value: ['a'] }] }],
          },
        },
      },
      extraVolumes: [{ name: 'cfg', configMap: { name: 'c', items: [{ key: 'a', path: 'a', mod: 0o400 }] } }],
      extraEnv: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k', optinal: true } } }],
      initContainers: [
        { name: 'init', image: 'busybox', resources: { limit: { cpu: '1' } }, securityContext: { capabilities: { dropp: ['ALL'] } } },
      ],
    });
    const found = problems.map(({ path, message, hint }) => [path, message.split(',')[0], hint]);
    expect(found.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      [
        'affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].value',
        'is not a field of the Kubernetes NodeSelectorRequirement',
        'did you mean affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values?',
      ],
      [
        'extraEnv[0].valueFrom.secretKeyRef.optinal',
        'is not a field of the Kubernetes SecretKeySelector',
        'did you mean extraEnv[0].valueFrom.secretKeyRef.optional?',
      ],
      [
        'extraVolumes[0].configMap.items[0].mod',
        'is not a field of the Kubernetes KeyToPath',
        'did you mean extraVolumes[0].configMap.items[0].mode?',
      ],
      [
        'initContainers[0].resources.limit',
        'is not a field of the Kubernetes ResourceRequirements',
        'did you mean initContainers[0].resources.limits?',
      ],
      [
        'initContainers[0].securityContext.capabilities.dropp',
        'is not a field of the Kubernetes Capabilities',
        'did you mean initContainers[0].securityContext.capabilities.drop?',
      ],
    ]);
  });

  it('lists the fields when nothing is close, and never treats inherited names as fields', () => {
    const toleration = JSON.parse('{"__proto__": "x", "constructor": "y", "effect": "NoSchedule"}') as ValuesTree;
    expect(problemsOf({ tolerations: [toleration] })).toEqual(
      ['__proto__', 'constructor'].map((field) => ({
        code: 'unknown-key',
        path: `tolerations[0].${field}`,
        message: 'is not a field of the Kubernetes Toleration, so the API server refuses it',
        hint: 'valid fields under tolerations[0]: effect, key, operator, tolerationSeconds, value',
      })),
    );
  });

  it('accepts every field of the API, maps of free keys, and null for an unset field', () => {
    expect(
      problemsOf({
        resources: { requests: { cpu: '100m', 'example.com/gpu': '1' }, limits: { memory: '256Mi' } },
        tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: null }],
        securityContext: { runAsNonRoot: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
        podSecurityContext: { fsGroup: 1000, sysctls: [{ name: 'net.core.somaxconn', value: '1024' }] },
        affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchFields: [] } }] } },
        extraVolumes: [
          {
            name: 'cache',
            ephemeral: { volumeClaimTemplate: { metadata: { labels: { a: 'b' } }, spec: { accessModes: ['ReadWriteOnce'] } } },
          },
        ],
        podLabels: { team: 'x' },
      }),
    ).toEqual([]);
  });

  it('follows the definitions of the Kubernetes release the README names', () => {
    expect(KUBERNETES_VERSION).toBe('1.33');
    // lifecycle.stopSignal arrived in 1.33, so it is a field; on the container itself it is not.
    const container = { name: 'c', image: 'x', lifecycle: { stopSignal: 'SIGTERM' }, stopSignal: 'SIGTERM' };
    expect(findUnknownKubernetesFields(container, 'io.k8s.api.core.v1.Container')).toEqual([
      { segments: ['stopSignal'], typeName: 'io.k8s.api.core.v1.Container' },
    ]);
  });

  it('has a definition for every type the values schema names', () => {
    const named: string[] = [];
    const walk = (node: Record<string, unknown>): void => {
      if (typeof node['x-kubernetes-type'] === 'string') named.push(node['x-kubernetes-type']);
      for (const key of ['properties', 'additionalProperties', 'items'] as const) {
        const child = node[key];
        if (typeof child !== 'object' || child === null) continue;
        if (key === 'properties') for (const value of Object.values(child)) walk(value as Record<string, unknown>);
        else walk(child as Record<string, unknown>);
      }
    };
    walk(VALUES_SCHEMA as Record<string, unknown>);
    expect(named.length).toBeGreaterThan(10);
    for (const typeName of named) expect(loadKubernetesDefinitions()[typeName]?.additionalProperties, typeName).toBe(false);
  });
});

describe('the source of a volume', () => {
  it('refuses a volume without a source, which Kubernetes would make an empty emptyDir', () => {
    expect(problemsOf({ extraVolumes: [{ name: 'certs' }] })).toEqual([
      {
        code: 'invalid-value',
        path: 'extraVolumes[0]',
        message: 'has no volume source, so Kubernetes makes it an empty emptyDir',
        hint: 'give it exactly one source, such as configMap: {name: …}, secret: {secretName: …}, or emptyDir: {} for an empty directory',
      },
    ]);
  });

  it('refuses a source that is null, and names it', () => {
    expect(problemsOf({ extraVolumes: [{ name: 'certs', configMap: null }] }).map(({ path, message }) => [path, message])).toEqual([
      ['extraVolumes[0]', 'has no volume source (configMap is null), so Kubernetes makes it an empty emptyDir'],
    ]);
  });

  it('accepts `emptyDir:` written without a value: it is the empty directory it says', () => {
    expect(problemsOf({ extraVolumes: [{ name: 'tmp', emptyDir: null }] })).toEqual([]);
  });

  it('refuses two sources, as the API server does', () => {
    expect(problemsOf({ extraVolumes: [{ name: 'a', emptyDir: {}, secret: { secretName: 's' } }] })).toEqual([
      {
        code: 'invalid-value',
        path: 'extraVolumes[0]',
        message: 'has 2 volume sources (emptyDir, secret)',
        hint: 'a volume takes exactly one source: split it into one volume per source',
      },
    ]);
  });

  it('reports a misspelt source once as unknown, once as the missing source it leaves', () => {
    expect(problemsOf({ extraVolumes: [{ name: 'certs', configmap: { name: 'ca' } }] }).map(({ code, path }) => [code, path])).toEqual([
      ['unknown-key', 'extraVolumes[0].configmap'],
      ['invalid-value', 'extraVolumes[0]'],
    ]);
  });
});
