/**
 * Writes a secret (the agent token) to a file of mode 0600: into a new temporary file beside it,
 * created with that mode, then renamed over the target, so the secret is never readable by others,
 * not even for a moment, and a failed write leaves the target as it was.
 */
import { nodeCrypto } from '../../util/node-crypto.js';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../../errors.js';

/**
 * Fails, naming `flag`, when `path` cannot receive the file: its folder is missing or the path is
 * a folder. Called before the secret is created, so a typo does not cost a token.
 */
export function checkSecretFileTarget(path: string, shown: string, flag: string): void {
  const folder = statOrUndefined(dirname(path));
  if (folder === undefined || !folder.isDirectory()) {
    throw new UsageError({ message: `${flag}: the folder of ${shown} does not exist`, flag });
  }
  if (statOrUndefined(path)?.isDirectory() === true) throw new UsageError({ message: `${flag}: ${shown} is a folder`, flag });
}

export function writeSecretFile(path: string, text: string, shown: string, flag: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError({ message: `${flag}: cannot write ${shown} (${typeof code === 'string' ? code : 'unwritable'})`, flag });
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
