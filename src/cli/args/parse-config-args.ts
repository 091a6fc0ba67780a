/**
 * The flags of `config validate`, `config init` and `config schema`. Malformed or conflicting
 * flags are a UsageError (exit 2) naming the flag; values that could hold anything (a path, a
 * name) are never echoed back.
 */
import { TIERS, type GitlabTier } from '../../agent-config/gitlab-tiers.js';
import type { CiAccessIdentity, LogLevel } from '../../agent-config/scaffold-agent-config.js';
import { LOG_LEVELS } from '../../agent-config/scaffold-agent-config.js';
import { resolveTargetVersion } from '../../agent-config/target-version.js';
import { UsageError } from '../../errors.js';
import { MAX_VALUES_FILE_BYTES } from '../../sources/values-limits.js';
import type { ReportFormat } from './parse-command-args.js';
import { parseBooleanFlag, parseFlags, splitCommaList, type FlagSpec, type ParsedFlag } from './parse-flags.js';

export type ConfigSubcommand = 'validate' | 'init' | 'schema';

export interface ConfigValidateArgs {
  readonly help: boolean;
  /** Files as given (`-` is standard input); empty: every agent's file under the working directory. */
  readonly paths: readonly string[];
  readonly format: ReportFormat;
  readonly gitlabVersion: string | undefined;
  readonly tier: GitlabTier | undefined;
  readonly configProject: string | undefined;
  /** The agent's name for a file read from standard input. */
  readonly agentName: string | undefined;
  readonly maxFileBytes: number | undefined;
  /** Warnings fail the check too (exit 1). */
  readonly strict: boolean;
}

export interface ConfigInitArgs {
  readonly help: boolean;
  readonly agentName: string | undefined;
  readonly ciAccessProjects: readonly string[];
  readonly ciAccessGroups: readonly string[];
  readonly defaultNamespace: string | undefined;
  readonly accessAs: CiAccessIdentity | undefined;
  readonly environments: readonly string[];
  readonly protectedBranchesOnly: boolean;
  readonly userAccessProjects: readonly string[];
  readonly userAccessGroups: readonly string[];
  readonly userAccessAs: 'agent' | 'user' | undefined;
  readonly logLevel: LogLevel | undefined;
  readonly scanCadence: string | undefined;
  readonly scanNamespaces: readonly string[];
  /** Replace an existing file. */
  readonly force: boolean;
  /** Print the file instead of writing it. */
  readonly stdout: boolean;
}

const HELP: FlagSpec = { name: 'help', short: 'h', boolean: true };

export const CONFIG_VALIDATE_FLAGS: readonly FlagSpec[] = [
  HELP,
  { name: 'format' },
  { name: 'gitlab-version' },
  { name: 'tier' },
  { name: 'config-project' },
  { name: 'agent-name' },
  { name: 'max-file-size' },
  { name: 'strict', boolean: true },
];

export const CONFIG_INIT_FLAGS: readonly FlagSpec[] = [
  HELP,
  { name: 'agent-name' },
  { name: 'ci-access-project' },
  { name: 'ci-access-group' },
  { name: 'default-namespace' },
  { name: 'access-as' },
  { name: 'environment' },
  { name: 'protected-branches-only', boolean: true },
  { name: 'user-access-project' },
  { name: 'user-access-group' },
  { name: 'user-access-as' },
  { name: 'log-level' },
  { name: 'container-scanning-cadence' },
  { name: 'container-scanning-namespace' },
  { name: 'force', boolean: true },
  { name: 'stdout', boolean: true },
];

const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'codequality'];

export function parseConfigValidateArgs(argv: readonly string[]): ConfigValidateArgs {
  const { flags, positionals } = parseFlags(argv, CONFIG_VALIDATE_FLAGS);
  let help = false;
  let format: ReportFormat = 'text';
  let gitlabVersion: string | undefined;
  let tier: GitlabTier | undefined;
  let configProject: string | undefined;
  let agentName: string | undefined;
  let maxFileBytes: number | undefined;
  let strict = false;
  for (const flag of flags) {
    switch (flag.name) {
      case 'help':
        help = parseBooleanFlag(flag);
        break;
      case 'format':
        format = parseChoice(flag, REPORT_FORMATS);
        break;
      case 'gitlab-version': {
        const target = resolveTargetVersion(flag.value);
        if ('error' in target)
          throw new UsageError({ message: `invalid argument for --gitlab-version: it ${target.error}`, flag: '--gitlab-version' });
        gitlabVersion = flag.value;
        break;
      }
      case 'tier':
        tier = parseChoice(flag, TIERS);
        break;
      case 'config-project':
        configProject = parseProjectPath(flag);
        break;
      case 'agent-name':
        agentName = requireValue(flag, 'an agent name');
        break;
      case 'max-file-size':
        maxFileBytes = parseByteCount(flag);
        break;
      case 'strict':
        strict = parseBooleanFlag(flag);
        break;
    }
  }
  if (positionals.filter((path) => path === '-').length > 1)
    throw new UsageError({ message: 'standard input ("-") can be read only once' });
  if (agentName !== undefined && !positionals.includes('-')) {
    throw new UsageError({
      message: '--agent-name names the agent of a file read from standard input ("-"); a file\'s folder names its agent',
      flag: '--agent-name',
    });
  }
  return { help, paths: positionals, format, gitlabVersion, tier, configProject, agentName, maxFileBytes, strict };
}

export function parseConfigInitArgs(argv: readonly string[]): ConfigInitArgs {
  const { flags, positionals } = parseFlags(argv, CONFIG_INIT_FLAGS);
  const list = (name: string): string[] => flags.filter((flag) => flag.name === name).flatMap(splitCommaList);
  const last = (name: string): ParsedFlag | undefined => flags.filter((flag) => flag.name === name).at(-1);
  const boolean = (name: string): boolean => {
    const flag = last(name);
    return flag === undefined ? false : parseBooleanFlag(flag);
  };
  const help = boolean('help');
  if (!help && positionals.length > 0)
    throw new UsageError({ message: 'config init takes no arguments; name the agent with --agent-name' });

  const logLevelFlag = last('log-level');
  const userAccessAsFlag = last('user-access-as');
  const cadenceFlag = last('container-scanning-cadence');
  const scanNamespaces = list('container-scanning-namespace');
  if (cadenceFlag === undefined && scanNamespaces.length > 0) {
    throw new UsageError({
      message: '--container-scanning-namespace needs --container-scanning-cadence, the schedule of the scans',
      flag: '--container-scanning-namespace',
    });
  }
  const ciAccessProjects = list('ci-access-project');
  const ciAccessGroups = list('ci-access-group');
  const entryFlags = ['default-namespace', 'access-as', 'environment', 'protected-branches-only'];
  const orphan = entryFlags.find((name) => last(name) !== undefined);
  if (orphan !== undefined && ciAccessProjects.length === 0 && ciAccessGroups.length === 0) {
    throw new UsageError({
      message: `--${orphan} applies to ci_access entries: give --ci-access-project or --ci-access-group too`,
      flag: `--${orphan}`,
    });
  }
  const userAccessProjects = list('user-access-project');
  const userAccessGroups = list('user-access-group');
  if (userAccessAsFlag !== undefined && userAccessProjects.length === 0 && userAccessGroups.length === 0) {
    throw new UsageError({ message: '--user-access-as needs --user-access-project or --user-access-group', flag: '--user-access-as' });
  }
  const agentNameFlag = last('agent-name');
  return {
    help,
    agentName: agentNameFlag === undefined ? undefined : requireValue(agentNameFlag, 'an agent name'),
    ciAccessProjects,
    ciAccessGroups,
    defaultNamespace: last('default-namespace')?.value,
    accessAs: parseIdentity(last('access-as')),
    environments: list('environment'),
    protectedBranchesOnly: boolean('protected-branches-only'),
    userAccessProjects,
    userAccessGroups,
    userAccessAs: userAccessAsFlag === undefined ? undefined : parseChoice(userAccessAsFlag, ['agent', 'user'] as const),
    logLevel: logLevelFlag === undefined ? undefined : parseChoice(logLevelFlag, LOG_LEVELS),
    scanCadence: cadenceFlag?.value,
    scanNamespaces,
    force: boolean('force'),
    stdout: boolean('stdout'),
  };
}

/** `agent`, `ci_job` or `impersonate:USER`. */
function parseIdentity(flag: ParsedFlag | undefined): CiAccessIdentity | undefined {
  if (flag === undefined) return undefined;
  if (flag.value === 'agent' || flag.value === 'ci_job') return { kind: flag.value };
  const impersonate = /^impersonate:(.+)$/.exec(flag.value);
  if (impersonate) return { kind: 'impersonate', username: impersonate[1] as string };
  throw new UsageError({ message: 'invalid argument for --access-as: expected agent, ci_job or impersonate:USER', flag: '--access-as' });
}

function parseChoice<T extends string>(flag: ParsedFlag, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(flag.value)) return flag.value as T;
  throw new UsageError({ message: `invalid argument for --${flag.name}: expected one of ${choices.join(', ')}`, flag: `--${flag.name}` });
}

function requireValue(flag: ParsedFlag, what: string): string {
  if (flag.value === '') throw new UsageError({ message: `--${flag.name} needs ${what}`, flag: `--${flag.name}` });
  return flag.value;
}

function parseProjectPath(flag: ParsedFlag): string {
  const path = flag.value.replace(/^\/+|\/+$/g, '');
  if (!/^[A-Za-z0-9_.][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)+$/.test(path)) {
    throw new UsageError({
      message: `invalid argument for --${flag.name}: give the project's full path, such as group/project`,
      flag: `--${flag.name}`,
    });
  }
  return path;
}

/** Bytes, or with a unit: `131072`, `128KiB`, `1MiB`. */
function parseByteCount(flag: ParsedFlag): number {
  const match = /^([0-9]{1,10})\s*(B|KiB|MiB)?$/.exec(flag.value);
  const bytes = match === null ? Number.NaN : Number(match[1]) * ({ B: 1, KiB: 1024, MiB: 1024 * 1024 }[match[2] ?? 'B'] ?? 1);
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > MAX_VALUES_FILE_BYTES) {
    throw new UsageError({
      message: `invalid argument for --${flag.name}: give bytes from 1 to ${MAX_VALUES_FILE_BYTES} (4MiB), such as 131072 or 128KiB`,
      flag: `--${flag.name}`,
    });
  }
  return bytes;
}
