/**
 * The error model as the package entry shows it: every error class with its one code, problems
 * and warnings with codes and paths as segments, release errors naming their field, and hints
 * that speak of values rather than of the CLI's flags. Assertions are on codes, fields and
 * paths, never on wording.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import type { ErrorCode, ValuesProblem, Warning, WarningCode } from '../src/index.js';
import { VALUES_SCHEMA } from '../src/generated/values.js';
import { formatValuesPath } from '../src/helm/format-values-path.js';
import { PKI } from './support/pki-fixtures.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };
const KEBAB_CASE = /^[a-z]+(-[a-z]+)*$/;

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

/** Each error class of the package, thrown the way the pipeline throws it (the CLI's own by hand). */
const THROWN: Readonly<Record<string, { readonly code: ErrorCode; readonly error: () => unknown }>> = {
  ValuesFileError: {
    code: 'values-file',
    error: () => thrownBy(() => api.readValues([{ kind: 'file', name: 'v.yaml', content: 'a: [\n' }])),
  },
  SetExpressionError: { code: 'set-expression', error: () => thrownBy(() => api.readValues([{ kind: 'set', expression: 'a[-1]=x' }])) },
  ValuesError: { code: 'values-invalid', error: () => thrownBy(() => api.render({ replica: 3 } as api.ValuesTree, RELEASE)) },
  ReleaseNameError: { code: 'release-name', error: () => thrownBy(() => api.render({}, { ...RELEASE, releaseName: 'Bad_Name' })) },
  TemplateError: {
    code: 'template',
    error: () => new api.TemplateError({ reason: 'not a mapping', template: 'gitlab-agent/templates/x.yaml' }),
  },
  ChartVersionError: { code: 'chart-version', error: () => thrownBy(() => api.render({}, { ...RELEASE, chartVersion: '1.0.0' })) },
  UsageError: { code: 'usage', error: () => new api.UsageError({ message: 'unknown flag', flag: '--bogus' }) },
  ApplySetError: {
    code: 'applyset',
    error: () => thrownBy(() => api.render({ config: { token: 't' } }, { ...RELEASE, applySet: 'deployments.apps/x' })),
  },
  AgentConfigError: { code: 'agent-config-invalid', error: () => thrownBy(() => api.parseAgentConfig('ci_acess: {}\n')) },
  GitlabApiError: { code: 'gitlab-api', error: () => thrownBy(() => api.createHttpGitlabClient({ gitlabUrl: 'ftp://x', token: 't' })) },
  // renderFleet gives it as a failed result rather than throwing it (test/render-fleet.test.ts).
  FleetAgentError: {
    code: 'fleet-agent',
    error: () => new api.FleetAgentError({ index: 0, agent: 'ns/agent', cause: new api.ValuesError({ problems: [] }) }),
  },
};

describe('error classes', () => {
  const exportedErrorClasses = Object.entries(api)
    .filter(([, value]) => typeof value === 'function' && (value === api.ManifestsError || value.prototype instanceof api.ManifestsError))
    .map(([name]) => name)
    .sort();

  it('exports every error class from the package entry, and tests each one here', () => {
    expect(exportedErrorClasses).toEqual(['ManifestsError', 'ValuesSourceError', ...Object.keys(THROWN)].sort());
  });

  it.each(Object.entries(THROWN))('%s carries its code and its name', (name, { code, error }) => {
    const thrown = error();
    const errorClass = api[name as keyof typeof api] as unknown as new (...args: never[]) => api.ManifestsError;
    expect(thrown).toBeInstanceOf(errorClass);
    expect(thrown).toBeInstanceOf(api.ManifestsError);
    expect(thrown).toMatchObject({ code, name });
  });

  it('gives every class its own code, spelled in kebab-case', () => {
    const codes = Object.values(THROWN).map(({ code }) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(KEBAB_CASE);
  });

  it('groups the two source errors under ValuesSourceError, with their problem and location', () => {
    const fileError = THROWN['ValuesFileError']!.error();
    const setError = THROWN['SetExpressionError']!.error();
    expect(fileError).toBeInstanceOf(api.ValuesSourceError);
    expect(fileError).toMatchObject({ problem: 'syntax', location: { source: 'v.yaml', line: 2 } });
    expect(setError).toBeInstanceOf(api.ValuesSourceError);
    expect(setError).toMatchObject({ problem: 'negative-index', path: 'a[-1]', segments: ['a', -1], location: { source: '--set' } });
  });
});

describe('ReleaseNameError', () => {
  it.each<[string, string, api.ReleaseField, api.ReleaseNameProblem]>([
    ['Bad_Name', 'gitlab-agent', 'releaseName', 'invalid'],
    ['', 'gitlab-agent', 'releaseName', 'empty'],
    ['gitlab-agent', 'Bad_NS', 'namespace', 'invalid'],
    ['gitlab-agent', '', 'namespace', 'empty'],
    ['Bad_Name', 'Bad_NS', 'releaseName', 'invalid'],
  ])('release %j in namespace %j fails on %s (%s)', (releaseName, namespace, field, problem) => {
    const error = thrownBy(() => api.checkValues({}, { releaseName, namespace }));
    expect(error).toBeInstanceOf(api.ReleaseNameError);
    expect(error).toMatchObject({ code: 'release-name', field, problem });
  });
});

describe('problems', () => {
  /** Deliberately wrong: untyped, as values read from a file are. */
  const values: api.ValuesTree = {
    replica: 3,
    podAnnotations: { 'example.com/team': 7 },
    extraEnv: [
      { name: 'OK', value: 'x' },
      { name: '1-bad', value: 'y' },
    ],
    config: { token: 'glagent-0123456789abcdef', kasAddress: 'https://gitlab.example.com' },
  };

  it('carry their path as segments as well as text', () => {
    const { problems } = api.checkValues(values, RELEASE);
    expect(problems.map(({ code, segments }) => ({ code, segments }))).toEqual(
      expect.arrayContaining([
        { code: 'unknown-key', segments: ['replica'] },
        { code: 'wrong-type', segments: ['podAnnotations', 'example.com/team'] },
        { code: 'invalid-value', segments: ['extraEnv', 1, 'name'] },
        { code: 'invalid-value', segments: ['config', 'kasAddress'] },
      ]),
    );
    for (const problem of problems) {
      expect(formatValuesPath(problem.segments)).toBe(problem.path);
      expect(problem.code).toMatch(KEBAB_CASE);
    }
  });

  it('travel in a ValuesError from render()', () => {
    const error = thrownBy(() => api.render(values, RELEASE)) as api.ValuesError;
    expect(error).toBeInstanceOf(api.ValuesError);
    expect(error.problems.find((problem) => problem.path === 'podAnnotations["example.com/team"]')).toMatchObject({
      segments: ['podAnnotations', 'example.com/team'],
      fix: 'quote-string',
    });
  });
});

/** Values that produce each warning; the Record makes a new warning code fail to compile until it is here. */
interface WarningCase {
  readonly values: api.ValuesTree;
  readonly segments: readonly api.PathSegment[];
  /** Render options beyond the release, for warnings about the versions chosen. */
  readonly options?: { readonly chartVersion?: string; readonly gitlabVersion?: string; readonly agentConfig?: object };
}

const WARNING_CASES: Readonly<Record<WarningCode, WarningCase>> = {
  'value-replaces-map': { values: { resources: '1Gi' }, segments: ['resources'] },
  'map-replaces-value': { values: { config: { kasAddress: { a: 1 } } }, segments: ['config', 'kasAddress'] },
  'kas-address-ignored': {
    values: { config: { receptive: { enabled: true }, kasAddress: 'wss://kas.example.com' } },
    segments: ['config', 'kasAddress'],
  },
  'old-agent-version': { values: { image: { tag: 'v16.0.0' } }, segments: ['image', 'tag'] },
  'version-skew': { values: { image: { tag: 'v18.0.0' } }, segments: ['image', 'tag'], options: { gitlabVersion: '19.6' } },
  'image-tag-not-agentk': { values: { image: { tag: '19.6.0' } }, segments: ['image', 'tag'] },
  'agent-version-unpinned': { values: { image: { tag: 'stable' } }, segments: ['image', 'tag'] },
  'gitlab-newer-than-known': { values: {}, segments: [], options: { gitlabVersion: '99.1' } },
  'token-without-prefix': { values: { config: { token: 'not-an-agent-token' } }, segments: ['config', 'token'] },
  'certificate-expired': { values: { config: { kasCaCert: PKI.expiredCert } }, segments: ['config', 'kasCaCert'] },
  'env-overrides-chart': { values: { extraEnv: [{ name: 'POD_NAME', value: 'x' }] }, segments: ['extraEnv', 0, 'name'] },
  'env-repeated': {
    values: {
      extraEnv: [
        { name: 'A', value: '1' },
        { name: 'A', value: '2' },
      ],
    },
    segments: ['extraEnv', 1, 'name'],
  },
  'env-url-password': {
    values: { extraEnv: [{ name: 'HTTPS_PROXY', value: 'http://user:secret@proxy:3128' }] },
    segments: ['extraEnv', 0, 'value'],
  },
  'private-api-jwt-random': {
    values: { config: { token: 't', receptive: { enabled: true }, api: { jwtPublicKey: 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=' } } },
    segments: ['config', 'receptive', 'enabled'],
  },
  'rbac-agent-only': { values: { rbac: { profile: 'least-privilege' } }, segments: ['rbac', 'profile'] },
  'rbac-agent-access-ungranted': {
    values: { rbac: { profile: 'least-privilege' } },
    segments: ['rbac', 'leastPrivilege', 'namespaces'],
    options: { agentConfig: { ci_access: { projects: [{ id: 'group/app' }] } } },
  },
  'rbac-unpinned-groups': {
    values: { rbac: { profile: 'least-privilege', leastPrivilege: { modules: { ciJobImpersonation: true } } } },
    segments: ['rbac', 'profile'],
  },
  'rbac-unconfirmed-rules': {
    values: { rbac: { profile: 'least-privilege', leastPrivilege: { modules: { containerScanning: true } } } },
    segments: ['rbac', 'profile'],
  },
  'rbac-profile-ignored': { values: { rbac: { leastPrivilege: { modules: { flux: true } } } }, segments: ['rbac', 'leastPrivilege'] },
};

describe('warnings', () => {
  it.each(Object.entries(WARNING_CASES))('%s is reported with its code and path', (code, { values, segments, options }) => {
    const { warnings } = api.checkValues(values, { ...RELEASE, ...options });
    expect(warnings).toContainEqual(expect.objectContaining({ code, segments, path: formatValuesPath(segments) }));
  });

  it('all carry a kebab-case code and a path that matches their segments', () => {
    const warnings = Object.values(WARNING_CASES).flatMap(
      ({ values, options }) => api.checkValues(values, { ...RELEASE, ...options }).warnings,
    );
    expect(new Set(warnings.map((warning) => warning.code))).toEqual(new Set(Object.keys(WARNING_CASES)));
    for (const warning of warnings) {
      expect(warning.code).toMatch(KEBAB_CASE);
      expect(formatValuesPath(warning.segments)).toBe(warning.path);
    }
  });
});

/**
 * The CLI's flags; `--token-file` and `--kas-address` are left out, because the library names
 * them as agentk's arguments, which the chart passes.
 */
const CLI_FLAG =
  /(?:^|[\s(,])(?:--set(?:-string|-file|-json|-literal)?|--values|-f|--release-name|--namespace|-n|--name-prefix|--agent-token(?:-file)?|--agent-version|--no-rbac|--output(?:-dir)?|--format)\b/;

function collectSchemaTexts(node: unknown, texts: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) collectSchemaTexts(item, texts);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'x-hint' || key === 'x-message') && typeof value === 'string') texts.push(value);
      else collectSchemaTexts(value, texts);
    }
  }
  return texts;
}

describe('library hints', () => {
  it('find the pattern this test relies on', () => {
    expect('quote it or pass it with --set-string').toMatch(CLI_FLAG);
    expect('the chart does not pass --kas-address to a receptive agent').not.toMatch(CLI_FLAG);
  });

  it('in the schema never name a CLI flag', () => {
    const texts = collectSchemaTexts(VALUES_SCHEMA);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((text) => CLI_FLAG.test(text))).toEqual([]);
  });

  it('of problems and warnings never name a CLI flag', () => {
    const slips: api.ValuesTree = {
      replicas: 'two',
      image: { tag: 1.1 },
      podLabels: { team: 5 },
      extraArgs: [true],
      tolerations: 'none',
      config: {
        token: 12345,
        kasCaCert: 'not a certificate',
        api: { tls: { cert: 'x', key: 'y' } },
        observability: { tls: { enabled: true, secret: { create: true } } },
        privateApi: { tls: { enabled: 'true' } },
      },
    };
    const { problems } = api.checkValues(slips, RELEASE);
    const warnings = Object.values(WARNING_CASES).flatMap(
      ({ values, options }) => api.checkValues(values, { ...RELEASE, ...options }).warnings,
    );
    const fixes = new Set(problems.map((problem) => problem.fix).filter((fix) => fix !== undefined));
    // Every kind of slip is among them, so the CLI has something to add for each.
    expect(fixes).toEqual(new Set(['quote-string', 'unquote-number', 'unquote-boolean', 'give-list', 'read-file']));
    // A kubectl command to run on a cluster (rbac-unconfirmed-rules) has kubectl's flags, not ours.
    const texts = [...problems, ...warnings].flatMap((item: ValuesProblem | Warning) =>
      [item.message, item.hint ?? ''].map((text) => text.replace(/kubectl .*$/, 'kubectl')),
    );
    expect(texts.filter((text) => CLI_FLAG.test(text))).toEqual([]);
  });
});
