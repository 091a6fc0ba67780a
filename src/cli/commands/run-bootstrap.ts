import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AGENT_CONFIG_FILE, AGENTS_FOLDER } from '../../agent-config/check-config-location.js';
import { scaffoldAgentConfig } from '../../agent-config/scaffold-agent-config.js';
import { UsageError } from '../../errors.js';
import { createHttpGitlabClient } from '../../gitlab/create-http-gitlab-client.js';
import { registerAgent } from '../../gitlab/register-agent.js';
import { isMap } from '../../util/is-map.js';
import type { CliIo } from '../cli-io.js';
import { parseCommandArgs, type CommandArgs } from '../args/parse-command-args.js';
import { parseBootstrapArgs, requireFlags, type BootstrapArgs } from '../args/parse-gitlab-args.js';
import { BOOTSTRAP_HELP, PROGRAM_NAME } from '../help-text.js';
import { TOKEN_ENV } from '../input/collect-value-sources.js';
import { readGitlabConnection } from '../input/read-gitlab-connection.js';
import { checkOutputDirTarget } from '../output/write-output-dir.js';
import { checkSecretFileTarget, writeSecretFile } from '../output/write-secret-file.js';
import { withGitlabFlagHint } from '../reports/add-gitlab-flag-hint.js';
import { EXIT_OK } from '../reports/describe-error.js';
import { formatShellWord } from '../reports/format-shell-word.js';
import { readGenerateInput, renderGenerate, writeGenerated, type GenerateDefaults } from './run-generate.js';
import { discoverKasIfAvailable } from './register-with-gitlab.js';

/** Stands in for the token in the trial render before registering: a token-shaped word. */
const TRIAL_TOKEN = 'glagent-trial-render-before-registering';

/**
 * `bootstrap`: config init (unless the file exists), GitLab's metadata, register, generate. Every
 * check that can fail without GitLab (flags, the token and output targets, the values, a trial
 * render) runs before the agent token is created, so a mistake does not cost a token.
 */
export async function runBootstrap(argv: readonly string[], io: CliIo): Promise<number> {
  const own = parseBootstrapArgs(argv);
  if (own.help) {
    io.stdout(BOOTSTRAP_HELP);
    return EXIT_OK;
  }
  if (own.generateArgv.some((arg) => arg === '--fleet' || arg.startsWith('--fleet='))) {
    throw new UsageError({
      message: '--fleet: bootstrap registers one agent; register each agent, then render them all with generate --fleet',
      flag: '--fleet',
    });
  }
  const args = parseCommandArgs('generate', own.generateArgv);
  requireFlags('bootstrap', { '--gitlab-url': args.gitlab.gitlabUrl, '--project': own.project, '--agent-name': own.agentName });
  if (own.secretName !== undefined && own.agentTokenOut === undefined) {
    throw new UsageError({
      message: '--secret-name keeps the token out of the manifests, so it needs --agent-token-out FILE to put it in',
      flag: '--secret-name',
    });
  }
  if (args.legacy.agentToken !== undefined || args.legacy.agentTokenFile !== undefined) {
    const flag = args.legacy.agentToken !== undefined ? '--agent-token' : '--agent-token-file';
    throw new UsageError({ message: `${flag}: bootstrap creates the agent's token itself; drop the flag`, flag });
  }
  const gitlabUrl = args.gitlab.gitlabUrl!;
  const project = own.project!;
  const agentName = own.agentName!;
  const connection = await readGitlabConnection({ ...args.gitlab, gitlabUrl }, io);
  const tokenPath = own.agentTokenOut === undefined ? undefined : resolve(io.cwd, own.agentTokenOut);
  if (tokenPath !== undefined) checkSecretFileTarget(tokenPath, own.agentTokenOut!, '--agent-token-out');
  if (args.outputDir !== undefined) checkOutputDirTarget(resolve(io.cwd, args.outputDir), args.outputDir);

  const { kas, note } = await discoverKasIfAvailable(connection);
  if (note !== undefined) io.stderr(`${note}\n`);
  // GITLAB_AGENT_TOKEN holds an older token, which the new one replaces: it is not read here.
  const input = await readGenerateInput(args, { ...io, env: { ...io.env, [TOKEN_ENV]: undefined } }, kas);
  const userConfig = isMap(input.values['config']) ? input.values['config'] : {};
  if (userConfig['token'] !== undefined) {
    throw new UsageError({ message: "config.token is set (by -f or --set*), but bootstrap creates the agent's token itself; remove it" });
  }
  const placement: (token: string) => GenerateDefaults = (token) =>
    own.secretName === undefined ? { token } : { secretName: own.secretName };
  renderGenerate(args, input, placement(TRIAL_TOKEN));

  const configShown = `${AGENTS_FOLDER}/${agentName}/${AGENT_CONFIG_FILE}`;
  const configWritten = writeConfigUnlessExists(resolve(io.cwd, configShown), configShown, agentName);

  const client = createHttpGitlabClient(connection);
  const registration = await withGitlabFlagHint(() =>
    registerAgent(client, {
      project,
      agentName,
      ...(own.tokenName === undefined ? {} : { tokenName: own.tokenName }),
      ...(own.tokenDescription === undefined ? {} : { tokenDescription: own.tokenDescription }),
    }),
  );
  // The token is saved first: should the manifests fail to be written, it is not lost.
  if (tokenPath !== undefined) writeSecretFile(tokenPath, `${registration.token.token}\n`, own.agentTokenOut!, '--agent-token-out');
  writeGenerated(args, io, renderGenerate(args, input, placement(registration.token.token)));

  const summary = formatBootstrapSummary({ own, args, project, configShown, configWritten, registration, kas });
  // Standard output carries the manifests when there is no --output-dir.
  if (args.outputDir === undefined) io.stderr(summary);
  else io.stdout(summary);
  return EXIT_OK;
}

/** Writes the scaffold with `wx`; false when the file exists (it is kept as it is). */
function writeConfigUnlessExists(path: string, shown: string, agentName: string): boolean {
  if (existsSync(path)) return false;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, scaffoldAgentConfig({ agentName }), { flag: 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    throw new UsageError({ message: `cannot write ${shown}: ${typeof code === 'string' ? code : 'unwritable'}` });
  }
}

interface BootstrapSummary {
  readonly own: BootstrapArgs;
  readonly args: CommandArgs;
  readonly project: string;
  readonly configShown: string;
  readonly configWritten: boolean;
  readonly registration: Awaited<ReturnType<typeof registerAgent>>;
  readonly kas: Awaited<ReturnType<typeof discoverKasIfAvailable>>['kas'];
}

function formatBootstrapSummary(summary: BootstrapSummary): string {
  const { own, args, project, configShown, configWritten, registration, kas } = summary;
  const { agent, created, token } = registration;
  const where = args.outputDir === undefined ? 'the manifests on standard output' : `the manifests in ${args.outputDir}`;
  const tokenPlace =
    own.secretName === undefined
      ? `in the Secret of ${where}${own.agentTokenOut === undefined ? '' : ` and in ${own.agentTokenOut} (mode 0600)`}`
      : `in ${own.agentTokenOut} (mode 0600), not in the manifests: they name the Secret ${own.secretName}`;
  const lines = [
    `${configShown}: ${configWritten ? 'written' : 'exists, kept as it is'}.`,
    created
      ? `Agent "${agent.name}" (id ${agent.id}): registered in ${project}.`
      : `Agent "${agent.name}" (id ${agent.id}): exists in ${project} already, reused.`,
    `Agent token "${token.name}" (id ${token.id}): ${tokenPlace}.`,
    kas === undefined
      ? 'KAS address: not read (no metadata endpoint); give it with --kas-address.'
      : `KAS address: ${kas.kasAddress} (GitLab ${kas.gitlabVersion}).`,
    `Manifests: ${args.outputDir === undefined ? 'written to standard output' : `written to ${args.outputDir}`}.`,
    '',
    'Nothing was committed or applied. Next steps:',
    `  1. Review ${configShown}, commit it and push it to the default branch of ${project}.`,
  ];
  let step = 2;
  if (own.secretName !== undefined) {
    lines.push(
      `  ${step++}. Create the token's Secret (keep ${own.agentTokenOut} out of the repository):`,
      `     kubectl create namespace ${args.namespace} --dry-run=client -o yaml | kubectl apply -f -`,
      // The file ends in a newline, which --from-file would keep in the Secret and which breaks the agent.
      `     tr -d '\\r\\n' < ${formatShellWord(own.agentTokenOut!)} | kubectl create secret generic ${own.secretName} -n ${args.namespace} --from-file=token=/dev/stdin`,
    );
  }
  if (args.outputDir !== undefined) {
    lines.push(`  ${step++}. Review ${args.outputDir}, then: kubectl apply -k ${formatShellWord(args.outputDir)}`);
    if (own.secretName === undefined)
      lines.push(`     Its Secret file holds the token: do not commit it (or use --secret-name to keep the token out).`);
  } else {
    lines.push(`  ${step++}. Apply the manifests you saved from standard output with kubectl apply -f.`);
  }
  lines.push(`  Check the configuration file after every change: ${PROGRAM_NAME} config validate`);
  return `${lines.join('\n')}\n`;
}
