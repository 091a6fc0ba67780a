#!/usr/bin/env node
// Bundles the CLI (dist/cli/main.js, compiled by tsc) and everything it imports into one file,
// dist/cli/gitlab-agent-manifests.cjs, then writes V8's code cache for it. bin/load-cli.js loads
// both. Node then reads and compiles one file instead of resolving and loading about sixty
// modules, and compiles little of it: start-up is most of a CLI run. Commands the CLI imports
// lazily stay lazy (their code only runs when they do). kubernetes-models stays outside: its
// validators are required one by one, by path, when a Kubernetes-typed value is first validated.
// The bundle sits in dist/cli so that paths the CLI resolves from its own module stay right.
import { writeFileSync } from 'node:fs';
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
  minify: false,
  keepNames: false,
  logLevel: 'warning',
});

/** Runs the CLI in this process without any output, so V8 compiles what a real run needs. */
async function exercise(cli, argv) {
  const io = {
    stdout: () => {},
    stderr: () => {},
    readStdin: async () => '',
    readFile: () => {
      throw new Error('no files while warming up');
    },
    env: {},
    cwd: ROOT,
  };
  await cli.run(argv, io);
}

const { loadCli, CACHE_PATH } = (await import(pathToFileURL(join(ROOT, 'bin/load-cli.cjs')).href)).default;
const { cli, script } = loadCli({ useCache: false });
await exercise(cli, ['generate', '--agent-token', 'glagent-build-cache', '--kas-address', 'wss://kas.example.com']);
await exercise(cli, ['validate', '--set', 'config.token=glagent-build-cache', '--set', 'resources.requests.cpu=100m']);
writeFileSync(CACHE_PATH, script.createCachedData());
