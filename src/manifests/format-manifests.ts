/** The `helm template` stream: `---`, a `# Source:` comment, the document; one final newline. */
import type { Manifest } from '../types.js';

export function toYaml(manifests: readonly Manifest[]): string {
  // One join of every piece: a flat string made once, with no rope of documents to flatten again.
  const parts = new Array<string>(manifests.length * 4);
  let at = 0;
  for (const manifest of manifests) {
    parts[at++] = '---\n# Source: ';
    parts[at++] = manifest.source;
    parts[at++] = '\n';
    parts[at++] = `${manifest.yaml}\n`;
  }
  return parts.join('');
}
