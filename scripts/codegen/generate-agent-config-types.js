// src/generated/agent-config.ts: the TypeScript types of the agent configuration file
// (`AgentConfig` and its parts, with the schema's descriptions and defaults as doc comments), and
// the schema itself as AGENT_CONFIG_SCHEMA, which `config validate` walks, so the library reads no
// files at run time.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchemaModule } from './compile-schema-module.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AGENT_CONFIG_SCHEMA_PATH = 'schemas/agent-config.schema.json';
const OUTPUT_PATH = 'src/generated/agent-config.ts';

/** @returns {Promise<Record<string, unknown> & { title?: string }>} */
async function readAgentConfigSchema() {
  return JSON.parse(await readFile(join(ROOT, AGENT_CONFIG_SCHEMA_PATH), 'utf8'));
}

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateAgentConfigTypes() {
  return compileSchemaModule({
    schema: await readAgentConfigSchema(),
    schemaPath: AGENT_CONFIG_SCHEMA_PATH,
    outputPath: OUTPUT_PATH,
    fallbackTitle: 'AgentConfig',
    constName: 'AGENT_CONFIG_SCHEMA',
    what: 'The agent configuration schema',
    generator: import.meta.url,
  });
}
