import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { FileReader, ValueSource } from '../types.js';
import type { CliIo } from './cli-io.js';
import type { ValueFlag } from './parse-generate-args.js';

export interface CollectedValueSources {
  readonly sources: readonly ValueSource[];
  /** Reader for `--set-file` paths: relative to the working directory, `-` is standard input. */
  readonly readFile: FileReader;
}

/** Helm reads `-` as standard input for both `-f` and `--set-file`. */
const STDIN_PATH = '-';
/** A `--set-file` pair whose path is `-`; matched loosely, the reader still checks the real path. */
const SET_FILE_STDIN = /=\s*-\s*(?:,|$)/;

/**
 * Turns the value flags into `ValueSource`s in argv order, reading `-f` files now. Precedence is
 * not applied here: `readValues` does that, so the order given is the order the user typed.
 */
export async function collectValueSources(flags: readonly ValueFlag[], io: CliIo): Promise<CollectedValueSources> {
  const stdin = needsStdin(flags) ? await readStdin(io) : undefined;
  const readPath = (path: string, flag: string): string => {
    if (path.trim() === STDIN_PATH) {
      if (stdin === undefined) throw new UsageError(`${flag}: standard input was not read`, flag);
      return stdin;
    }
    return readUserFile(io, path, flag);
  };

  const sources = flags.map((flag): ValueSource => {
    if (flag.kind === 'values') {
      return { kind: 'file', name: flag.path, content: readPath(flag.path, '--values') };
    }
    return { kind: flag.kind, expression: flag.expression };
  });
  return { sources, readFile: (path) => readPath(path, '--set-file') };
}

function needsStdin(flags: readonly ValueFlag[]): boolean {
  return flags.some((flag) =>
    flag.kind === 'values' ? flag.path.trim() === STDIN_PATH : flag.kind === 'set-file' && SET_FILE_STDIN.test(flag.expression),
  );
}

async function readStdin(io: CliIo): Promise<string> {
  try {
    return await io.readStdin();
  } catch {
    throw new UsageError('cannot read standard input (given as "-")');
  }
}

function readUserFile(io: CliIo, path: string, flag: string): string {
  try {
    return io.readFile(resolve(io.cwd, path));
  } catch (error) {
    throw new UsageError(`${flag}: cannot read "${path}": ${describeFsError(error)}`, flag);
  }
}

/** A short reason from a Node fs error; never its message, which repeats the full path. */
function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return typeof code === 'string' ? code : 'unreadable';
  }
}
