/**
 * Who the objects say manages them. The chart's templates print
 * `app.kubernetes.io/managed-by: Helm` (Helm's `.Release.Service`) and the agent's telemetry
 * variable `GITLAB_AGENT_TELEMETRY_installation_method: helm-chart`; without Helm both would be
 * untrue, so by default they name this tool. `helm` keeps the chart's words (the output is then
 * `helm template`'s), and `helm-release` adds the two annotations Helm checks before it adopts an
 * existing object (`meta.helm.sh/release-name`, `meta.helm.sh/release-namespace`), so
 * `helm upgrade --install` takes the objects over without manual edits.
 *
 * The two words are values of the template context (`ownershipWords`), so `extraManifests`
 * items, which are the user's, keep theirs. The annotations are added here, after the render,
 * to every document of the chart's sources, `extraManifests` items included (Helm would own
 * them too), not to our Namespace: each is edited as text, line by line, and parsed back, and
 * the parse must equal the object changed the same way, or the render fails.
 */
import { isDeepStrictEqual } from 'node:util';
import { TemplateError } from '../errors.js';
import { formatScalar } from '../helm/yaml-output.js';
import type { Manifest } from '../types.js';
import { isMap } from '../util/is-map.js';
import { parseDocument } from './parse-document.js';

/** What `RenderOptions.managedBy` may say; see the module comment. */
export type ManagedBy = 'gitlab-agent-manifests' | 'helm' | 'helm-release';
export const MANAGED_BY_CHOICES: readonly ManagedBy[] = ['gitlab-agent-manifests', 'helm', 'helm-release'];
export const DEFAULT_MANAGED_BY: ManagedBy = 'gitlab-agent-manifests';

export const HELM_RELEASE_NAME_ANNOTATION = 'meta.helm.sh/release-name';
export const HELM_RELEASE_NAMESPACE_ANNOTATION = 'meta.helm.sh/release-namespace';

const CHART_MANAGED_BY = 'Helm';
const CHART_INSTALLATION_METHOD = 'helm-chart';
/** Both words when Helm is not involved: the tool that rendered the objects. */
export const TOOL_MANAGED_BY = 'gitlab-agent-manifests';

const CHART_SOURCE_PREFIX = 'gitlab-agent/templates/';

export interface OwnershipOptions {
  readonly managedBy: ManagedBy;
  readonly releaseName: string;
  readonly namespace: string;
}

/**
 * `manifests` with Helm's ownership annotations when `options` ask for `helm-release`; else the
 * same array (the words of the other choices are the template context's, `ownershipWords`).
 */
export function applyOwnership(manifests: readonly Manifest[], options: OwnershipOptions): readonly Manifest[] {
  if (options.managedBy !== 'helm-release') return manifests;
  return manifests.map((manifest) => (manifest.source.startsWith(CHART_SOURCE_PREFIX) ? annotateForHelm(manifest, options) : manifest));
}

/**
 * What the template context prints for `app.kubernetes.io/managed-by` and the telemetry
 * variable: values of the render like any other, so they cost nothing and are parsed back with
 * the rest of their documents.
 */
export function ownershipWords(managedBy: ManagedBy): { readonly managedBy: string; readonly installationMethod: string } {
  return managedBy === 'gitlab-agent-manifests'
    ? { managedBy: TOOL_MANAGED_BY, installationMethod: TOOL_MANAGED_BY }
    : { managedBy: CHART_MANAGED_BY, installationMethod: CHART_INSTALLATION_METHOD };
}

/** The chart's labels as they are, plus Helm's two ownership annotations in `metadata.annotations`. */
function annotateForHelm(manifest: Manifest, options: OwnershipOptions): Manifest {
  const wanted: Record<string, string> = {
    [HELM_RELEASE_NAME_ANNOTATION]: options.releaseName,
    [HELM_RELEASE_NAMESPACE_ANNOTATION]: options.namespace,
  };
  const metadata = manifest.object['metadata'] as Record<string, unknown>;
  const existing = isMap(metadata['annotations']) ? metadata['annotations'] : undefined;
  for (const [key, value] of Object.entries(wanted)) {
    if (existing !== undefined && key in existing && existing[key] !== value) {
      throw new TemplateError({
        reason: `the ${manifest.kind} ${manifest.name} already has the annotation ${key} with another value; Helm would refuse to adopt it`,
        template: manifest.source,
      });
    }
  }
  const missing = Object.entries(wanted).filter(([key]) => existing === undefined || !(key in existing));
  if (missing.length === 0) return manifest;
  const text = insertAnnotations(manifest, missing);
  const object = { ...manifest.object, metadata: { ...metadata, annotations: { ...existing, ...Object.fromEntries(missing) } } };
  return parseBack(manifest, text, object);
}

/**
 * The document's text with `entries` added at the top of `metadata.annotations` (a new block
 * when it has none). Rendered documents write `metadata:` at the start of a line as a block map.
 */
function insertAnnotations(manifest: Manifest, entries: readonly [string, string][]): string {
  const lines = manifest.yaml.split('\n');
  const start = lines.indexOf('metadata:');
  const childIndent = start === -1 ? undefined : /^( +)\S/.exec(lines[start + 1] ?? '')?.[1];
  if (start === -1 || childIndent === undefined) throw cannotAnnotate(manifest);
  let end = start + 1;
  while (end < lines.length && ((lines[end] as string).startsWith(' ') || lines[end] === '')) end += 1;
  const at = lines
    .slice(start + 1, end)
    .findIndex((line) => line === `${childIndent}annotations:` || line.startsWith(`${childIndent}annotations: `));
  const format = (indent: string): string[] => entries.map(([key, value]) => `${indent}${key}: ${formatScalar(value)}`);
  if (at === -1) {
    lines.splice(start + 1, 0, `${childIndent}annotations:`, ...format(`${childIndent}${childIndent}`));
    return lines.join('\n');
  }
  const line = start + 1 + at;
  const inline = (lines[line] as string).slice(`${childIndent}annotations:`.length).trim();
  if (inline === '{}') {
    lines.splice(line, 1, `${childIndent}annotations:`, ...format(`${childIndent}${childIndent}`));
    return lines.join('\n');
  }
  const grandchildIndent = /^( +)\S/.exec(lines[line + 1] ?? '')?.[1];
  if (inline !== '' || grandchildIndent === undefined || grandchildIndent.length <= childIndent.length) throw cannotAnnotate(manifest);
  lines.splice(line + 1, 0, ...format(grandchildIndent));
  return lines.join('\n');
}

function cannotAnnotate(manifest: Manifest): TemplateError {
  return new TemplateError({
    reason: `cannot add Helm's ownership annotations to the ${manifest.kind} ${manifest.name}`,
    template: manifest.source,
  });
}

/** The edited text, parsed back; it must give exactly the object the edit meant. */
function parseBack(manifest: Manifest, text: string, expected: unknown): Manifest {
  const parsed = parseDocument(text, manifest.source);
  if (!isDeepStrictEqual(parsed.object, expected)) {
    throw new TemplateError({
      reason: `Helm's ownership annotations changed more than intended in the ${manifest.kind} ${manifest.name}`,
      template: manifest.source,
    });
  }
  return parsed;
}
