import type { ValuesTree } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import { readValues } from '../../sources/read-values.js';
import type { CliIo } from '../cli-io.js';
import {
  AGENT_VERSION_STABLE,
  collectValueSources,
  trimOneNewline,
  type LabelledSource,
  type ValueFlagArgs,
} from './collect-value-sources.js';
import { createOriginFinder, type OriginFinder } from './find-value-origin.js';

export interface CommandValues {
  /** The user's values, as `-f`, `--set*`, the legacy flags and the environment give them. */
  readonly values: ValuesTree;
  readonly sources: readonly LabelledSource[];
  readonly findOrigin: OriginFinder;
  /** Lines for standard error about how the input was read (never about a value itself). */
  readonly notices: readonly string[];
}

const TOKEN_PATH = ['config', 'token'] as const;

/** Reads every value source of a command into the user's values tree (chart defaults not merged). */
export async function readCommandValues(args: ValueFlagArgs, io: CliIo): Promise<CommandValues> {
  const { sources, readFile } = await collectValueSources(args, io);
  const values = readValues(
    sources.map((labelled) => labelled.source),
    { readFile },
  );
  const findOrigin = createOriginFinder(sources);
  const notices: string[] = [];
  if (args.legacy?.agentToken !== undefined) {
    notices.push(
      'Note: --agent-token shows the token in the process list and keeps it in shell history; --agent-token-file or GITLAB_AGENT_TOKEN keep it out',
    );
  }
  if (args.legacy?.agentVersion === AGENT_VERSION_STABLE) {
    notices.push(
      'Note: --agent-version stable: using the agentk version of the chart release rendered (the version command lists them); pin one with --agent-version vX.Y.Z',
    );
  }
  if (trimSetFileToken(values, findOrigin)) {
    notices.push(
      'Note: --set-file config.token: removed the trailing newline from the token (a token ending in a newline breaks the agent)',
    );
  }
  return { values, sources, findOrigin, notices };
}

/**
 * Helm keeps a `--set-file` value byte for byte, but a token file almost always ends in a
 * newline, and agentk would send it as part of the token. One is removed, and only when the
 * token really came from `--set-file`.
 */
function trimSetFileToken(values: ValuesTree, findOrigin: OriginFinder): boolean {
  const config = values['config'];
  if (!isMap(config)) return false;
  const token = config['token'];
  if (typeof token !== 'string' || trimOneNewline(token) === token) return false;
  const origin = findOrigin(TOKEN_PATH);
  if (origin?.exact !== true || origin.label !== '--set-file') return false;
  config['token'] = trimOneNewline(token);
  return true;
}
