/**
 * Who the objects say manages them, applied after rendering. The chart's templates print
 * `app.kubernetes.io/managed-by: Helm` (Helm's `.Release.Service`) and the agent's telemetry
 * variable `GITLAB_AGENT_TELEMETRY_installation_method: helm-chart`; without Helm both would be
 * untrue, so by default they name this tool. `helm` keeps the chart's words (the output is then
 * `helm template`'s), and `helm-release` adds the two annotations Helm checks before it adopts an
 * existing object (`meta.helm.sh/release-name`, `meta.helm.sh/release-namespace`), so
 * `helm upgrade --install` takes the objects over without manual edits.
 *
 * Only the chart's own documents are touched (not `extraManifests` items, which are the user's,
 * nor our Namespace). Each changed document is edited as text, line by line, and parsed back;
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

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const INSTALLATION_METHOD_ENV = 'GITLAB_AGENT_TELEMETRY_installation_method';
export const HELM_RELEASE_NAME_ANNOTATION = 'meta.helm.sh/release-name';
export const HELM_RELEASE_NAMESPACE_ANNOTATION = 'meta.helm.sh/release-namespace';

const CHART_MANAGED_BY = 'Helm';
const CHART_INSTALLATION_METHOD = 'helm-chart';
/** Both words when Helm is not involved: the tool that rendered the objects. */
export const TOOL_MANAGED_BY = 'gitlab-agent-manifests';

const CHART_SOURCE_PREFIX = 'gitlab-agent/templates/';
const EXTRA_MANIFESTS_SOURCE = 'gitlab-agent/templates/extra-manifests.yaml';

export interface OwnershipOptions {
  readonly managedBy: ManagedBy;
  readonly releaseName: string;
  readonly namespace: string;
}

/** `manifests` with the ownership `options` ask for; the same array when nothing changes. */
export function applyOwnership(manifests: readonly Manifest[], options: OwnershipOptions): readonly Manifest[] {
  if (options.managedBy === 'helm') return manifests;
  return manifests.map((manifest) => {
    if (!manifest.source.startsWith(CHART_SOURCE_PREFIX)) return manifest;
    if (options.managedBy === 'helm-release') return annotateForHelm(manifest, options);
    return manifest.source === EXTRA_MANIFESTS_SOURCE ? manifest : nameThisTool(manifest);
  });
}

/** `managed-by: Helm` and the `helm-chart` installation method, wherever the chart prints them, name this tool. */
function nameThisTool(manifest: Manifest): Manifest {
  const lines = manifest.yaml.split('\n');
  let changed = false;
  const label = new RegExp(`^(\\s+${escapeRegExp(MANAGED_BY_LABEL)}: )${CHART_MANAGED_BY}$`);
  lines.forEach((line, index) => {
    if (label.test(line)) {
      lines[index] = line.replace(label, `$1${TOOL_MANAGED_BY}`);
      changed = true;
    } else if (line.trim() === `- name: ${INSTALLATION_METHOD_ENV}`) {
      const next = lines[index + 1];
      const value = `value: ${CHART_INSTALLATION_METHOD}`;
      if (next?.trim() === value) {
        lines[index + 1] = next.replace(value, `value: ${TOOL_MANAGED_BY}`);
        changed = true;
      }
    }
  });
  if (!changed) return manifest;
  return parseBack(manifest, lines.join('\n'), renameManager(manifest.object));
}

/** The object as `nameThisTool` edits its text: every chart label and the telemetry variable. */
function renameManager(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    return value.map((item) =>
      isMap(item) && item['name'] === INSTALLATION_METHOD_ENV && item['value'] === CHART_INSTALLATION_METHOD
        ? { ...item, value: TOOL_MANAGED_BY }
        : renameManager(item),
    );
  }
  if (!isMap(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [entryKey, entry] of Object.entries(value)) {
    copy[entryKey] =
      key === 'labels' && entryKey === MANAGED_BY_LABEL && entry === CHART_MANAGED_BY ? TOOL_MANAGED_BY : renameManager(entry, entryKey);
  }
  return copy;
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
      reason: `the ownership labels changed more than intended in the ${manifest.kind} ${manifest.name}`,
      template: manifest.source,
    });
  }
  return parsed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
