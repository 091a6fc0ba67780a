// Lists the values the schema marks secret (`x-secret`) in src/generated/secret-values.ts, with
// the data keys of the chart's Secrets that the templates store each one under. The merge
// warnings, the `values` redaction and the note that rendered output is sensitive all read
// this one list. Codegen fails when a template writes a secret value anywhere but directly
// into a Secret's data, so the list of data keys is complete.
import Handlebars from 'handlebars';
import { findValuesUses } from './find-values-uses.js';
import { readChartSources } from './read-chart-sources.js';
import { SECRET_KEYWORD, SECRET_KINDS } from './generate-values-validator.js';
import { SCHEMA_PATH, readValuesSchema } from './read-values-schema.js';
import { formatBanner } from './format-banner.js';

/**
 * @import { ParsedTemplate, ValuesWrite } from './find-values-uses.js'
 * @import { SchemaNode } from './read-values-schema.js'
 */

/**
 * A value the schema marks secret: its path (with `*` for any key or item), its kind, and
 * the Secret data keys the templates store it under.
 *
 * @typedef {{ path: string[], kind: string, secretDataKeys: string[] }} SecretValue
 */

const OUTPUT_PATH = 'src/generated/secret-values.ts';
/** Any key of a map or item of a list, in a path below `additionalProperties` or `items`. */
const ANY = '*';
/** A template that renders a Secret; each chart template renders at most one object. */
const SECRET_KIND_LINE = /^kind: Secret$/m;

/**
 * Every schema node marked `x-secret`, in schema order.
 *
 * @param {SchemaNode} node
 * @param {string[]} [path]
 * @returns {{ path: string[], kind: string }[]}
 */
function findSecretNodes(node, path = []) {
  const kind = node[SECRET_KEYWORD];
  const found = kind === undefined ? [] : [{ path, kind: String(kind) }];
  for (const [key, child] of Object.entries(node.properties ?? {})) found.push(...findSecretNodes(child, [...path, key]));
  if (typeof node.additionalProperties === 'object') found.push(...findSecretNodes(node.additionalProperties, [...path, ANY]));
  if (typeof node.items === 'object') found.push(...findSecretNodes(node.items, [...path, ANY]));
  return found;
}

/**
 * @param {readonly string[]} pattern
 * @param {readonly string[]} segments
 * @returns {boolean}
 */
function matches(pattern, segments) {
  return pattern.length === segments.length && pattern.every((segment, index) => segment === ANY || segment === segments[index]);
}

/**
 * Whether `segments` is a map above the secret at `pattern` (writing it would write the secret).
 *
 * @param {readonly string[]} segments
 * @param {readonly string[]} pattern
 * @returns {boolean}
 */
function holds(segments, pattern) {
  return segments.length < pattern.length && segments.every((segment, index) => pattern[index] === ANY || pattern[index] === segment);
}

/**
 * The Secret data keys each secret is written under, by path text; throws where one is written
 * any other way.
 *
 * @param {readonly { path: string[] }[]} secrets
 * @param {readonly (ParsedTemplate & { source: string })[]} templates
 * @param {readonly ValuesWrite[]} writes
 * @returns {Map<string, Set<string>>}
 */
function findSecretDataKeys(secrets, templates, writes) {
  /** @type {Map<string, Set<string>>} */
  const dataKeys = new Map(secrets.map(({ path }) => [path.join('.'), new Set()]));
  const secretTemplates = new Set(templates.filter(({ source }) => SECRET_KIND_LINE.test(source)).map(({ name }) => name));
  for (const write of writes) {
    for (const { path } of secrets) {
      const name = `Values.${path.join('.')}`;
      if (holds(write.segments, path)) {
        throw new Error(
          `${write.where}: writes Values.${write.segments.join('.')}, which holds the secret ${name}; write each value on its own`,
        );
      }
      if (!matches(path, write.segments)) continue;
      if (!secretTemplates.has(write.template) || write.throughPartial || write.key === undefined) {
        throw new Error(
          `${write.where}: ${name} is secret (${SECRET_KEYWORD}) and may only be written directly as \`key: {{q …}}\` into a Secret's data`,
        );
      }
      dataKeys.get(path.join('.'))?.add(write.key);
    }
  }
  return dataKeys;
}

/**
 * Every value `schema` marks secret, in schema order, as { path, kind, secretDataKeys }. Throws
 * where a template writes one other than directly into a Secret's data.
 *
 * @param {{
 *   schema: SchemaNode,
 *   templates: readonly (ParsedTemplate & { source: string })[],
 *   partialAsts: ReadonlyMap<string, hbs.AST.Program>,
 * }} chart
 * @returns {SecretValue[]}
 */
export function findSecretValues({ schema, templates, partialAsts }) {
  const secrets = findSecretNodes(schema);
  const dataKeys = findSecretDataKeys(secrets, templates, findValuesUses(templates, partialAsts).writes);
  return secrets.map(({ path, kind }) => ({ path, kind, secretDataKeys: [...(dataKeys.get(path.join('.')) ?? [])].sort() }));
}

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateSecretValues() {
  const templates = (await readChartSources('templates')).map(({ name, source }) => ({ name, source, ast: Handlebars.parse(source) }));
  const partialAsts = new Map((await readChartSources('partials')).map(({ name, source }) => [name, Handlebars.parse(source)]));
  const secrets = findSecretValues({ schema: await readValuesSchema(), templates, partialAsts });
  const entries = secrets.map(
    ({ path, kind, secretDataKeys }) =>
      `  { path: ${JSON.stringify(path)}, kind: ${JSON.stringify(kind)}, secretDataKeys: ${JSON.stringify(secretDataKeys)} },`,
  );
  const content = [
    formatBanner({ sources: [SCHEMA_PATH, 'chart/templates'], generator: import.meta.url }),
    '',
    `/** The kinds of \`${SECRET_KEYWORD}\`: see SECRET_KINDS in scripts/codegen/generate-values-validator.js. */`,
    `export type SecretKind = ${SECRET_KINDS.map((kind) => JSON.stringify(kind)).join(' | ')};`,
    '',
    'export interface SecretValue {',
    `  /** The values path; \`${ANY}\` stands for any key of a map or item of a list. */`,
    '  readonly path: readonly string[];',
    '  /** `credential`: a token or private key. `public-key`: public, but hidden all the same. */',
    '  readonly kind: SecretKind;',
    "  /** The data keys of the chart's Secrets that the templates store it under. */",
    '  readonly secretDataKeys: readonly string[];',
    '}',
    '',
    `/** Every value the schema marks \`${SECRET_KEYWORD}\`, in schema order. */`,
    'export const SECRET_VALUES: readonly SecretValue[] = [',
    ...entries,
    '];',
    '',
  ].join('\n');
  return { path: OUTPUT_PATH, content };
}
