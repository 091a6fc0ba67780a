// Writes src/generated/kubernetes-validators/<type>.cjs: for each Kubernetes type the values schema
// names (`x-kubernetes-type`), the validator kubernetes-models ships precompiled (ajv standalone
// code), bundled with every validator it requires into one file. At run time one file is read per
// type, from a path known in advance: no package `exports` resolution, no dozens of small modules,
// and none of @kubernetes-models/validate's index, which loads every format ajv-formats and its
// draft-2019 companion define, and ajv-i18n, to use three or four of them. Together that was about
// 11 ms of a cold `validate` of a typical values file.
//
// The validators read their formats from `@kubernetes-models/validate`. The bundle gets a module of
// that name holding only the formats the validators use, each the installed package's own: a
// format that is ajv-formats' object is taken from ajv-formats (bundled in), one that is data (a
// regular expression: `quantity`) is rebuilt from the installed package's value at codegen time,
// and anything else fails codegen. test/kubernetes-validators.test.ts compares every generated
// validator with kubernetes-models' own on arbitrary values.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { KUBERNETES_TYPE_KEYWORD } from './generate-values-validator.js';
import { SCHEMA_PATH, readValuesSchema } from './read-values-schema.js';
import { formatBanner } from './format-banner.js';
import { MODELS_ROOT, kubernetesModelsValidatorPath } from './kubernetes-models-validators.js';

/** Where the generated validators go; src/check/schema/kubernetes-types.ts loads them from there. */
const KUBERNETES_VALIDATORS_DIR = 'src/generated/kubernetes-validators';

const modelsRequire = createRequire(join(MODELS_ROOT, 'package.json'));
const VALIDATE_PATH = modelsRequire.resolve('@kubernetes-models/validate');
const validateRequire = createRequire(VALIDATE_PATH);
const AJV_FORMATS_PATH = validateRequire.resolve('ajv-formats/dist/formats.js');
const VIRTUAL_FORMATS = 'kubernetes-formats';

/**
 * The type names the values schema uses, sorted.
 *
 * @returns {Promise<string[]>}
 */
async function listKubernetesTypes() {
  const schema = await readValuesSchema();
  /** @type {Set<string>} */
  const types = new Set();
  /** @param {unknown} node */
  const walk = (node) => {
    if (node === null || typeof node !== 'object') return;
    const typeName = /** @type {Record<string, unknown>} */ (node)[KUBERNETES_TYPE_KEYWORD];
    if (typeof typeName === 'string') types.add(typeName);
    for (const child of Object.values(node)) walk(child);
  };
  walk(schema);
  return [...types].sort();
}

/**
 * The source of the stand-in for `@kubernetes-models/validate`: `formats` with exactly the
 * formats `used`, each as the installed package defines it.
 *
 * @param {ReadonlySet<string>} used
 * @returns {string}
 */
function formatsModuleSource(used) {
  const { formats } = validateRequire(VALIDATE_PATH);
  const { fullFormats } = validateRequire(AJV_FORMATS_PATH);
  const lines = [`const { fullFormats } = require(${JSON.stringify(AJV_FORMATS_PATH)});`, 'exports.formats = {'];
  for (const name of [...used].sort()) {
    const format = formats[name];
    if (format === undefined) throw new Error(`@kubernetes-models/validate has no format ${name}`);
    if (format === fullFormats[name]) {
      lines.push(`  ${JSON.stringify(name)}: fullFormats[${JSON.stringify(name)}],`);
      continue;
    }
    lines.push(`  ${JSON.stringify(name)}: ${formatAsData(name, format)},`);
  }
  lines.push('};');
  return lines.join('\n');
}

/**
 * A format defined as data (strings, numbers, booleans, regular expressions without state), as
 * source text; anything else (a function of the package's own) fails codegen, to be looked at.
 *
 * @param {string} name
 * @param {unknown} format
 * @returns {string}
 */
function formatAsData(name, format) {
  if (format === null || typeof format !== 'object' || Object.getPrototypeOf(format) !== Object.prototype) {
    throw new Error(`the format ${name} of @kubernetes-models/validate is not data; teach generate-kubernetes-validators.js to carry it`);
  }
  const fields = Object.entries(format).map(([key, value]) => {
    if (['string', 'number', 'boolean'].includes(typeof value)) return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (value instanceof RegExp && !value.global && !value.sticky) {
      return `${JSON.stringify(key)}: new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
    }
    throw new Error(`the format ${name} of @kubernetes-models/validate holds ${key}, which is not data`);
  });
  return `{ ${fields.join(', ')} }`;
}

/**
 * One bundle: the type's validator and everything it requires, `validate` exported.
 *
 * @param {string} typeName
 * @param {string} formatsSource
 * @returns {Promise<string>}
 */
async function bundleValidator(typeName, formatsSource) {
  const validatorPath = kubernetesModelsValidatorPath(typeName);
  const result = await build({
    stdin: {
      contents: `module.exports = require(${JSON.stringify(validatorPath)});`,
      resolveDir: dirname(validatorPath),
      loader: 'js',
    },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    charset: 'ascii',
    logLevel: 'silent',
    plugins: [
      {
        name: 'kubernetes-formats',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^@kubernetes-models\/validate$/ }, () => ({
            path: VIRTUAL_FORMATS,
            namespace: VIRTUAL_FORMATS,
          }));
          pluginBuild.onLoad({ filter: /.*/, namespace: VIRTUAL_FORMATS }, () => ({
            contents: formatsSource,
            resolveDir: dirname(AJV_FORMATS_PATH),
            loader: 'js',
          }));
        },
      },
    ],
  });
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error(`esbuild wrote nothing for ${typeName}`);
  return text;
}

/**
 * The formats the precompiled validators read from `@kubernetes-models/validate`: every
 * `_validate.formats.<name>` or `_validate.formats["<name>"]` in the files the types' validators
 * require, at any depth (one esbuild pass lists those files).
 *
 * @param {readonly string[]} typeNames
 * @returns {Promise<Set<string>>}
 */
async function findUsedFormats(typeNames) {
  const result = await build({
    stdin: {
      contents: typeNames.map((typeName) => `require(${JSON.stringify(kubernetesModelsValidatorPath(typeName))});`).join('\n'),
      resolveDir: MODELS_ROOT,
      loader: 'js',
    },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    external: ['@kubernetes-models/validate'],
    absWorkingDir: MODELS_ROOT,
    logLevel: 'silent',
  });
  /** @type {Set<string>} */
  const used = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input === '<stdin>') continue;
    const source = readFileSync(join(MODELS_ROOT, input), 'utf8');
    for (const match of source.matchAll(/_validate\.formats(?:\.([A-Za-z0-9_$]+)|\[("[^"]+")\])/g)) {
      used.add(match[1] ?? JSON.parse(/** @type {string} */ (match[2])));
    }
  }
  return used;
}

/**
 * @returns {Promise<{ path: string, content: string }[]>}
 */
export async function generateKubernetesValidators() {
  const typeNames = await listKubernetesTypes();
  const formatsSource = formatsModuleSource(await findUsedFormats(typeNames));
  const version = modelsRequire('./package.json').version;
  const banner = [
    formatBanner({ sources: [SCHEMA_PATH, 'node_modules/kubernetes-models'], generator: import.meta.url }),
    `// From kubernetes-models ${version}, minified by esbuild.`,
  ].join('\n');
  const files = [];
  for (const typeName of typeNames) {
    const text = await bundleValidator(typeName, formatsSource);
    files.push({ path: `${KUBERNETES_VALIDATORS_DIR}/${typeName}.cjs`, content: `${banner}\n${text}` });
  }
  return files;
}
