/**
 * The file a flag names (`--agent-config`, `--private-api-jwt-file`), read up to its limit; a file
 * that cannot be read, or holds more, is a usage error naming the flag and the path.
 */
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../cli-io.js';
import { describeFsError } from './collect-value-sources.js';
import { formatLimit, isInputTooLarge } from './read-bounded.js';

export function readFlagFile(io: CliIo, flag: string, path: string, limitBytes: number): Uint8Array {
  try {
    return io.readFile(resolve(io.cwd, path), limitBytes);
  } catch (error) {
    const reason = isInputTooLarge(error)
      ? `it holds more than ${formatLimit(error.limitBytes)}; check that this is the file you meant`
      : describeFsError(error);
    throw new UsageError({ message: `${flag}: cannot read "${path}": ${reason}`, flag });
  }
}
