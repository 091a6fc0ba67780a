import { NEWEST_CHART_RELEASE, type ChartRelease } from '../../chart/chart-releases.js';
import { createValuesSchema } from '../../chart/values-schema-for-release.js';
import { toValuesFileSchema } from '../../chart/values-file-schema.js';
import { VALUES_SCHEMA } from '../../generated/values.js';

/**
 * The `schema` command's output, a values file's schema (see toValuesFileSchema). For the
 * newest release, schemas/values.schema.json (it describes every release, and the newest accepts
 * all of its values); for an older release, the same schema without the values that release lacks.
 */
export function readValuesSchema(release: ChartRelease = NEWEST_CHART_RELEASE): string {
  const schema =
    release === NEWEST_CHART_RELEASE
      ? toValuesFileSchema(structuredClone(VALUES_SCHEMA) as Record<string, unknown>)
      : createValuesSchema(release);
  return `${JSON.stringify(schema, null, 2)}\n`;
}
