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
/** A kind Helm does not list sorts after every kind it lists, by name. */
const UNKNOWN_KIND = INSTALL_ORDER.length;

function rankOf(kind: string): number {
  return RANK.get(kind) ?? UNKNOWN_KIND;
}

function compareKinds(a: string, rankA: number, b: string, rankB: number): number {
  if (rankA === UNKNOWN_KIND && rankB === UNKNOWN_KIND) return a < b ? -1 : a > b ? 1 : 0;
  return rankA - rankB;
}

/** Byte order of the template path, as Go compares strings (for ASCII, JavaScript's order). */
function compareSources(a: string, b: string): number {
  if (a === b) return 0;
  if (isAscii(a) && isAscii(b)) return a < b ? -1 : 1;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** Up to this many, insertion (a render has a dozen or so, mostly in order already); beyond, Array.prototype.sort. */
const INSERTION_LIMIT = 32;

/**
 * Stable: by kind, then by template path; documents of one template keep their order. Each
 * manifest's rank is looked up once, and a render's few manifests are inserted in order, without
 * a comparator's closure or a copy to sort.
 */
export function sortManifests(manifests: readonly Manifest[]): Manifest[] {
  const count = manifests.length;
  if (count > INSERTION_LIMIT) {
    return [...manifests].sort(
      (a, b) => compareKinds(a.kind, rankOf(a.kind), b.kind, rankOf(b.kind)) || compareSources(a.source, b.source),
    );
  }
  const sorted = new Array<Manifest>(count);
  const ranks = new Array<number>(count);
  for (let index = 0; index < count; index++) {
    const manifest = manifests[index] as Manifest;
    const rank = rankOf(manifest.kind);
    let at = index;
    // Moves up past every manifest that sorts after this one; an equal one stays before it.
    while (at > 0) {
      const before = sorted[at - 1] as Manifest;
      const order =
        compareKinds(before.kind, ranks[at - 1] as number, manifest.kind, rank) || compareSources(before.source, manifest.source);
      if (order <= 0) break;
      sorted[at] = before;
      ranks[at] = ranks[at - 1] as number;
      at--;
    }
    sorted[at] = manifest;
    ranks[at] = rank;
  }
  return sorted;
}
