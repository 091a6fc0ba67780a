/**
 * The objects the chart renders for a model, by API version, kind, namespace and name: what an
 * extra manifest must not collide with. test/chart-model.test.ts holds it to a real render.
 */
import type { ChartModel } from './chart-model.js';
import { planLeastPrivilegeObjects } from './least-privilege-rbac.js';

export interface ChartObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Absent for cluster-scoped objects. */
  readonly namespace?: string;
}

export function listChartObjects(model: ChartModel): ChartObject[] {
  const { names, objects } = model;
  const namespace = model.release.namespace;
  const list: ChartObject[] = [{ apiVersion: 'apps/v1', kind: 'Deployment', name: names.deployment, namespace }];
  const add = (apiVersion: string, kind: string, name: string, scope: 'namespaced' | 'cluster' = 'namespaced'): void => {
    list.push(scope === 'namespaced' ? { apiVersion, kind, name, namespace } : { apiVersion, kind, name });
  };
  if (objects.serviceAccount) add('v1', 'ServiceAccount', names.serviceAccount);
  if (objects.clusterRoleBinding) add('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', names.clusterRoleBinding, 'cluster');
  if (objects.tokenSecret) add('v1', 'Secret', names.renderedSecret);
  if (objects.configMap) add('v1', 'ConfigMap', names.configMap);
  if (objects.service) add('v1', 'Service', names.service);
  if (objects.ingress) add('networking.k8s.io/v1', 'Ingress', names.ingress);
  if (objects.observabilitySecret) add('v1', 'Secret', names.observabilitySecret);
  if (objects.serviceMonitor) {
    add('v1', 'Service', names.observabilityService);
    add('monitoring.coreos.com/v1', 'ServiceMonitor', names.observabilityService);
  }
  if (objects.operationalContainerScanning) {
    add('v1', 'ServiceAccount', names.ocsServiceAccount);
    add('rbac.authorization.k8s.io/v1', 'Role', names.ocsRole);
    add('rbac.authorization.k8s.io/v1', 'RoleBinding', names.ocsRole);
    add('rbac.authorization.k8s.io/v1', 'ClusterRole', names.ocsClusterRole, 'cluster');
    add('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', names.ocsClusterRole, 'cluster');
  }
  if (objects.leastPrivilegeRbac) {
    const plan = planLeastPrivilegeObjects(model.rbac, { fullname: names.fullname, releaseNamespace: namespace, serviceAccount: names.serviceAccount });
    for (const object of plan) {
      const base = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: object.kind, name: object.name };
      list.push(object.namespace === undefined ? base : { ...base, namespace: object.namespace });
    }
  }
  return list;
}
