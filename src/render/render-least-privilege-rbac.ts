/**
 * `rbac.profile=least-privilege` (our extension) as documents of their own, in place of the
 * chart's cluster-admin ClusterRoleBinding: a Role and RoleBinding in the release namespace for
 * the namespaced needs, one per other namespace where a need names one, a ClusterRole and
 * ClusterRoleBinding only for cluster-scoped needs, and the bindings `rbac.leastPrivilege` asks
 * for. Names follow the chart's OCS roles (`<FN>:…` for a Role, `<namespace>:<FN>:…` for
 * cluster-wide and cross-namespace objects), so two releases never collide. Objects are written
 * through Helm's `toYaml` and parsed back by the manifests stage, as every template's output is.
 */
import type { ChartModel } from '../chart/chart-model.js';
import type { RbacModule, RbacNeed } from '../chart/least-privilege-rbac.js';
import { dumpYaml } from '../helm/yaml-output.js';
import type { TemplateContext } from './build-template-context.js';
import type { RenderedTemplate } from './render-templates.js';

export const LEAST_PRIVILEGE_RBAC_SOURCE = 'gitlab-agent/templates/least-privilege-rbac.yaml';
export const RBAC_PROFILE_ANNOTATION = 'gitlab-agent-manifests/rbac-profile';
export const RBAC_MODULES_ANNOTATION = 'gitlab-agent-manifests/rbac-modules';
const RBAC_API = 'rbac.authorization.k8s.io/v1';
const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** The names of the objects, from the chart's full name and the release namespace. */
export interface LeastPrivilegeNames {
  readonly role: string;
  readonly clusterRole: string;
  readonly namespaceBinding: (role: string) => string;
  readonly identityBinding: (index: number) => string;
}

export function nameLeastPrivilegeObjects(model: ChartModel): LeastPrivilegeNames {
  const { fullname } = model.names;
  const { namespace } = model.release;
  return {
    role: `${fullname}:least-privilege`,
    clusterRole: `${namespace}:${fullname}:least-privilege`,
    namespaceBinding: (role) => `${namespace}:${fullname}:${role}`,
    identityBinding: (index) => `${namespace}:${fullname}:identity-${index}`,
  };
}

function toPolicyRule(need: RbacNeed): Record<string, unknown> {
  return {
    apiGroups: [...need.apiGroups],
    resources: [...need.resources],
    verbs: [...need.verbs],
    ...(need.resourceNames === undefined ? {} : { resourceNames: [...need.resourceNames] }),
  };
}

function modulesOf(needs: readonly RbacNeed[]): string {
  const modules: RbacModule[] = [];
  for (const need of needs) if (!modules.includes(need.module)) modules.push(need.module);
  return modules.join(',');
}

/** The documents, or none when the profile is cluster-admin or rbac.create is off. */
export function renderLeastPrivilegeRbac(context: TemplateContext, model: ChartModel): RenderedTemplate[] {
  if (!model.objects.leastPrivilegeRbac) return [];
  const names = nameLeastPrivilegeObjects(model);
  const releaseNamespace = model.release.namespace;
  const labels = context.labels.common;
  const subject = { kind: 'ServiceAccount', name: model.names.serviceAccount, namespace: releaseNamespace };
  const metadata = (name: string, namespace: string | undefined, annotate?: readonly RbacNeed[]): Record<string, unknown> => ({
    name,
    ...(namespace === undefined ? {} : { namespace }),
    labels,
    ...(annotate === undefined
      ? {}
      : { annotations: { [RBAC_PROFILE_ANNOTATION]: 'least-privilege', [RBAC_MODULES_ANNOTATION]: modulesOf(annotate) } }),
  });
  const objects: Record<string, unknown>[] = [];

  const byNamespace = new Map<string, RbacNeed[]>([[releaseNamespace, []]]);
  for (const need of model.rbac.needs) {
    if (need.scope !== 'namespace') continue;
    const namespace = need.namespace ?? releaseNamespace;
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), need]);
  }
  for (const [namespace, needs] of byNamespace) {
    const name = namespace === releaseNamespace ? names.role : names.clusterRole;
    objects.push({ apiVersion: RBAC_API, kind: 'Role', metadata: metadata(name, namespace, needs), rules: needs.map(toPolicyRule) });
    objects.push({
      apiVersion: RBAC_API,
      kind: 'RoleBinding',
      metadata: metadata(name, namespace),
      roleRef: { apiGroup: RBAC_GROUP, kind: 'Role', name },
      subjects: [subject],
    });
  }

  const clusterNeeds = model.rbac.needs.filter((need) => need.scope === 'cluster');
  if (clusterNeeds.length > 0) {
    objects.push({
      apiVersion: RBAC_API,
      kind: 'ClusterRole',
      metadata: metadata(names.clusterRole, undefined, clusterNeeds),
      rules: clusterNeeds.map(toPolicyRule),
    });
    objects.push({
      apiVersion: RBAC_API,
      kind: 'ClusterRoleBinding',
      metadata: metadata(names.clusterRole, undefined),
      roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: names.clusterRole },
      subjects: [subject],
    });
  }

  for (const { namespace, role } of model.rbac.namespaceRoles) {
    objects.push({
      apiVersion: RBAC_API,
      kind: 'RoleBinding',
      metadata: metadata(names.namespaceBinding(role), namespace),
      roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: role },
      subjects: [subject],
    });
  }

  model.rbac.identityBindings.forEach((binding, index) => {
    objects.push({
      apiVersion: RBAC_API,
      kind: binding.namespace === undefined ? 'ClusterRoleBinding' : 'RoleBinding',
      metadata: metadata(names.identityBinding(index), binding.namespace),
      roleRef: { apiGroup: RBAC_GROUP, kind: 'ClusterRole', name: binding.role },
      subjects: [{ apiGroup: RBAC_GROUP, kind: binding.kind, name: binding.name }],
    });
  });

  return [{ source: LEAST_PRIVILEGE_RBAC_SOURCE, text: objects.map((object) => `---\n${dumpYaml(object)}\n`).join('') }];
}
