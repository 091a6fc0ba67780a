import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortManifests } from '../src/manifests/sort-manifests.js';
import type { Manifest } from '../src/types.js';
import { runs } from './support/fast-check-settings.js';

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

  it("sorts any list as a stable sort by install rank, then by the sources' UTF-8 bytes", () => {
    // The reference: Array.prototype.sort (stable) with Helm's comparison, spelled out plainly.
    const order = ['Namespace', 'ServiceAccount', 'Secret', 'ConfigMap', 'ClusterRole', 'Role', 'Service', 'Deployment'];
    const reference = (list: readonly Manifest[]): Manifest[] =>
      [...list].sort((a, b) => {
        const [rankA, rankB] = [order.indexOf(a.kind), order.indexOf(b.kind)];
        if (rankA !== rankB) return rankA === -1 ? 1 : rankB === -1 ? -1 : rankA - rankB;
        if (rankA === -1 && a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
        return Buffer.compare(Buffer.from(a.source, 'utf8'), Buffer.from(b.source, 'utf8'));
      });
    const kind = fc.constantFrom(...order, 'ServiceMonitor', 'Widget', 'Zeta');
    const source = fc.constantFrom('a.yaml', 'b.yaml', 'ocs/role.yaml', 'é.yaml', '\u{1F600}.yaml', 'ｚ.yaml', 'z.yaml');
    fc.assert(
      fc.property(fc.array(fc.tuple(kind, source), { maxLength: 80 }), (pairs) => {
        const input = pairs.map(([k, s], index) => manifest(k, s, `m${index}`));
        expect(sortManifests(input).map((m) => m.name)).toEqual(reference(input).map((m) => m.name));
      }),
      runs(300),
    );
  });
});
