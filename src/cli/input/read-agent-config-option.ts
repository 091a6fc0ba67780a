/**
 * `--agent-config PATH` of generate and validate: the agent configuration file whose modules
 * `rbac.profile=least-privilege` grants rules for, read and checked as `config validate` checks
 * it; a file GitLab would refuse is an error naming the file, line and column.
 */
import { parseAgentConfig } from '../../agent-config/validate-agent-config.js';
import type { AgentConfig } from '../../generated/agent-config.js';
import type { CliIo } from '../cli-io.js';
import { readFlagFile } from './read-flag-file.js';
import { MAX_VALUES_FILE_BYTES } from '../../sources/values-limits.js';

export function readAgentConfigOption(path: string | undefined, io: CliIo): AgentConfig | undefined {
  if (path === undefined) return undefined;
  const bytes = readFlagFile(io, '--agent-config', path, MAX_VALUES_FILE_BYTES);
  // As bytes: the agent configuration reader tells invalid UTF-8 apart itself.
  return parseAgentConfig(bytes, { path });
}
