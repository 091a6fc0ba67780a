/**
 * The files `config validate` checks: the paths given (`-` is standard input), or every agent's
 * file under the working directory, `.gitlab/agents/*\/config.yaml`, plus any `config.yml` there,
 * which GitLab never reads and so is reported. Files are read as bytes, so that the check can
 * tell invalid UTF-8 apart, and a file far larger than any configuration is refused unread.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AGENT_CONFIG_FILE, AGENTS_FOLDER } from '../../agent-config/check-config-location.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../cli-io.js';
import { describeFsError } from './collect-value-sources.js';
import { formatLimit, isInputTooLarge, readFileBounded } from './read-bounded.js';
import { MAX_VALUES_FILE_BYTES } from '../../sources/values-limits.js';

export interface AgentConfigFileInput {
  /** The file as shown in reports: as typed, relative to the working directory when found, `-` for stdin. */
  readonly label: string;
  /** The absolute path, for the checks of the file's place and agent name; undefined for stdin. */
  readonly path: string | undefined;
  readonly content: Uint8Array | string;
}

/** The largest limit a GitLab instance may be given for this file (the option's own bound): nothing past it is read. */
const MAX_READ_BYTES = MAX_VALUES_FILE_BYTES;

export async function readAgentConfigFiles(paths: readonly string[], io: CliIo): Promise<AgentConfigFileInput[]> {
  const labels = paths.length > 0 ? paths : findAgentConfigFiles(io.cwd);
  const inputs: AgentConfigFileInput[] = [];
  for (const label of labels) {
    if (label === '-') {
      let content: Uint8Array;
      try {
        content = await io.readStdin(MAX_READ_BYTES);
      } catch (error) {
        if (isInputTooLarge(error)) throw tooLarge('standard input');
        throw new UsageError({ message: 'cannot read standard input' });
      }
      inputs.push({ label, path: undefined, content });
    } else {
      const path = resolve(io.cwd, label);
      inputs.push({ label, path, content: readConfigFile(path, label) });
    }
  }
  return inputs;
}

function findAgentConfigFiles(cwd: string): string[] {
  const agents = join(cwd, AGENTS_FOLDER);
  const folders = existsSync(agents)
    ? readdirSync(agents, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    : [];
  const files = folders.flatMap((folder) =>
    [AGENT_CONFIG_FILE, 'config.yml'].map((file) => `${AGENTS_FOLDER}/${folder}/${file}`).filter((file) => existsSync(join(cwd, file))),
  );
  if (files.length === 0) {
    throw new UsageError({
      message: `no agent configuration file found: looked for ${AGENTS_FOLDER}/<agent-name>/${AGENT_CONFIG_FILE} under the working directory (run it at the root of the agent's project, or name the files)`,
    });
  }
  return files;
}

/** From the disk, like the discovery above (CliIo cannot list folders), and never past the limit. */
function readConfigFile(path: string, label: string): Uint8Array {
  const shown = JSON.stringify(label);
  try {
    return readFileBounded(path, MAX_READ_BYTES);
  } catch (error) {
    if (isInputTooLarge(error)) throw tooLarge(shown);
    throw new UsageError({ message: `cannot read ${shown}: ${describeFsError(error)}` });
  }
}

function tooLarge(shown: string): UsageError {
  return new UsageError({
    message: `${shown} holds more than ${formatLimit(MAX_READ_BYTES)} (reading stopped there): not an agent configuration file`,
  });
}
