/**
 * The `x-format` checks of schemas/agent-config.schema.json: rules on a string that a pattern
 * cannot say or would say badly. Each format names the part of GitLab that enforces it, which
 * decides how bad a violation is (see `Enforcer`). Messages describe the value, never quote it.
 */
import { isIPv4, isIPv6 } from '../util/ip-address.js';
import { checkCronSchedule } from './check-cron-schedule.js';

/**
 * Who checks a rule, and so what happens when it is broken:
 * - `kas`: the agent server rejects the whole file, and the agent keeps its previous configuration;
 * - `agentk`: the agent refuses the whole new configuration and keeps its previous one;
 * - `rails`: GitLab accepts the file but silently ignores the setting or entry;
 * - `kubernetes`: GitLab accepts it, and Kubernetes refuses it when it is used;
 * - `advice`: nothing refuses it, but it will not do what it seems to.
 */
export type Enforcer = 'kas' | 'agentk' | 'rails' | 'kubernetes' | 'advice';

/** The enforcers whose violations make the file invalid; the others give warnings. */
export function rejectsFile(enforcer: Enforcer): boolean {
  return enforcer === 'kas' || enforcer === 'agentk';
}

export interface FormatIssue {
  readonly message: string;
  readonly hint?: string;
}

export interface ValueFormat {
  readonly enforcedBy: Enforcer;
  readonly check: (value: string) => FormatIssue | undefined;
}

/** protobuf's Duration range: ±10 000 years in seconds. */
const MAX_DURATION_SECONDS = 315_576_000_000n;

export const VALUE_FORMATS: Readonly<Record<string, ValueFormat>> = {
  duration: { enforcedBy: 'kas', check: checkDurationRange },
  cron: {
    enforcedBy: 'agentk',
    check: (value) => {
      const result = checkCronSchedule(value);
      return result.ok ? undefined : { message: result.message, hint: result.hint };
    },
  },
  'project-path': { enforcedBy: 'rails', check: (value) => checkFullPath(value, 'project') },
  'group-path': { enforcedBy: 'rails', check: (value) => checkFullPath(value, 'group') },
  'namespace-or-empty': { enforcedBy: 'kubernetes', check: checkNamespaceName },
  cidr: { enforcedBy: 'rails', check: checkCidr },
  'flux-receiver-url': { enforcedBy: 'advice', check: checkFluxReceiverUrl },
  'metadata-key': { enforcedBy: 'rails', check: checkMetadataKey },
};

function checkDurationRange(value: string): FormatIssue | undefined {
  const whole = /^[-+]?([0-9]*)/.exec(value)?.[1] ?? '';
  if (whole !== '' && BigInt(whole) > MAX_DURATION_SECONDS) {
    return { message: 'is longer than a duration can be (10000 years)', hint: 'write a number of seconds up to 315576000000s' };
  }
  return undefined;
}

/**
 * Placeholders (`<your-project>`, `${CI_PROJECT_PATH}`, `{{ .Values.x }}`) are reported by the
 * placeholder rule instead; they would only repeat here.
 */
export const PLACEHOLDER = /<[^<>\n]+>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\{\{[^}]*\}\}|^path\/to\//;

/**
 * A full path as Rails compares it (case-insensitively) with the paths of projects and groups.
 * An entry that cannot be one is silently ignored: it grants nothing.
 */
function checkFullPath(value: string, kind: 'project' | 'group'): FormatIssue | undefined {
  if (PLACEHOLDER.test(value)) return undefined;
  const hint = `write the ${kind}'s full path, as in its URL after the host: ${kind === 'project' ? 'group/subgroup/project' : 'group/subgroup'}`;
  const ignored = `GitLab silently ignores this entry`;
  if (/^[0-9]+$/.test(value)) return { message: `is a numeric ID; ${kind}s are matched by full path only, so ${ignored}`, hint };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[^/@\s]+@[^/\s]+:/.test(value)) {
    return { message: `is a URL, not a full path, so ${ignored}`, hint };
  }
  if (value.startsWith('/') || value.endsWith('/'))
    return { message: `starts or ends with /, which no full path does, so ${ignored}`, hint };
  if (/\.git$/i.test(value)) return { message: `ends in .git, which no full path does, so ${ignored}`, hint: `${hint}, without .git` };
  const segments = value.split('/');
  if (segments.some((segment) => !/^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/.test(segment))) {
    return { message: `is not a GitLab path (paths hold letters, digits, '_', '-' and '.', separated by /), so ${ignored}`, hint };
  }
  if (kind === 'project' && segments.length < 2) {
    return {
      message: `has no namespace: a project's full path starts with its group or user, so ${ignored}`,
      hint: 'write group/project, not only the project name',
    };
  }
  return undefined;
}

/** A Kubernetes namespace name: an RFC 1123 label. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function checkNamespaceName(value: string): FormatIssue | undefined {
  if (value === '' || PLACEHOLDER.test(value) || (value.length <= 63 && DNS_LABEL.test(value))) return undefined;
  return {
    message: 'is not a Kubernetes namespace name, so the kubecontext points at a namespace that cannot exist',
    hint: 'use at most 63 lower-case letters, digits and -, starting and ending with a letter or digit',
  };
}

function checkCidr(value: string): FormatIssue | undefined {
  const [address = '', prefix, ...rest] = value.split('/');
  const bits = isIPv4(address) ? 32 : isIPv6(address) ? 128 : 0;
  const prefixOk = prefix === undefined || (/^(0|[1-9][0-9]{0,2})$/.test(prefix) && Number(prefix) <= bits);
  if (bits > 0 && prefixOk && rest.length === 0) return undefined;
  return {
    message: 'is not an IPv4 or IPv6 CIDR; GitLab then does not save the workspace settings',
    hint: 'write an address and prefix length: 10.0.0.0/8, 0.0.0.0/0 or fd00::/8',
  };
}

/** An absolute http(s) URL, or the Kubernetes API's proxy path to a Service. */
function checkFluxReceiverUrl(value: string): FormatIssue | undefined {
  if (/^\/api\/v1\/namespaces\/[a-z0-9-]+\/services\/[^/\s]+\/proxy(\/\S*)?$/.test(value)) return undefined;
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return undefined;
  } catch {
    // not a URL: reported below
  }
  return {
    message: 'is neither an http(s) URL nor a Kubernetes API proxy path, so the agent cannot notify Flux',
    hint: 'write the Receiver URL (http://webhook-receiver.flux-system.svc.cluster.local) or /api/v1/namespaces/<namespace>/services/<service>/proxy',
  };
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const METADATA_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const RESERVED_PREFIXES = ['gitlab.com', 'kubernetes.io', 'k8s.io'];

/** A label or annotation key: an optional DNS prefix and `/`, then a name of at most 63 characters. */
function checkMetadataKey(key: string): FormatIssue | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  const hint = 'use an optional DNS prefix and /, then at most 63 letters, digits, ., _ and -: example.com/team';
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) {
    return { message: 'has a prefix that is not a DNS subdomain; GitLab then does not save the workspace settings', hint };
  }
  if (name.length > 63 || !METADATA_NAME.test(name)) {
    return { message: 'is not a valid Kubernetes label or annotation key; GitLab then does not save the workspace settings', hint };
  }
  if (prefix !== undefined && RESERVED_PREFIXES.some((reserved) => prefix === reserved || prefix.endsWith(`.${reserved}`))) {
    return {
      message: `uses a reserved prefix (${RESERVED_PREFIXES.join(', ')}); GitLab then does not save the workspace settings`,
      hint: 'use a prefix of your own domain',
    };
  }
  return undefined;
}
