/**
 * The flags of the commands that talk to GitLab's API: `register`, and the connection flags that
 * `generate` and `bootstrap` share. The GitLab access token is never a flag's value: it comes from
 * GITLAB_TOKEN or --gitlab-token-file (cli/input/read-gitlab-connection.ts).
 */
import { isAgentName } from '../../agent-config/check-config-location.js';
import { UsageError } from '../../errors.js';
import { parseBooleanFlag, parseFlags, type FlagSpec, type ParsedFlag } from './parse-flags.js';

/** Where the GitLab API is and how to trust it; shared by register, generate and bootstrap. */
export interface GitlabConnectionArgs {
  readonly gitlabUrl: string | undefined;
  readonly gitlabTokenFile: string | undefined;
  readonly caFile: string | undefined;
}

/** The agent and token flags `register` and `bootstrap` share. */
export interface RegistrationArgs {
  readonly project: string | undefined;
  readonly agentName: string | undefined;
  readonly tokenName: string | undefined;
  readonly tokenDescription: string | undefined;
  readonly agentTokenOut: string | undefined;
}

export interface RegisterArgs extends GitlabConnectionArgs, RegistrationArgs {
  readonly help: boolean;
}

export const GITLAB_CONNECTION_FLAGS: readonly FlagSpec[] = [
  { name: 'gitlab-url' },
  { name: 'gitlab-token-file' },
  { name: 'ca-file' },
  // Accepted only to be refused with the reason: an argument shows up in ps and the shell history.
  { name: 'gitlab-token' },
];

const REGISTER_FLAGS: readonly FlagSpec[] = [
  ...GITLAB_CONNECTION_FLAGS,
  { name: 'project' },
  { name: 'agent-name' },
  { name: 'token-name' },
  { name: 'token-description' },
  { name: 'agent-token-out' },
  { name: 'help', short: 'h', boolean: true },
];

/** GitLab's limit on an agent token's name and description. */
const MAX_TOKEN_NAME = 255;
const MAX_TOKEN_DESCRIPTION = 1024;

/**
 * Applies one connection flag to `target`; false when the flag is not one of them. Values are
 * checked here so that a bad one is a usage error before any request.
 */
export function applyGitlabConnectionFlag(
  flag: ParsedFlag,
  target: { -readonly [K in keyof GitlabConnectionArgs]: GitlabConnectionArgs[K] },
): boolean {
  switch (flag.name) {
    case 'gitlab-url':
      target.gitlabUrl = parseGitlabUrl(flag);
      return true;
    case 'gitlab-token-file':
      target.gitlabTokenFile = requireValue(flag, 'a file holding the GitLab access token, or - for standard input');
      return true;
    case 'ca-file':
      target.caFile = requireValue(flag, 'a PEM file of the CA that signed GitLab’s certificate');
      return true;
    case 'gitlab-token':
      throw new UsageError({
        message:
          '--gitlab-token is not accepted: an argument shows in ps and the shell history; set GITLAB_TOKEN or use --gitlab-token-file FILE',
        flag: '--gitlab-token',
      });
    default:
      return false;
  }
}

export function parseRegisterArgs(argv: readonly string[]): RegisterArgs {
  const { flags, positionals } = parseFlags(argv, REGISTER_FLAGS);
  const connection: { -readonly [K in keyof GitlabConnectionArgs]: GitlabConnectionArgs[K] } = {
    gitlabUrl: undefined,
    gitlabTokenFile: undefined,
    caFile: undefined,
  };
  let help = false;
  const registration: RegistrationFlags = {};
  let agentTokenOut: string | undefined;
  for (const flag of flags) {
    if (applyGitlabConnectionFlag(flag, connection) || applyRegistrationFlag(flag, registration)) continue;
    switch (flag.name) {
      case 'help':
        help = parseBooleanFlag(flag);
        break;
      case 'agent-token-out':
        agentTokenOut = requireValue(flag, 'the file to write the agent token to (mode 0600), or - for standard output');
        break;
    }
  }
  if (positionals.length > 0) throw new UsageError({ message: 'register takes no arguments, only flags; see --help' });
  const { project, agentName, tokenName, tokenDescription } = registration;
  return { help, ...connection, project, agentName, tokenName, tokenDescription, agentTokenOut };
}

/** The shared flags `applyRegistrationFlag` reads; `--agent-token-out` differs between the two commands. */
type RegistrationFlags = { -readonly [K in Exclude<keyof RegistrationArgs, 'agentTokenOut'>]?: RegistrationArgs[K] };

/** Applies one of the shared agent and token flags; false for any other flag. */
function applyRegistrationFlag(flag: ParsedFlag, target: RegistrationFlags): boolean {
  switch (flag.name) {
    case 'project':
      target.project = parseProjectPath(flag);
      return true;
    case 'agent-name':
      target.agentName = parseAgentName(flag);
      return true;
    case 'token-name':
      target.tokenName = parseBoundedText(flag, MAX_TOKEN_NAME);
      return true;
    case 'token-description':
      target.tokenDescription = parseBoundedText(flag, MAX_TOKEN_DESCRIPTION);
      return true;
    default:
      return false;
  }
}

/** The flags a GitLab call cannot go without, named in one usage error. */
export function requireFlags(command: string, given: Readonly<Record<string, string | undefined>>): void {
  const missing = Object.entries(given)
    .filter(([, value]) => value === undefined)
    .map(([flag]) => flag);
  if (missing.length > 0) {
    throw new UsageError({ message: `${command} needs ${missing.join(', ')}; see --help`, flag: missing[0] });
  }
}

function requireValue(flag: ParsedFlag, what: string): string {
  if (flag.value === '') throw new UsageError({ message: `--${flag.name} needs a value: ${what}`, flag: `--${flag.name}` });
  return flag.value;
}

function parseGitlabUrl(flag: ParsedFlag): string {
  let url: URL | undefined;
  try {
    url = new URL(flag.value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new UsageError({
      message:
        'invalid argument for --gitlab-url: give the instance’s http(s) URL without credentials or query, such as https://gitlab.example.com',
      flag: '--gitlab-url',
    });
  }
  return flag.value;
}

function parseProjectPath(flag: ParsedFlag): string {
  const path = flag.value.replace(/^\/+|\/+$/g, '');
  if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)+$/.test(path) && !/^[1-9][0-9]{0,18}$/.test(path)) {
    throw new UsageError({
      message: `invalid argument for --${flag.name}: give the project's full path, such as group/infra, or its id`,
      flag: `--${flag.name}`,
    });
  }
  return path;
}

/** GitLab's rule for agent names (the same as config init's). */
function parseAgentName(flag: ParsedFlag): string {
  if (!isAgentName(flag.value)) {
    throw new UsageError({
      message:
        'invalid argument for --agent-name: lower-case letters, digits and -, starting and ending with a letter or digit, at most 63',
      flag: '--agent-name',
    });
  }
  return flag.value;
}

function parseBoundedText(flag: ParsedFlag, max: number): string {
  const value = requireValue(flag, 'some text');
  if ([...value].length > max || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new UsageError({
      message: `invalid argument for --${flag.name}: at most ${max} characters, on one line`,
      flag: `--${flag.name}`,
    });
  }
  return value;
}

/** The flags `bootstrap` adds to generate's; everything else on its command line is generate's. */
export interface BootstrapArgs extends RegistrationArgs {
  readonly help: boolean;
  /** Keep the token out of the manifests: `config.secretName`, the Secret created by kubectl. */
  readonly secretName: string | undefined;
  /** generate's argv, in order. */
  readonly generateArgv: readonly string[];
}

const BOOTSTRAP_ONLY_FLAGS = ['project', 'agent-name', 'token-name', 'token-description', 'agent-token-out', 'secret-name'] as const;

/**
 * Takes bootstrap's own flags (`--name value` or `--name=value`) out of argv and leaves the rest,
 * in order, for generate's parser, so every generate flag works in bootstrap as it does there.
 */
export function parseBootstrapArgs(argv: readonly string[]): BootstrapArgs {
  const own: ParsedFlag[] = [];
  const generateArgv: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--') {
      generateArgv.push(...argv.slice(index));
      break;
    }
    const match = /^--([a-z-]+)(=([\s\S]*))?$/.exec(arg);
    const name = match?.[1];
    if (name === undefined || !(BOOTSTRAP_ONLY_FLAGS as readonly string[]).includes(name)) {
      generateArgv.push(arg);
      continue;
    }
    if (match?.[2] !== undefined) {
      own.push({ name, value: match[3] ?? '' });
    } else {
      const value = argv[index + 1];
      if (value === undefined) throw new UsageError({ message: `--${name} needs a value`, flag: `--${name}` });
      own.push({ name, value });
      index++;
    }
  }
  const registration: RegistrationFlags = {};
  let agentTokenOut: string | undefined;
  let secretName: string | undefined;
  for (const flag of own) {
    if (applyRegistrationFlag(flag, registration)) continue;
    switch (flag.name) {
      case 'agent-token-out':
        agentTokenOut = requireValue(flag, 'the file to write the agent token to (mode 0600)');
        if (agentTokenOut === '-')
          throw new UsageError({
            message: '--agent-token-out: bootstrap writes the token to a file, not to standard output',
            flag: '--agent-token-out',
          });
        break;
      case 'secret-name':
        secretName = parseSecretName(flag);
        break;
    }
  }
  const help = generateArgv.some((arg) => arg === '-h' || arg === '--help' || arg === '--help=true');
  const { project, agentName, tokenName, tokenDescription } = registration;
  return { help, project, agentName, tokenName, tokenDescription, agentTokenOut, secretName, generateArgv };
}

/** A Secret's name is a DNS-1123 subdomain. */
function parseSecretName(flag: ParsedFlag): string {
  if (!/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(flag.value)) {
    throw new UsageError({
      message: 'invalid argument for --secret-name: a Secret name (lower-case letters, digits, - and .)',
      flag: '--secret-name',
    });
  }
  return flag.value;
}
