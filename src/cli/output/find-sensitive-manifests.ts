import { SENSITIVE_SECRET_DATA_KEYS } from '../../chart/secret-values.js';
import type { Manifest } from '../../types.js';

export interface SensitiveManifest {
  readonly manifest: Manifest;
  /** The sensitive data keys it holds, in their order in the object. */
  readonly keys: readonly string[];
}

/** The Secrets whose data holds a token or a key. Certificates and public keys are not counted. */
export function findSensitiveManifests(manifests: readonly Manifest[]): SensitiveManifest[] {
  const found: SensitiveManifest[] = [];
  for (const manifest of manifests) {
    if (manifest.kind !== 'Secret') continue;
    const data = manifest.object['data'];
    if (typeof data !== 'object' || data === null) continue;
    const keys = Object.keys(data).filter((key) => SENSITIVE_SECRET_DATA_KEYS.has(key));
    if (keys.length > 0) found.push({ manifest, keys });
  }
  return found;
}

/** One stderr line saying the output is sensitive, naming Secrets and keys (never values). */
export function formatSensitiveNotice(found: readonly SensitiveManifest[], where: string): string {
  const holders = found.map(({ manifest, keys }) => `Secret ${manifest.name}: ${keys.join(', ')}`).join('; ');
  // The advice is about the token; with config.secretName it is out already (receptive keys remain).
  const holdsToken = found.some(({ keys }) => keys.includes('token'));
  return (
    `Note: ${where} holds secrets (${holders}); it is sensitive and must not be committed to version control` +
    `${holdsToken ? ' (to keep the token out of a repository, create its Secret separately and name it with config.secretName)' : ''}\n`
  );
}
