import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AGENT_CONFIG_FILE, AGENTS_FOLDER } from '../../agent-config/check-config-location.js';
import { ScaffoldOptionError, scaffoldAgentConfig, type ScaffoldAgentConfigOptions } from '../../agent-config/scaffold-agent-config.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../cli-io.js';
import { parseConfigInitArgs, type ConfigInitArgs } from '../args/parse-config-args.js';
import { CONFIG_INIT_HELP, PROGRAM_NAME } from '../help-text.js';
import { EXIT_OK } from '../reports/describe-error.js';

/** The flag behind each scaffold option, so an invalid value is reported as the user typed it. */
const OPTION_FLAGS: Readonly<Record<string, string>> = {
  agentName: '--agent-name',
  'ciAccess.projects': '--ci-access-project',
  'ciAccess.groups': '--ci-access-group',
  'ciAccess.defaultNamespace': '--default-namespace',
  'ciAccess.accessAs': '--access-as',
  'ciAccess.environments': '--environment',
  'userAccess.projects': '--user-access-project',
  'userAccess.groups': '--user-access-group',
  logLevel: '--log-level',
  'containerScanning.cadence': '--container-scanning-cadence',
  'containerScanning.namespaces': '--container-scanning-namespace',
};

/**
 * `config init --agent-name NAME [flags]`: writes `.gitlab/agents/NAME/config.yaml` under the
 * working directory (never over an existing file without --force), or prints it with --stdout,
 * then says what to do next.
 */
export function runConfigInit(argv: readonly string[], io: CliIo): number {
  const args = parseConfigInitArgs(argv);
  if (args.help) {
    io.stdout(CONFIG_INIT_HELP);
    return EXIT_OK;
  }
  if (args.agentName === undefined)
    throw new UsageError({ message: 'config init needs --agent-name NAME, the name the agent is registered with', flag: '--agent-name' });
  let text: string;
  try {
    text = scaffoldAgentConfig(toScaffoldOptions(args, args.agentName));
  } catch (error) {
    if (error instanceof ScaffoldOptionError) {
      const flag = OPTION_FLAGS[error.option] ?? error.option;
      throw new UsageError({ message: `invalid argument for ${flag}: it ${error.message}`, flag: flag });
    }
    throw error;
  }
  const shown = `${AGENTS_FOLDER}/${args.agentName}/${AGENT_CONFIG_FILE}`;
  if (args.stdout) {
    io.stdout(text);
    io.stderr(formatNextSteps(args.agentName, undefined));
    return EXIT_OK;
  }
  const path = resolve(io.cwd, shown);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: args.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError({ message: `${shown} exists already; add --force to replace it`, flag: '--force' });
    throw new UsageError({
      message: `cannot write ${shown}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unwritable')}`,
    });
  }
  io.stdout(`Wrote ${shown}.\n\n${formatNextSteps(args.agentName, shown)}`);
  return EXIT_OK;
}

function toScaffoldOptions(args: ConfigInitArgs, agentName: string): ScaffoldAgentConfigOptions {
  return {
    agentName,
    ciAccess: {
      projects: args.ciAccessProjects,
      groups: args.ciAccessGroups,
      ...(args.defaultNamespace === undefined ? {} : { defaultNamespace: args.defaultNamespace }),
      ...(args.accessAs === undefined ? {} : { accessAs: args.accessAs }),
      environments: args.environments,
      protectedBranchesOnly: args.protectedBranchesOnly,
    },
    userAccess: {
      projects: args.userAccessProjects,
      groups: args.userAccessGroups,
      ...(args.userAccessAs === undefined ? {} : { accessAs: args.userAccessAs }),
    },
    ...(args.logLevel === undefined ? {} : { logLevel: args.logLevel }),
    ...(args.scanCadence === undefined ? {} : { containerScanning: { cadence: args.scanCadence, namespaces: args.scanNamespaces } }),
  };
}

function formatNextSteps(agentName: string, written: string | undefined): string {
  return [
    'Next steps:',
    `  1. ${written === undefined ? `Save it as ${AGENTS_FOLDER}/${agentName}/${AGENT_CONFIG_FILE}, then commit` : 'Commit'} it and push it to the default branch of this project.`,
    `  2. Register the agent in GitLab: in this project, Operate > Kubernetes clusters > Connect a cluster,`,
    `     and choose "${agentName}". Save the token GitLab shows once in token.txt (not in the repository).`,
    '  3. Install the agent in the cluster:',
    `       ${PROGRAM_NAME} generate --agent-token-file token.txt | kubectl apply -f -`,
    '     On self-managed GitLab, add --kas-address wss://<your GitLab host>/-/kubernetes-agent/.',
    `  Check the file after every change: ${PROGRAM_NAME} config validate`,
    '',
  ].join('\n');
}
