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
const FORMATS_PATH = join(dirname(BUNDLE_PATH), 'kubernetes-formats.json');

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
  // Set up only when a Kubernetes-typed value is first validated (src/check/schema/kubernetes-types.ts).
  globalThis[Symbol.for('gitlab-agent-manifests.before-kubernetes-models-load')] = installKubernetesFormats;
  const script = new Script(Module.wrap(readFileSync(BUNDLE_PATH, 'utf8')), { filename: BUNDLE_PATH, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE_PATH), module, BUNDLE_PATH, dirname(BUNDLE_PATH));
  return { cli: module.exports, script };
}

/**
 * kubernetes-models' validators take three formats (int32, int64, quantity) from
 * @kubernetes-models/validate, whose index also loads every other format and ajv-i18n: about
 * 45 ms of a `validate` run. Before the first validator loads, this puts in Node's module cache, under that
 * module's own path, an object with the same exports: the formats ajv-formats defines are that
 * very module's objects, the ones defined as data (quantity's regular expression) are rebuilt
 * from what the build read out of the installed version (dist/cli/kubernetes-formats.json), and
 * everything else loads the real module on first use. A different installed version, or
 * anything unexpected, leaves Node's loading alone.
 */
function installKubernetesFormats() {
  try {
    const recorded = JSON.parse(readFileSync(FORMATS_PATH, 'utf8'));
    const modelsRequire = Module.createRequire(Module.createRequire(BUNDLE_PATH).resolve('kubernetes-models/package.json'));
    const validatePath = modelsRequire.resolve('@kubernetes-models/validate');
    const validateRequire = Module.createRequire(validatePath);
    if (validateRequire('../package.json').version !== recorded.version || require.cache[validatePath]) return;
    const { fullFormats } = validateRequire('ajv-formats/dist/formats.js');

    const shim = new Module(validatePath, null);
    shim.filename = validatePath;
    shim.loaded = true;
    let real;
    const loadReal = () => {
      if (real === undefined) {
        delete require.cache[validatePath];
        try {
          real = require(validatePath);
        } finally {
          require.cache[validatePath] = shim;
        }
      }
      return real;
    };
    const formats = {};
    for (const [name, source] of Object.entries(recorded.formats)) {
      let rebuilt;
      const get =
        source.from === 'ajv-formats'
          ? () => fullFormats[name]
          : source.from === 'data'
            ? () => (rebuilt ??= rebuildFormat(source.data))
            : () => loadReal().formats[name];
      Object.defineProperty(formats, name, { get, enumerable: true, configurable: true });
    }
    for (const name of recorded.exports) {
      const get = name === 'formats' ? () => formats : () => loadReal()[name];
      Object.defineProperty(shim.exports, name, { get, enumerable: true, configurable: true });
    }
    require.cache[validatePath] = shim;
  } catch {
    // not installed as expected: the validators load @kubernetes-models/validate themselves
  }
}

function rebuildFormat(data) {
  const format = {};
  for (const [key, value] of Object.entries(data)) {
    format[key] = value !== null && typeof value === 'object' ? new RegExp(value.source, value.flags) : value;
  }
  return format;
}

module.exports = { loadCli, installKubernetesFormats, BUNDLE_PATH, CACHE_PATH, FORMATS_PATH };
