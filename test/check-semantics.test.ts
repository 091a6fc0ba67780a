import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkValues, ReleaseNameError } from '../src/index.js';
import type { ValuesTree } from '../src/types.js';
import { checkExtraEnv } from '../src/check/rules/check-extra-env.js';
import { checkImage } from '../src/check/rules/check-image.js';
import { checkJwtPublicKey } from '../src/check/rules/check-jwt-public-key.js';
import { checkMetadataKeys } from '../src/check/rules/check-metadata-keys.js';
import { checkRollingUpdate } from '../src/check/rules/check-rolling-update.js';
import { checkToken } from '../src/check/rules/check-token.js';
import { VALUES_CHECKS } from '../src/check/values-checks.js';
import { checkObjectNames } from '../src/check/rules/check-object-names.js';
import { checkAddresses, isCidr } from '../src/check/rules/check-addresses.js';
import { checkPodSpec } from '../src/check/rules/check-pod-spec.js';
import { PKI, createJwtPublicKey } from './support/pki-fixtures.js';
import { buildChartModel } from '../src/chart/chart-model.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';

/**
 * The checks here are not about the token or the receptive-mode JWT (test/check-footguns.test.ts
 * is): values without a token are allowed and the JWT is pinned, so neither speaks.
 */
const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent', allowMissingToken: true, privateApiJwt: 'j'.repeat(40) };

/** `[code, path]` of every problem checkValues reports, chart defaults merged in. */
function problemsOf(values: ValuesTree, release = RELEASE): [string, string][] {
  return checkValues(values, release).problems.map((problem) => [problem.code, problem.path]);
}

function warningPaths(values: ValuesTree, release = RELEASE): string[] {
  return checkValues(values, release).warnings.map((warning) => warning.path);
}

describe('checkToken', () => {
  it('accepts a glagent- token without saying anything', () => {
    expect(checkToken({ config: { token: 'glagent-0123456789abcdefABCDEF_-' } })).toEqual({ problems: [], warnings: [] });
  });

  it.each(['glagent-abc\n', ' glagent-abc', 'glagent-a bc', 'glagent-abc\r', 'glagent-\tabc', 'glagent-abc\u00a0', 'glagent-abc\u0000'])(
    'refuses a token with whitespace or a control character: %j',
    (token) => {
      const result = checkToken({ config: { token } });
      expect(result.problems).toEqual([expect.objectContaining({ code: 'invalid-value', path: 'config.token' })]);
      expect(result.problems[0]?.hint).toMatch(/line breaks/);
      expect(result.warnings).toEqual([]);
    },
  );

  it('warns when the glagent- prefix is missing', () => {
    expect(checkToken({ config: { token: 'abc' } })).toEqual({
      problems: [],
      warnings: [expect.objectContaining({ path: 'config.token' })],
    });
  });

  it('says nothing of an unset, empty or non-string token', () => {
    for (const token of [null, undefined, '', 12345]) {
      expect(checkToken({ config: { token } })).toEqual({ problems: [], warnings: [] });
    }
  });
});

describe('checkJwtPublicKey', () => {
  it('accepts the base64 of a 32-byte Ed25519 key, with the newline --set-file keeps', () => {
    const key = createJwtPublicKey();
    expect(checkJwtPublicKey({ config: { api: { jwtPublicKey: key } } })).toEqual([]);
    expect(checkJwtPublicKey({ config: { api: { jwtPublicKey: `${key}\n` } } })).toEqual([]);
    expect(checkJwtPublicKey({ config: { api: { jwtPublicKey: 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=' } } })).toEqual([]);
  });

  it.each([
    ['too short', Buffer.alloc(31).toString('base64'), /31 bytes/],
    ['too long', Buffer.alloc(33).toString('base64'), /33 bytes/],
    ['not base64', 'not base64!', /not base64/],
    ['base64url', `${createJwtPublicKey().slice(0, 42).replace(/[+/]/g, '-')}_=`, /not base64/],
    ['without padding', createJwtPublicKey().replace(/=$/, ''), /not base64/],
    ['with a space', ` ${createJwtPublicKey()}`, /not base64/],
    ['a PEM public key', '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n', /PEM/],
  ])('refuses a key %s', (_, jwtPublicKey, message) => {
    const problems = checkJwtPublicKey({ config: { api: { jwtPublicKey } } });
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-value', path: 'config.api.jwtPublicKey' })]);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.hint).toMatch(/32-byte Ed25519/);
  });
});

describe('checkExtraEnv', () => {
  const env = (...names: string[]): ValuesTree => ({ extraEnv: names.map((name) => ({ name, value: 'v' })) });

  it('accepts ordinary names, including the relaxed `-` and `.`', () => {
    expect(checkExtraEnv(env('HTTPS_PROXY', 'no_proxy', 'my.var', '-x', '_'))).toEqual({ problems: [], warnings: [] });
  });

  it.each(['1ABC', 'A B', 'A=B', '', 'É', 'A\nB'])('refuses the name %j', (name) => {
    expect(checkExtraEnv(env('OK', name)).problems).toEqual([expect.objectContaining({ code: 'invalid-value', path: 'extraEnv[1].name' })]);
  });

  it('warns when a name overrides a variable the chart sets for these values', () => {
    const base = env(
      'POD_NAME',
      'SERVICE_ACCOUNT_NAME',
      'OCS_ENABLED',
      'GITLAB_AGENT_TELEMETRY_installation_method',
      'GITLAB_AGENT_TELEMETRY_other',
    );
    expect(checkExtraEnv(base).warnings.map((warning) => warning.path)).toEqual([
      'extraEnv[0].name',
      'extraEnv[1].name',
      'extraEnv[2].name',
      'extraEnv[3].name',
      'extraEnv[4].name',
    ]);
    expect(checkExtraEnv(base).warnings[0]?.message).toContain('POD_NAME');
  });

  it('knows which variables the chart sets in which mode', () => {
    const conditional = env('OWN_PRIVATE_API_URL', 'POD_SELECTOR_LABELS', 'OCS_SERVICE_ACCOUNT_NAME', 'GOMAXPROCS', 'GOMEMLIMIT');
    expect(checkExtraEnv(conditional).warnings).toEqual([]);
    const everything = {
      ...conditional,
      config: { receptive: { enabled: true }, operational_container_scanning: { enabled: true } },
      resources: { limits: { cpu: '1', memory: '1Gi' } },
    };
    expect(checkExtraEnv(everything).warnings).toHaveLength(5);
  });

  it('warns when extraEnv sets the same name twice', () => {
    expect(checkExtraEnv(env('A', 'B', 'A')).warnings).toEqual([expect.objectContaining({ path: 'extraEnv[2].name' })]);
  });

  it('leaves malformed items to the Kubernetes schema', () => {
    expect(checkExtraEnv({ extraEnv: [5, { value: 'x' }, { name: 7 }] })).toEqual({ problems: [], warnings: [] });
    expect(checkExtraEnv({ extraEnv: 'x' })).toEqual({ problems: [], warnings: [] });
  });
});

describe('checkMetadataKeys', () => {
  it('refuses a label or annotation key whose prefix is longer than 253 characters', () => {
    const prefix = `${'a'.repeat(250)}.com`;
    const problems = checkMetadataKeys({
      podLabels: { [`${prefix}/x`]: 'v', ok: 'v' },
      ingress: { annotations: { [`${prefix}/y`]: 'v' } },
    });
    expect(problems.map((problem) => problem.path)).toEqual([`podLabels["${prefix}/x"]`, `ingress.annotations["${prefix}/y"]`]);
  });

  it("passes the chart's own maps, which it therefore skips when the merge shares them, and checks copies", () => {
    expect(checkMetadataKeys(structuredClone(DEFAULT_VALUES) as ValuesTree)).toEqual([]);
    const defaults = DEFAULT_VALUES as { podAnnotations: Record<string, string> };
    const long = `${'a'.repeat(254)}/x`;
    expect(checkMetadataKeys({ podAnnotations: { ...defaults.podAnnotations, [long]: 'v' } }).map((problem) => problem.path)).toEqual([
      `podAnnotations["${long}"]`,
    ]);
  });
});

describe('checkObjectNames', () => {
  const names = (values: ValuesTree, releaseName = 'gitlab-agent') =>
    checkObjectNames(values, buildChartModel(values, { releaseName, namespace: 'gitlab-agent' })).map((problem) => problem.path);

  it('accepts the names of the defaults and of ordinary overrides', () => {
    expect(names({ config: { observability: { enabled: true } } })).toEqual([]);
    expect(names({ nameOverride: 'agent', fullnameOverride: 'prod-agent', serviceMonitor: { enabled: true } })).toEqual([]);
  });

  it('refuses fullnameOverride=custom--, which leaves the ServiceAccount named custom-', () => {
    const values = { fullnameOverride: 'custom--', serviceAccount: { create: true } };
    const [problem] = checkObjectNames(values, buildChartModel(values, { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' }));
    expect(problem).toMatchObject({ code: 'invalid-value', path: 'fullnameOverride' });
    expect(problem?.message).toContain('"custom-"');
  });

  it('keeps the chart trailing-dash quirk where every resulting name is valid', () => {
    expect(names({ fullnameOverride: 'custom--', serviceAccount: { create: false } })).toEqual([]);
  });

  it('refuses a full name that makes an invalid Service name', () => {
    const observability = { config: { observability: { enabled: true } } };
    expect(names(observability, '1agent')).toEqual(['fullnameOverride']);
    expect(names(observability, 'my.agent')).toEqual(['fullnameOverride']);
    expect(names({ ...observability, fullnameOverride: '9lives' })).toEqual(['fullnameOverride']);
    expect(names({ config: { observability: { enabled: false } } }, '1agent')).toEqual([]);
  });

  it('refuses a ServiceMonitor Service name longer than 63 characters', () => {
    const release = 'a'.repeat(37);
    expect(names({ serviceMonitor: { enabled: true } }, release)).toEqual(['fullnameOverride']);
    expect(names({ serviceMonitor: { enabled: true } }, 'a'.repeat(36))).toEqual([]);
    expect(names({ serviceMonitor: { enabled: false } }, release)).toEqual([]);
  });

  it('refuses a nameOverride that breaks the name label or the Service port names', () => {
    expect(names({ nameOverride: 'agent.' })).toEqual(['nameOverride']);
    expect(names({ nameOverride: 'my.agent', config: { observability: { enabled: true } } })).toEqual(['nameOverride']);
    expect(names({ nameOverride: 'a'.repeat(46), config: { observability: { enabled: true } } })).toEqual(['nameOverride']);
    expect(names({ nameOverride: 'a'.repeat(46), config: { observability: { enabled: false } } })).toEqual([]);
  });

  it('checks the fallback names of Secrets, the ConfigMap and the Ingress only when they are used', () => {
    const base = {
      fullnameOverride: 'custom.',
      serviceAccount: { create: false },
      config: { operational_container_scanning: { enabled: false } },
    };
    expect(names(base)).toEqual(['fullnameOverride']); // the Deployment custom.-v2
    const problem = checkObjectNames(base, buildChartModel(base, { releaseName: 'r', namespace: 'n' }))[0];
    expect(problem?.message).toContain('the Deployment');
  });

  it('counts every failing name, the observability TLS Secret only when its name is not given', () => {
    const messages = (values: ValuesTree) =>
      checkObjectNames(values, buildChartModel(values, { releaseName: 'r', namespace: 'n' })).map((problem) => problem.message);
    const tls = (tlsValues: ValuesTree) => ({ fullnameOverride: 'x.', config: { observability: { enabled: true, tls: tlsValues } } });
    expect(messages(tls({ enabled: true }))).toEqual([
      'gives the Deployment the name "x.-v2", which Kubernetes refuses (and 2 more names)',
    ]);
    expect(messages(tls({ enabled: true, secret: { name: 'given' } }))).toEqual([
      'gives the Deployment the name "x.-v2", which Kubernetes refuses (and 1 more name)',
    ]);
    expect(messages({ nameOverride: 'a.b', config: { receptive: { enabled: true }, observability: { enabled: true } } })).toEqual([
      'gives a port of the Service the name "tcp-a.b-external-api", which Kubernetes refuses (and 1 more name)',
    ]);
  });

  it('leaves overrides that fail their own pattern to the schema', () => {
    expect(names({ fullnameOverride: 'Bad_Name' })).toEqual([]);
    expect(names({ nameOverride: 5 })).toEqual([]);
  });
});

describe('checkPodSpec', () => {
  const paths = (values: ValuesTree): string[] => checkPodSpec(values, buildChartModel(values, RELEASE)).map((problem) => problem.path);

  it('accepts extra volumes, mounts and init containers that fit the pod', () => {
    expect(
      paths({
        extraVolumes: [{ name: 'cache', emptyDir: {} }, { name: 'bare' }],
        extraVolumeMounts: [
          { name: 'cache', mountPath: '/cache' },
          { name: 'service-account-token-volume', mountPath: '/sa' },
        ],
        initContainers: [{ name: 'init', image: 'busybox', volumeMounts: [{ name: 'cache', mountPath: '/cache' }] }],
      }),
    ).toEqual([]);
  });

  it.each([
    ['an upper-case volume name', { extraVolumes: [{ name: 'Cache', emptyDir: {} }] }, ['extraVolumes[0].name']],
    [
      'a volume name the chart uses',
      { config: { token: 't' }, extraVolumes: [{ name: 'secret-volume', emptyDir: {} }] },
      ['extraVolumes[0].name'],
    ],
    [
      'two extra volumes of one name',
      {
        extraVolumes: [
          { name: 'a', emptyDir: {} },
          { name: 'a', emptyDir: {} },
        ],
      },
      ['extraVolumes[1].name'],
    ],
    ['a mount of a missing volume', { extraVolumeMounts: [{ name: 'nope', mountPath: '/x' }] }, ['extraVolumeMounts[0].name']],
    [
      'a mount of a chart volume not rendered',
      { extraVolumeMounts: [{ name: 'config-volume', mountPath: '/x' }] },
      ['extraVolumeMounts[0].name'],
    ],
    [
      'a mount path the chart uses',
      { extraVolumes: [{ name: 'a' }], extraVolumeMounts: [{ name: 'a', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }] },
      ['extraVolumeMounts[0].mountPath'],
    ],
    ['an init container named like the agent', { initContainers: [{ name: 'gitlab-agent', image: 'x' }] }, ['initContainers[0].name']],
    ['an invalid init container name', { initContainers: [{ name: 'Init', image: 'x' }] }, ['initContainers[0].name']],
    [
      'an init container mounting a missing volume',
      { initContainers: [{ name: 'i', image: 'x', volumeMounts: [{ name: 'nope', mountPath: '/x' }] }] },
      ['initContainers[0].volumeMounts[0].name'],
    ],
  ])('refuses %s', (_, values, expected) => {
    expect(paths(values as ValuesTree)).toEqual(expected);
  });

  it('knows which chart volumes exist for the values', () => {
    const mount = (name: string): ValuesTree => ({ extraVolumeMounts: [{ name, mountPath: '/x' }] });
    expect(paths({ ...mount('secret-volume'), config: { secretName: 's' } })).toEqual([]);
    expect(paths({ ...mount('secret-volume') })).toEqual(['extraVolumeMounts[0].name']);
    expect(paths({ ...mount('observability-secret-volume'), config: { observability: { tls: { enabled: true } } } })).toEqual([]);
    expect(paths({ ...mount('config-volume'), config: { kasCaCert: 'x' } })).toEqual([]);
  });
});

describe('checkAddresses', () => {
  const paths = (values: ValuesTree): string[] => checkAddresses(values).map((problem) => problem.path);
  const loadBalancer = (service: ValuesTree): ValuesTree => ({ service: { type: 'LoadBalancer', ...service } });

  it('accepts IP addresses and CIDRs of both families', () => {
    expect(
      paths(loadBalancer({ loadBalancerIP: '192.0.2.1', loadBalancerSourceRanges: ['192.0.2.0/24', '2001:db8::/32', ' 10.0.0.0/8 '] })),
    ).toEqual([]);
    expect(paths({ hostAliases: [{ ip: '2001:db8::1', hostnames: ['gitlab.example.internal'] }] })).toEqual([]);
  });

  it('refuses what the API server refuses', () => {
    expect(
      paths(loadBalancer({ loadBalancerIP: 'lb.example.com', loadBalancerSourceRanges: ['192.0.2.0', '192.0.2.0/33', 'x/1'] })),
    ).toEqual([
      'service.loadBalancerIP',
      'service.loadBalancerSourceRanges[0]',
      'service.loadBalancerSourceRanges[1]',
      'service.loadBalancerSourceRanges[2]',
    ]);
    expect(paths({ hostAliases: [{ ip: '300.1.1.1', hostnames: ['ok.example', 'Not OK'] }] })).toEqual([
      'hostAliases[0].ip',
      'hostAliases[0].hostnames[1]',
    ]);
  });

  it('ignores the load balancer fields unless the type is LoadBalancer, as the chart does', () => {
    expect(paths({ service: { type: 'NodePort', loadBalancerIP: 'x', loadBalancerSourceRanges: ['y'] } })).toEqual([]);
  });

  it.each([
    ['10.0.0.0/8', true],
    ['::/0', true],
    ['10.0.0.0/08', false],
    ['10.0.0.0/', false],
    ['10.0.0/8', false],
  ])('isCidr(%j) is %s', (text, expected) => {
    expect(isCidr(text)).toBe(expected);
  });
});

describe('checkRollingUpdate', () => {
  it.each<[unknown, unknown, boolean]>([
    [0, 0, true],
    ['0%', 0, true],
    [0, '0%', true],
    [1, 0, false],
    [0, 1, false],
    ['25%', 0, false],
    [undefined, 0, false],
    [0, undefined, false],
  ])('maxSurge %j with maxUnavailable %j is refused: %s', (maxSurge, maxUnavailable, refused) => {
    const problems = checkRollingUpdate({ maxSurge, maxUnavailable });
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual(refused ? [{ code: 'invalid-value', path: 'maxUnavailable' }] : []);
  });
});

describe('checkImage', () => {
  it('refuses whitespace or control characters in the repository or the tag', () => {
    expect(checkImage({ image: { repository: 'registry.example.com/agentk', tag: 'v18.0.0@sha256:abc' } })).toEqual([]);
    expect(checkImage({ image: { repository: 'registry.example.com/agentk ', tag: 'v18.0.0\n' } }).map((problem) => problem.path)).toEqual([
      'image.repository',
      'image.tag',
    ]);
  });

  it("passes the chart's own repository and tag, which it therefore lets through unscanned", () => {
    const image = DEFAULT_VALUES['image'] as Record<string, unknown>;
    for (const key of ['repository', 'tag']) expect(typeof image[key] === 'string' && /[\s\p{Cc}]/u.test(image[key])).toBe(false);
    // Beside the default repository, a bad tag is still found.
    expect(checkImage({ image: { ...image, tag: 'v18.0.0 ' } }).map((problem) => problem.path)).toEqual(['image.tag']);
  });
});

describe('the registered checks, through checkValues', () => {
  it('registers every rule file once, by its name', () => {
    const names = VALUES_CHECKS.map((check) => check.name);
    expect(new Set(names).size).toBe(names.length);
    const ruleFiles = readdirSync(fileURLToPath(new URL('../src/check/rules/', import.meta.url)))
      .map((file) => file.replace(/^check-(.*)\.ts$/, '$1'))
      .sort();
    expect([...names].sort()).toEqual(ruleFiles);
  });

  it('is registered: its problems and warnings come out of checkValues', () => {
    expect(problemsOf({ config: { kasAddress: 'https://gitlab.example.com', token: 'glagent-x\n' } })).toEqual([
      ['invalid-value', 'config.kasAddress'],
      ['invalid-value', 'config.token'],
    ]);
    expect(warningPaths({ config: { token: 'no-prefix' } })).toContain('config.token');
  });

  it('gives no problem and no warning of its own for sound values', () => {
    const values: ValuesTree = {
      config: {
        token: 'glagent-0123456789',
        kasAddress: 'wss://gitlab.example.com/-/kubernetes-agent/',
        kasCaCert: PKI.caCert,
        receptive: { enabled: true },
        api: { jwtPublicKey: createJwtPublicKey(), tls: { enabled: true, cert: PKI.serverCert, key: PKI.serverKey } },
        privateApi: { tls: { enabled: true, cert: PKI.serverCert, key: PKI.serverKey, caCert: PKI.caCert } },
        observability: { tls: { enabled: true, cert: PKI.rsaCert, key: PKI.rsaKey, secret: { create: true } } },
      },
      extraEnv: [{ name: 'HTTPS_PROXY', value: 'http://proxy:3128' }],
    };
    const result = checkValues(values, RELEASE);
    expect(result.problems).toEqual([]);
    // Only the install warning these values ask for: a KAS address is unused in receptive mode.
    expect(result.warnings.map((warning) => warning.code)).toEqual(['kas-address-ignored']);
  });

  it('reports every semantic problem at once', () => {
    const values: ValuesTree = {
      fullnameOverride: 'custom--',
      config: {
        kasAddress: 'kas.example.com',
        token: 'glagent-a b',
        kasCaCert: 'x',
        api: { jwtPublicKey: 'abc', tls: { cert: PKI.serverCert, key: PKI.rsaKey } },
      },
      extraEnv: [{ name: '1BAD', value: 'v' }],
    };
    expect(problemsOf(values).map(([, path]) => path)).toEqual([
      'config.kasAddress',
      'config.token',
      'config.api.jwtPublicKey',
      'config.kasCaCert',
      'config.api.tls.key',
      'extraEnv[0].name',
      'fullnameOverride',
    ]);
  });

  it('runs with values that broke the schema without throwing', () => {
    const broken: ValuesTree = {
      config: { token: 5, kasAddress: {}, kasCaCert: [], api: null, privateApi: 'x', observability: 7 },
      extraEnv: { name: 'x' },
      nameOverride: [],
      podLabels: 'x',
    };
    expect(() => checkValues(broken, RELEASE)).not.toThrow();
    expect(checkValues(broken, RELEASE).problems.length).toBeGreaterThan(0);
  });
});

describe('Kubernetes names and limits validated before rendering', () => {
  it.each([
    ['nameOverride', { nameOverride: 'Agent' }],
    ['fullnameOverride', { fullnameOverride: 'agent_1' }],
    ['serviceAccount.name', { serviceAccount: { name: 'Agent SA' } }],
    ['serviceAccount.name', { serviceAccount: { name: 'a'.repeat(254) } }],
    ['config.secretName', { config: { secretName: '-token' } }],
    ['config.secretName', { config: { secretName: 'token.' } }],
    ['config.observability.tls.secret.name', { config: { observability: { tls: { secret: { name: 'TLS' } } } } }],
    ['rbac.useExistingRole', { rbac: { useExistingRole: 'a/b' } }],
    ['rbac.useExistingRole', { rbac: { useExistingRole: '..' } }],
    ['priorityClassName', { priorityClassName: 'High Priority' }],
    ['runtimeClassName', { runtimeClassName: 'gVisor' }],
    ['replicas', { replicas: 2 ** 31 }],
    ['revisionHistoryLimit', { revisionHistoryLimit: 2 ** 31 }],
    ['maxSurge', { maxSurge: 2 ** 31 }],
  ])('refuses an invalid %s', (path, values) => {
    expect(problemsOf(values as ValuesTree).map(([, problemPath]) => problemPath)).toEqual([path]);
  });

  it.each([
    ['podLabels.team', { podLabels: { team: 'a b' } }],
    ['additionalLabels.team', { additionalLabels: { team: '-x' } }],
    ['additionalLabels.team', { additionalLabels: { team: 'x'.repeat(64) } }],
    ['nodeSelector.disk', { nodeSelector: { disk: 'ssd!' } }],
    ['podLabels["bad key"]', { podLabels: { 'bad key': 'x' } }],
    ['additionalLabels["a/b/c"]', { additionalLabels: { 'a/b/c': 'x' } }],
  ])('refuses an invalid label at %s', (path, values) => {
    expect(problemsOf(values as ValuesTree).map(([, problemPath]) => problemPath)).toEqual([path]);
  });

  it('accepts valid label values, empty included', () => {
    expect(problemsOf({ podLabels: { a: '', b: 'x', c: 'A-b_c.9', d: 'x'.repeat(63) } })).toEqual([]);
  });

  it.each([
    ['', 'gitlab-agent'],
    ['Agent', 'gitlab-agent'],
    ['a'.repeat(54), 'gitlab-agent'],
    ['agent', 'Agents'],
    ['agent', 'a.b'],
    ['agent', 'a'.repeat(64)],
  ])('refuses the release name %j or the namespace %j', (releaseName, namespace) => {
    expect(() => checkValues({}, { releaseName, namespace })).toThrow(ReleaseNameError);
  });
});
