// src/generated/values.ts: the TypeScript types of the values, with each schema description
// (and default) as a doc comment, and the schema itself embedded for the library.
import { compile } from 'json-schema-to-typescript';
import { SCHEMA_PATH, readValuesSchema } from './read-values-schema.js';
import { formatBanner } from './format-banner.js';

/**
 * @import { JSONSchema } from 'json-schema-to-typescript'
 * @import { SchemaNode } from './read-values-schema.js'
 */

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateValuesTypes() {
  const schema = await readValuesSchema();
  const types = await compile(/** @type {JSONSchema} */ (withDefaultsInDescriptions(schema)), schema.title ?? 'Values', {
    bannerComment: formatBanner({ sources: [SCHEMA_PATH], generator: import.meta.url }),
    additionalProperties: false,
    unknownAny: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const content = [
    types.trimEnd(),
    '',
    `/** The values schema (${SCHEMA_PATH}), embedded so the library reads no files at run time. */`,
    `export const VALUES_SCHEMA: Readonly<Record<string, unknown>> = ${JSON.stringify(schema, null, 2)};`,
    '',
  ].join('\n');
  return { path: 'src/generated/values.ts', content };
}

/**
 * Adds each default to its description, so editors show it in the doc comment.
 *
 * @param {unknown} node a schema node, or any value inside one
 * @returns {unknown}
 */
function withDefaultsInDescriptions(node) {
  if (Array.isArray(node)) return node.map(withDefaultsInDescriptions);
  if (node === null || typeof node !== 'object') return node;
  /** @type {SchemaNode} */
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === 'default' || key === 'const' || key === 'enum' ? value : withDefaultsInDescriptions(value);
  }
  const { default: fallback } = /** @type {SchemaNode} */ (node);
  if (typeof copy.description === 'string' && fallback !== undefined) {
    copy.description = `${copy.description}\n\n@default ${JSON.stringify(fallback)}`;
  }
  return copy;
}
