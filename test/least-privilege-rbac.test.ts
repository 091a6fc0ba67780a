/**
 * rbac.profile=least-privilege, judged as the API server would: the rendered Roles, ClusterRoles
 * and bindings are evaluated with Kubernetes' RBAC matching (verbs, API groups, resources and
 * subresources, resource names, Role vs ClusterRole scope), against the spec's table
 * (../shared/spec/least-privilege-rbac.md) written out here independently of the source's table:
 * every need of every enabled module is granted, and nothing beyond their union is.
 */
import { describe, expect, it } from 'vitest';
import { renderManifests, type Manifest } from '../src/index.js';
import type { AgentConfig } from '../src/generated/agent-config.js';
import { checkKubernetesObject } from './support/check-kubernetes-object.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'agents' } as const;
const SA = { kind: 'ServiceAccount', name: 'gitlab-agent', namespace: 'agents' };

/** One atomic permission: a verb on one resource (with subresource) of one group, in a scope. */
interface Access {
  readonly verb: string;
  readonly group: string;
  /** `resource` or `resource/subresource`. */
  readonly resource: string;
  /** The namespace, or undefined for cluster scope (a ClusterRole with a ClusterRoleBinding). */
  readonly namespace: string | undefined;
  /** The object name, or undefined when the need cannot name it. */
  readonly name?: string | undefined;
}

interface PolicyRule {
  readonly apiGroups?: string[];
  readonly resources?: string[];
  readonly verbs: string[];
  readonly resourceNames?: string[];
}

interface Grant {
  readonly rule: PolicyRule;
  /** undefined: cluster-wide (ClusterRole through a ClusterRoleBinding). */
  readonly namespace: string | undefined;
}

type K8sObject = { kind: string; metadata: { name: string; namespace?: string; annotations?: Record<string, string> } } & Record<
  string,
  unknown
>;

function objectsOf(manifests: readonly Manifest[]): K8sObject[] {
  return manifests.map((manifest) => manifest.object as K8sObject);
}

/** What the agent's ServiceAccount is granted, through every binding whose subject it is. */
function grantsOf(objects: readonly K8sObject[]): Grant[] {
  const roles = new Map<string, PolicyRule[]>();
  for (const object of objects) {
    if (object.kind === 'Role') roles.set(`Role/${object.metadata.namespace}/${object.metadata.name}`, object['rules'] as PolicyRule[]);
    if (object.kind === 'ClusterRole') roles.set(`ClusterRole/${object.metadata.name}`, object['rules'] as PolicyRule[]);
  }
  const grants: Grant[] = [];
  for (const object of objects) {
    if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding') continue;
    const subjects = object['subjects'] as { kind: string; name: string; namespace?: string }[];
    if (!subjects.some((s) => s.kind === SA.kind && s.name === SA.name && s.namespace === SA.namespace)) continue;
    const ref = object['roleRef'] as { kind: string; name: string };
    const namespace = object.kind === 'RoleBinding' ? object.metadata.namespace : undefined;
    const key = ref.kind === 'Role' ? `Role/${namespace}/${ref.name}` : `ClusterRole/${ref.name}`;
    const rules = roles.get(key);
    if (!rules) continue; // a built-in ClusterRole the user named (edit, view): not ours to judge
    for (const rule of rules) grants.push({ rule, namespace });
  }
  return grants;
}

/** Kubernetes' RBAC rule matching (pkg/apis/rbac/helpers.go). */
function ruleAllows(rule: PolicyRule, access: Access): boolean {
  const has = (list: readonly string[] | undefined, value: string): boolean => (list ?? []).some((item) => item === '*' || item === value);
  const [resource, subresource] = access.resource.split('/');
  const resourceMatch = (rule.resources ?? []).some(
    (item) =>
      item === '*' ||
      item === access.resource ||
      (subresource !== undefined && item === `*/${subresource}`) ||
      (subresource === undefined && item === resource),
  );
  const names = rule.resourceNames ?? [];
  const nameMatch = names.length === 0 || (access.name !== undefined && names.includes(access.name));
  return has(rule.verbs, access.verb) && has(rule.apiGroups, access.group) && resourceMatch && nameMatch;
}

function allows(grants: readonly Grant[], access: Access): boolean {
  return grants.some((grant) => (grant.namespace === undefined || grant.namespace === access.namespace) && ruleAllows(grant.rule, access));
}

/** Every atomic permission a grant gives: the rule expanded over verbs, groups, resources and names. */
function expand(grants: readonly Grant[]): Access[] {
  return grants.flatMap(({ rule, namespace }) =>
    rule.verbs.flatMap((verb) =>
      (rule.apiGroups ?? []).flatMap((group) =>
        (rule.resources ?? []).flatMap((resource) =>
          (rule.resourceNames ?? [undefined]).map((name) => ({ verb, group, resource, namespace, name })),
        ),
      ),
    ),
  );
}

/** `access` is within `need`: same verb, group and resource; a need without a name covers every name; scope no wider. */
function within(access: Access, need: Access): boolean {
  return (
    access.verb === need.verb &&
    access.group === need.group &&
    access.resource === need.resource &&
    (need.name === undefined || access.name === need.name) &&
    (need.namespace === undefined || access.namespace === need.namespace)
  );
}

function needs(group: string, resources: string[], verbs: string[], namespace: string | undefined, names?: string[]): Access[] {
  return resources.flatMap((resource) =>
    verbs.flatMap((verb) => (names ?? [undefined]).map((name) => ({ verb, group, resource, namespace, name }))),
  );
}

const NS = RELEASE.namespace;
const C = undefined;
const WORKSPACE = ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete'];
const extras = (keys: string[]): string[] => keys.map((key) => `userextras/agent.gitlab.com/${key}`);

/** The spec's table, module by module, as atomic permissions. */
const SPEC: Record<string, Access[]> = {
  agent: [...needs('coordination.k8s.io', ['leases'], ['get', 'create', 'update'], NS), ...needs('', ['events'], ['create', 'patch'], NS)],
  'ci-job-impersonation': [
    ...needs('', ['users', 'groups'], ['impersonate'], C),
    ...needs(
      'authentication.k8s.io',
      extras(['id', 'config_project_id', 'project_id', 'ci_pipeline_id', 'ci_job_id', 'username', 'environment_slug', 'environment_tier']),
      ['impersonate'],
      C,
    ),
  ],
  'user-impersonation': [
    ...needs('', ['users', 'groups'], ['impersonate'], C),
    ...needs('authentication.k8s.io', extras(['id', 'username', 'access_type', 'config_project_id']), ['impersonate'], C),
  ],
  flux: [
    ...needs('apiextensions.k8s.io', ['customresourcedefinitions'], ['get'], C, [
      'gitrepositories.source.toolkit.fluxcd.io',
      'receivers.notification.toolkit.fluxcd.io',
    ]),
    ...needs('source.toolkit.fluxcd.io', ['gitrepositories'], ['list', 'watch'], C),
    ...needs('notification.toolkit.fluxcd.io', ['receivers'], ['list', 'watch', 'create', 'patch'], C),
    ...needs('', ['secrets'], ['get', 'create', 'patch', 'delete'], C),
    ...needs('source.toolkit.fluxcd.io', ['gitrepositories/finalizers'], ['update'], C),
  ],
  'container-scanning': [
    ...needs('', ['pods'], ['create', 'get', 'list', 'watch', 'delete'], NS),
    ...needs('', ['configmaps'], ['get', 'list', 'watch', 'delete', 'deletecollection', 'create', 'update', 'patch'], NS),
  ],
  'remote-development': [
    ...needs('', ['namespaces'], ['get', 'create', 'delete'], C),
    ...needs('apps', ['deployments'], WORKSPACE, C),
    ...needs('', ['configmaps', 'services', 'persistentvolumeclaims', 'secrets', 'serviceaccounts', 'resourcequotas'], WORKSPACE, C),
    ...needs('networking.k8s.io', ['networkpolicies'], WORKSPACE, C),
  ],
};

const SWITCH: Record<string, string> = {
  'ci-job-impersonation': 'ciJobImpersonation',
  'user-impersonation': 'userImpersonation',
  flux: 'flux',
  'container-scanning': 'containerScanning',
  'remote-development': 'remoteDevelopment',
};

function render(
  values: Record<string, unknown>,
  agentConfig?: AgentConfig,
  otherValues: Record<string, unknown> = {},
): { objects: K8sObject[]; codes: string[] } {
  const result = renderManifests(
    { config: { token: 'glagent-EXAMPLE-TOKEN-0001' }, rbac: { profile: 'least-privilege', ...values }, ...otherValues },
    { ...RELEASE, ...(agentConfig === undefined ? {} : { agentConfig }) },
  );
  return { objects: objectsOf(result.manifests), codes: result.warnings.map((warning) => warning.code) };
}

/** Every subset of the switchable modules (impersonating ones never with access_as: agent, none here). */
const MODULE_SETS: string[][] = (() => {
  const modules = Object.keys(SWITCH);
  const sets: string[][] = [];
  for (let mask = 0; mask < 1 << modules.length; mask++) sets.push(modules.filter((_, index) => (mask >> index) & 1));
  return sets;
})();

function assertExactly(grants: readonly Grant[], expected: readonly Access[]): void {
  for (const need of expected) expect(allows(grants, need), JSON.stringify(need)).toBe(true);
  for (const access of expand(grants)) {
    expect(
      expected.some((need) => within(access, need)),
      `granted beyond the spec: ${JSON.stringify(access)}`,
    ).toBe(true);
  }
}

describe('least-privilege RBAC against the spec table', () => {
  it.each(MODULE_SETS.map((set) => [set.join('+') || 'agent only', set] as const))('%s: every need granted, nothing beyond', (_, set) => {
    const modules = Object.fromEntries(Object.keys(SWITCH).map((module) => [SWITCH[module], set.includes(module)]));
    const { objects } = render({ leastPrivilege: { modules } });
    const grants = grantsOf(objects);
    assertExactly(grants, [...SPEC['agent']!, ...set.flatMap((module) => SPEC[module]!)]);
    expect(
      objects.some((object) => object.kind === 'ClusterRoleBinding' && JSON.stringify(object['roleRef']).includes('cluster-admin')),
    ).toBe(false);
    // A ClusterRole only for cluster-scoped needs.
    const clusterScoped = set.some((module) => SPEC[module]!.some((need) => need.namespace === undefined));
    expect(objects.some((object) => object.kind === 'ClusterRole' && object.metadata.name.endsWith(':least-privilege'))).toBe(
      clusterScoped,
    );
    for (const object of objects) expect(checkKubernetesObject(object), object.metadata.name).toEqual([]);
  });

  it('a role for the agent in namespace A grants nothing in namespace B', () => {
    const grants = grantsOf(render({}).objects);
    expect(allows(grants, { verb: 'get', group: 'coordination.k8s.io', resource: 'leases', namespace: NS })).toBe(true);
    expect(allows(grants, { verb: 'get', group: 'coordination.k8s.io', resource: 'leases', namespace: 'other' })).toBe(false);
    expect(allows(grants, { verb: 'get', group: 'coordination.k8s.io', resource: 'leases', namespace: C })).toBe(false);
  });

  it('static impersonation is pinned by resourceNames, a ServiceAccount in its own namespace', () => {
    const config: AgentConfig = {
      ci_access: {
        projects: [
          {
            id: 'group/deploy',
            access_as: {
              impersonate: {
                username: 'system:serviceaccount:prod:deployer',
                groups: ['deployers'],
                uid: 'uid-1',
                extra: [{ key: 'example.com/team', val: ['blue'] }],
              },
            },
          },
          { id: 'group/other', access_as: { impersonate: { username: 'release-bot' } } },
        ],
      },
    };
    const grants = grantsOf(render({}, config).objects);
    const expected = [
      ...SPEC['agent']!,
      ...needs('', ['serviceaccounts'], ['impersonate'], 'prod', ['deployer']),
      ...needs('', ['users'], ['impersonate'], C, ['release-bot']),
      ...needs('', ['groups'], ['impersonate'], C, ['deployers']),
      ...needs('authentication.k8s.io', ['uids'], ['impersonate'], C, ['uid-1']),
      ...needs('authentication.k8s.io', ['userextras/example.com/team'], ['impersonate'], C, ['blue']),
    ];
    assertExactly(grants, expected);
    expect(allows(grants, { verb: 'impersonate', group: '', resource: 'groups', namespace: C, name: 'system:masters' })).toBe(false);
    expect(
      allows(grants, { verb: 'impersonate', group: '', resource: 'serviceaccounts', namespace: 'kube-system', name: 'deployer' }),
    ).toBe(false);
  });

  it('turns modules on from the configuration file, and the switches win', () => {
    const config: AgentConfig = {
      ci_access: { groups: [{ id: 'group', access_as: { ci_job: {} } }] },
      flux: { webhook_receiver_url: '/api/v1/namespaces/flux-system/services/webhook-receiver/proxy' },
      container_scanning: { cadence: '0 0 * * *' },
      remote_development: { enabled: true, dns_zone: 'workspaces.example.dev' },
    };
    const grants = grantsOf(render({}, config).objects);
    assertExactly(grants, [
      ...SPEC['agent']!,
      ...SPEC['ci-job-impersonation']!,
      ...SPEC['flux']!,
      ...needs('', ['services/proxy'], ['create'], 'flux-system', ['webhook-receiver']),
      ...SPEC['container-scanning']!,
      ...SPEC['remote-development']!,
    ]);
    const off = grantsOf(render({ leastPrivilege: { modules: { flux: false, remoteDevelopment: false } } }, config).objects);
    assertExactly(off, [...SPEC['agent']!, ...SPEC['ci-job-impersonation']!, ...SPEC['container-scanning']!]);
  });

  it('keeps workspaces in remote_development.shared_namespace, without namespace rights, and warns', () => {
    const config: AgentConfig = {
      remote_development: { enabled: true, dns_zone: 'workspaces.example.dev', shared_namespace: 'workspaces' },
    };
    const { objects, codes } = render({}, config);
    const rd = SPEC['remote-development']!.filter((need) => need.resource !== 'namespaces').map((need) => ({
      ...need,
      namespace: 'workspaces',
    }));
    assertExactly(grantsOf(objects), [...SPEC['agent']!, ...rd]);
    expect(objects.some((object) => object.kind === 'ClusterRole' && object.metadata.name.endsWith(':least-privilege'))).toBe(false);
    expect(codes).toContain('rbac-unconfirmed-rules');
  });

  it('binds the agent to the named ClusterRole per namespace for access_as: agent', () => {
    const config: AgentConfig = { ci_access: { projects: [{ id: 'group/app' }] } };
    const { objects } = render({ leastPrivilege: { namespaces: { production: 'edit', staging: 'view' } } }, config);
    const bindings = objects.filter(
      (object) =>
        object.kind === 'RoleBinding' && object['roleRef'] !== undefined && (object['roleRef'] as { kind: string }).kind === 'ClusterRole',
    );
    expect(bindings.map((binding) => [binding.metadata.namespace, (binding['roleRef'] as { name: string }).name])).toEqual([
      ['production', 'edit'],
      ['staging', 'view'],
    ]);
    assertExactly(grantsOf(objects), SPEC['agent']!);
  });

  it('two releases never share an object name', () => {
    const names = (releaseName: string, namespace: string): string[] =>
      objectsOf(
        renderManifests(
          { config: { token: 't' }, rbac: { profile: 'least-privilege', leastPrivilege: { modules: { flux: true } } } },
          { releaseName, namespace },
        ).manifests,
      )
        .filter((object) => object.metadata.namespace === undefined)
        .map((object) => `${object.kind}/${object.metadata.name}`);
    const first = names('gitlab-agent', 'a');
    const second = names('gitlab-agent', 'b');
    expect(first.filter((name) => second.includes(name))).toEqual([]);
  });

  it('keeps extra manifests off the names of its objects', () => {
    const paths = (() => {
      try {
        render({ leastPrivilege: { modules: { flux: true } } }, undefined, {
          extraManifests: [
            { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'gitlab-agent:least-privilege' } },
            { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'agents:gitlab-agent:least-privilege' } },
          ],
        });
        return [];
      } catch (error) {
        return (error as { problems: { path: string }[] }).problems.map((problem) => problem.path);
      }
    })();
    // The collisions (the `.metadata.name` problems say that `:` is outside the names extraManifests allow).
    expect(paths.filter((path) => !path.endsWith('.metadata.name'))).toEqual(['extraManifests[0]', 'extraManifests[1]']);
  });

  it('annotates every Role and ClusterRole with the profile and its modules', () => {
    const { objects } = render({ leastPrivilege: { modules: { flux: true, containerScanning: true } } });
    const annotations = objects
      .filter((object) => (object.kind === 'Role' || object.kind === 'ClusterRole') && object.metadata.name.endsWith(':least-privilege'))
      .map((object) => [object.kind, object.metadata.annotations]);
    expect(annotations).toEqual([
      ['ClusterRole', { 'gitlab-agent-manifests/rbac-modules': 'flux', 'gitlab-agent-manifests/rbac-profile': 'least-privilege' }],
      [
        'Role',
        { 'gitlab-agent-manifests/rbac-modules': 'agent,container-scanning', 'gitlab-agent-manifests/rbac-profile': 'least-privilege' },
      ],
    ]);
  });
});

describe('least-privilege guard rails', () => {
  const problemsOf = (values: Record<string, unknown>, agentConfig?: AgentConfig): string[] => {
    try {
      render(values, agentConfig);
      return [];
    } catch (error) {
      return (error as { problems: { path: string }[] }).problems.map((problem) => problem.path);
    }
  };

  it('refuses access_as: agent beside impersonation rights', () => {
    const config: AgentConfig = {
      ci_access: { projects: [{ id: 'a/b' }, { id: 'a/c', access_as: { ci_job: {} } }] },
    };
    expect(problemsOf({}, config)).toEqual(['rbac.profile']);
    expect(
      problemsOf(
        { leastPrivilege: { modules: { userImpersonation: true } } },
        { user_access: { access_as: { agent: {} }, projects: [{ id: 'a/b' }] } },
      ),
    ).toEqual(['rbac.profile']);
  });

  it('refuses the chart role settings with least-privilege', () => {
    expect(problemsOf({ useExistingRole: 'my-role' })).toEqual(['rbac.useExistingRole']);
    expect(problemsOf({ create: false })).toEqual(['rbac.create']);
  });

  it('warns about unpinned groups, unconfirmed rules and an agent-only grant', () => {
    expect(render({ leastPrivilege: { modules: { userImpersonation: true } } }).codes).toContain('rbac-unpinned-groups');
    expect(render({ leastPrivilege: { modules: { remoteDevelopment: true } } }).codes).toContain('rbac-unconfirmed-rules');
    expect(render({}).codes).toContain('rbac-agent-only');
    expect(render({ leastPrivilege: { modules: { flux: false } } }).codes).not.toContain('rbac-agent-only');
  });
});
