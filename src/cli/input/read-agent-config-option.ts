/**
 * `--agent-config PATH` of generate and validate: the agent configuration file whose modules
 * `rbac.profile=least-privilege` grants rules for, read and checked as `config validate` checks
 * it; a file GitLab would refuse is an error naming the file, line and column.
 */
import { resolve } from 'node:path';
import { parseAgentConfig } from '../../agent-config/validate-agent-config.js';
import { UsageError } from '../../errors.js';
import type { AgentConfig } from '../../generated/agent-config.js';
import type { CliIo } from '../cli-io.js';
import { describeFsError } from './collect-value-sources.js';

export function readAgentConfigOption(path: string | undefined, io: CliIo): AgentConfig | undefined {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = io.readFile(resolve(io.cwd, path));
  } catch (error) {
    throw new UsageError({ message: `--agent-config: cannot read "${path}": ${describeFsError(error)}`, flag: '--agent-config' });
  }
  return parseAgentConfig(text, { path });
}
