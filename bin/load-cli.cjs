// Loads the bundled CLI (dist/cli/gitlab-agent-manifests.cjs) the way Node loads a CommonJS
// module, but with V8's code cache (dist/cli/gitlab-agent-manifests.cache, written by the build):
// compiling the CLI's code costs a CLI run more than most of its work. Node 22's module compile
// cache does the same; Node 20 has none. A cache from another Node version is rejected by V8 and
// the code is compiled as usual. CommonJS, so that Node's built-in modules load without the
// ES module facades (node:fs alone would load its streams).
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE_PATH = join(__dirname, '..', 'dist', 'cli', 'gitlab-agent-manifests.cjs');
const CACHE_PATH = BUNDLE_PATH.replace(/\.cjs$/, '.cache');

/** The bundle's exports (`run`, `createProcessIo`), and its compiled script for the build to cache. */
function loadCli({ useCache = true } = {}) {
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CACHE_PATH);
    } catch {
      // no cache: compile as usual
    }
  }
  const script = new Script(Module.wrap(readFileSync(BUNDLE_PATH, 'utf8')), { filename: BUNDLE_PATH, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE_PATH), module, BUNDLE_PATH, dirname(BUNDLE_PATH));
  return { cli: module.exports, script };
}

module.exports = { loadCli, BUNDLE_PATH, CACHE_PATH };
