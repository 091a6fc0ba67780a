/**
 * `extraManifests` as the chart's `templates/extra-manifests.yaml` would print them: each object
 * through Helm's `toYaml` (keys sorted, strings quoted as yaml.v2 needs), one document each. No
 * template engine touches them, so `{{ }}` in a value stays text. Like every template's output,
 * the text is parsed back by the manifests stage.
 */
import type { ChartModel } from '../chart/chart-model.js';
import { dumpYaml } from '../helm/yaml-output.js';
import type { RenderedTemplate } from './render-templates.js';

export const EXTRA_MANIFESTS_SOURCE = 'gitlab-agent/templates/extra-manifests.yaml';

/** The extra documents, or none; items the checks refused never reach here (the render stops first). */
export function renderExtraManifests(model: ChartModel): RenderedTemplate[] {
  const documents = model.extraManifests.flatMap((item) => (item.ok ? [dumpYaml(item.object)] : []));
  if (documents.length === 0) return [];
  return [
    {
      source: EXTRA_MANIFESTS_SOURCE,
      text: documents.map((document) => `---\n${document.endsWith('\n') ? document : `${document}\n`}`).join(''),
    },
  ];
}
