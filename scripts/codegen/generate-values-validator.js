// Compiles schemas/values.schema.json with ajv at codegen time into standalone validation code
// (src/generated/values-validator.ts), so no process pays for ajv's schema compilation at start-up
// (about 100 ms) and the runtime needs none of ajv but one helper. The code is ajv's own output for
// the same options and keyword definitions that validation used before, so the errors are the same;
// test/values-validator.test.ts compares it with a validator compiled at run time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, _ } from 'ajv';
import yaml from 'js-yaml';
import standalone from 'ajv/dist/standalone/index.js';
import { CHART_DIR } from './read-chart-sources.js';
import { SCHEMA_PATH, readValuesSchema } from './read-values-schema.js';
import { formatBanner } from './format-banner.js';
import { loadKubernetesModelsValidator } from './kubernetes-models-validators.js';

/**
 * @import { Options } from 'ajv'
 * @import { DataValidateFunction } from 'ajv/dist/types/index.js'
 */

const OUTPUT_PATH = 'src/generated/values-validator.ts';

/** Schema annotations that carry no validation: type names for codegen, texts for problems. */
export const ANNOTATION_KEYWORDS = ['tsType', 'x-hint', 'x-value-hint', 'x-message', 'x-problem-code', 'x-fix'];

/** The schema keyword that names a Kubernetes type; src/check/schema/kubernetes-types.ts validates it. */
export const KUBERNETES_TYPE_KEYWORD = 'x-kubernetes-type';

/**
 * The schema annotation that marks a secret value; codegen lists the marked values in
 * src/generated/secret-values.ts. `credential`: a token or private key, never shown, and a
 * rendered Secret holding it makes the output sensitive. `public-key`: public key material
 * hidden all the same, because a private key pasted there by mistake must not leak.
 */
export const SECRET_KEYWORD = 'x-secret';

/** The schema annotation that names the first chart release accepting a value (`2.30.0`). */
export const SINCE_CHART_KEYWORD = 'x-since-chart';
export const SECRET_KINDS = ['credential', 'public-key'];

/**
 * The ajv instance validation uses. `createTypeValidator(typeName)` gives the keyword's function
 * for one Kubernetes type (ajv's `compile` keyword form).
 *
 * @param {(typeName: string) => DataValidateFunction} createTypeValidator
 * @param {Options} [options] added to (and overriding) validation's own
 * @returns {Ajv}
 */
export function createValuesAjv(createTypeValidator, options = {}) {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, messages: false, ...options });
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  // An annotation too, but ajv checks its value against the kinds: a misspelt kind fails codegen.
  ajv.addKeyword({ keyword: SECRET_KEYWORD, metaSchema: { enum: SECRET_KINDS } });
  // The first chart release that accepts the value; src/check/rules/check-release-features.ts refuses it before.
  ajv.addKeyword({ keyword: SINCE_CHART_KEYWORD, metaSchema: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' } });
  ajv.addKeyword({ keyword: KUBERNETES_TYPE_KEYWORD, schemaType: 'string', errors: true, compile: createTypeValidator });
  return ajv;
}

/**
 * Whether kubernetes-models' validator for the type accepts `{}`. The chart's defaults hold
 * empty Kubernetes objects (resources, securityContext, ...); knowing the answer here spares
 * every run loading those validators (tens of milliseconds) only to hear "valid".
 *
 * @param {string} typeName a kubernetes-models type such as `io.k8s.api.core.v1.Toleration`
 * @returns {boolean}
 */
function acceptsEmptyObject(typeName) {
  return loadKubernetesModelsValidator(typeName)({}, { instancePath: '' }) === true;
}

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateValuesValidator() {
  /** @type {Map<DataValidateFunction, string>} */
  const typeNames = new Map();
  const ajv = createValuesAjv(
    (typeName) => {
      const placeholder = () => true;
      typeNames.set(placeholder, typeName);
      return placeholder;
    },
    { code: { source: true, esm: true } },
  );
  const validate = ajv.compile(await readValuesSchema());
  // ajv keeps a compiled keyword function by reference; standalone code needs it as source. The
  // generated module rebuilds each one from its type name with the run-time implementation.
  for (const [placeholder, typeName] of typeNames) {
    const name = ajv.scope.getValue('keyword', placeholder);
    if (!name?.value) throw new Error(`ajv did not keep the ${typeName} keyword in its scope`);
    name.value.code = _`kubernetesTypeValidator(${typeName}, ${acceptsEmptyObject(typeName)})`;
  }
  /** @type {Map<string, string>} ajv runtime module path -> local name */
  const imports = new Map();
  const code = standalone.default(ajv, validate).replace(/require\("(ajv\/dist\/runtime\/[a-z_0-9]+)"\)\.default/g, (_match, path) => {
    const local = imports.get(path) ?? `ajvRuntime${imports.size}`;
    imports.set(path, local);
    return local;
  });
  const defaults = yaml.load(await readFile(join(CHART_DIR, 'values.yaml'), 'utf8')) ?? {};
  // The skip below is sound only if the defaults pass: every block skipped would have passed.
  if (!validate(defaults)) throw new Error(`chart/values.yaml fails ${SCHEMA_PATH}: ${JSON.stringify(validate.errors)}`);
  const shared = skipSharedDefaults(code, defaults);
  const ownKeys = lookUpSchemaKeysInSets(shared.code);
  const content = [
    formatBanner({ sources: [SCHEMA_PATH, 'chart/values.yaml'], generator: import.meta.url }),
    '// @ts-nocheck: ajv standalone validation code',
    '/* eslint-disable */',
    ...[...imports].map(([path, local]) => `import ${local}Module from '${path}.js';`),
    "import { kubernetesTypeValidator } from '../check/schema/kubernetes-types.js';",
    "import { DEFAULT_VALUES } from './chart-files.js';",
    // A CommonJS module's `exports.default`: Node gives the exports object, bundlers the function.
    ...[...imports].map(([, local]) => `const ${local} = typeof ${local}Module === 'function' ? ${local}Module : ${local}Module.default;`),
    // ajv calls keyword functions with `self` (its instance) as `this`; ours do not use it.
    'const self = undefined;',
    ...shared.declarations,
    ownKeys.code,
    // After the schema objects they are built from; the validator runs only once the module has loaded.
    ...ownKeys.declarations,
    '',
  ].join('\n');
  return { path: OUTPUT_PATH, content };
}

/**
 * ajv checks `additionalProperties: false` of a map with many properties (the top level and
 * `config`) by `hasOwnProperty.call(schema.properties, key)` for every key of the data: a look-up
 * in a large object, on every render. The schema objects are constants, so the same question is
 * asked of a Set of their own keys.
 *
 * @param {string} code the validator's code
 * @returns {{ code: string, declarations: string[] }}
 */
function lookUpSchemaKeysInSets(code) {
  /** @type {Map<string, string>} schema expression -> name of its Set */
  const sets = new Map();
  const rewritten = code.replace(
    /\bfunc(\d+)\.call\((schema\d+(?:\.properties(?:\.[A-Za-z_$][\w$]*)?)*), (key\d+)\)/g,
    (match, func, schema, key) => {
      if (!new RegExp(`const func${func} = Object\\.prototype\\.hasOwnProperty;`).test(code)) return match;
      const name = sets.get(schema) ?? `schemaKeys${sets.size}`;
      sets.set(schema, name);
      return `${name}.has(${key})`;
    },
  );
  if (sets.size === 0) throw new Error('ajv code changed: no hasOwnProperty look-up of schema properties found');
  const declarations = [...sets].map(([schema, name]) => `const ${name} = new Set(Object.keys(${schema}));`);
  return { code: rewritten, declarations };
}

/**
 * ajv's code for a property of a `properties` chain from the root reads
 * `if(data3.key !== undefined){let data4 = data3.key;` and validates `data4` inside that block
 * only (it is block-scoped). The renderer merges with mergeValuesSharing, which keeps a map or
 * list of the chart defaults that the user left alone as the very same object; such a value
 * passes its block, since the defaults pass the whole schema (checked above), and a block reads
 * nothing but its own value. So each block whose default is a map or list is skipped for that
 * object: `… !== undefined && data3.key !== sharedDefault7)`. checkValues, which merges into
 * copies, validates everything; test/values-validator.test.ts requires the same problems both ways.
 * Blocks inside lists (`items`) are left alone: their path has an index.
 *
 * @param {string} code ajv's standalone code
 * @param {unknown} defaults the chart's default values
 * @returns {{ code: string, declarations: string[] }}
 */
function skipSharedDefaults(code, defaults) {
  /** @type {Map<string, string[]>} each data variable of a properties chain -> its values path */
  const paths = new Map([['data', []]]);
  /** @type {string[]} */
  const declarations = [];
  const block = /if\((data\d*)(\.[A-Za-z_$][\w$]*|\["(?:[^"\\]|\\.)*"\]) !== undefined\)\{let (data\d+) = \1\2;/g;
  const rewritten = code.replace(block, (match, parent, access, child) => {
    const parentPath = paths.get(parent);
    if (parentPath === undefined) return match;
    const key = access.startsWith('.') ? access.slice(1) : JSON.parse(access.slice(1, -1));
    const path = [...parentPath, key];
    paths.set(child, path);
    const fallback = path.reduce(
      (node, segment) => (node !== null && typeof node === 'object' && Object.hasOwn(node, segment) ? node[segment] : undefined),
      defaults,
    );
    if (fallback === null || typeof fallback !== 'object') return match;
    const name = `sharedDefault${declarations.length}`;
    declarations.push(`const ${name} = DEFAULT_VALUES${path.map((segment) => `[${JSON.stringify(segment)}]`).join('')};`);
    return `if(${parent}${access} !== undefined && ${parent}${access} !== ${name}){let ${child} = ${parent}${access};`;
  });
  if (declarations.length === 0) throw new Error('ajv code changed: no property block of the defaults found to skip');
  return { code: rewritten, declarations };
}
