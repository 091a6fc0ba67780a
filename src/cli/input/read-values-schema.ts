import { readFileSync } from 'node:fs';
import { NEWEST_CHART_RELEASE, type ChartRelease } from '../../chart/chart-releases.js';
import { createValuesSchema } from '../../chart/values-schema-for-release.js';
import { VALUES_SCHEMA_URL } from '../package-files.js';

/**
 * The `schema` command's output. For the newest release, the schema file byte for byte (it
 * describes every release, and the newest accepts all of its values); for an older release, the
 * same schema without the values that release lacks. A bundled or relocated copy without the
 * file prints the embedded copy, the same schema (codegen keeps them in step).
 */
export function readValuesSchema(release: ChartRelease = NEWEST_CHART_RELEASE): string {
  if (release === NEWEST_CHART_RELEASE) {
    try {
      return readFileSync(VALUES_SCHEMA_URL, 'utf8');
    } catch {
      // Printed from the embedded copy below.
    }
  }
  return `${JSON.stringify(createValuesSchema(release), null, 2)}\n`;
}
