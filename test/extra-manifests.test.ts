import { describe, expect, it } from 'vitest';
import { readExtraManifests } from '../src/chart/extra-manifests.js';
import { isClusterScoped } from '../src/chart/kubernetes-scopes.js';

const EXTERNAL_SECRET = {
  apiVersion: 'external-secrets.io/v1beta1',
  kind: 'ExternalSecret',
  metadata: { name: 'agent-token' },
  spec: { target: { name: 'agent-token' } },
};

describe('readExtraManifests', () => {
  it('gives a namespaced object without a namespace the release namespace, leaving the item as it was', () => {
    const items = [EXTERNAL_SECRET];
    const [read] = readExtraManifests(items, 'agents');
    expect(read).toMatchObject({ ok: true, kind: 'ExternalSecret', name: 'agent-token', namespace: 'agents', fromString: false });
    expect(read?.ok && read.object['metadata']).toEqual({ name: 'agent-token', namespace: 'agents' });
    expect(items[0]!.metadata).toEqual({ name: 'agent-token' });
  });

  it('keeps a namespace the item gives, and gives cluster-scoped kinds none', () => {
    const [own, cluster, custom] = readExtraManifests(
      [
        { ...EXTERNAL_SECRET, metadata: { name: 'x', namespace: 'vault' } },
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' }, rules: [] },
        { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } },
      ],
      'agents',
    );
    expect(own).toMatchObject({ ok: true, namespace: 'vault' });
    expect(cluster).toMatchObject({ ok: true, namespace: undefined });
    expect(cluster?.ok && cluster.object['metadata']).toEqual({ name: 'reader' });
    expect(custom).toMatchObject({ ok: true, namespace: 'agents' });
  });

  it('reads a string item as one YAML mapping, without evaluating template syntax', () => {
    const [read] = readExtraManifests(
      ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  text: "{{ .Values.config.token }}"\n  enabled: yes\n'],
      'agents',
    );
    expect(read).toMatchObject({ ok: true, kind: 'ConfigMap', fromString: true });
    expect(read?.ok && read.object['data']).toEqual({ text: '{{ .Values.config.token }}', enabled: true });
  });

  it.each([
    [42, 'wrong-type'],
    [['a'], 'wrong-type'],
    ['- a\n- b\n', 'not-an-object'],
    ['kind: A\n---\nkind: B\n', 'not-an-object'],
    ['a: [', 'yaml'],
    ['a: 1\na: 2\n', 'yaml'],
    [{ kind: 'ConfigMap', metadata: { name: 'x' } }, 'missing-field'],
    [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }, 'missing-field'],
    [{ apiVersion: 'v1', kind: '', metadata: { name: 'x' } }, 'missing-field'],
  ])('refuses %j (%s)', (item, code) => {
    expect(readExtraManifests([item], 'agents')).toEqual([
      expect.objectContaining({ ok: false, index: 0, problem: expect.objectContaining({ code }) }),
    ]);
  });

  it('stops an alias bomb in a string item within the values-file node budget', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 12; level += 1) {
      const previous = `*a${level - 1}`;
      lines.push(`a${level}: &a${level} [${Array(10).fill(previous).join(', ')}]`);
    }
    const [read] = readExtraManifests([`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n${lines.join('\n')}\n`], 'agents');
    expect(read).toMatchObject({ ok: false, problem: { code: 'yaml' } });
  });
});

describe('isClusterScoped', () => {
  it.each([
    ['v1', 'Namespace', true],
    ['v1', 'Secret', false],
    ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', true],
    ['rbac.authorization.k8s.io/v1', 'RoleBinding', false],
    ['external-secrets.io/v1beta1', 'ClusterSecretStore', true],
    ['example.com/v1', 'Namespace', false],
  ])('%s %s → %s', (apiVersion, kind, expected) => {
    expect(isClusterScoped(apiVersion, kind)).toBe(expected);
  });
});
