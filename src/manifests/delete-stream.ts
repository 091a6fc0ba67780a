/**
 * What `uninstall` gives `kubectl delete -f -`: the identity of every object one agent owns
 * (apiVersion, kind, name, namespace; no data, so no secret is printed), in the reverse of Helm's
 * install order. The Namespace is left out unless the caller says this agent created it alone:
 * deleting a namespace deletes everything in it, another agent's objects too.
 */
import { formatScalar } from '../helm/yaml-output.js';
import type { Manifest } from '../types.js';
import type { ApplySetParent } from './applyset.js';
import { parseDocument } from './parse-document.js';

export const UNINSTALL_SOURCE = 'gitlab-agent-manifests/uninstall.yaml';

export interface DeleteStreamOptions {
  /** Keep the Namespace object: this agent's namespace holds nothing else. Default false. */
  readonly deleteNamespace?: boolean;
  /** The ApplySet parent kubectl created for these objects, deleted after them. */
  readonly applySet?: ApplySetParent;
}

/** One identity document per object to delete, in deletion order; each parsed back. */
export function toDeleteManifests(manifests: readonly Manifest[], options: DeleteStreamOptions = {}): Manifest[] {
  const owned = manifests.filter((manifest) => options.deleteNamespace === true || !isNamespace(manifest));
  const namespaces = owned.filter(isNamespace);
  const members = owned.filter((manifest) => !isNamespace(manifest)).reverse();
  const parent = options.applySet;
  const identities = [
    ...members.map(({ source, apiVersion, kind, name, namespace }) => identityOf(source, apiVersion, kind, name, namespace)),
    ...(parent === undefined ? [] : [identityOf(UNINSTALL_SOURCE, 'v1', parent.kind, parent.name, parent.namespace)]),
    // Last, so everything in it is gone, or going, first.
    ...namespaces.map(({ source, apiVersion, kind, name }) => identityOf(source, apiVersion, kind, name, undefined)),
  ];
  return identities;
}

function isNamespace(manifest: Manifest): boolean {
  return manifest.kind === 'Namespace' && manifest.apiVersion === 'v1';
}

function identityOf(source: string, apiVersion: string, kind: string, name: string, namespace: string | undefined): Manifest {
  const lines = [
    `apiVersion: ${formatScalar(apiVersion)}`,
    `kind: ${formatScalar(kind)}`,
    'metadata:',
    `  name: ${formatScalar(name)}`,
    ...(namespace === undefined ? [] : [`  namespace: ${formatScalar(namespace)}`]),
  ];
  return parseDocument(lines.join('\n'), source);
}
