/** The `helm template` stream: `---`, a `# Source:` comment, the document; one final newline. */
import type { Manifest } from '../types.js';

export function toYaml(manifests: readonly Manifest[]): string {
  if (manifests.length === 0) return '';
  return `${manifests.map((manifest) => `---\n# Source: ${manifest.source}\n${manifest.yaml}`).join('\n')}\n`;
}
