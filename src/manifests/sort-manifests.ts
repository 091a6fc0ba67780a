/** Helm's install order (pkg/releaseutil InstallOrder), which is also `helm template`'s output order. */
import type { Manifest } from '../types.js';

const INSTALL_ORDER = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];
const RANK = new Map(INSTALL_ORDER.map((kind, index) => [kind, index]));

function compareKinds(a: string, b: string): number {
  const rankA = RANK.get(a);
  const rankB = RANK.get(b);
  if (rankA === undefined && rankB === undefined) return a < b ? -1 : a > b ? 1 : 0;
  if (rankA === undefined) return 1;
  if (rankB === undefined) return -1;
  return rankA - rankB;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Byte order of the template path, as Go compares strings (for ASCII, JavaScript's order). */
function compareSources(a: string, b: string): number {
  if (ASCII.test(a) && ASCII.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Stable: by kind, then by template path; documents of one template keep their order. */
export function sortManifests(manifests: readonly Manifest[]): Manifest[] {
  return [...manifests].sort((a, b) => compareKinds(a.kind, b.kind) || compareSources(a.source, b.source));
}
