import { describe, expect, it } from 'vitest';
import { sortManifests } from '../src/manifests/sort-manifests.js';
import type { Manifest } from '../src/types.js';

function manifest(kind: string, source: string, name = kind.toLowerCase()): Manifest {
  return { source: `gitlab-agent/templates/${source}`, apiVersion: 'v1', kind, name, object: {}, yaml: '' };
}

describe('sortManifests', () => {
  it('orders by Helm install order, unknown kinds last, ties by template path', () => {
    const input = [
      manifest('ServiceMonitor', 'servicemonitor.yaml', 'sm'),
      manifest('Deployment', 'deployment.yaml'),
      manifest('Service', 'servicemonitor.yaml', 'obs'),
      manifest('Service', 'service.yaml'),
      manifest('Ingress', 'ingress.yaml'),
      manifest('RoleBinding', 'ocs/rolebinding.yaml'),
      manifest('Role', 'ocs/role.yaml'),
      manifest('ClusterRoleBinding', 'ocs/clusterrolebinding.yaml', 'ocs-crb'),
      manifest('ClusterRoleBinding', 'clusterrolebinding.yaml'),
      manifest('ClusterRole', 'ocs/clusterrole.yaml'),
      manifest('ConfigMap', 'configmap.yaml'),
      manifest('Secret', 'secret.yaml'),
      manifest('Secret', 'observability-secret.yaml', 'obs-secret'),
      manifest('ServiceAccount', 'serviceaccount.yaml'),
      manifest('ServiceAccount', 'ocs/serviceaccount.yaml', 'ocs-sa'),
      manifest('Namespace', '../namespace.yaml', 'ns'),
    ];
    expect(sortManifests(input).map((m) => `${m.kind}/${m.name}`)).toEqual([
      'Namespace/ns',
      'ServiceAccount/ocs-sa',
      'ServiceAccount/serviceaccount',
      'Secret/obs-secret',
      'Secret/secret',
      'ConfigMap/configmap',
      'ClusterRole/clusterrole',
      'ClusterRoleBinding/clusterrolebinding',
      'ClusterRoleBinding/ocs-crb',
      'Role/role',
      'RoleBinding/rolebinding',
      'Service/service',
      'Service/obs',
      'Deployment/deployment',
      'Ingress/ingress',
      'ServiceMonitor/sm',
    ]);
  });

  it('keeps the order of documents from one template and does not mutate its input', () => {
    const first = manifest('Secret', 'secret.yaml', 'first');
    const second = manifest('Secret', 'secret.yaml', 'second');
    const input = [first, second];
    expect(sortManifests(input)).toEqual([first, second]);
    expect(input).toEqual([first, second]);
  });
});
