/**
 * The rules the schema cannot say, run on the file's value after the schema check. Each reads
 * only parts of the expected shape (a section of the wrong type was reported already), and each
 * is GitLab's own rule, from ../shared/spec/agent-config.md (section 5) unless said otherwise:
 * - access lists: Rails matches entries by full path, keeps the last of two equal ids, reads only
 *   the first 500 entries (100 before 17.0), and only paths under the configuration project's
 *   top-level group (unless the instance allows the whole organization);
 * - workspaces: the cross-field rules Rails checks before it saves `remote_development`;
 * - container scanning, logging and user access: settings that are valid but do not do what
 *   they seem to;
 * - placeholders left in any value.
 * All of these are warnings: GitLab accepts the file and silently ignores what breaks them.
 */
import { compareMinorVersions, formatMinor, type MinorVersion } from '../chart/agentk-versions.js';
import { isMap } from '../util/is-map.js';
import { checkCronSchedule } from './check-cron-schedule.js';
import { PLACEHOLDER } from './check-value-formats.js';
import type { Finding } from './check-against-schema.js';
import { formatConfigPath, type PathSegment } from './format-config-path.js';

export interface RuleOptions {
  readonly gitlab: MinorVersion;
  /** Full path of the configuration project, when known. */
  readonly configProject: string | undefined;
}

type Rule = (config: Readonly<Record<string, unknown>>, options: RuleOptions) => Finding[];

const ENTRY_LIMIT = 500;
const ENTRY_LIMIT_BEFORE_17 = 100;
const MAX_WORKSPACE_HOURS = 8760;
const DEFAULT_ACTIVE_HOURS = 36;
const DEFAULT_STOPPED_HOURS = 744;
/** The defaults of the termination hours of GitLab 17.3 to 17.11. */
const DEFAULT_TERMINATION_HOURS = 24;
const DEFAULT_TERMINATION_LIMIT = 120;
/** OCS scans every workload of the listed namespaces; more often than hourly only adds load. */
const FREQUENT_SCAN_SECONDS = 3600;
const NOT_SAVED = 'GitLab then does not save the workspace settings and keeps the previous ones';

const ACCESS_LISTS: readonly (readonly [string, string])[] = [
  ['ci_access', 'projects'],
  ['ci_access', 'groups'],
  ['user_access', 'projects'],
  ['user_access', 'groups'],
];

export const CONFIG_RULES: readonly Rule[] = [
  checkAccessLists,
  checkInstanceAccess,
  checkUserAccessIdentity,
  checkLogLevels,
  checkContainerScanning,
  checkRemoteDevelopment,
  checkPlaceholders,
];

export function checkConfigRules(config: Readonly<Record<string, unknown>>, options: RuleOptions): Finding[] {
  return CONFIG_RULES.flatMap((rule) => rule(config, options));
}

function warn(
  segments: readonly PathSegment[],
  code: Finding['code'],
  message: string,
  hint?: string,
  at: Finding['at'] = 'value',
): Finding {
  return { severity: 'warning', code, segments, message, hint, at, keyword: 'rule' };
}

function section(config: Readonly<Record<string, unknown>>, ...keys: string[]): Record<string, unknown> | undefined {
  let current: unknown = config;
  for (const key of keys) current = isMap(current) ? current[key] : undefined;
  return isMap(current) ? current : undefined;
}

function checkAccessLists(config: Readonly<Record<string, unknown>>, options: RuleOptions): Finding[] {
  const findings: Finding[] = [];
  const limit = options.gitlab.major < 17 ? ENTRY_LIMIT_BEFORE_17 : ENTRY_LIMIT;
  const topLevel = options.configProject?.split('/')[0]?.toLowerCase();
  for (const [sectionName, listName] of ACCESS_LISTS) {
    const list = section(config, sectionName)?.[listName];
    if (!Array.isArray(list)) continue;
    const path: PathSegment[] = [sectionName, listName];
    const lastIndexById = new Map<string, number>();
    list.forEach((entry, index) => {
      const id = isMap(entry) && typeof entry['id'] === 'string' ? entry['id'] : undefined;
      if (id !== undefined && id !== '') lastIndexById.set(id.toLowerCase(), index);
    });
    list.forEach((entry, index) => {
      const id = isMap(entry) && typeof entry['id'] === 'string' ? entry['id'] : undefined;
      if (id === undefined || id === '') return;
      const later = lastIndexById.get(id.toLowerCase());
      if (later !== undefined && later !== index) {
        findings.push(
          warn(
            [...path, index, 'id'],
            'duplicate-entry',
            `is listed again at ${formatConfigPath([...path, later])} (paths are compared without case); only that later entry takes effect`,
            'keep one entry per path, with all its settings',
          ),
        );
      }
      const first = id.split('/')[0]?.toLowerCase();
      if (topLevel !== undefined && first !== topLevel && isPlainPath(id)) {
        findings.push(
          warn(
            [...path, index, 'id'],
            'outside-top-level-group',
            `is not under ${topLevel}/, the top-level group of the configuration project, so GitLab ignores it unless the instance lets agents be authorized across the organization`,
            'authorize projects and groups under the same top-level group as the agent, or register the agent there',
          ),
        );
      }
    });
    if (list.length > limit) {
      findings.push(
        warn(
          [...path, limit],
          'too-many-entries',
          `is past the first ${limit} entries of ${sectionName}.${listName}, the only ones GitLab reads${options.gitlab.major < 17 ? ` before 17.0` : ''}; ${list.length - limit} ${list.length - limit === 1 ? 'entry is' : 'entries are'} ignored`,
          listName === 'projects'
            ? 'authorize a group instead of many of its projects'
            : 'authorize a parent group instead of many subgroups',
        ),
      );
    }
  }
  return findings;
}

function isPlainPath(id: string): boolean {
  return /^[A-Za-z0-9_.][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)*$/.test(id) && !/^[0-9]+$/.test(id);
}

function checkInstanceAccess(config: Readonly<Record<string, unknown>>): Finding[] {
  const findings: Finding[] = [];
  if (section(config, 'ci_access', 'instance') !== undefined) {
    findings.push(
      warn(
        ['ci_access', 'instance'],
        'limited-effect',
        'takes effect only on self-managed GitLab whose administrator turned on organization_cluster_agent_authorization_enabled; never on GitLab.com',
        undefined,
        'key',
      ),
    );
  }
  if (section(config, 'user_access', 'instance') !== undefined) {
    findings.push(
      warn(
        ['user_access', 'instance'],
        'limited-effect',
        "may have no effect: GitLab's support for instance-wide user access is still pending, and it is for self-managed GitLab only",
        undefined,
        'key',
      ),
    );
  }
  return findings;
}

/** Before 18.3, user requests fail without an identity; from 18.3 the agent's is the default. */
function checkUserAccessIdentity(config: Readonly<Record<string, unknown>>, options: RuleOptions): Finding[] {
  const userAccess = section(config, 'user_access');
  if (userAccess === undefined || (userAccess['access_as'] !== undefined && userAccess['access_as'] !== null)) return [];
  const since: MinorVersion = { major: 18, minor: 3 };
  if (compareMinorVersions(options.gitlab, since) >= 0) return [];
  return [
    warn(
      ['user_access'],
      'missing-access-as',
      `has no access_as; before GitLab ${formatMinor(since)} users' requests then fail`,
      'add access_as: { agent: {} } (or user: {} on Premium and Ultimate)',
      'key',
    ),
  ];
}

function checkLogLevels(config: Readonly<Record<string, unknown>>): Finding[] {
  const logging = section(config, 'observability', 'logging');
  if (logging === undefined) return [];
  const names = ['info', 'debug', 'warn', 'error'];
  return ['level', 'grpc_level'].flatMap((key) => {
    const level = logging[key];
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 3) return [];
    return [
      warn(
        ['observability', 'logging', key],
        'numeric-log-level',
        `is a number, which the agent reads as ${names[level]}`,
        `write the name: ${key}: ${names[level]}`,
      ),
    ];
  });
}

function checkContainerScanning(config: Readonly<Record<string, unknown>>): Finding[] {
  const scanning = section(config, 'container_scanning');
  if (scanning === undefined) return [];
  const findings: Finding[] = [];
  const image = section(config, 'container_scanning', 'trivy_k8s_wrapper_image');
  if (image !== undefined && image['tag'] !== undefined && image['tag'] !== null) {
    findings.push(
      warn(
        ['container_scanning', 'trivy_k8s_wrapper_image', 'tag'],
        'internal-setting',
        'pins the Trivy wrapper image, which each agent version sets itself; a tag that does not match the agent can break the scans',
        'remove the tag, and set only repository for a mirror',
        'key',
      ),
    );
  }
  const namespaces = section(config, 'container_scanning', 'vulnerability_report')?.['namespaces'];
  if (!Array.isArray(namespaces) || namespaces.length === 0) {
    findings.push(
      warn(
        ['container_scanning'],
        'nothing-scanned',
        'lists no namespaces to scan (vulnerability_report.namespaces), so the scans find nothing',
        'list the namespaces to scan under vulnerability_report.namespaces',
        'key',
      ),
    );
  }
  const cadence = scanning['cadence'];
  if (typeof cadence === 'string') {
    const schedule = checkCronSchedule(cadence);
    if (schedule.ok && schedule.intervalSeconds !== undefined && schedule.intervalSeconds < FREQUENT_SCAN_SECONDS) {
      findings.push(
        warn(
          ['container_scanning', 'cadence'],
          'frequent-schedule',
          `runs a scan every ${describeSeconds(schedule.intervalSeconds)}; each scan inspects every workload of the listed namespaces`,
          "scan daily or weekly, as GitLab documents: '0 18 * * *'",
        ),
      );
    }
  }
  return findings;
}

function describeSeconds(seconds: number): string {
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return seconds === 1 ? 'second' : `${seconds} seconds`;
}

function checkRemoteDevelopment(config: Readonly<Record<string, unknown>>, options: RuleOptions): Finding[] {
  const workspaces = section(config, 'remote_development');
  if (workspaces === undefined) return [];
  const base: PathSegment[] = ['remote_development'];
  const findings: Finding[] = [];
  if (workspaces['enabled'] === false) {
    findings.push(
      warn(
        base,
        'not-enabled',
        'is turned off (enabled: false), so no workspace can use this agent',
        'set enabled: true to use workspaces',
        'key',
      ),
    );
  } else if (workspaces['enabled'] !== true) {
    findings.push(
      warn(
        base,
        'not-enabled',
        'has no enabled: true, so no workspace can use this agent',
        'add enabled: true under remote_development',
        'key',
      ),
    );
  }
  if (workspaces['dns_zone'] === undefined || workspaces['dns_zone'] === null || workspaces['dns_zone'] === '') {
    findings.push(
      warn(
        [...base, 'dns_zone'],
        'missing-required',
        `is required, even with enabled: false; ${NOT_SAVED}`,
        'give the DNS zone of the workspaces: dns_zone: workspaces.example.dev',
      ),
    );
  }
  const active = readWholeNumber(workspaces['max_active_hours_before_stop']) ?? DEFAULT_ACTIVE_HOURS;
  const stopped = readWholeNumber(workspaces['max_stopped_hours_before_termination']) ?? DEFAULT_STOPPED_HOURS;
  if (active + stopped > MAX_WORKSPACE_HOURS && active <= MAX_WORKSPACE_HOURS && stopped <= MAX_WORKSPACE_HOURS) {
    const key =
      workspaces['max_stopped_hours_before_termination'] !== undefined
        ? 'max_stopped_hours_before_termination'
        : 'max_active_hours_before_stop';
    findings.push(
      warn(
        [...base, key],
        'invalid-value',
        `max_active_hours_before_stop (${active}) plus max_stopped_hours_before_termination (${stopped}) is more than ${MAX_WORKSPACE_HOURS}; ${NOT_SAVED}`,
        `lower one of them so that the two add up to at most ${MAX_WORKSPACE_HOURS} (defaults: ${DEFAULT_ACTIVE_HOURS} and ${DEFAULT_STOPPED_HOURS})`,
      ),
    );
  }
  const runtimeClass = workspaces['default_runtime_class'];
  if (
    workspaces['allow_privilege_escalation'] === true &&
    workspaces['use_kubernetes_user_namespaces'] !== true &&
    !(typeof runtimeClass === 'string' && runtimeClass !== '')
  ) {
    findings.push(
      warn(
        [...base, 'allow_privilege_escalation'],
        'invalid-value',
        `needs use_kubernetes_user_namespaces: true or a default_runtime_class; ${NOT_SAVED}`,
        'set one of them, or remove allow_privilege_escalation',
      ),
    );
  }
  findings.push(...checkTerminationHours(workspaces, base, options));
  findings.push(...checkPullSecrets(workspaces, base));
  for (const key of ['default_resources_per_workspace_container', 'max_resources_per_workspace']) {
    findings.push(...checkCompleteResources(workspaces[key], [...base, key]));
  }
  return findings;
}

/**
 * The termination hours GitLab 17.3 to 17.11 read (18.0 removed them, and the schema check
 * reports them there): the default at least 1, at most the limit, the limit at most 8760.
 */
function checkTerminationHours(
  workspaces: Readonly<Record<string, unknown>>,
  base: readonly PathSegment[],
  options: RuleOptions,
): Finding[] {
  if (options.gitlab.major >= 18) return [];
  const defaultKey = 'default_max_hours_before_termination';
  const limitKey = 'max_hours_before_termination_limit';
  if (workspaces[defaultKey] === undefined && workspaces[limitKey] === undefined) return [];
  const hours = readWholeNumber(workspaces[defaultKey]) ?? DEFAULT_TERMINATION_HOURS;
  const limit = readWholeNumber(workspaces[limitKey]) ?? DEFAULT_TERMINATION_LIMIT;
  if (hours >= 1 && hours <= limit && limit <= MAX_WORKSPACE_HOURS) return [];
  const key = workspaces[defaultKey] !== undefined ? defaultKey : limitKey;
  return [
    warn(
      [...base, key],
      'invalid-value',
      `${defaultKey} (${hours}) must be at least 1 and at most ${limitKey} (${limit}), which must be at most ${MAX_WORKSPACE_HOURS}; ${NOT_SAVED}`,
      `the defaults are ${DEFAULT_TERMINATION_HOURS} and ${DEFAULT_TERMINATION_LIMIT}`,
    ),
  ];
}

function checkPullSecrets(workspaces: Readonly<Record<string, unknown>>, base: readonly PathSegment[]): Finding[] {
  const findings: Finding[] = [];
  const shared = typeof workspaces['shared_namespace'] === 'string' ? workspaces['shared_namespace'] : '';
  const secrets = Array.isArray(workspaces['image_pull_secrets']) ? workspaces['image_pull_secrets'] : [];
  const firstIndexByName = new Map<string, number>();
  secrets.forEach((secret, index) => {
    if (!isMap(secret)) return;
    const name = secret['name'];
    if (typeof name === 'string') {
      const first = firstIndexByName.get(name);
      if (first !== undefined) {
        findings.push(
          warn(
            [...base, 'image_pull_secrets', index, 'name'],
            'duplicate-entry',
            `repeats the name of ${formatConfigPath([...base, 'image_pull_secrets', first])}; names must be unique, and ${NOT_SAVED}`,
            'list each Secret once',
          ),
        );
      } else firstIndexByName.set(name, index);
    }
    if (shared !== '' && typeof secret['namespace'] === 'string' && secret['namespace'] !== shared) {
      findings.push(
        warn(
          [...base, 'image_pull_secrets', index, 'namespace'],
          'invalid-value',
          `must be the shared_namespace when one is set; ${NOT_SAVED}`,
          'put the Secret in the shared namespace',
        ),
      );
    }
  });
  const max = workspaces['max_resources_per_workspace'];
  if (shared !== '' && isMap(max) && Object.values(max).some((value) => value !== null)) {
    findings.push(
      warn(
        [...base, 'max_resources_per_workspace'],
        'invalid-value',
        `must be {} when shared_namespace is set; ${NOT_SAVED}`,
        'remove max_resources_per_workspace, or the shared namespace',
        'key',
      ),
    );
  }
  return findings;
}

/** `{}`, or both `requests` and `limits`, each with both `cpu` and `memory`. */
function checkCompleteResources(value: unknown, segments: readonly PathSegment[]): Finding[] {
  if (!isMap(value)) return [];
  const set = (map: unknown, key: string): boolean => isMap(map) && map[key] !== undefined && map[key] !== null;
  if (!set(value, 'requests') && !set(value, 'limits')) return [];
  const missing: string[] = [];
  for (const part of ['requests', 'limits']) {
    for (const resource of ['cpu', 'memory']) if (!set(value[part], resource)) missing.push(`${part}.${resource}`);
  }
  if (missing.length === 0) return [];
  return [
    warn(
      segments,
      'missing-required',
      `lacks ${missing.join(', ')}: it must be {} or give cpu and memory for both requests and limits; ${NOT_SAVED}`,
      'complete it, or write {} for no default',
      'key',
    ),
  ];
}

function readWholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?(0|[1-9][0-9]{0,8})$/.test(value)) return Number(value);
  return undefined;
}

/** Text left from a template or a guide: `<your-project>`, `$CI_PROJECT_PATH`, `{{ .Values.x }}`. */
function checkPlaceholders(config: Readonly<Record<string, unknown>>): Finding[] {
  const findings: Finding[] = [];
  const visit = (value: unknown, segments: PathSegment[]): void => {
    if (typeof value === 'string') {
      if (!PLACEHOLDER.test(value)) return;
      const variable = /\$\{?[A-Za-z_]/.test(value);
      findings.push(
        warn(
          segments,
          'placeholder',
          variable
            ? 'holds a CI/CD variable, which GitLab does not expand in this file: the text is used as written'
            : 'looks like a placeholder that was never filled in',
          variable ? 'write the actual value' : 'replace it with the actual value',
        ),
      );
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...segments, index]));
    else if (isMap(value)) for (const key of Object.keys(value)) visit(value[key], [...segments, key]);
  };
  visit(config, []);
  return findings;
}
