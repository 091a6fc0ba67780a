/**
 * The GitLab access token and CA of the commands that call GitLab's API. The token comes from
 * --gitlab-token-file (a file, or standard input with -) or GITLAB_TOKEN, never from an
 * argument, and is never put in a message.
 */
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { HttpGitlabClientOptions } from '../../gitlab/create-http-gitlab-client.js';
import type { CliIo } from '../cli-io.js';
import type { GitlabConnectionArgs } from '../args/parse-gitlab-args.js';
import { formatLimit, isInputTooLarge } from './read-bounded.js';

export const GITLAB_TOKEN_ENV = 'GITLAB_TOKEN';

/** Far above any access token; a larger file was given by mistake. */
const MAX_TOKEN_FILE_BYTES = 4096;
/** Far above any bundle of CA certificates. */
const MAX_CA_FILE_BYTES = 1024 * 1024;

/** The options of createHttpGitlabClient for `gitlabUrl`, read from the flags, files and environment. */
export async function readGitlabConnection(
  args: GitlabConnectionArgs & { gitlabUrl: string },
  io: CliIo,
): Promise<HttpGitlabClientOptions> {
  const token = await readAccessToken(args, io);
  const ca = args.caFile === undefined ? undefined : readCaFile(args.caFile, io);
  return { gitlabUrl: args.gitlabUrl, token, ...(ca === undefined ? {} : { ca }) };
}

async function readAccessToken(args: GitlabConnectionArgs, io: CliIo): Promise<string> {
  let text: string;
  let source: string;
  if (args.gitlabTokenFile !== undefined) {
    source = '--gitlab-token-file';
    try {
      const bytes =
        args.gitlabTokenFile === '-'
          ? await io.readStdin(MAX_TOKEN_FILE_BYTES)
          : io.readFile(resolve(io.cwd, args.gitlabTokenFile), MAX_TOKEN_FILE_BYTES);
      text = Buffer.from(bytes).toString('utf8');
    } catch (error) {
      throw new UsageError({
        message: `--gitlab-token-file: cannot read ${args.gitlabTokenFile} (${describeReadError(error)})`,
        flag: '--gitlab-token-file',
      });
    }
  } else {
    source = GITLAB_TOKEN_ENV;
    text = io.env[GITLAB_TOKEN_ENV] ?? '';
    if (text === '') {
      throw new UsageError({
        message: `no GitLab access token: set ${GITLAB_TOKEN_ENV} or use --gitlab-token-file FILE (a token with the api scope, of a Maintainer of the project)`,
      });
    }
  }
  const token = text.replace(/\r?\n$/, '');
  if (token === '' || /[\s\u0000-\u001f\u007f]/.test(token)) {
    throw new UsageError({ message: `${source}: not an access token (empty, or with spaces or several lines)` });
  }
  return token;
}

function readCaFile(path: string, io: CliIo): string {
  let text: string;
  try {
    text = Buffer.from(io.readFile(resolve(io.cwd, path), MAX_CA_FILE_BYTES)).toString('utf8');
  } catch (error) {
    throw new UsageError({ message: `--ca-file: cannot read ${path} (${describeReadError(error)})`, flag: '--ca-file' });
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UsageError({ message: `--ca-file: ${path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, flag: '--ca-file' });
  }
  return text;
}

function describeReadError(error: unknown): string {
  if (isInputTooLarge(error)) return `larger than ${formatLimit(error.limitBytes)}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,30}$/.test(code) ? code : 'unreadable';
}
