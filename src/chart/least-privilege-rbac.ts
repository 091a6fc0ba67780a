/**
 * `rbac.profile: least-privilege` (our extension): what the agent needs from the Kubernetes API,
 * module by module, as a data table (spec `least-privilege-rbac.md`), and the module set and
 * rules that one agent configuration file and `rbac.leastPrivilege` give. Pure data in, data out;
 * the checks report its guard rails and the renderer prints its roles.
 */
import type { AgentConfig, CiAccessAs, Impersonate } from '../generated/agent-config.js';
import { getValueAt } from '../helm/format-values-path.js';
import { isMap } from '../util/is-map.js';
import type { ValuesTree } from '../types.js';

export type RbacProfile = 'cluster-admin' | 'least-privilege';

/** The modules that need rules; `agent` is always on. */
export type RbacModule =
  | 'agent'
  | 'ci-job-impersonation'
  | 'user-impersonation'
  | 'static-impersonation'
  | 'flux'
  | 'container-scanning'
  | 'remote-development';

export const RBAC_MODULES: readonly RbacModule[] = [
  'agent',
  'ci-job-impersonation',
  'user-impersonation',
  'static-impersonation',
  'flux',
  'container-scanning',
  'remote-development',
];

/** `namespace`: a Role in the release namespace (or `namespace` of the need); `cluster`: a ClusterRole. */
export type RbacScope = 'namespace' | 'cluster';
export type RbacConfidence = 'high' | 'medium' | 'low';

export interface RbacNeed {
  readonly module: RbacModule;
  /** What the agent does with it, for `--explain-rbac`. */
  readonly need: string;
  readonly scope: RbacScope;
  /** For `namespace` scope: the namespace when it is not the release namespace. */
  readonly namespace?: string;
  readonly apiGroups: readonly string[];
  /** Resources, `resource/subresource` for a subresource. */
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly resourceNames?: readonly string[];
  readonly confidence: RbacConfidence;
}

type StaticModule = Exclude<RbacModule, 'static-impersonation'>;
type NeedRow = Omit<RbacNeed, 'module'>;

const CI_JOB_EXTRAS = [
  'id',
  'config_project_id',
  'project_id',
  'ci_pipeline_id',
  'ci_job_id',
  'username',
  'environment_slug',
  'environment_tier',
];
const USER_EXTRAS = ['id', 'username', 'access_type', 'config_project_id'];
const WORKSPACE_VERBS = ['get', 'list', 'watch', 'create', 'patch', 'update', 'delete'];

function userExtras(keys: readonly string[]): string[] {
  return keys.map((key) => `userextras/agent.gitlab.com/${key}`);
}

function impersonationRows(extras: readonly string[]): NeedRow[] {
  return [
    { need: 'impersonate the user', scope: 'cluster', apiGroups: [''], resources: ['users'], verbs: ['impersonate'], confidence: 'high' },
    { need: 'impersonate its groups', scope: 'cluster', apiGroups: [''], resources: ['groups'], verbs: ['impersonate'], confidence: 'high' },
    {
      need: 'impersonate the extra fields agentk sets',
      scope: 'cluster',
      apiGroups: ['authentication.k8s.io'],
      resources: userExtras(extras),
      verbs: ['impersonate'],
      confidence: 'high',
    },
  ];
}

/** The spec's table for every module whose rules do not depend on the file's values. */
export const RBAC_NEED_TABLE: Readonly<Record<StaticModule, readonly NeedRow[]>> = {
  agent: [
    {
      need: 'leader election (lease agent-<agent id>-lock; create cannot be limited by name)',
      scope: 'namespace',
      apiGroups: ['coordination.k8s.io'],
      resources: ['leases'],
      verbs: ['get', 'create', 'update'],
      confidence: 'high',
    },
    { need: 'events about the lease', scope: 'namespace', apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'], confidence: 'high' },
  ],
  'ci-job-impersonation': impersonationRows(CI_JOB_EXTRAS),
  'user-impersonation': impersonationRows(USER_EXTRAS),
  flux: [
    {
      need: 'find the Flux CRDs',
      scope: 'cluster',
      apiGroups: ['apiextensions.k8s.io'],
      resources: ['customresourcedefinitions'],
      verbs: ['get'],
      resourceNames: ['gitrepositories.source.toolkit.fluxcd.io', 'receivers.notification.toolkit.fluxcd.io'],
      confidence: 'high',
    },
    { need: 'watch GitRepositories', scope: 'cluster', apiGroups: ['source.toolkit.fluxcd.io'], resources: ['gitrepositories'], verbs: ['list', 'watch'], confidence: 'high' },
    {
      need: 'manage the webhook Receivers (server-side apply)',
      scope: 'cluster',
      apiGroups: ['notification.toolkit.fluxcd.io'],
      resources: ['receivers'],
      verbs: ['list', 'watch', 'create', 'patch'],
      confidence: 'high',
    },
    {
      need: 'manage the receiver secrets receiver-<gitrepository>',
      scope: 'cluster',
      apiGroups: [''],
      resources: ['secrets'],
      verbs: ['get', 'create', 'patch', 'delete'],
      confidence: 'high',
    },
    {
      need: 'owner references under the OwnerReferencesPermissionEnforcement admission plugin',
      scope: 'cluster',
      apiGroups: ['source.toolkit.fluxcd.io'],
      resources: ['gitrepositories/finalizers'],
      verbs: ['update'],
      confidence: 'medium',
    },
  ],
  'container-scanning': [
    {
      need: 'scan pods trivy-scan-<namespace>',
      scope: 'namespace',
      apiGroups: [''],
      resources: ['pods'],
      verbs: ['create', 'get', 'list', 'watch', 'delete'],
      confidence: 'medium',
    },
    {
      need: 'scan result chains ocs-<namespace>-<agent id>-<n> and the ocs-status ConfigMap',
      scope: 'namespace',
      apiGroups: [''],
      resources: ['configmaps'],
      verbs: ['get', 'list', 'watch', 'delete', 'deletecollection', 'create', 'update', 'patch'],
      confidence: 'medium',
    },
  ],
  'remote-development': [
    { need: 'one namespace per workspace', scope: 'cluster', apiGroups: [''], resources: ['namespaces'], verbs: ['get', 'create', 'delete'], confidence: 'high' },
    { need: 'workspace Deployments', scope: 'cluster', apiGroups: ['apps'], resources: ['deployments'], verbs: WORKSPACE_VERBS, confidence: 'high' },
    {
      need: 'workspace objects',
      scope: 'cluster',
      apiGroups: [''],
      resources: ['configmaps', 'services', 'persistentvolumeclaims', 'secrets', 'serviceaccounts', 'resourcequotas'],
      verbs: WORKSPACE_VERBS,
      confidence: 'medium',
    },
    {
      need: 'workspace network policies',
      scope: 'cluster',
      apiGroups: ['networking.k8s.io'],
      resources: ['networkpolicies'],
      verbs: WORKSPACE_VERBS,
      confidence: 'medium',
    },
  ],
};

/** The `/api/v1/namespaces/<ns>/services/<svc>/proxy` form of `flux.webhook_receiver_url`. */
const SERVICE_PROXY_PATH = /^\/api\/v1\/namespaces\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/services\/([^/]+)\/proxy(\/.*)?$/;
const SERVICE_ACCOUNT_USER = /^system:serviceaccount:([a-z0-9]([-a-z0-9]*[a-z0-9])?):([^:]+)$/;

/** Where an access mode was found in the file, for messages: `ci_access.projects[0]`. */
export interface AccessModeUse {
  readonly mode: 'agent' | 'ci_job' | 'impersonate' | 'user';
  readonly where: string;
  readonly impersonate?: Impersonate;
}

export interface LeastPrivilegeRbac {
  readonly profile: RbacProfile;
  /** The modules that get rules, in table order; `agent` first. */
  readonly modules: readonly RbacModule[];
  /** Every module, and why it is on or off: `rbac.leastPrivilege.modules.flux`, `the configuration file`, … */
  readonly reasons: Readonly<Partial<Record<RbacModule, string>>>;
  /** The access modes the file uses. */
  readonly accessModes: readonly AccessModeUse[];
  /** Every granted rule. */
  readonly needs: readonly RbacNeed[];
  /** `rbac.leastPrivilege.namespaces`: namespace → ClusterRole bound to the agent there. */
  readonly namespaceRoles: readonly { readonly namespace: string; readonly role: string }[];
  readonly identityBindings: readonly IdentityBinding[];
  /** Neither a configuration file nor a module switch was given. */
  readonly agentOnly: boolean;
}

export interface IdentityBinding {
  readonly kind: 'User' | 'Group';
  readonly name: string;
  readonly role: string;
  readonly namespace: string | undefined;
}

export interface LeastPrivilegeOptions {
  /** The parsed agent configuration file, when the caller gave one. */
  readonly agentConfig?: AgentConfig | undefined;
}

const SWITCHES: Readonly<Partial<Record<RbacModule, string>>> = {
  flux: 'flux',
  'container-scanning': 'containerScanning',
  'remote-development': 'remoteDevelopment',
  'ci-job-impersonation': 'ciJobImpersonation',
  'user-impersonation': 'userImpersonation',
};

export function readRbacProfile(values: ValuesTree): RbacProfile {
  return getValueAt(values, ['rbac', 'profile']) === 'least-privilege' ? 'least-privilege' : 'cluster-admin';
}

/** The access modes of every `ci_access` entry and of `user_access`. */
export function findAccessModes(config: AgentConfig | undefined): AccessModeUse[] {
  const uses: AccessModeUse[] = [];
  const ci = isMap(config?.ci_access) ? config.ci_access : undefined;
  if (ci) {
    const entries: [string, unknown][] = [];
    for (const key of ['projects', 'groups'] as const) {
      const list = ci[key];
      if (Array.isArray(list)) list.forEach((entry, index) => entries.push([`ci_access.${key}[${index}]`, entry]));
    }
    if (isMap(ci.instance)) entries.push(['ci_access.instance', ci.instance]);
    for (const [where, entry] of entries) {
      if (!isMap(entry)) continue;
      const accessAs = (isMap(entry['access_as']) ? entry['access_as'] : {}) as Partial<CiAccessAs>;
      if (isMap(accessAs.ci_job)) uses.push({ mode: 'ci_job', where });
      else if (isMap(accessAs.impersonate) && typeof accessAs.impersonate.username === 'string') {
        uses.push({ mode: 'impersonate', where, impersonate: accessAs.impersonate });
      } else uses.push({ mode: 'agent', where });
    }
  }
  const user = isMap(config?.user_access) ? config.user_access : undefined;
  if (user) {
    const accessAs = isMap(user.access_as) ? user.access_as : {};
    uses.push({ mode: isMap((accessAs as { user?: unknown }).user) ? 'user' : 'agent', where: 'user_access' });
  }
  return uses;
}

function modulesInFile(config: AgentConfig | undefined, modes: readonly AccessModeUse[]): Set<RbacModule> {
  const on = new Set<RbacModule>();
  if (!config) return on;
  if (modes.some((use) => use.mode === 'ci_job')) on.add('ci-job-impersonation');
  if (modes.some((use) => use.mode === 'user')) on.add('user-impersonation');
  if (modes.some((use) => use.mode === 'impersonate')) on.add('static-impersonation');
  if (config.flux !== undefined && config.flux !== null) on.add('flux');
  if (config.container_scanning !== undefined && config.container_scanning !== null) on.add('container-scanning');
  if (isMap(config.remote_development) && config.remote_development.enabled === true) on.add('remote-development');
  return on;
}

function staticImpersonationNeeds(modes: readonly AccessModeUse[]): RbacNeed[] {
  const module = 'static-impersonation';
  const users = new Set<string>();
  const groups = new Set<string>();
  const uids = new Set<string>();
  const extras = new Map<string, Set<string>>();
  const serviceAccounts = new Map<string, Set<string>>();
  for (const { impersonate } of modes) {
    if (!impersonate) continue;
    const account = SERVICE_ACCOUNT_USER.exec(impersonate.username);
    if (account) {
      const names = serviceAccounts.get(account[1]!) ?? new Set<string>();
      names.add(account[3]!);
      serviceAccounts.set(account[1]!, names);
    } else users.add(impersonate.username);
    for (const group of impersonate.groups ?? []) groups.add(group);
    if (typeof impersonate.uid === 'string' && impersonate.uid !== '') uids.add(impersonate.uid);
    for (const field of impersonate.extra ?? []) {
      const values = extras.get(field.key) ?? new Set<string>();
      for (const value of field.val) values.add(value);
      extras.set(field.key, values);
    }
  }
  const needs: RbacNeed[] = [];
  const pinned = (need: string, apiGroup: string, resource: string, names: Set<string>): void => {
    if (names.size === 0) return;
    needs.push({
      module,
      need,
      scope: 'cluster',
      apiGroups: [apiGroup],
      resources: [resource],
      verbs: ['impersonate'],
      resourceNames: [...names].sort(),
      confidence: 'high',
    });
  };
  pinned('impersonate the configured user', '', 'users', users);
  for (const [namespace, names] of [...serviceAccounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    needs.push({
      module,
      need: 'impersonate the configured ServiceAccount',
      scope: 'namespace',
      namespace,
      apiGroups: [''],
      resources: ['serviceaccounts'],
      verbs: ['impersonate'],
      resourceNames: [...names].sort(),
      confidence: 'high',
    });
  }
  pinned('impersonate the configured groups', '', 'groups', groups);
  pinned('impersonate the configured uid', 'authentication.k8s.io', 'uids', uids);
  for (const key of [...extras.keys()].sort()) {
    pinned(`impersonate the extra field ${key}`, 'authentication.k8s.io', `userextras/${key}`, extras.get(key)!);
  }
  return needs;
}

/**
 * Workspaces in `remote_development.shared_namespace`: the workspace rules in that namespace only,
 * and no namespace create or delete. The spec rates this low: no agentk source confirms it.
 */
function sharedNamespaceNeeds(namespace: string): RbacNeed[] {
  return RBAC_NEED_TABLE['remote-development']
    .filter((row) => !row.resources.includes('namespaces'))
    .map((row) => ({ module: 'remote-development' as const, ...row, need: `${row.need} (shared_namespace)`, scope: 'namespace' as const, namespace, confidence: 'low' as const }));
}

function fluxProxyNeed(config: AgentConfig | undefined): RbacNeed[] {
  const url = isMap(config?.flux) ? config.flux.webhook_receiver_url : undefined;
  const match = typeof url === 'string' ? SERVICE_PROXY_PATH.exec(url) : null;
  if (!match) return [];
  return [
    {
      module: 'flux',
      need: `call the Receiver through the API server (flux.webhook_receiver_url)`,
      scope: 'namespace',
      namespace: match[1]!,
      apiGroups: [''],
      resources: ['services/proxy'],
      verbs: ['create'],
      resourceNames: [decodeURIComponent(match[3]!)],
      confidence: 'high',
    },
  ];
}

/**
 * The module set and every rule for these merged values and configuration file. Reads values of
 * any shape (the schema reports wrong types), so the checks can run it on refused values.
 */
export function deriveLeastPrivilegeRbac(values: ValuesTree, options: LeastPrivilegeOptions = {}): LeastPrivilegeRbac {
  const config = isMap(options.agentConfig) ? options.agentConfig : undefined;
  const accessModes = findAccessModes(config);
  const fromFile = modulesInFile(config, accessModes);
  const reasons: Partial<Record<RbacModule, string>> = { agent: 'always' };
  const on = new Set<RbacModule>(['agent']);
  let switched = false;
  // rbac.leastPrivilege, read once: a step that is not a map gives undefined, as getValueAt does.
  const rbacValues = values['rbac'];
  const leastPrivilege = isMap(rbacValues) && isMap(rbacValues['leastPrivilege']) ? rbacValues['leastPrivilege'] : undefined;
  const switches = isMap(leastPrivilege?.['modules']) ? leastPrivilege['modules'] : undefined;
  for (const module of RBAC_MODULES) {
    if (module === 'agent') continue;
    const key = SWITCHES[module];
    const setting = key === undefined ? undefined : switches?.[key];
    if (typeof setting === 'boolean') {
      switched = true;
      reasons[module] = `rbac.leastPrivilege.modules.${key}=${String(setting)}`;
      if (setting) on.add(module);
    } else if (fromFile.has(module)) {
      reasons[module] = 'the agent configuration file';
      on.add(module);
    }
  }
  const modules = RBAC_MODULES.filter((module) => on.has(module));
  const shared = isMap(config?.remote_development) ? config.remote_development.shared_namespace : undefined;
  const sharedNamespace = typeof shared === 'string' && shared !== '' ? shared : undefined;
  const needs: RbacNeed[] = [];
  for (const module of modules) {
    if (module === 'static-impersonation') needs.push(...staticImpersonationNeeds(accessModes));
    else if (module === 'remote-development' && sharedNamespace !== undefined) needs.push(...sharedNamespaceNeeds(sharedNamespace));
    else needs.push(...RBAC_NEED_TABLE[module].map((row) => ({ module, ...row })));
    if (module === 'flux') needs.push(...fluxProxyNeed(config));
  }
  const namespaces = leastPrivilege?.['namespaces'];
  const namespaceRoles = isMap(namespaces)
    ? Object.keys(namespaces)
        .sort()
        .flatMap((namespace) => (typeof namespaces[namespace] === 'string' ? [{ namespace, role: namespaces[namespace] as string }] : []))
    : [];
  const bindings = leastPrivilege?.['identityBindings'];
  const identityBindings: IdentityBinding[] = Array.isArray(bindings)
    ? bindings.flatMap((item: unknown) => {
        if (!isMap(item)) return [];
        const { kind, name, role, namespace } = item;
        if ((kind !== 'User' && kind !== 'Group') || typeof name !== 'string' || typeof role !== 'string') return [];
        return [{ kind, name, role, namespace: typeof namespace === 'string' && namespace !== '' ? namespace : undefined }];
      })
    : [];
  return {
    profile: readRbacProfile(values),
    modules,
    reasons,
    accessModes,
    needs,
    namespaceRoles,
    identityBindings,
    agentOnly: config === undefined && !switched,
  };
}

/** The names of the least-privilege objects, after the chart's OCS roles. */
export interface LeastPrivilegeNames {
  /** The Role and RoleBinding in the release namespace: `<FN>:least-privilege`. */
  readonly role: string;
  /** The ClusterRole and ClusterRoleBinding, and the Roles in other namespaces: `<namespace>:<FN>:least-privilege`. */
  readonly clusterRole: string;
  /** The RoleBinding of `rbac.leastPrivilege.namespaces` to `role`: `<namespace>:<FN>:<role>`. */
  readonly namespaceBinding: (role: string) => string;
  /** The binding of `rbac.leastPrivilege.identityBindings[index]`. */
  readonly identityBinding: (index: number) => string;
}

export function nameLeastPrivilegeObjects(fullname: string, releaseNamespace: string): LeastPrivilegeNames {
  return {
    role: `${fullname}:least-privilege`,
    clusterRole: `${releaseNamespace}:${fullname}:least-privilege`,
    namespaceBinding: (role) => `${releaseNamespace}:${fullname}:${role}`,
    identityBinding: (index) => `${releaseNamespace}:${fullname}:identity-${index}`,
  };
}

export type LeastPrivilegeSubject =
  | { readonly kind: 'ServiceAccount'; readonly name: string; readonly namespace: string }
  | { readonly kind: 'User' | 'Group'; readonly name: string };

/** One object to render: a role with its rules, or a binding. */
export type LeastPrivilegeObject =
  | { readonly kind: 'Role' | 'ClusterRole'; readonly name: string; readonly namespace?: string; readonly needs: readonly RbacNeed[] }
  | {
      readonly kind: 'RoleBinding' | 'ClusterRoleBinding';
      readonly name: string;
      readonly namespace?: string;
      readonly roleRef: { readonly kind: 'Role' | 'ClusterRole'; readonly name: string };
      readonly subject: LeastPrivilegeSubject;
    };

export interface PlanLeastPrivilegeOptions {
  readonly fullname: string;
  readonly releaseNamespace: string;
  readonly serviceAccount: string;
}

/**
 * Every object of the profile, in output order: a Role and RoleBinding per namespace with
 * namespaced needs (the release namespace always), the ClusterRole and ClusterRoleBinding when a
 * need is cluster-scoped, then the bindings of `rbac.leastPrivilege`. The renderer prints it and
 * the extra-manifests check keeps other objects off its names.
 */
export function planLeastPrivilegeObjects(rbac: LeastPrivilegeRbac, options: PlanLeastPrivilegeOptions): LeastPrivilegeObject[] {
  const { releaseNamespace } = options;
  const names = nameLeastPrivilegeObjects(options.fullname, releaseNamespace);
  const agent: LeastPrivilegeSubject = { kind: 'ServiceAccount', name: options.serviceAccount, namespace: releaseNamespace };
  const objects: LeastPrivilegeObject[] = [];
  const byNamespace = new Map<string, RbacNeed[]>([[releaseNamespace, []]]);
  for (const need of rbac.needs) {
    if (need.scope !== 'namespace') continue;
    const namespace = need.namespace ?? releaseNamespace;
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), need]);
  }
  for (const [namespace, needs] of byNamespace) {
    const name = namespace === releaseNamespace ? names.role : names.clusterRole;
    objects.push({ kind: 'Role', name, namespace, needs });
    objects.push({ kind: 'RoleBinding', name, namespace, roleRef: { kind: 'Role', name }, subject: agent });
  }
  const clusterNeeds = rbac.needs.filter((need) => need.scope === 'cluster');
  if (clusterNeeds.length > 0) {
    objects.push({ kind: 'ClusterRole', name: names.clusterRole, needs: clusterNeeds });
    objects.push({ kind: 'ClusterRoleBinding', name: names.clusterRole, roleRef: { kind: 'ClusterRole', name: names.clusterRole }, subject: agent });
  }
  for (const { namespace, role } of rbac.namespaceRoles) {
    objects.push({ kind: 'RoleBinding', name: names.namespaceBinding(role), namespace, roleRef: { kind: 'ClusterRole', name: role }, subject: agent });
  }
  rbac.identityBindings.forEach((binding, index) => {
    const subject: LeastPrivilegeSubject = { kind: binding.kind, name: binding.name };
    const roleRef = { kind: 'ClusterRole', name: binding.role } as const;
    const name = names.identityBinding(index);
    objects.push(
      binding.namespace === undefined
        ? { kind: 'ClusterRoleBinding', name, roleRef, subject }
        : { kind: 'RoleBinding', name, namespace: binding.namespace, roleRef, subject },
    );
  });
  return objects;
}
