import { sha256Hex } from '../../util/sha256.js';
import type { Manifest } from '../../types.js';

/** Most file systems allow 255 bytes per name; Kubernetes names may be 253 characters. */
const MAX_FILE_NAME_BYTES = 255;
const EXTENSION = '.yaml';

/**
 * `<kind>-<name>.yaml` in lower case, one per manifest, in the same order. Characters that some
 * file systems refuse or treat specially become `_`: the `:` of the chart's ClusterRoleBinding
 * names (`ns:release-gitlab-agent:ocs`) is not allowed on Windows. Names that would collide
 * (two objects of one kind and name, possible with odd overrides) get `-2`, `-3`… appended.
 */
export function nameManifestFiles(manifests: readonly Manifest[]): string[] {
  const taken = new Set<string>(['kustomization']);
  return manifests.map((manifest) => {
    const base = fitFileName(sanitise(`${manifest.kind}-${manifest.name}`));
    let stem = base;
    for (let suffix = 2; taken.has(stem); suffix += 1) stem = fitFileName(`${base}-${suffix}`);
    taken.add(stem);
    return `${stem}${EXTENSION}`;
  });
}

function sanitise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9._-]/g, '_');
}

/** Cuts a long stem and keeps it unique with a short hash of the whole. */
function fitFileName(stem: string): string {
  const limit = MAX_FILE_NAME_BYTES - EXTENSION.length;
  if (stem.length <= limit) return stem;
  const hash = sha256Hex(stem).slice(0, 12);
  return `${stem.slice(0, limit - hash.length - 1)}-${hash}`;
}
