#!/usr/bin/env node
// Bundles the CLI (dist/cli/main.js, compiled by tsc) and everything it imports into one file,
// dist/cli/gitlab-agent-manifests.cjs, then writes V8's code cache for it. bin/load-cli.js loads
// both. Node then reads and compiles one file instead of resolving and loading about sixty
// modules, and compiles little of it: start-up is most of a CLI run. Commands the CLI imports
// lazily stay lazy (their code only runs when they do). kubernetes-models stays outside: its
// validators are required one by one, by path, when a Kubernetes-typed value is first validated.
// The bundle sits in dist/cli so that paths the CLI resolves from its own module stay right.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(ROOT, 'dist/cli/main.js')],
  outfile: join(ROOT, 'dist/cli/gitlab-agent-manifests.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['kubernetes-models'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
});

// `generate --fleet` renders on worker threads, which the bundled CLI finds beside itself
// (render-fleet.ts: ./fleet/render-worker.js from its module): one file for each to load, too.
await build({
  entryPoints: [join(ROOT, 'dist/fleet/render-worker.js')],
  outfile: join(ROOT, 'dist/cli/fleet/render-worker.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['kubernetes-models'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
});

/**
 * What bin/load-cli.cjs needs to stand in for @kubernetes-models/validate's formats: for each
 * format, whether it is ajv-formats' own object, or data (strings, numbers, booleans and regular
 * expressions without state) that can be rebuilt exactly; anything else is left to the real module.
 */
function recordKubernetesFormats() {
  const modelsRequire = createRequire(createRequire(join(ROOT, 'dist/cli/main.js')).resolve('kubernetes-models/package.json'));
  const validatePath = modelsRequire.resolve('@kubernetes-models/validate');
  const validateRequire = createRequire(validatePath);
  const real = validateRequire(validatePath);
  const { fullFormats } = validateRequire('ajv-formats/dist/formats.js');
  /** @type {Record<string, unknown>} */
  const formats = {};
  for (const [name, format] of Object.entries(real.formats)) {
    if (format === fullFormats[name]) formats[name] = { from: 'ajv-formats' };
    else formats[name] = asData(format) ?? { from: 'module' };
  }
  const version = validateRequire('../package.json').version;
  writeFileSync(
    join(ROOT, 'dist/cli/kubernetes-formats.json'),
    `${JSON.stringify({ version, exports: Object.keys(real), formats }, null, 2)}\n`,
  );
}

/**
 * @param {unknown} format
 * @returns {{ from: 'data', data: Record<string, unknown> } | undefined}
 */
function asData(format) {
  if (format === null || typeof format !== 'object' || Object.getPrototypeOf(format) !== Object.prototype) return undefined;
  /** @type {Record<string, unknown>} */
  const data = {};
  for (const [key, value] of Object.entries(format)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) data[key] = value;
    else if (value instanceof RegExp && !value.global && !value.sticky) data[key] = { source: value.source, flags: value.flags };
    else return undefined;
  }
  return { from: 'data', data };
}

/**
 * Runs the CLI in this process without any output, so V8 compiles what a real run needs.
 *
 * @param {{ run: typeof import('../src/cli/run.js').run }} cli the bundle's exports
 * @param {string[]} argv
 */
async function exercise(cli, argv) {
  const io = {
    stdout: () => {},
    stderr: () => {},
    readStdin: async () => new Uint8Array(0),
    readFile: () => {
      throw new Error('no files while warming up');
    },
    env: {},
    cwd: ROOT,
  };
  await cli.run(argv, io);
}

recordKubernetesFormats();
const { loadCli, CACHE_PATH } = (await import(pathToFileURL(join(ROOT, 'bin/load-cli.cjs')).href)).default;
const { cli, script } = loadCli({ useCache: false });
await exercise(cli, ['generate', '--agent-token', 'glagent-build-cache', '--kas-address', 'wss://kas.example.com']);
await exercise(cli, [
  'validate',
  '--set',
  'config.token=glagent-build-cache',
  '--set',
  'resources.requests.cpu=100m',
  '--set-json',
  'extraEnv=[{"name":"HTTPS_PROXY","value":"http://proxy:3128"}]',
  '--set-json',
  'tolerations=[{"key":"k","operator":"Exists"}]',
]);
writeFileSync(CACHE_PATH, script.createCachedData());
