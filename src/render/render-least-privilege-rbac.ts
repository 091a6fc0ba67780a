/**
 * `rbac.profile=least-privilege` (our extension) as documents of their own, in place of the
 * chart's cluster-admin ClusterRoleBinding: the objects `planLeastPrivilegeObjects` lists (names
 * after the chart's OCS roles, so two releases never collide), each Role and ClusterRole
 * annotated with the profile and its modules. Written through Helm's `toYaml` and parsed back by
 * the manifests stage, as every template's output is.
 */
import type { ChartModel } from '../chart/chart-model.js';
import { planLeastPrivilegeObjects, type LeastPrivilegeObject, type RbacModule, type RbacNeed } from '../chart/least-privilege-rbac.js';
import { dumpYaml } from '../helm/yaml-output.js';
import type { TemplateContext } from './build-template-context.js';
import type { RenderedTemplate } from './render-templates.js';

export const LEAST_PRIVILEGE_RBAC_SOURCE = 'gitlab-agent/templates/least-privilege-rbac.yaml';
export const RBAC_PROFILE_ANNOTATION = 'gitlab-agent-manifests/rbac-profile';
export const RBAC_MODULES_ANNOTATION = 'gitlab-agent-manifests/rbac-modules';
const RBAC_API = 'rbac.authorization.k8s.io/v1';
const RBAC_GROUP = 'rbac.authorization.k8s.io';

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

function toKubernetesObject(object: LeastPrivilegeObject, labels: Record<string, unknown>): Record<string, unknown> {
  const metadata = { name: object.name, ...(object.namespace === undefined ? {} : { namespace: object.namespace }), labels };
  if ('needs' in object) {
    return {
      apiVersion: RBAC_API,
      kind: object.kind,
      metadata: {
        ...metadata,
        annotations: { [RBAC_PROFILE_ANNOTATION]: 'least-privilege', [RBAC_MODULES_ANNOTATION]: modulesOf(object.needs) },
      },
      rules: object.needs.map(toPolicyRule),
    };
  }
  const subject = object.subject.kind === 'ServiceAccount' ? { ...object.subject } : { apiGroup: RBAC_GROUP, ...object.subject };
  return { apiVersion: RBAC_API, kind: object.kind, metadata, roleRef: { apiGroup: RBAC_GROUP, ...object.roleRef }, subjects: [subject] };
}

/** The documents, or none when the profile is cluster-admin or rbac.create is off. */
export function renderLeastPrivilegeRbac(context: TemplateContext, model: ChartModel): RenderedTemplate[] {
  if (!model.objects.leastPrivilegeRbac) return [];
  const objects = planLeastPrivilegeObjects(model.rbac, {
    fullname: model.names.fullname,
    releaseNamespace: model.release.namespace,
    serviceAccount: model.names.serviceAccount,
  });
  const text = objects.map((object) => `---\n${dumpYaml(toKubernetesObject(object, context.labels.common))}\n`).join('');
  return [{ source: LEAST_PRIVILEGE_RBAC_SOURCE, text }];
}
