#!/usr/bin/env node
// Bundles the CLI (dist/cli/main.js, compiled by tsc) and everything it imports into one file,
// dist/cli/gitlab-agent-manifests.cjs, then writes V8's code cache for it. bin/load-cli.js loads
// both. Node then reads and compiles one file instead of resolving and loading about sixty
// modules, and compiles little of it: start-up is most of a CLI run. Commands the CLI imports
// lazily stay lazy (their code only runs when they do). The Kubernetes validators stay outside:
// each is one file of its own (dist/generated/kubernetes-validators/), read when a value of its
// type is first validated.
// The bundle sits in dist/cli so that paths the CLI resolves from its own module stay right.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { TEMPLATE_PLAN_RUNS } from './template-plan-runs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The child process that writes the template plans (see the end of this file) builds nothing. */
const WRITING_PLANS = process.argv.includes('--write-template-plans');

/**
 * What both bundles share. `__KUBERNETES_VALIDATORS_DIR__` is where src/check/schema/kubernetes-types.ts
 * finds the validators: each bundle sits elsewhere in dist/ than that module, so its banner
 * computes the folder (dist/generated/kubernetes-validators/, the library's copy) from its own place.
 */
/** @type {import('esbuild').BuildOptions} */
const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
};
const VALIDATORS_DIR_DEFINE = { __KUBERNETES_VALIDATORS_DIR__: '__kubernetesValidatorsDir' };
const CLI_BUNDLE = join(ROOT, 'dist/cli/gitlab-agent-manifests.cjs');
const WORKER_BUNDLE = join(ROOT, 'dist/cli/fleet/render-worker.js');

if (!WRITING_PLANS) {
  copyKubernetesValidators();
  await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, 'dist/cli/main.js')],
    outfile: CLI_BUNDLE,
    format: 'cjs',
    define: { ...VALIDATORS_DIR_DEFINE, 'import.meta.url': '__bundleUrl' },
    banner: {
      js: [
        "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
        "const __kubernetesValidatorsDir = require('node:path').join(__dirname, '..', 'generated', 'kubernetes-validators');",
      ].join(' '),
    },
  });
  // `generate --fleet` renders on worker threads, which the bundled CLI finds beside itself
  // (render-fleet.ts: ./fleet/render-worker.js from its module): one file for each to load, too.
  await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, 'dist/fleet/render-worker.js')],
    outfile: WORKER_BUNDLE,
    format: 'esm',
    define: VALIDATORS_DIR_DEFINE,
    banner: {
      js: [
        "import { createRequire as __createRequire } from 'node:module';",
        "import { fileURLToPath as __fileURLToPath } from 'node:url';",
        'const require = __createRequire(import.meta.url);',
        "const __kubernetesValidatorsDir = __fileURLToPath(new URL('../../generated/kubernetes-validators/', import.meta.url));",
      ].join(' '),
    },
  });
  for (const bundle of [CLI_BUNDLE, WORKER_BUNDLE]) refuseNonAsciiBundle(bundle);
}

/**
 * The Kubernetes validators codegen bundled (src/generated/kubernetes-validators/*.cjs) go to
 * dist/generated/kubernetes-validators/, which tsc does not write: they are JavaScript that no
 * TypeScript imports. The library loads them from there, and so do the bundles above.
 */
function copyKubernetesValidators() {
  const from = join(ROOT, 'src/generated/kubernetes-validators');
  const to = join(ROOT, 'dist/generated/kubernetes-validators');
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

/**
 * One character outside ASCII makes V8 hold the whole bundle as a two-byte string: Node decodes
 * it about 6 ms slower at every start, and V8 hashes and compiles twice the bytes. esbuild escapes
 * non-ASCII text in strings but not in regular-expression literals, so the source must escape it.
 *
 * @param {string} path
 */
function refuseNonAsciiBundle(path) {
  const text = readFileSync(path, 'latin1');
  const index = text.search(/[^\x00-\x7f]/);
  if (index !== -1) {
    throw new Error(
      `bundle-cli: ${path} holds a character outside ASCII near ${JSON.stringify(text.slice(Math.max(0, index - 40), index + 10))}; write it as a \\u escape in the source`,
    );
  }
}

/**
 * Runs the CLI in this process without any output, so V8 compiles what a real run needs.
 *
 * @param {{ run: typeof import('../src/cli/run.js').run, loadTemplatePlans: typeof import('../src/cli/main.js').loadTemplatePlans }} cli the bundle's exports
 * @param {string[]} argv
 * @param {{ shippedPlans: boolean }} options whether a generate run takes in the shipped plans
 * @returns {Promise<number>} the exit code
 */
async function exercise(cli, argv, { shippedPlans }) {
  const io = {
    stdout: () => {},
    stderr: () => {},
    readStdin: async () => new Uint8Array(0),
    readFile: () => {
      throw new Error('no files while warming up');
    },
    env: {},
    cwd: ROOT,
    // As the real CLI does: a generate run reads its documents through the shipped plans.
    ...(shippedPlans ? { loadTemplatePlans: cli.loadTemplatePlans } : {}),
  };
  return cli.run(argv, io);
}

const { loadCli, CACHE_PATH } = (await import(pathToFileURL(join(ROOT, 'bin/load-cli.cjs')).href)).default;

if (WRITING_PLANS) {
  // The plans of the common configurations (each path's plan is made when it is seen the second
  // time), shipped beside the bundle; the CLI takes them in before it renders. In a process of
  // its own, so that the code cache below holds what a CLI run compiles, not the plans' making.
  const { cli } = loadCli({ useCache: false });
  for (const argv of TEMPLATE_PLAN_RUNS) {
    for (let time = 0; time < 2; time++) {
      if ((await exercise(cli, [...argv], { shippedPlans: false })) !== 0) throw new Error(`bundle-cli: ${argv.join(' ')} does not render`);
    }
  }
  writeFileSync(join(ROOT, 'dist/cli', cli.TEMPLATE_PLANS_FILE), JSON.stringify(await cli.exportTemplatePlans()));
  process.exit(0);
}

const plans = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--write-template-plans'], { stdio: 'inherit' });
if (plans.status !== 0) throw new Error('bundle-cli: writing the template plans failed');
const { cli, script } = loadCli({ useCache: false });
await exercise(cli, ['generate', '--agent-token', 'glagent-build-cache', '--kas-address', 'wss://kas.example.com'], { shippedPlans: true });
await exercise(
  cli,
  [
    'validate',
    '--set',
    'config.token=glagent-build-cache',
    '--set',
    'resources.requests.cpu=100m',
    '--set-json',
    'extraEnv=[{"name":"HTTPS_PROXY","value":"http://proxy:3128"}]',
    '--set-json',
    'tolerations=[{"key":"k","operator":"Exists"}]',
  ],
  { shippedPlans: true },
);
writeFileSync(CACHE_PATH, script.createCachedData());
