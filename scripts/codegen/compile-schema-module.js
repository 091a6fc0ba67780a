// One generated module per JSON schema: its TypeScript types (json-schema-to-typescript, with each
// description and default as a doc comment) and the schema itself, embedded so the library reads
// no files at run time. generate-values-types.js and generate-agent-config-types.js use it.
import { compile } from 'json-schema-to-typescript';
import { formatBanner } from './format-banner.js';

/** @import { JSONSchema } from 'json-schema-to-typescript' */

/**
 * @param {{
 *   schema: Record<string, unknown> & { title?: string },
 *   schemaPath: string,
 *   outputPath: string,
 *   fallbackTitle: string,
 *   constName: string,
 *   what: string,
 *   generator: string,
 * }} options `what` names the schema in the constant's doc comment; `generator` is the caller's import.meta.url
 * @returns {Promise<{ path: string, content: string }>}
 */
export async function compileSchemaModule({ schema, schemaPath, outputPath, fallbackTitle, constName, what, generator }) {
  const types = await compile(/** @type {JSONSchema} */ (withDefaultsInDescriptions(schema)), schema.title ?? fallbackTitle, {
    bannerComment: formatBanner({ sources: [schemaPath], generator }),
    additionalProperties: false,
    unknownAny: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const content = [
    types.trimEnd(),
    '',
    `/** ${what} (${schemaPath}), embedded so the library reads no files at run time. */`,
    `export const ${constName}: Readonly<Record<string, unknown>> = ${JSON.stringify(schema, null, 2)};`,
    '',
  ].join('\n');
  return { path: outputPath, content };
}

/**
 * Adds each default to its description, so editors and the doc comments show it.
 *
 * @param {unknown} node a schema node, or any value inside one
 * @returns {unknown}
 */
function withDefaultsInDescriptions(node) {
  if (Array.isArray(node)) return node.map(withDefaultsInDescriptions);
  if (node === null || typeof node !== 'object') return node;
  /** @type {Record<string, unknown>} */
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === 'default' || key === 'const' || key === 'enum' || key === 'examples' ? value : withDefaultsInDescriptions(value);
  }
  const { default: fallback } = /** @type {{ default?: unknown }} */ (node);
  if (typeof copy['description'] === 'string' && fallback !== undefined) {
    copy['description'] = `${copy['description']}\n\n@default ${JSON.stringify(fallback)}`;
  }
  return copy;
}
