import type { Manifest } from '../../types.js';

/**
 * `--output json`: one Kubernetes `v1` `List` holding every object in install order, as
 * `kubectl apply -f` and `kubectl get -o json` know it. Objects are the parsed documents, read
 * with Kubernetes' YAML 1.1 rules, so `defaultMode: 0444` is the number 292 here.
 */
export function formatManifestList(manifests: readonly Manifest[]): string {
  const list = { apiVersion: 'v1', kind: 'List', items: manifests.map((manifest) => manifest.object) };
  return `${JSON.stringify(list, null, 2)}\n`;
}
