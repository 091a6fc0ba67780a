import { resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { parseRegisterArgs, requireFlags } from '../args/parse-gitlab-args.js';
import { PROGRAM_NAME, REGISTER_HELP } from '../help-text.js';
import { readGitlabConnection } from '../input/read-gitlab-connection.js';
import { checkSecretFileTarget, writeSecretFile } from '../output/write-secret-file.js';
import { EXIT_OK } from '../reports/describe-error.js';
import { formatShellWord } from '../reports/format-shell-word.js';
import { registerWithGitlab, type GitlabRegistration } from './register-with-gitlab.js';

/**
 * `register --gitlab-url URL --project PATH --agent-name NAME --agent-token-out FILE`: registers
 * the agent (or reuses it), creates a token, writes it to FILE (mode 0600) or, with `-`, to
 * standard output alone, and prints the ids and what to run next.
 */
export async function runRegister(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseRegisterArgs(argv);
  if (args.help) {
    io.stdout(REGISTER_HELP);
    return EXIT_OK;
  }
  requireFlags('register', {
    '--gitlab-url': args.gitlabUrl,
    '--project': args.project,
    '--agent-name': args.agentName,
    '--agent-token-out': args.agentTokenOut,
  });
  const gitlabUrl = args.gitlabUrl!;
  const project = args.project!;
  const agentName = args.agentName!;
  const out = args.agentTokenOut!;
  const connection = await readGitlabConnection({ ...args, gitlabUrl }, io);
  const outPath = out === '-' ? undefined : resolve(io.cwd, out);
  if (outPath !== undefined) checkSecretFileTarget(outPath, out, '--agent-token-out');

  const result = await registerWithGitlab(connection, {
    project,
    agentName,
    ...(args.tokenName === undefined ? {} : { tokenName: args.tokenName }),
    ...(args.tokenDescription === undefined ? {} : { tokenDescription: args.tokenDescription }),
  });
  const { token } = result.registration;
  if (outPath === undefined) {
    io.stdout(`${token.token}\n`);
  } else {
    writeSecretFile(outPath, `${token.token}\n`, out, '--agent-token-out');
  }
  const summary = formatRegistration(result, { project, tokenShown: out === '-' ? undefined : out });
  // With `-`, standard output holds the token alone, so it can be piped; the rest goes to stderr.
  if (outPath === undefined) io.stderr(summary);
  else io.stdout(summary);
  return EXIT_OK;
}

export interface FormatRegistrationOptions {
  readonly project: string;
  /** Where the token was written; undefined when it went to standard output. */
  readonly tokenShown: string | undefined;
}

/** What was registered and created, without the token, and the commands to run next. */
export function formatRegistration(result: GitlabRegistration, options: FormatRegistrationOptions): string {
  const { agent, created, token } = result.registration;
  const lines = [
    created
      ? `Registered agent "${agent.name}" (id ${agent.id}) in ${options.project}.`
      : `Agent "${agent.name}" (id ${agent.id}) exists in ${options.project} already; reused it.`,
    `Created agent token "${token.name}" (id ${token.id}), ${options.tokenShown === undefined ? 'printed on standard output' : `written to ${options.tokenShown} (mode 0600)`}; GitLab shows it only once.`,
  ];
  if (result.kas !== undefined) {
    const kasVersion = result.kas.kasVersion === undefined ? '' : `, KAS ${result.kas.kasVersion}`;
    lines.push(`KAS address: ${result.kas.kasAddress} (GitLab ${result.kas.gitlabVersion}${kasVersion}).`);
  }
  if (result.note !== undefined) lines.push(result.note);
  const tokenFile = options.tokenShown === undefined ? 'token.txt' : formatShellWord(options.tokenShown);
  lines.push(
    '',
    'Next steps:',
    `  1. Commit .gitlab/agents/${agent.name}/config.yaml to the default branch of ${options.project}`,
    `     (${PROGRAM_NAME} config init --agent-name ${agent.name} writes one).`,
    `  2. Install the agent${options.tokenShown === undefined ? ', with the token saved in token.txt' : ''}:`,
    `     ${PROGRAM_NAME} generate --agent-token-file ${tokenFile} ${formatKasFlags(result)} | kubectl apply -f -`,
  );
  return `${lines.join('\n')}\n`;
}

function formatKasFlags(result: GitlabRegistration): string {
  if (result.kas === undefined) return '--kas-address <the KAS address>';
  return `--kas-address ${formatShellWord(result.kas.kasAddress)} --gitlab-version ${result.kas.gitlabVersion}`;
}
