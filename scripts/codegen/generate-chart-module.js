// Compiles chart/Chart.yaml and chart/values.yaml into src/generated/chart-files.ts, so the
// library reads no files at run time and bundles into one file. The templates are compiled
// separately (generate-template-module.js); their sources are not shipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CHART_DIR } from './read-chart-sources.js';
import { formatBanner } from './format-banner.js';

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateChartModule() {
  const chart = /** @type {{ name: string, version: string, appVersion: string }} */ (
    yaml.load(await readFile(join(CHART_DIR, 'Chart.yaml'), 'utf8'))
  );
  const defaults = yaml.load(await readFile(join(CHART_DIR, 'values.yaml'), 'utf8')) ?? {};
  const metadata = { name: chart.name, version: chart.version, appVersion: chart.appVersion };
  const content = [
    formatBanner({ sources: ['chart/Chart.yaml', 'chart/values.yaml'], generator: import.meta.url }),
    '',
    `export const CHART_METADATA = ${JSON.stringify(metadata, null, 2)} as const;`,
    '',
    "/** chart/values.yaml: the chart's default values. */",
    `export const DEFAULT_VALUES: { readonly [key: string]: unknown } = ${JSON.stringify(defaults, null, 2)};`,
    '',
  ].join('\n');
  return { path: 'src/generated/chart-files.ts', content };
}
