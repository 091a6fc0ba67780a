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
import { formatLimit, isInputTooLarge } from './read-bounded.js';
import { MAX_VALUES_FILE_BYTES } from '../../sources/values-limits.js';

export function readAgentConfigOption(path: string | undefined, io: CliIo): AgentConfig | undefined {
  if (path === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(resolve(io.cwd, path), MAX_VALUES_FILE_BYTES);
  } catch (error) {
    const reason = isInputTooLarge(error) ? `it holds more than ${formatLimit(error.limitBytes)}` : describeFsError(error);
    throw new UsageError({ message: `--agent-config: cannot read "${path}": ${reason}`, flag: '--agent-config' });
  }
  // As bytes: the agent configuration reader tells invalid UTF-8 apart itself.
  return parseAgentConfig(bytes, { path });
}
