import { escapeControlCharacters } from '../../errors.js';
import type { ValuesTree } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import { readValues } from '../../sources/read-values.js';
import type { CliIo } from '../cli-io.js';
import {
  AGENT_VERSION_STABLE,
  TOKEN_ENV,
  collectValueSources,
  trimOneNewline,
  type LabelledSource,
  type ValueFlagArgs,
} from './collect-value-sources.js';
import { createOriginFinder, type OriginFinder, type ValueOrigin } from './find-value-origin.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isGoTruthy } from '../../helm/go-semantics.js';

export interface CommandValues {
  /** The user's values, as `-f`, `--set*`, the legacy flags and the environment give them. */
  readonly values: ValuesTree;
  readonly sources: readonly LabelledSource[];
  readonly findOrigin: OriginFinder;
  /** Lines for standard error about how the input was read (never about a value itself). */
  readonly notices: readonly string[];
}

const TOKEN_PATH = ['config', 'token'] as const;
const SECRET_NAME_PATH = ['config', 'secretName'] as const;

/** Where `config.secretName` was set (`values.yaml:3`, `--set`), when it names a Secret. */
function findSecretNameOrigin(values: ValuesTree, findOrigin: OriginFinder): string | undefined {
  if (!isGoTruthy(getValueAt(values, [...SECRET_NAME_PATH]))) return undefined;
  const origin = findOrigin(SECRET_NAME_PATH);
  return origin === undefined ? 'set' : describeOrigin(origin);
}

function describeOrigin(origin: ValueOrigin): string {
  return escapeControlCharacters(origin.line === undefined ? origin.label : `${origin.label}:${origin.line}`);
}

/** Reads every value source of a command into the user's values tree (chart defaults not merged). */
export async function readCommandValues(args: ValueFlagArgs, io: CliIo): Promise<CommandValues> {
  const collected = await collectValueSources(args, io);
  const { readFile } = collected;
  let sources = collected.sources;
  const read = (from: readonly LabelledSource[]): ValuesTree =>
    readValues(
      from.map((labelled) => labelled.source),
      { readFile },
    );
  let values = read(sources);
  let findOrigin = createOriginFinder(sources);
  const notices: string[] = [];
  const secretName = findSecretNameOrigin(values, findOrigin);
  if (secretName !== undefined) {
    const token = findOrigin(TOKEN_PATH);
    if (token?.exact === true && token.origin === 'environment') {
      // The environment is ambient (a CI variable, a shell profile): the values said where the
      // token lives, so it must not also create a Secret of that name holding another token.
      sources = sources.filter((labelled) => labelled.origin !== 'environment');
      values = read(sources);
      findOrigin = createOriginFinder(sources);
      notices.push(
        `Note: ${TOKEN_ENV} is not used: config.secretName (${secretName}) names an existing Secret that holds the token, ` +
          `so no token Secret is rendered; to put this token into a Secret of that name, pass it with --agent-token-file`,
      );
    } else if (token?.exact === true && isGoTruthy(getValueAt(values, [...TOKEN_PATH]))) {
      notices.push(
        `Note: config.token (${describeOrigin(token)}) and config.secretName (${secretName}) are both set: as in the chart, ` +
          'the output holds a Secret named by config.secretName with this token, which replaces any Secret of that name when applied; ' +
          'to use an existing Secret, leave the token out',
      );
    }
  }
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
