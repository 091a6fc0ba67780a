/**
 * `render()`: the whole pipeline for values already read. Pure apart from the random
 * receptive-mode JWT, which `options.privateApiJwt` pins.
 */
import { checkValuesForRender } from './check/check-values.js';
import { ValuesError } from './errors.js';
import { buildTemplateContext } from './render/build-template-context.js';
import { createNamespaceManifest } from './manifests/namespace-manifest.js';
import { parseManifests } from './manifests/parse-manifests.js';
import { renderExtraManifests } from './render/render-extra-manifests.js';
import { renderLeastPrivilegeRbac } from './render/render-least-privilege-rbac.js';
import { renderTemplateManifests } from './manifests/render-template-manifests.js';
import { sortManifests } from './manifests/sort-manifests.js';
import { checkApplySetMembers, parseApplySetParent } from './manifests/applyset.js';
import { applyOwnership, DEFAULT_MANAGED_BY, ownershipWords } from './manifests/ownership-labels.js';
import type { GitlabAgentValuesInput } from './chart/values-input.js';
import type { Manifest, RenderOptions, Warning } from './types.js';

export interface RenderResult {
  readonly manifests: Manifest[];
  /** Things worth saying that never change the output (Helm's merge warnings, for one). */
  readonly warnings: Warning[];
}

/**
 * Merges `values` (the user's, as Helm's -f/--set would give them) over the chart defaults,
 * validates them, renders every template, parses each document back and sorts them in
 * Helm's install order. Throws `ReleaseNameError`, `ValuesError` (every problem at once)
 * or `TemplateError`.
 */
export function renderManifests(values: GitlabAgentValuesInput, options: RenderOptions): RenderResult {
  const { merged, problems, warnings, model } = checkValuesForRender(values, options);
  if (problems.length > 0) throw new ValuesError({ problems });
  const applySet = options.applySet === undefined ? undefined : parseApplySetParent(options.applySet, options.namespace);

  const managedBy = options.managedBy ?? DEFAULT_MANAGED_BY;
  const context = buildTemplateContext(merged, { model, privateApiJwt: options.privateApiJwt, ...ownershipWords(managedBy) });
  const manifests = renderTemplateManifests(context);
  for (const manifest of parseManifests([...renderLeastPrivilegeRbac(context, model), ...renderExtraManifests(model)])) {
    manifests.push(manifest);
  }
  if (options.createNamespace) manifests.push(createNamespaceManifest(options.namespace));
  const owned = applyOwnership(sortManifests(manifests), {
    managedBy,
    releaseName: options.releaseName,
    namespace: options.namespace,
  });
  if (applySet !== undefined) checkApplySetMembers(owned, applySet);
  return { manifests: [...owned], warnings };
}

/** `renderManifests` without the warnings. */
export function render(values: GitlabAgentValuesInput, options: RenderOptions): Manifest[] {
  return renderManifests(values, options).manifests;
}
