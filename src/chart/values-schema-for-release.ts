/**
 * The values schema of one chart release: the one schema, without the values that arrived in a
 * later release (`x-since-chart`), and with the release named in its `$id` and description.
 * As a values file's schema: self-contained, and without requiring what the defaults provide.
 */
import { VALUES_SCHEMA } from '../generated/values.js';
import { isMap } from '../util/is-map.js';
import { toValuesFileSchema } from './values-file-schema.js';
import { compareChartVersions, NEWEST_CHART_RELEASE, type ChartRelease } from './chart-releases.js';

const SINCE_CHART = 'x-since-chart';

export function createValuesSchema(release: ChartRelease = NEWEST_CHART_RELEASE): Record<string, unknown> {
  const schema = structuredClone(VALUES_SCHEMA) as Record<string, unknown>;
  const properties = schema['properties'];
  if (isMap(properties)) {
    for (const [key, property] of Object.entries(properties)) {
      const since = isMap(property) ? property[SINCE_CHART] : undefined;
      if (typeof since === 'string' && compareChartVersions(release.version, since) < 0) delete properties[key];
    }
  }
  schema['$id'] = `https://gitlab.com/gitlab-org/charts/gitlab-agent/-/raw/v${release.version}/values.schema.json`;
  schema['description'] = String(schema['description']).replace(
    /^Values of the gitlab\/gitlab-agent Helm chart, [^;]*; values marked x-since-chart are accepted from that release on\./,
    `Values of the gitlab/gitlab-agent Helm chart ${release.version} (agentk ${release.appVersion}).`,
  );
  return toValuesFileSchema(schema);
}
