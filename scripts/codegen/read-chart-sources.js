// Reads the chart's Handlebars sources (chart/templates, chart/partials). Codegen compiles them;
// test/compile-templates.test.ts renders the same files with Handlebars as the reference. They
// are not compiled into the library: it ships only the generated functions.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHART_DIR = fileURLToPath(new URL('../../chart', import.meta.url));

/**
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return files.flat().sort();
}

/**
 * Every `.hbs` file below chart/templates or chart/partials, sorted by path, each named by its
 * path without `.hbs` (`ocs/role.yaml`, `metadata`).
 *
 * @param {'templates' | 'partials'} folder
 * @returns {Promise<{ name: string, source: string }[]>}
 */
export async function readChartSources(folder) {
  const dir = join(CHART_DIR, folder);
  const sources = [];
  for (const file of await listFiles(dir)) {
    if (!file.endsWith('.hbs')) continue;
    const name = relative(dir, file).slice(0, -'.hbs'.length).split('\\').join('/');
    sources.push({ name, source: await readFile(file, 'utf8') });
  }
  return sources;
}
