/**
 * `--private-api-jwt-file`: the receptive-mode private API secret, pinned so that every render
 * writes the same Secret. Read like the token file (bounded, one trailing newline removed); its
 * content is never echoed.
 */
import { UsageError } from '../../errors.js';
import type { CliIo } from '../cli-io.js';
import { MAX_TOKEN_FILE_BYTES, trimOneNewline } from './collect-value-sources.js';
import { readFlagFile } from './read-flag-file.js';

const FLAG = '--private-api-jwt-file';
/** The chart draws 64 characters and stores their base64; fewer than 32 is too easy to guess. */
export const MIN_PRIVATE_API_JWT_LENGTH = 32;
/** One word of printable ASCII, as the chart's own value is: the Secret's file is read as it is. */
const PRINTABLE_WORD = /^[\x21-\x7e]+$/;

export function readPrivateApiJwt(path: string | undefined, io: CliIo): string | undefined {
  if (path === undefined) return undefined;
  const bytes = readFlagFile(io, FLAG, path, MAX_TOKEN_FILE_BYTES);
  const secret = trimOneNewline(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  if (secret === '') throw new UsageError({ message: `${FLAG}: "${path}" is empty`, flag: FLAG });
  if (!PRINTABLE_WORD.test(secret)) {
    throw new UsageError({
      message: `${FLAG}: "${path}" must hold one word of printable ASCII characters (no spaces, line breaks or other characters); for example make it with \`openssl rand -base64 48\``,
      flag: FLAG,
    });
  }
  if (secret.length < MIN_PRIVATE_API_JWT_LENGTH) {
    throw new UsageError({
      message: `${FLAG}: "${path}" holds ${secret.length} characters; give at least ${MIN_PRIVATE_API_JWT_LENGTH} random ones, for example with \`openssl rand -base64 48\``,
      flag: FLAG,
    });
  }
  return secret;
}
