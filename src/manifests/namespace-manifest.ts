/**
 * The Namespace object we prepend (the chart has none): `kubectl apply -f -` then creates the
 * namespace before the namespaced objects that live in it.
 */
import type { Manifest } from '../types.js';
import { formatScalar } from '../helm/yaml-output.js';

export const NAMESPACE_SOURCE = 'gitlab-agent-manifests/namespace.yaml';

export function createNamespaceManifest(namespace: string): Manifest {
  const object = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } };
  return {
    source: NAMESPACE_SOURCE,
    apiVersion: 'v1',
    kind: 'Namespace',
    name: namespace,
    object,
    yaml: `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${formatScalar(namespace)}`,
  };
}
