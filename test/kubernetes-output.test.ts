import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { render } from '../src/render-manifests.js';
import { HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';
import { checkKubernetesObject } from './support/check-kubernetes-object.js';
import { EXPECTED_OUTPUT, GOLDEN_DIR, PRIVATE_API_JWT_PLACEHOLDER, listCases, readOptionalFile } from './support/golden-cases.js';
import { PKI, createJwtPublicKey } from './support/pki-fixtures.js';

/**
 * Output validated against Kubernetes: every object of every golden case (the exact bytes the
 * golden test holds the renderer to) must pass its kind's API schema and the API server's own
 * rules on names, labels, ports, env and volumes. A rendering Kubernetes would reject fails here.
 */

/** Custom resources of extraManifests cases, whose schema no package here has: their names and metadata are still checked. */
const UNMODELLED_KINDS = new Set(['external-secrets.io/v1beta1 ExternalSecret']);

/** Cases whose standard output is a report, not manifests (`generate --explain-rbac`). */
const printsReport = (name: string): boolean => (readOptionalFile(join(GOLDEN_DIR, name, 'args.json')) ?? '').includes('"--explain-rbac"');

const casesWithOutput = listCases(GOLDEN_DIR).filter(
  (name) => readOptionalFile(join(GOLDEN_DIR, name, EXPECTED_OUTPUT)) !== undefined && !printsReport(name),
);

function documentsOf(name: string): Record<string, unknown>[] {
  // Golden files hold a placeholder for the random receptive-mode JWT; put back a value of its shape.
  const jwt = Buffer.from(Buffer.from('j'.repeat(64)).toString('base64')).toString('base64');
  const text = (readOptionalFile(join(GOLDEN_DIR, name, EXPECTED_OUTPUT)) ?? '').split(PRIVATE_API_JWT_PLACEHOLDER).join(jwt);
  // Kubernetes reads manifests with YAML 1.1 rules (`0444` is octal), as kubectl does.
  return yaml.loadAll(text, undefined, { schema: HELM_VALUES_SCHEMA }) as Record<string, unknown>[];
}

describe('golden output accepted by Kubernetes', () => {
  it('has golden cases with output, covering every kind the chart renders', () => {
    expect(casesWithOutput.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(casesWithOutput.flatMap((name) => documentsOf(name).map((document) => String(document['kind']))));
    expect([...kinds].sort()).toEqual(
      [
        'ClusterRole',
        'ClusterRoleBinding',
        'ConfigMap',
        'Deployment',
        'Ingress',
        'Namespace',
        'Role',
        'RoleBinding',
        'Secret',
        'Service',
        'ServiceAccount',
        'ServiceMonitor',
        // extraManifests cases: two built-in kinds and a custom resource.
        'NetworkPolicy',
        'PriorityClass',
        'ExternalSecret',
      ].sort(),
    );
  });

  it.each(casesWithOutput)('%s', (name) => {
    const documents = documentsOf(name);
    expect(documents.length).toBeGreaterThan(0);
    const problems = documents.flatMap((document) =>
      checkKubernetesObject(document, {
        skipSchema: UNMODELLED_KINDS.has(`${String(document['apiVersion'])} ${String(document['kind'])}`),
      }).map((problem) => `${String(document['kind'])} ${String((document['metadata'] as Record<string, unknown>)?.['name'])}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('checkKubernetesObject catches what Kubernetes rejects', () => {
  const options = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent', createNamespace: true };
  const deployment = (): Record<string, any> =>
    structuredClone(
      render({ config: { token: 'glagent-t' } }, options).find((manifest) => manifest.kind === 'Deployment')?.object,
    ) as Record<string, any>;

  it('accepts a full receptive render with every optional object', () => {
    const manifests = render(
      {
        config: {
          token: 'glagent-x',
          kasCaCert: PKI.caCert,
          receptive: { enabled: true },
          api: { jwtPublicKey: createJwtPublicKey(), tls: { enabled: true, cert: PKI.serverCert, key: PKI.serverKey } },
          privateApi: { tls: { enabled: true, cert: PKI.serverCert, key: PKI.serverKey, caCert: PKI.caCert } },
          observability: { tls: { enabled: true, cert: PKI.serverCert, key: PKI.serverKey, secret: { create: true } } },
        },
        ingress: { enabled: true, tls: { enabled: true } },
        serviceMonitor: { enabled: true },
        service: { type: 'LoadBalancer', loadBalancerIP: '192.0.2.1', loadBalancerSourceRanges: ['192.0.2.0/24'] },
        extraEnv: [{ name: 'HTTPS_PROXY', value: 'http://proxy:3128' }],
        extraVolumes: [{ name: 'extra', emptyDir: {} }],
        extraVolumeMounts: [{ name: 'extra', mountPath: '/extra' }],
        podLabels: { team: 'a' },
        additionalLabels: { env: 'prod' },
      },
      options,
    );
    expect(manifests.flatMap((manifest) => checkKubernetesObject(manifest.object))).toEqual([]);
  });

  it.each([
    ['a wrong type', (d: Record<string, any>) => (d['spec']['replicas'] = 'two'), /schema/],
    ['a Deployment name with a trailing dash', (d: Record<string, any>) => (d['metadata']['name'] = 'agent-'), /subdomain/],
    ['a label value with a space', (d: Record<string, any>) => (d['metadata']['labels']['team'] = 'a b'), /label value/],
    [
      'a selector the pod labels do not match',
      (d: Record<string, any>) => (d['spec']['selector']['matchLabels']['x'] = 'y'),
      /does not match/,
    ],
    [
      'an env name with a space',
      (d: Record<string, any>) => d['spec']['template']['spec']['containers'][0]['env'].push({ name: 'A B', value: 'x' }),
      /env name/,
    ],
    [
      'two volumes of one name',
      (d: Record<string, any>) => d['spec']['template']['spec']['volumes'].push({ name: 'service-account-token-volume', emptyDir: {} }),
      /twice/,
    ],
    [
      'a mount of a missing volume',
      (d: Record<string, any>) => d['spec']['template']['spec']['containers'][0]['volumeMounts'].push({ name: 'nope', mountPath: '/nope' }),
      /does not have/,
    ],
    [
      'a long container port name',
      (d: Record<string, any>) => (d['spec']['template']['spec']['containers'][0]['ports'][0]['name'] = 'observability-port'),
      /IANA_SVC_NAME/,
    ],
  ])('rejects a Deployment with %s', (_, change, message) => {
    const object = deployment();
    change(object);
    expect(checkKubernetesObject(object).join('\n')).toMatch(message);
  });

  it('rejects a Service name that is not a DNS-1035 label, and an unknown kind', () => {
    const service = structuredClone(
      render({ config: { token: 'glagent-t' } }, options).find((manifest) => manifest.kind === 'Service')?.object,
    ) as Record<string, any>;
    service['metadata']['name'] = '1-service';
    expect(checkKubernetesObject(service).join('\n')).toMatch(/DNS-1035/);
    expect(checkKubernetesObject({ apiVersion: 'v9', kind: 'Thing', metadata: { name: 'x' } })).toEqual([
      expect.stringMatching(/no Kubernetes schema/),
    ]);
  });
});
