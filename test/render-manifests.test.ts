import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ReleaseNameError, ValuesError, render, toYaml } from '../src/index.js';
import type { Manifest, ValuesTree } from '../src/index.js';

const OPTIONS = { releaseName: 'gitlab-agent', namespace: 'agents' };
/** Receptive mode as it may render: with the JWT public key KAS authenticates with. */
const RECEPTIVE = { receptive: { enabled: true }, api: { jwtPublicKey: 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=' } };

function find(manifests: Manifest[], kind: string, source?: string): Manifest {
  const found = manifests.find((m) => m.kind === kind && (source === undefined || m.source.endsWith(source)));
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

function container(manifests: Manifest[]): Record<string, any> {
  return (find(manifests, 'Deployment').object as any).spec.template.spec.containers[0];
}

function envOf(manifests: Manifest[]): Record<string, unknown> {
  return Object.fromEntries(container(manifests).env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
}

describe('render', () => {
  it('renders the default object set with the token Secret, in install order', () => {
    const manifests = render({ config: { token: 'T' } }, OPTIONS);
    expect(manifests.map((m) => `${m.kind}:${m.source.replace('gitlab-agent/templates/', '')}`)).toEqual([
      'ServiceAccount:ocs/serviceaccount.yaml',
      'ServiceAccount:serviceaccount.yaml',
      'Secret:secret.yaml',
      'ClusterRole:ocs/clusterrole.yaml',
      'ClusterRoleBinding:clusterrolebinding.yaml',
      'ClusterRoleBinding:ocs/clusterrolebinding.yaml',
      'Role:ocs/role.yaml',
      'RoleBinding:ocs/rolebinding.yaml',
      'Service:service.yaml',
      'Deployment:deployment.yaml',
    ]);
    const annotations = (find(manifests, 'Deployment').object as any).spec.template.metadata.annotations;
    expect(annotations['checksum/token']).toBe('e632b7095b0bf32c260fa4c539e9fd7b852d0de454e9be26f24d0d6f91d069d3');
  });

  it('sets the namespace on every namespaced object and on none of the cluster-scoped ones', () => {
    const manifests = render({ config: { token: 'T' }, serviceMonitor: { enabled: true } }, OPTIONS);
    for (const manifest of manifests) {
      const clusterScoped = manifest.kind === 'ClusterRole' || manifest.kind === 'ClusterRoleBinding';
      expect(manifest.namespace).toBe(clusterScoped ? undefined : 'agents');
      expect((manifest.object as any).metadata.namespace).toBe(clusterScoped ? undefined : 'agents');
    }
    expect((find(manifests, 'ClusterRoleBinding', '/clusterrolebinding.yaml').object as any).subjects[0].namespace).toBe('agents');
  });

  it('prepends a Namespace object on request', () => {
    const manifests = render({ config: { token: 'T' } }, { ...OPTIONS, createNamespace: true });
    expect(manifests[0]).toMatchObject({ kind: 'Namespace', name: 'agents' });
    expect(manifests[0]?.object).toEqual({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'agents' } });
  });

  it('uses the given private API JWT, and a fresh random one otherwise', () => {
    const values = { config: { token: 'T', ...RECEPTIVE } };
    const dataOf = (manifests: Manifest[]) => (find(manifests, 'Secret').object as any).data['private-api-jwt'];
    const pinned = dataOf(render(values, { ...OPTIONS, privateApiJwt: 'fixed' }));
    expect(Buffer.from(pinned, 'base64').toString()).toBe('fixed');
    const first = dataOf(render(values, OPTIONS));
    const second = dataOf(render(values, OPTIONS));
    expect(first).not.toBe(second);
    for (const data of [first, second]) {
      expect(data).toHaveLength(120);
      const secret = Buffer.from(Buffer.from(data, 'base64').toString(), 'base64').toString();
      expect(secret).toMatch(/^[\x20-\x7e]{64}$/);
    }
  });

  it('is deterministic when the JWT is pinned', () => {
    const values = { config: { token: 'T', ...RECEPTIVE }, extraEnv: [{ name: 'A', value: 'b' }] };
    const options = { ...OPTIONS, privateApiJwt: 'x' };
    expect(toYaml(render(values, options))).toBe(toYaml(render(structuredClone(values), options)));
  });

  it('does not mutate the values it is given', () => {
    const values: ValuesTree = { config: { token: 'T', kasHeaders: ['a'] }, podAnnotations: { x: 'y' } };
    const copy = structuredClone(values);
    render(values, OPTIONS);
    expect(values).toEqual(copy);
  });

  it('switches to receptive mode: no KAS address, API args, private API env', () => {
    const manifests = render(
      { config: { token: 'T', kasHeaders: ['H: 1'], ...RECEPTIVE, privateApi: { tls: { enabled: true } } } },
      OPTIONS,
    );
    const args: string[] = container(manifests).args;
    expect(args.some((arg) => arg.startsWith('--kas-address'))).toBe(false);
    expect(args.some((arg) => arg.startsWith('--kas-header'))).toBe(false);
    expect(args).toContain('--api-listen-address=:8082');
    expect(args).toContain('--private-api-jwt-file=/etc/agentk/secrets/private-api-jwt');
    expect(envOf(manifests)).toMatchObject({
      OWN_PRIVATE_API_URL: 'grpcs://$(POD_IP):8081',
      POD_SELECTOR_LABELS: 'app.kubernetes.io/name=gitlab-agent,app.kubernetes.io/instance=gitlab-agent',
    });
  });

  it('keeps every user string exactly as given, whatever YAML makes of it unquoted', () => {
    const tricky = ['wss://kas.example.com/a #x', 'yes', '007', 'a: b', '*.example.com', 'line\nbreak', '"quoted"', "'single'"];
    const manifests = render(
      {
        config: { token: 'T', kasAddress: tricky[0], kasHeaders: tricky },
        extraArgs: tricky,
        extraEnv: tricky.map((value, index) => ({ name: `V${index}`, value })),
        podAnnotations: Object.fromEntries(tricky.map((value, index) => [`example.com/a${index}`, value])),
      },
      OPTIONS,
    );
    const args: string[] = container(manifests).args;
    expect(args).toContain('--kas-address=wss://kas.example.com/a #x');
    for (const value of tricky) {
      expect(args).toContain(`--kas-header=${value}`);
      expect(args).toContain(value);
      expect(Object.values(envOf(manifests))).toContain(value);
    }
    const stream = toYaml(manifests);
    const reparsed = yaml.loadAll(stream) as any[];
    expect(reparsed.map((doc) => doc.kind)).toEqual(manifests.map((m) => m.kind));
  });

  it('quotes numeric and boolean Ingress annotations the way the chart does', () => {
    const manifests = render(
      {
        config: { token: 'T', ...RECEPTIVE },
        ingress: { enabled: true, annotations: { 'example.com/timeout': 3600, 'example.com/flag': true, 'example.com/big': 1e6 } },
      },
      OPTIONS,
    );
    expect((find(manifests, 'Ingress').object as any).metadata.annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/backend-protocol': 'GRPC',
      'example.com/timeout': '3600',
      'example.com/flag': 'true',
      'example.com/big': '1e+06',
    });
  });

  it('reports every values problem at once', () => {
    try {
      const untyped: ValuesTree = { replica: 3, config: { kasAdress: 'x', token: 5 }, image: { tag: 1 } };
      render(untyped, OPTIONS);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValuesError);
      const problems = (error as ValuesError).problems.map((p) => [p.code, p.path]);
      expect(problems).toEqual(
        expect.arrayContaining([
          ['unknown-key', 'replica'],
          ['unknown-key', 'config.kasAdress'],
          ['wrong-type', 'config.token'],
          ['wrong-type', 'image.tag'],
        ]),
      );
    }
  });

  it('refuses an invalid release name before anything else', () => {
    expect(() => render({ replicas: 1 }, { ...OPTIONS, releaseName: 'Bad_Name' })).toThrow(ReleaseNameError);
  });
});
