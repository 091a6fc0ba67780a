/**
 * Values the chart renders with exit 0 into an agent that cannot start, or one that is unsafe
 * (issue 12, item 4): each is an error with a hint, or a warning where the chart's behaviour is
 * legitimate, and each has a deliberate way to keep the chart's output where that makes sense.
 */
import { describe, expect, it } from 'vitest';
import { ValuesError, checkValues, render, renderManifests } from '../src/index.js';
import type { Manifest, RenderOptions, ValuesTree } from '../src/index.js';
import { createJwtPublicKey } from './support/pki-fixtures.js';

const RELEASE: RenderOptions = { releaseName: 'gitlab-agent', namespace: 'agents' };
const JWT_PUBLIC_KEY = createJwtPublicKey();
const TOKEN = 'glagent-0123456789abcdef';

function problemsOf(values: ValuesTree, options: Partial<RenderOptions> = {}): { code: string; path: string }[] {
  return checkValues(values, { ...RELEASE, ...options }).problems.map(({ code, path }) => ({ code, path }));
}

function warningsOf(values: ValuesTree, options: Partial<RenderOptions> = {}): { code: string; path: string }[] {
  return checkValues(values, { ...RELEASE, ...options }).warnings.map(({ code, path }) => ({ code, path }));
}

function find(manifests: Manifest[], kind: string): Record<string, any>[] {
  return manifests.filter((manifest) => manifest.kind === kind).map((manifest) => manifest.object as Record<string, any>);
}

function podSpecOf(manifests: Manifest[]): Record<string, any> {
  return find(manifests, 'Deployment')[0]!['spec'].template.spec;
}

describe('no token and no config.secretName', () => {
  it.each<[string, ValuesTree]>([
    ['the defaults', {}],
    ['an empty token', { config: { token: '' } }],
    ['a null token and an empty Secret name', { config: { token: null, secretName: '' } }],
    ['receptive mode', { config: { receptive: { enabled: true }, api: { jwtPublicKey: JWT_PUBLIC_KEY } } }],
  ])('is an error for %s: the pod could never start', (_name, values) => {
    const problems = checkValues(values, RELEASE).problems;
    expect(problems).toEqual([
      expect.objectContaining({ code: 'missing-required', path: 'config.token', segments: ['config', 'token'], fix: 'give-token' }),
    ]);
    const [problem] = problems;
    expect(problem!.message).toMatch(/no Secret holds the agent's token, but the agent reads it from \/etc\/agentk\/secrets\/token/);
    expect(problem!.hint).toMatch(
      /config\.secretName: one created with kubectl, by External Secrets or Sealed Secrets, or by an extraManifests item/,
    );
    expect(problem!.hint).toMatch(/set the render option allowMissingToken$/);
    expect(() => render(values, RELEASE)).toThrow(ValuesError);
  });

  it('is no problem with a token or a Secret name', () => {
    expect(problemsOf({ config: { token: TOKEN } })).toEqual([]);
    expect(problemsOf({ config: { secretName: 'made-by-external-secrets' } })).toEqual([]);
  });

  it("renders the chart's exact objects with allowMissingToken, and says nothing", () => {
    const { manifests, warnings } = renderManifests({}, { ...RELEASE, allowMissingToken: true });
    expect(warnings).toEqual([]);
    expect(find(manifests, 'Secret')).toEqual([]);
    const spec = podSpecOf(manifests);
    expect(spec['containers'][0].args[0]).toBe('--token-file=/etc/agentk/secrets/token');
    expect(spec['volumes'].map((volume: { name: string }) => volume.name)).toEqual(['service-account-token-volume']);
  });

  it.each([
    ['/etc/agentk/secrets', undefined],
    ['/etc/agentk/secrets/', undefined],
    ['/etc/agentk/secrets/token', 'token'],
  ])("needs no escape when a volume of the user's is mounted at %s", (mountPath, subPath) => {
    const values: ValuesTree = {
      extraVolumes: [{ name: 'agent-token', csi: { driver: 'secrets-store.csi.k8s.io', volumeAttributes: { secretProviderClass: 'x' } } }],
      extraVolumeMounts: [{ name: 'agent-token', mountPath, readOnly: true, ...(subPath === undefined ? {} : { subPath }) }],
    };
    expect(problemsOf(values)).toEqual([]);
    expect(problemsOf({ ...values, extraVolumeMounts: [{ name: 'agent-token', mountPath: '/etc/agentk/other' }] })).toEqual([
      { code: 'missing-required', path: 'config.token' },
    ]);
  });
});

describe('serviceAccount.create=false without serviceAccount.name', () => {
  const external = { config: { token: TOKEN }, serviceAccount: { create: false } };

  it("is an error: the namespace's default ServiceAccount would get cluster-admin", () => {
    const [problem, ...others] = checkValues(external, RELEASE).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code: 'missing-required', path: 'serviceAccount.name' });
    expect(problem!.message).toMatch(
      /runs as the ServiceAccount "default" of the namespace agents and the ClusterRole cluster-admin is bound to it/,
    );
    expect(problem!.hint).toMatch(/to bind the role to the default ServiceAccount on purpose, set serviceAccount.name to default$/);
  });

  it('names the role bound: rbac.useExistingRole, or the least-privilege roles', () => {
    const existing = checkValues({ ...external, rbac: { useExistingRole: 'agent-view' } }, RELEASE).problems;
    expect(existing[0]?.message).toMatch(/the ClusterRole agent-view is bound to it/);
    const leastPrivilege = checkValues({ ...external, rbac: { profile: 'least-privilege' } }, RELEASE).problems;
    expect(leastPrivilege[0]?.message).toMatch(/the least-privilege roles is bound to it/);
  });

  it("is fine without a binding, with a name, or with the chart's own ServiceAccount", () => {
    expect(problemsOf({ ...external, rbac: { create: false } })).toEqual([]);
    expect(problemsOf({ ...external, serviceAccount: { create: false, name: 'agent' } })).toEqual([]);
    expect(problemsOf({ config: { token: TOKEN } })).toEqual([]);
  });

  it("renders the chart's output when default is named on purpose", () => {
    const manifests = render({ ...external, serviceAccount: { create: false, name: 'default' } }, RELEASE);
    expect(podSpecOf(manifests)['serviceAccountName']).toBe('default');
    expect(find(manifests, 'ClusterRoleBinding')[0]!['subjects']).toEqual([
      { kind: 'ServiceAccount', name: 'default', namespace: 'agents' },
    ]);
  });
});

describe('receptive mode without config.api.jwtPublicKey', () => {
  const receptive = { config: { token: TOKEN, receptive: { enabled: true } } };

  it('is an error: the agent API would accept any connection', () => {
    const [problem, ...others] = checkValues(receptive, RELEASE).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code: 'missing-required', path: 'config.api.jwtPublicKey' });
    expect(problem!.message).toMatch(/no TLS client authentication is configured/);
    expect(problem!.hint).toMatch(/--api-mtls and --api-client-ca-cert-file/);
  });

  it.each([['--api-mtls'], ['--api-mtls=true'], ['--api-client-ca-cert-file=/etc/agentk/client-ca/ca.crt']])(
    'is fine with TLS client authentication in extraArgs: %s',
    (arg) => {
      expect(problemsOf({ ...receptive, extraArgs: [arg] })).toEqual([]);
    },
  );

  it('counts --api-mtls=false as no authentication, and says nothing outside receptive mode', () => {
    expect(problemsOf({ ...receptive, extraArgs: ['--api-mtls=false'] })).toEqual([
      { code: 'missing-required', path: 'config.api.jwtPublicKey' },
    ]);
    expect(problemsOf({ config: { token: TOKEN } })).toEqual([]);
    expect(problemsOf({ config: { ...receptive.config, api: { jwtPublicKey: JWT_PUBLIC_KEY } } })).toEqual([]);
  });
});

describe('receptive mode with config.secretName', () => {
  const values = { config: { secretName: 'agent-token', receptive: { enabled: true }, api: { jwtPublicKey: JWT_PUBLIC_KEY } } };

  it("never renders a Secret under the user's name: ours sits beside it, and the pod reads both", () => {
    const manifests = render(values, { ...RELEASE, privateApiJwt: 'p'.repeat(48) });
    const secrets = find(manifests, 'Secret');
    expect(secrets.map((secret) => secret['metadata'].name)).toEqual(['gitlab-agent-api-credentials']);
    expect(Object.keys(secrets[0]!['data'])).toEqual(['api-jwt', 'private-api-jwt']);
    const volume = podSpecOf(manifests)['volumes'].find((item: { name: string }) => item.name === 'secret-volume');
    expect(volume.projected.sources).toEqual([
      { secret: { name: 'agent-token', items: [{ key: 'token', path: 'token' }] } },
      { secret: { name: 'gitlab-agent-api-credentials' } },
    ]);
  });

  it("keeps the chart's single Secret under config.secretName when the token is given too", () => {
    const manifests = render({ config: { ...values.config, token: TOKEN } }, { ...RELEASE, privateApiJwt: 'p'.repeat(48) });
    expect(find(manifests, 'Secret').map((secret) => secret['metadata'].name)).toEqual(['agent-token']);
    const volume = podSpecOf(manifests)['volumes'].find((item: { name: string }) => item.name === 'secret-volume');
    expect(volume).toEqual({ name: 'secret-volume', secret: { defaultMode: 0o444, secretName: 'agent-token' } });
  });

  it('refuses an extraManifests object that would replace our Secret', () => {
    const clash = { ...values, extraManifests: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gitlab-agent-api-credentials' } }] };
    expect(problemsOf(clash).map((problem) => problem.path)).toEqual(['extraManifests[0]']);
  });

  it('warns that an unpinned private-api-jwt changes on every render, and is stable once pinned', () => {
    expect(warningsOf(values)).toEqual([{ code: 'private-api-jwt-random', path: 'config.receptive.enabled' }]);
    const warning = checkValues(values, RELEASE).warnings[0]!;
    expect(warning.message).toMatch(/the Secret gitlab-agent-api-credentials\) that is drawn at random on every render/);
    expect(warning.hint).toMatch(/render option privateApiJwt/);
    const pinned = { ...RELEASE, privateApiJwt: 'q'.repeat(48) };
    expect(warningsOf(values, pinned)).toEqual([]);
    const jwtOf = (manifests: Manifest[]): unknown => find(manifests, 'Secret')[0]!['data']['private-api-jwt'];
    expect(jwtOf(render(values, pinned))).toBe(jwtOf(render(values, pinned)));
    expect(jwtOf(render(values, RELEASE))).not.toBe(jwtOf(render(values, RELEASE)));
  });
});

describe('a password in a URL of extraEnv', () => {
  const PASSWORD = 'Pr0xy-S3cret';

  it('warns where it is, without repeating the password, and renders the value unchanged', () => {
    const values = {
      config: { token: TOKEN },
      extraEnv: [
        { name: 'NO_PROXY', value: '.svc' },
        { name: 'HTTPS_PROXY', value: `http://agent:${PASSWORD}@proxy.example:3128` },
      ],
    };
    const { manifests, warnings } = renderManifests(values, RELEASE);
    expect(warnings.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'env-url-password', path: 'extraEnv[1].value' }]);
    expect(warnings[0]!.message).toMatch(/holds a URL with a password \(HTTPS_PROXY\), which the Deployment carries in plain text/);
    expect(warnings[0]!.hint).toMatch(/valueFrom\.secretKeyRef/);
    expect(JSON.stringify(warnings)).not.toContain(PASSWORD);
    const env = podSpecOf(manifests)['containers'][0].env as { name: string; value?: string }[];
    expect(env.find((item) => item.name === 'HTTPS_PROXY')?.value).toBe(`http://agent:${PASSWORD}@proxy.example:3128`);
  });

  it('says nothing of a URL without a password, or of a value from a Secret', () => {
    expect(
      warningsOf({
        config: { token: TOKEN },
        extraEnv: [
          { name: 'HTTP_PROXY', value: 'http://agent@proxy.example:3128' },
          { name: 'HTTPS_PROXY', valueFrom: { secretKeyRef: { name: 'proxy', key: 'url' } } },
        ],
      }),
    ).toEqual([]);
  });
});
