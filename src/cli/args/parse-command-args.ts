import { UsageError } from '../../errors.js';
import { MANAGED_BY_CHOICES, type ManagedBy } from '../../manifests/ownership-labels.js';
import type { FlagSpec, ParsedFlag } from './parse-flags.js';
import { parseBooleanFlag, parseFlags, splitCommaList } from './parse-flags.js';
import { applyGitlabConnectionFlag, GITLAB_CONNECTION_FLAGS, type GitlabConnectionArgs } from './parse-gitlab-args.js';

/** Release name and namespace when the flags are absent: the names the chart's docs use. */
export const DEFAULT_RELEASE_NAME = 'gitlab-agent';
export const DEFAULT_NAMESPACE = 'gitlab-agent';

export type CommandName = 'generate' | 'validate' | 'values' | 'uninstall';

/** `--managed-by`: who the objects say manages them (RenderOptions.managedBy). */
export type ManagedByChoice = ManagedBy;

/** One value flag, in argv order; `values` is one `-f` path (a comma list is already split). */
export type ValueFlag =
  | { readonly kind: 'values'; readonly path: string }
  | {
      readonly kind: 'set' | 'set-string' | 'set-json' | 'set-file' | 'set-literal';
      readonly expression: string;
    };

/**
 * Flags of the former agentk `generate` command (gitlab-agent's `cmd/cli/generate`), so its
 * users can switch by changing only the program name. Empty values count as absent, as there.
 */
export interface LegacyFlags {
  /** `--agent-token`: `config.token`. */
  readonly agentToken?: string;
  /** `--agent-token-file PATH` (`-` is standard input): `config.token`, kept out of `ps` and shell history. */
  readonly agentTokenFile?: string;
  /** `--kas-address`: `config.kasAddress`. */
  readonly kasAddress?: string;
  /** `--agent-version`: `image.tag`. */
  readonly agentVersion?: string;
  /** `--no-rbac`: `rbac.create=false`. */
  readonly noRbac?: boolean;
}

export type OutputFormat = 'yaml' | 'json';
export type ReportFormat = 'text' | 'json' | 'codequality';

export interface CommandArgs {
  readonly help: boolean;
  readonly releaseName: string;
  /** The flag that named the release (`--release-name` or `--name-prefix`); undefined for the default. */
  readonly releaseNameFlag: string | undefined;
  readonly namespace: string;
  /** Absent when the user did not say: then the namespace decides (see `shouldCreateNamespace`). */
  readonly createNamespace: boolean | undefined;
  readonly valueFlags: readonly ValueFlag[];
  readonly legacy: LegacyFlags;
  /** generate: the stream format on standard output. */
  readonly output: OutputFormat;
  /** generate: write one file per object into this directory instead of standard output. */
  readonly outputDir: string | undefined;
  /** validate: the report format. */
  readonly format: ReportFormat;
  /** values: print secrets instead of `<redacted>`. */
  readonly showSecrets: boolean;
  /** `--chart-version`: the chart release to render (default: the one matching GitLab, else the newest). */
  readonly chartVersion: string | undefined;
  /** `--gitlab-version`: the GitLab the agent connects to; picks the release and checks version skew. */
  readonly gitlabVersion: string | undefined;
  /** validate: warnings fail the run too (exit 1), as `config validate --strict` does. */
  readonly strict: boolean;
  /** generate, validate: `--agent-config`, the agent configuration file for rbac.profile=least-privilege. */
  readonly agentConfig: string | undefined;
  /** generate: print the least-privilege rules and why each is granted, instead of the manifests. */
  readonly explainRbac: boolean;
  /** generate: the GitLab instance whose metadata gives the KAS address and version (`--gitlab-url`). */
  readonly gitlab: GitlabConnectionArgs;
  /** generate: `--fleet FILE`, the fleet file listing many agents, each written to its own directory under --output-dir. */
  readonly fleet: string | undefined;
  /** generate --fleet: `--workers N`, the worker threads to render on (0: none); default: chosen by the fleet's size. */
  readonly workers: number | undefined;
  /** `--allow-missing-token`: render without config.token and config.secretName on purpose. */
  readonly allowMissingToken: boolean;
  /** `--private-api-jwt-file`: the receptive-mode private-api-jwt, the same on every render. */
  readonly privateApiJwtFile: string | undefined;
  /** generate: `--managed-by`; undefined for the library's default (this tool). */
  readonly managedBy: ManagedByChoice | undefined;
  /** generate, uninstall: `--applyset`, the kubectl ApplySet parent (`[RESOURCE][.GROUP]/NAME`). */
  readonly applySet: string | undefined;
  /** uninstall: `--delete-namespace`, this agent created its namespace alone, so it goes too. */
  readonly deleteNamespace: boolean;
}

/** With --fleet, every agent's values and release come from the fleet file; only these flags go with it. */
const FLEET_COMPATIBLE_FLAGS: readonly string[] = ['fleet', 'output-dir', 'workers', 'managed-by', 'help'];
const MAX_WORKERS = 64;

const SET_KINDS = ['set', 'set-string', 'set-json', 'set-file', 'set-literal'] as const;

/** Flags that decide the values, shared by every command that reads values. */
const VALUE_FLAGS: readonly FlagSpec[] = [
  { name: 'help', short: 'h', boolean: true },
  { name: 'release-name' },
  { name: 'namespace', short: 'n' },
  { name: 'values', short: 'f' },
  ...SET_KINDS.map((name) => ({ name })),
  { name: 'name-prefix' },
  { name: 'agent-token' },
  { name: 'agent-token-file' },
  { name: 'kas-address' },
  { name: 'agent-version' },
  { name: 'no-rbac', boolean: true },
  { name: 'chart-version' },
  { name: 'gitlab-version' },
  { name: 'allow-missing-token', boolean: true },
  { name: 'private-api-jwt-file' },
];

export const COMMAND_FLAGS: Readonly<Record<CommandName, readonly FlagSpec[]>> = {
  generate: [
    ...VALUE_FLAGS,
    { name: 'create-namespace', boolean: true },
    { name: 'output', short: 'o' },
    { name: 'output-dir' },
    { name: 'agent-config' },
    { name: 'explain-rbac', boolean: true },
    { name: 'fleet' },
    { name: 'workers' },
    { name: 'managed-by' },
    { name: 'applyset' },
    ...GITLAB_CONNECTION_FLAGS,
  ],
  uninstall: [...VALUE_FLAGS, { name: 'agent-config' }, { name: 'applyset' }, { name: 'delete-namespace', boolean: true }],
  // --create-namespace and --managed-by change no value, but are accepted so generate's flags can be reused as they are.
  validate: [
    ...VALUE_FLAGS,
    { name: 'create-namespace', boolean: true },
    { name: 'managed-by' },
    { name: 'format' },
    { name: 'strict', boolean: true },
    { name: 'agent-config' },
  ],
  values: [...VALUE_FLAGS, { name: 'create-namespace', boolean: true }, { name: 'managed-by' }, { name: 'show-secrets', boolean: true }],
};

const OUTPUT_FORMATS: readonly OutputFormat[] = ['yaml', 'json'];
const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'codequality'];

export function parseCommandArgs(command: CommandName, argv: readonly string[]): CommandArgs {
  const { flags, positionals } = parseFlags(argv, COMMAND_FLAGS[command]);
  let help = false;
  let releaseName: ParsedFlag | undefined;
  let namePrefix: ParsedFlag | undefined;
  let namespace = DEFAULT_NAMESPACE;
  let createNamespace: boolean | undefined;
  let output: OutputFormat = 'yaml';
  let outputDir: string | undefined;
  let format: ReportFormat = 'text';
  let showSecrets = false;
  let chartVersion: string | undefined;
  let gitlabVersion: string | undefined;
  let strict = false;
  let agentConfig: string | undefined;
  let explainRbac = false;
  let fleet: string | undefined;
  let workers: number | undefined;
  let allowMissingToken = false;
  let privateApiJwtFile: string | undefined;
  let managedBy: ManagedByChoice | undefined;
  let applySet: string | undefined;
  let deleteNamespace = false;
  const valueFlags: ValueFlag[] = [];
  const legacy: { -readonly [K in keyof LegacyFlags]: LegacyFlags[K] } = {};
  const gitlab: { -readonly [K in keyof GitlabConnectionArgs]: GitlabConnectionArgs[K] } = {
    gitlabUrl: undefined,
    gitlabTokenFile: undefined,
    caFile: undefined,
  };

  for (const flag of flags) {
    if (applyGitlabConnectionFlag(flag, gitlab)) continue;
    switch (flag.name) {
      case 'help':
        help = parseBooleanFlag(flag);
        break;
      case 'release-name':
        releaseName = flag;
        break;
      case 'name-prefix':
        namePrefix = flag;
        break;
      case 'namespace':
        if (flag.value === '') throw new UsageError({ message: '--namespace must not be empty', flag: '--namespace' });
        namespace = flag.value;
        break;
      case 'create-namespace':
        createNamespace = parseBooleanFlag(flag);
        break;
      case 'values':
        for (const path of splitCommaList(flag)) valueFlags.push({ kind: 'values', path });
        break;
      case 'agent-token':
        legacy.agentToken = flag.value;
        break;
      case 'agent-token-file':
        if (flag.value === '') {
          throw new UsageError({ message: '--agent-token-file needs a path ("-" reads standard input)', flag: '--agent-token-file' });
        }
        legacy.agentTokenFile = flag.value;
        break;
      case 'kas-address':
        legacy.kasAddress = flag.value;
        break;
      case 'agent-version':
        legacy.agentVersion = flag.value;
        break;
      case 'no-rbac':
        legacy.noRbac = parseBooleanFlag(flag);
        break;
      case 'output':
        output = parseChoice(flag, OUTPUT_FORMATS);
        break;
      case 'output-dir':
        if (flag.value === '') throw new UsageError({ message: '--output-dir needs a directory', flag: '--output-dir' });
        outputDir = flag.value;
        break;
      case 'format':
        format = parseChoice(flag, REPORT_FORMATS);
        break;
      case 'show-secrets':
        showSecrets = parseBooleanFlag(flag);
        break;
      case 'chart-version':
        chartVersion = requireValue(flag, 'a chart version such as 2.34.0 (the version command lists them)');
        break;
      case 'strict':
        strict = parseBooleanFlag(flag);
        break;
      case 'gitlab-version':
        gitlabVersion = requireValue(flag, 'the GitLab version, such as 19.6');
        break;
      case 'agent-config':
        agentConfig = requireValue(flag, 'the path of the agent configuration file (.gitlab/agents/<name>/config.yaml)');
        break;
      case 'explain-rbac':
        explainRbac = parseBooleanFlag(flag);
        break;
      case 'fleet':
        fleet = requireValue(flag, 'the path of the fleet file listing the agents');
        break;
      case 'workers':
        workers = parseWorkers(flag);
        break;
      case 'allow-missing-token':
        allowMissingToken = parseBooleanFlag(flag);
        break;
      case 'private-api-jwt-file':
        privateApiJwtFile = requireValue(flag, 'the path of a file holding the private API JWT secret');
        break;
      case 'managed-by':
        managedBy = parseChoice(flag, MANAGED_BY_CHOICES);
        break;
      case 'applyset':
        applySet = requireValue(flag, "the ApplySet parent as kubectl's --applyset takes it, [RESOURCE][.GROUP]/NAME");
        break;
      case 'delete-namespace':
        deleteNamespace = parseBooleanFlag(flag);
        break;
      default:
        valueFlags.push({ kind: flag.name as (typeof SET_KINDS)[number], expression: flag.value });
    }
  }
  // The chart is built in, so a positional argument is most likely a Helm habit (NAME CHART) or a
  // value that lost its flag; it is not echoed because it may be a token.
  if (!help && positionals.length > 0) {
    throw new UsageError({
      message: `unexpected argument${positionals.length === 1 ? '' : 's'} without a flag (give the release name with --release-name, values with --set or -f)`,
    });
  }
  const given = dropEmpty(legacy);
  if (given.agentToken !== undefined && given.agentTokenFile !== undefined) {
    throw new UsageError({
      message: '--agent-token and --agent-token-file both give the token; use only one',
      flag: '--agent-token',
    });
  }
  if (outputDir !== undefined && output !== 'yaml') {
    throw new UsageError({
      message: '--output-dir writes YAML files; it cannot be combined with --output json',
      flag: '--output-dir',
    });
  }
  if (explainRbac && (outputDir !== undefined || output !== 'yaml')) {
    throw new UsageError({
      message: '--explain-rbac prints a report instead of the manifests; it cannot be combined with --output or --output-dir',
      flag: '--explain-rbac',
    });
  }
  checkGitlabConnection(gitlab, valueFlags, given);
  if (!help) checkFleetFlags(flags, fleet, outputDir, workers);
  const release = chooseReleaseName(releaseName, namePrefix);
  return {
    help,
    releaseName: release.name,
    releaseNameFlag: release.flag,
    namespace,
    createNamespace,
    valueFlags,
    legacy: given,
    output,
    outputDir,
    format,
    showSecrets,
    chartVersion,
    gitlabVersion,
    strict,
    agentConfig,
    explainRbac,
    gitlab,
    fleet,
    workers,
    allowMissingToken,
    privateApiJwtFile,
    managedBy,
    applySet,
    deleteNamespace,
  };
}

/** --fleet writes a directory per agent and reads everything else from the fleet file. */
function checkFleetFlags(
  flags: readonly ParsedFlag[],
  fleet: string | undefined,
  outputDir: string | undefined,
  workers: number | undefined,
): void {
  if (fleet === undefined) {
    if (workers !== undefined) throw new UsageError({ message: '--workers is only used with --fleet', flag: '--workers' });
    return;
  }
  const other = flags.find((flag) => !FLEET_COMPATIBLE_FLAGS.includes(flag.name));
  if (other !== undefined) {
    throw new UsageError({
      message: `--${other.name} cannot be combined with --fleet: every agent's release, namespace and values come from the fleet file (shared ones under its defaults:)`,
      flag: `--${other.name}`,
    });
  }
  if (outputDir === undefined) {
    throw new UsageError({
      message: '--fleet writes one directory per agent and needs --output-dir DIR; standard output cannot keep the agents apart',
      flag: '--fleet',
    });
  }
}

function parseWorkers(flag: ParsedFlag): number {
  if (!/^[0-9]{1,2}$/.test(flag.value) || Number(flag.value) > MAX_WORKERS) {
    throw new UsageError({
      message: `invalid argument for --workers: the number of worker threads, 0 (render in the main thread) to ${MAX_WORKERS}`,
      flag: '--workers',
    });
  }
  return Number(flag.value);
}

/** The token and CA flags only mean something with --gitlab-url; standard input is read once. */
function checkGitlabConnection(gitlab: GitlabConnectionArgs, valueFlags: readonly ValueFlag[], legacy: LegacyFlags): void {
  if (gitlab.gitlabUrl === undefined) {
    const orphan = gitlab.gitlabTokenFile !== undefined ? '--gitlab-token-file' : gitlab.caFile !== undefined ? '--ca-file' : undefined;
    if (orphan !== undefined) throw new UsageError({ message: `${orphan} is only used with --gitlab-url`, flag: orphan });
  }
  const stdinUsed = legacy.agentTokenFile === '-' || valueFlags.some((flag) => flag.kind === 'values' && flag.path === '-');
  if (gitlab.gitlabTokenFile === '-' && stdinUsed) {
    throw new UsageError({
      message: 'standard input ("-") can be read only once: --gitlab-token-file - and another - flag',
      flag: '--gitlab-token-file',
    });
  }
}

function requireValue(flag: ParsedFlag, what: string): string {
  if (flag.value === '') throw new UsageError({ message: `--${flag.name} needs ${what}`, flag: `--${flag.name}` });
  return flag.value;
}

function parseChoice<T extends string>(flag: ParsedFlag, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(flag.value)) return flag.value as T;
  throw new UsageError({
    message: `invalid argument for --${flag.name}: expected one of ${choices.join(', ')}`,
    flag: `--${flag.name}`,
  });
}

/**
 * The old agentk `generate` put `--name-prefix` in front of every object name (kustomize's
 * namePrefix). The chart names objects `<release>-gitlab-agent…` and labels them with the
 * release, so the release name is the prefix's equivalent: `--name-prefix prod-` gives the
 * release `prod` and objects named `prod-gitlab-agent…`, with their own selector labels, so two
 * agents can share a namespace as they could before.
 */
function chooseReleaseName(
  releaseName: ParsedFlag | undefined,
  namePrefix: ParsedFlag | undefined,
): { name: string; flag: string | undefined } {
  const prefix = namePrefix?.value.replace(/-$/, '') ?? '';
  if (releaseName !== undefined && prefix !== '') {
    throw new UsageError({
      message: '--name-prefix and --release-name both name the release; use only one',
      flag: '--name-prefix',
    });
  }
  if (prefix !== '') return { name: prefix, flag: '--name-prefix' };
  if (releaseName !== undefined) return { name: releaseName.value, flag: '--release-name' };
  return { name: DEFAULT_RELEASE_NAME, flag: undefined };
}

/** The old command treated an empty value as "use the default". */
function dropEmpty(legacy: LegacyFlags): LegacyFlags {
  const kept: { -readonly [K in keyof LegacyFlags]: LegacyFlags[K] } = {};
  if (legacy.agentToken) kept.agentToken = legacy.agentToken;
  if (legacy.agentTokenFile !== undefined) kept.agentTokenFile = legacy.agentTokenFile;
  if (legacy.kasAddress) kept.kasAddress = legacy.kasAddress;
  if (legacy.agentVersion) kept.agentVersion = legacy.agentVersion;
  if (legacy.noRbac) kept.noRbac = true;
  return kept;
}

/** The `-f` files in the order given, as typed. */
export function listValuesFiles(args: Pick<CommandArgs, 'valueFlags'>): string[] {
  return args.valueFlags.flatMap((flag) => (flag.kind === 'values' ? [flag.path] : []));
}

/**
 * Whether to prepend a Namespace document. Without an explicit choice, namespaces that every
 * cluster already has (`default`, `kube-*`) are left alone so the output never claims to own them.
 */
export function shouldCreateNamespace(args: Pick<CommandArgs, 'createNamespace' | 'namespace'>): boolean {
  if (args.createNamespace !== undefined) return args.createNamespace;
  return args.namespace !== 'default' && !args.namespace.startsWith('kube-');
}
