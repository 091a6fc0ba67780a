/**
 * A new agent configuration file, commented, for `config init`: the common settings from its
 * options, and commented-out examples of the rest. Valid by construction: the options are
 * checked first (an error names the option), every value is written through the same YAML
 * scalar writer as the manifests, and the result is validated before it is returned.
 */
import { formatScalar } from '../helm/yaml-output.js';
import { isAgentName } from './check-config-location.js';
import { checkCronSchedule } from './check-cron-schedule.js';
import { DNS_LABEL, VALUE_FORMATS } from './check-value-formats.js';
import { validateAgentConfig } from './validate-agent-config.js';

/** Who a CI/CD job acts as in the cluster. */
export type CiAccessIdentity =
  { readonly kind: 'agent' } | { readonly kind: 'ci_job' } | { readonly kind: 'impersonate'; readonly username: string };

export const LOG_LEVELS = ['info', 'debug', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ScaffoldAgentConfigOptions {
  readonly agentName: string;
  /** Projects and groups whose CI/CD jobs may use the agent, with the options every entry gets. */
  readonly ciAccess?: {
    readonly projects?: readonly string[];
    readonly groups?: readonly string[];
    readonly defaultNamespace?: string;
    readonly accessAs?: CiAccessIdentity;
    readonly environments?: readonly string[];
    readonly protectedBranchesOnly?: boolean;
  };
  /** Projects and groups whose members may use the agent, and as whom. */
  readonly userAccess?: {
    readonly projects?: readonly string[];
    readonly groups?: readonly string[];
    readonly accessAs?: 'agent' | 'user';
  };
  readonly logLevel?: LogLevel;
  /** Operational container scanning (Ultimate): when, and which namespaces. */
  readonly containerScanning?: { readonly cadence: string; readonly namespaces: readonly string[] };
}

/** Why an option cannot be written into a valid file; `option` names it as in the options. */
export class ScaffoldOptionError extends TypeError {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScaffoldOptionError';
  }
}

export function scaffoldAgentConfig(options: ScaffoldAgentConfigOptions): string {
  checkScaffoldOptions(options);
  const { agentName } = options;
  const lines: string[] = [
    `# Configuration of the GitLab agent for Kubernetes "${agentName}".`,
    `# GitLab reads it from .gitlab/agents/${agentName}/config.yaml on the default branch of this`,
    '# project: keep the name config.yaml (config.yml is ignored), and keep keys in snake_case.',
    '# Check it after every change: gitlab-agent-manifests config validate',
  ];
  lines.push('', ...formatCiAccess(options.ciAccess));
  lines.push('', ...formatUserAccess(options.userAccess));
  if (options.containerScanning !== undefined) lines.push('', ...formatContainerScanning(options.containerScanning));
  lines.push('', ...formatObservability(options.logLevel));
  const text = `${lines.join('\n')}\n`;
  const result = validateAgentConfig(text, { path: `.gitlab/agents/${agentName}/config.yaml` });
  if (!result.valid) throw new Error(`config init wrote an invalid file (${result.problems.map((p) => p.code).join(', ')}); this is a bug`);
  return text;
}

function checkScaffoldOptions(options: ScaffoldAgentConfigOptions): void {
  if (!isAgentName(options.agentName)) {
    throw new ScaffoldOptionError(
      'agentName',
      'is not a valid agent name: at most 63 lower-case letters, digits and -, starting and ending with a letter or digit',
    );
  }
  const paths: readonly (readonly [string, string, readonly string[] | undefined])[] = [
    ['ciAccess.projects', 'project-path', options.ciAccess?.projects],
    ['ciAccess.groups', 'group-path', options.ciAccess?.groups],
    ['userAccess.projects', 'project-path', options.userAccess?.projects],
    ['userAccess.groups', 'group-path', options.userAccess?.groups],
  ];
  for (const [option, format, values = []] of paths) {
    for (const value of values) {
      const issue = VALUE_FORMATS[format]?.check(value);
      // The format check leaves placeholders to another rule; here they are refused too.
      if (issue !== undefined || value === '' || /[<>${}]/.test(value)) {
        throw new ScaffoldOptionError(option, `is not a full path: ${issue?.hint ?? 'write group/project or group/subgroup'}`);
      }
    }
    if (new Set(values.map((value) => value.toLowerCase())).size !== values.length) {
      throw new ScaffoldOptionError(option, 'lists the same path twice');
    }
  }
  const namespace = options.ciAccess?.defaultNamespace;
  if (namespace !== undefined && !isNamespaceName(namespace)) {
    throw new ScaffoldOptionError('ciAccess.defaultNamespace', 'is not a Kubernetes namespace name (lower-case letters, digits and -)');
  }
  const identity = options.ciAccess?.accessAs;
  if (identity?.kind === 'impersonate' && identity.username.trim() === '') {
    throw new ScaffoldOptionError('ciAccess.accessAs', 'impersonate needs a user name: impersonate:USER');
  }
  if (options.ciAccess?.environments?.some((environment) => environment.trim() === '')) {
    throw new ScaffoldOptionError('ciAccess.environments', 'has an empty environment name');
  }
  if (options.logLevel !== undefined && !LOG_LEVELS.includes(options.logLevel)) {
    throw new ScaffoldOptionError('logLevel', `must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const scanning = options.containerScanning;
  if (scanning !== undefined) {
    const schedule = checkCronSchedule(scanning.cadence);
    if (!schedule.ok) throw new ScaffoldOptionError('containerScanning.cadence', `${schedule.message}; ${schedule.hint}`);
    if (scanning.namespaces.length === 0)
      throw new ScaffoldOptionError('containerScanning.namespaces', 'needs at least one namespace to scan');
    if (!scanning.namespaces.every(isNamespaceName)) {
      throw new ScaffoldOptionError('containerScanning.namespaces', 'has a name that is not a Kubernetes namespace name');
    }
  }
}

function isNamespaceName(name: string): boolean {
  return name.length <= 63 && DNS_LABEL.test(name);
}

function formatCiAccess(ciAccess: ScaffoldAgentConfigOptions['ciAccess']): string[] {
  const header = [
    '# CI/CD jobs of these projects and groups (with their subgroups) get a Kubernetes context for',
    '# this agent; this project always has one. Entries are full paths: group/subgroup/project.',
  ];
  const projects = ciAccess?.projects ?? [];
  const groups = ciAccess?.groups ?? [];
  if (projects.length === 0 && groups.length === 0) {
    return [
      ...header,
      '# ci_access:',
      '#   projects:',
      '#     - id: my-group/my-project',
      '#   groups:',
      '#     - id: my-group/my-subgroup',
    ];
  }
  const entry = (id: string): string[] => {
    const lines = [`    - id: ${formatScalar(id)}`];
    if (ciAccess?.defaultNamespace !== undefined) lines.push(`      default_namespace: ${formatScalar(ciAccess.defaultNamespace)}`);
    lines.push(...formatIdentity(ciAccess?.accessAs));
    if (ciAccess?.environments !== undefined && ciAccess.environments.length > 0) {
      lines.push('      environments:', ...ciAccess.environments.map((environment) => `        - ${formatScalar(environment)}`));
    }
    if (ciAccess?.protectedBranchesOnly === true) lines.push('      protected_branches_only: true');
    return lines;
  };
  return [
    ...header,
    'ci_access:',
    ...(projects.length > 0 ? ['  projects:', ...projects.flatMap(entry)] : []),
    ...(groups.length > 0 ? ['  groups:', ...groups.flatMap(entry)] : []),
  ];
}

function formatIdentity(identity: CiAccessIdentity | undefined): string[] {
  switch (identity?.kind) {
    case undefined:
      return [];
    case 'agent':
      return ['      access_as:', '        agent: {}'];
    case 'ci_job':
      return ['      access_as:', '        # Premium and Ultimate: the job acts as itself (gitlab:ci_job:<id>).', '        ci_job: {}'];
    case 'impersonate':
      return [
        '      access_as:',
        '        # Premium and Ultimate: requests impersonate this Kubernetes user.',
        '        impersonate:',
        `          username: ${formatScalar(identity.username)}`,
      ];
  }
}

function formatUserAccess(userAccess: ScaffoldAgentConfigOptions['userAccess']): string[] {
  const header = [
    '# Members of these projects and groups may use the cluster through the Kubernetes API and the',
    '# GitLab UI, as the agent (agent: {}) or as themselves (user: {}, Premium and Ultimate).',
  ];
  const projects = userAccess?.projects ?? [];
  const groups = userAccess?.groups ?? [];
  if (projects.length === 0 && groups.length === 0) {
    return [...header, '# user_access:', '#   access_as:', '#     agent: {}', '#   projects:', '#     - id: my-group/my-project'];
  }
  return [
    ...header,
    'user_access:',
    '  access_as:',
    `    ${userAccess?.accessAs ?? 'agent'}: {}`,
    ...(projects.length > 0 ? ['  projects:', ...projects.map((id) => `    - id: ${formatScalar(id)}`)] : []),
    ...(groups.length > 0 ? ['  groups:', ...groups.map((id) => `    - id: ${formatScalar(id)}`)] : []),
  ];
}

function formatContainerScanning(scanning: NonNullable<ScaffoldAgentConfigOptions['containerScanning']>): string[] {
  return [
    '# Operational container scanning (Ultimate): when Trivy scans the workloads of these namespaces,',
    '# as a cron expression in UTC. Keep it quoted: an unquoted * starts a YAML alias.',
    'container_scanning:',
    `  cadence: ${quoteCron(scanning.cadence)}`,
    '  vulnerability_report:',
    '    namespaces:',
    ...scanning.namespaces.map((namespace) => `      - ${formatScalar(namespace)}`),
  ];
}

/** Single quotes, as GitLab's documentation writes cron expressions. */
function quoteCron(cadence: string): string {
  return `'${cadence.replaceAll("'", "''")}'`;
}

function formatObservability(level: LogLevel | undefined): string[] {
  const header = ['# How much agentk logs: info (default), debug, warn or error, in lower case.'];
  if (level === undefined) return [...header, '# observability:', '#   logging:', '#     level: info'];
  return [...header, 'observability:', '  logging:', `    level: ${level}`];
}
