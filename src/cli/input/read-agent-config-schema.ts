import { readFileSync } from 'node:fs';
import { AGENT_CONFIG_SCHEMA } from '../../generated/agent-config.js';
import { AGENT_CONFIG_SCHEMA_URL } from '../package-files.js';

/**
 * `config schema`'s output: the schema file byte for byte. A bundled or relocated copy without
 * the file prints the embedded copy, the same schema (codegen keeps them in step).
 */
export function readAgentConfigSchema(): string {
  try {
    return readFileSync(AGENT_CONFIG_SCHEMA_URL, 'utf8');
  } catch {
    return `${JSON.stringify(AGENT_CONFIG_SCHEMA, null, 2)}\n`;
  }
}
