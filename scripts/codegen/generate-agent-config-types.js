// src/generated/agent-config.ts: the TypeScript types of the agent configuration file
// (`AgentConfig` and its parts, with the schema's descriptions and defaults as doc comments), and
// the schema itself as AGENT_CONFIG_SCHEMA, which `config validate` walks, so the library reads no
// files at run time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { formatBanner } from './format-banner.js';

/** @import { JSONSchema } from 'json-schema-to-typescript' */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AGENT_CONFIG_SCHEMA_PATH = 'schemas/agent-config.schema.json';
const OUTPUT_PATH = 'src/generated/agent-config.ts';

/** @returns {Promise<Record<string, unknown> & { title?: string }>} */
async function readAgentConfigSchema() {
  return JSON.parse(await readFile(join(ROOT, AGENT_CONFIG_SCHEMA_PATH), 'utf8'));
}

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateAgentConfigTypes() {
  const schema = await readAgentConfigSchema();
  const types = await compile(/** @type {JSONSchema} */ (withDefaultsInDescriptions(schema)), schema.title ?? 'AgentConfig', {
    bannerComment: formatBanner({ sources: [AGENT_CONFIG_SCHEMA_PATH], generator: import.meta.url }),
    additionalProperties: false,
    unknownAny: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const content = [
    types.trimEnd(),
    '',
    `/** The agent configuration schema (${AGENT_CONFIG_SCHEMA_PATH}), embedded so the library reads no files at run time. */`,
    `export const AGENT_CONFIG_SCHEMA: Readonly<Record<string, unknown>> = ${JSON.stringify(schema, null, 2)};`,
    '',
  ].join('\n');
  return { path: OUTPUT_PATH, content };
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
