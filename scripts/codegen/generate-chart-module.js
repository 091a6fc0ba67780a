// Compiles chart/ (Chart.yaml, values.yaml, templates/, partials/) into src/generated/chart-files.ts,
// so the library renders without reading files at run time and bundles into one file.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHART_DIR = join(ROOT, 'chart');

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return files.flat().sort();
}

async function readSources(dir, suffix) {
  const sources = {};
  for (const file of await listFiles(dir)) {
    if (!file.endsWith(suffix)) continue;
    sources[relative(dir, file).slice(0, -suffix.length).split('\\').join('/')] = await readFile(file, 'utf8');
  }
  return sources;
}

export async function generateChartModule() {
  const chart = yaml.load(await readFile(join(CHART_DIR, 'Chart.yaml'), 'utf8'));
  const defaults = yaml.load(await readFile(join(CHART_DIR, 'values.yaml'), 'utf8')) ?? {};
  const templates = await readSources(join(CHART_DIR, 'templates'), '.hbs');
  const partials = await readSources(join(CHART_DIR, 'partials'), '.hbs');
  const metadata = { name: chart.name, version: chart.version, appVersion: chart.appVersion };
  const content = [
    '// Generated from chart/ by `npm run codegen`. Do not edit.',
    '',
    `export const CHART_METADATA = ${JSON.stringify(metadata, null, 2)} as const;`,
    '',
    '/** chart/values.yaml: the chart\'s default values. */',
    `export const DEFAULT_VALUES: { readonly [key: string]: unknown } = ${JSON.stringify(defaults, null, 2)};`,
    '',
    '/** chart/templates/*.hbs, keyed by the chart template they reproduce. */',
    `export const TEMPLATES: Readonly<Record<string, string>> = ${JSON.stringify(templates, null, 2)};`,
    '',
    '/** chart/partials/*.hbs, keyed by partial name. */',
    `export const PARTIALS: Readonly<Record<string, string>> = ${JSON.stringify(partials, null, 2)};`,
    '',
  ].join('\n');
  return { path: 'src/generated/chart-files.ts', content };
}
