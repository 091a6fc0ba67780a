import { describe, expect, it } from 'vitest';
import { buildChartModel, type ChartObjects } from '../src/chart/chart-model.js';
import { checkValues } from '../src/check/check-values.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { renderManifests } from '../src/render-manifests.js';
import type { ValuesTree } from '../src/types.js';
import { mergeOver } from './support/merge-over.js';
import { PKI } from './support/pki-fixtures.js';

const RELEASE = { releaseName: 'prod', namespace: 'agents' };
const TOKEN = 'glagent-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';

function modelOf(values: ValuesTree) {
  return buildChartModel(mergeOver(structuredClone(DEFAULT_VALUES) as ValuesTree, values), RELEASE);
}

/** The objects a render really prints, by kind and name, for comparison with the model. */
function renderedObjects(values: ValuesTree): Set<string> {
  const { manifests } = renderManifests(values, RELEASE);
  return new Set(manifests.map((manifest) => `${manifest.kind}/${manifest.name}`));
}

function renderedVolumes(values: ValuesTree): string[] {
  const { manifests } = renderManifests(values, RELEASE);
  const deployment = manifests.find((manifest) => manifest.kind === 'Deployment')!.object as {
    spec: { template: { spec: { volumes: { name: string }[] } } };
  };
  return deployment.spec.template.spec.volumes.map((volume) => volume.name);
}

const JWT_PUBLIC_KEY = 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=';

const CASES: Record<string, ValuesTree> = {
  token: { config: { token: TOKEN } },
  'secret name only': { config: { secretName: 'mine' } },
  'token, CA and observability': {
    config: { token: TOKEN, kasCaCert: PKI.caCert, observability: { enabled: true } },
    serviceMonitor: { enabled: true },
  },
  'observability TLS with its own Secret': {
    config: {
      token: TOKEN,
      observability: { enabled: true, tls: { enabled: true, cert: PKI.rsaCert, key: PKI.rsaKey, secret: { create: true } } },
    },
  },
  'receptive with ingress': {
    config: { token: TOKEN, receptive: { enabled: true }, api: { jwtPublicKey: JWT_PUBLIC_KEY } },
    ingress: { enabled: true, hostname: 'agent.example.com' },
  },
  "receptive with the user's token Secret beside ours": {
    config: { secretName: 'mine', receptive: { enabled: true }, api: { jwtPublicKey: JWT_PUBLIC_KEY } },
  },
  'no rbac, no service account, no scanning': {
    config: { token: TOKEN, operational_container_scanning: { enabled: false }, observability: { enabled: false } },
    rbac: { create: false },
    serviceAccount: { create: false, name: 'existing' },
  },
  'least-privilege RBAC': {
    config: { token: TOKEN },
    rbac: { profile: 'least-privilege', leastPrivilege: { modules: { flux: true }, namespaces: { production: 'edit' } } },
  },
};

describe('buildChartModel', () => {
  it('derives the names of the chart from the release and the overrides', () => {
    const model = modelOf({ config: { token: TOKEN } });
    expect(model.names.fullname).toBe('prod-gitlab-agent');
    expect(model.names.deployment).toBe('prod-gitlab-agent-v2');
    expect(model.names.clusterRoleBinding).toBe('agents:prod-gitlab-agent-cluster-admin');
    expect(model.release).toEqual(RELEASE);
  });

  it.each(Object.entries(CASES))('says which objects the templates render: %s', (_name, values) => {
    const model = modelOf(values);
    const rendered = renderedObjects(values);
    const { names, objects } = model;
    expect(rendered.has(`Secret/${names.renderedSecret}`)).toBe(objects.tokenSecret);
    // A Secret the user names and fills (config.secretName, no config.token) is never rendered.
    if (model.separateSecret) expect(rendered.has(`Secret/${names.tokenSecret}`)).toBe(false);
    expect(rendered.has(`ConfigMap/${names.configMap}`)).toBe(objects.configMap);
    expect(rendered.has(`Service/${names.service}`)).toBe(objects.service);
    expect(rendered.has(`Ingress/${names.ingress}`)).toBe(objects.ingress);
    expect(rendered.has(`Secret/${names.observabilitySecret}`)).toBe(objects.observabilitySecret);
    expect(rendered.has(`Service/${names.observabilityService}`)).toBe(objects.serviceMonitor);
    expect(rendered.has(`ServiceMonitor/${names.observabilityService}`)).toBe(objects.serviceMonitor);
    expect(rendered.has(`ServiceAccount/${names.serviceAccount}`)).toBe(objects.serviceAccount);
    expect(rendered.has(`ClusterRoleBinding/${names.clusterRoleBinding}`)).toBe(objects.clusterRoleBinding);
    expect(rendered.has(`Role/${names.fullname}:least-privilege`)).toBe(objects.leastPrivilegeRbac);
    expect(rendered.has(`ServiceAccount/${names.ocsServiceAccount}`)).toBe(objects.operationalContainerScanning);
  });

  it.each(Object.entries(CASES))('lists the volumes the Deployment has: %s', (_name, values) => {
    expect(modelOf(values).volumes.map((volume) => volume.name)).toEqual(renderedVolumes(values));
  });

  it("projects the user's token and our Secret into one folder when config.secretName is the user's", () => {
    const values = CASES["receptive with the user's token Secret beside ours"]!;
    const model = modelOf(values);
    expect(model.separateSecret).toBe(true);
    expect(model.names).toMatchObject({ tokenSecret: 'mine', renderedSecret: 'prod-gitlab-agent-api-credentials' });
    const { manifests } = renderManifests(values, RELEASE);
    const deployment = manifests.find((manifest) => manifest.kind === 'Deployment')!.object as any;
    expect(deployment.spec.template.spec.volumes.find((volume: any) => volume.name === 'secret-volume')).toEqual({
      name: 'secret-volume',
      projected: {
        defaultMode: 0o444,
        sources: [
          { secret: { name: 'mine', items: [{ key: 'token', path: 'token' }] } },
          { secret: { name: 'prod-gitlab-agent-api-credentials' } },
        ],
      },
    });
    expect(modelOf(CASES['token']!).separateSecret).toBe(false);
    expect(modelOf({ config: { token: TOKEN, secretName: 'mine', receptive: { enabled: true } } }).names.renderedSecret).toBe('mine');
  });

  it('has cases that render and that leave out each optional object', () => {
    const models = Object.values(CASES).map(modelOf);
    for (const key of Object.keys(models[0]!.objects) as (keyof ChartObjects)[]) {
      expect(new Set(models.map((model) => model.objects[key])), key).toEqual(new Set([true, false]));
    }
  });

  it('is what checkValues returns, computed from the merged values', () => {
    const result = checkValues({ config: { token: TOKEN, kasCaCert: PKI.caCert } }, RELEASE);
    expect(result.model).toEqual(buildChartModel(result.merged, RELEASE));
    expect(result.model.hasConfigVolume).toBe(true);
  });

  it('never throws on values the schema refuses', () => {
    expect(() => buildChartModel({ config: 'nonsense', serviceAccount: [1], rbac: null } as ValuesTree, RELEASE)).not.toThrow();
  });
});
