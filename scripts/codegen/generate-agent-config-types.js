// Generates src/generated/agent-config.ts from schemas/agent-config.schema.json: the TypeScript
// types of the agent configuration file (`AgentConfig` and its parts, with the schema's
// descriptions and defaults as doc comments), and the schema itself as AGENT_CONFIG_SCHEMA, which
// `config validate` walks, so the library reads no files at run time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const AGENT_CONFIG_SCHEMA_PATH = 'schemas/agent-config.schema.json';
const OUTPUT_PATH = 'src/generated/agent-config.ts';
const BANNER_TEXT = `generated from ${AGENT_CONFIG_SCHEMA_PATH} by npm run codegen, do not edit`;

export async function readAgentConfigSchema() {
  return JSON.parse(await readFile(join(ROOT, AGENT_CONFIG_SCHEMA_PATH), 'utf8'));
}

export async function generateAgentConfigTypes() {
  const schema = await readAgentConfigSchema();
  const types = await compile(withDefaultsInDescriptions(schema), schema.title, {
    bannerComment: `/* ${BANNER_TEXT} */`,
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

/** Adds each default to its description, so editors and the doc comments show it. */
function withDefaultsInDescriptions(node) {
  if (Array.isArray(node)) return node.map(withDefaultsInDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === 'default' || key === 'const' || key === 'enum' || key === 'examples' ? value : withDefaultsInDescriptions(value);
  }
  if (typeof copy.description === 'string' && node.default !== undefined) {
    copy.description = `${copy.description}\n\n@default ${JSON.stringify(node.default)}`;
  }
  return copy;
}
