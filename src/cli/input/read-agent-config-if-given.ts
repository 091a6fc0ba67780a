/**
 * `--agent-config`, read only when given: the agent configuration's checker (its schema, the
 * formats, croner) is loaded on first use, so the runs that do not name a file never pay for it.
 */
import type { AgentConfig } from '../../generated/agent-config.js';
import type { CliIo } from '../cli-io.js';

export async function readAgentConfigIfGiven(path: string | undefined, io: CliIo): Promise<AgentConfig | undefined> {
  if (path === undefined) return undefined;
  return (await import('./read-agent-config-option.js')).readAgentConfigOption(path, io);
}
