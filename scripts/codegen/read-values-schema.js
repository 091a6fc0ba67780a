// Reads schemas/values.schema.json, the source of the values types, chart/values.yaml, the
// validator and the list of secret values.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const SCHEMA_PATH = 'schemas/values.schema.json';

/**
 * A node of the values schema: the keywords codegen walks, and any other keyword or annotation.
 *
 * @typedef {{
 *   properties?: Record<string, SchemaNode>,
 *   additionalProperties?: boolean | SchemaNode,
 *   items?: SchemaNode,
 *   default?: unknown,
 *   description?: string,
 *   title?: string,
 *   [keyword: string]: unknown,
 * }} SchemaNode
 */

/** @returns {Promise<SchemaNode>} */
export async function readValuesSchema() {
  return JSON.parse(await readFile(fileURLToPath(new URL(`../../${SCHEMA_PATH}`, import.meta.url)), 'utf8'));
}
