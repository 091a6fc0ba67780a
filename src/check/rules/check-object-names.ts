/**
 * The names the chart derives from the release name, `nameOverride` and `fullnameOverride`:
 * object names, Service names, Service port names and the `app.kubernetes.io/name` label. Each
 * input can be a valid name on its own and still give a name the API server refuses: a Service
 * name must start with a letter and have no `.`, `FN-observability` must fit in 63 characters,
 * `fullnameOverride=custom--` leaves the ServiceAccount named `custom-`. Helm renders all of
 * these and `kubectl apply` fails; we report them, each on the value the user can change.
 * Inputs that break their own schema pattern are left to the schema, so nothing is said twice.
 */
import type { ValuesProblem } from '../../errors.js';
import type { ChartModel } from '../../chart/chart-model.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import { createProblem } from '../create-diagnostic.js';

interface NameRule {
  readonly pattern: RegExp;
  readonly maxLength: number;
  readonly description: string;
}

const DNS_SUBDOMAIN: NameRule = {
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  maxLength: 253,
  description: "lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters",
};
/** Service names are DNS-1035 labels: no `.`, and a letter first. */
const DNS_1035_LABEL: NameRule = {
  pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/,
  maxLength: 63,
  description: "lower-case letters, digits and '-', starting with a letter and ending with a letter or digit, at most 63 characters",
};
const DNS_1123_LABEL: NameRule = {
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  maxLength: 63,
  description: "lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
};
const LABEL_VALUE: NameRule = {
  pattern: /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/,
  maxLength: 63,
  description: "at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
};

/** The schema's pattern for nameOverride and fullnameOverride; a value that fails it is the schema's to report. */
const OVERRIDE_PATTERN = /^([a-z0-9][-a-z0-9.]*)?$/;

interface DerivedName {
  /** What carries the name: "the Deployment", "the port of the Service". */
  readonly what: string;
  readonly name: string;
  readonly rule: NameRule;
  /** Derived from NAME (nameOverride) rather than from the full name. */
  readonly fromName: boolean;
}

function breaks(rule: NameRule, name: string): boolean {
  return name.length > rule.maxLength || !rule.pattern.test(name);
}

/** `value` when it is a map (as getValueAt walks one), else undefined. */
function mapOf(value: unknown): Record<string, unknown> | undefined {
  return isMap(value) ? value : undefined;
}

/**
 * Every derived name the chart prints for these values that Kubernetes refuses, in the chart's
 * order, with the rule it breaks. Names that pass (nearly always all of them) cost no object.
 */
function listFailingNames(values: ValuesTree, model: ChartModel): DerivedName[] {
  const { names, objects } = model;
  const failing: DerivedName[] = [];
  const check = (what: string, name: string, rule: NameRule, fromName = false): void => {
    if (breaks(rule, name)) failing.push({ what, name, rule, fromName });
  };
  const config = mapOf(values['config']);

  check('the Deployment', names.deployment, DNS_SUBDOMAIN);
  // Names given outright (serviceAccount.name, config.secretName, the observability Secret name)
  // are checked by the schema; only the fallbacks built from the full name are checked here.
  if (objects.serviceAccount && !isGoTruthy(mapOf(values['serviceAccount'])?.['name'])) {
    check('the ServiceAccount', names.serviceAccount, DNS_SUBDOMAIN);
  }
  if (objects.tokenSecret && !isGoTruthy(config?.['secretName'])) check('the token Secret', names.tokenSecret, DNS_SUBDOMAIN);
  if (model.separateSecret) check('the API credentials Secret', names.renderedSecret, DNS_SUBDOMAIN);
  if (objects.configMap) check('the ConfigMap', names.configMap, DNS_SUBDOMAIN);
  if (objects.ingress) check('the Ingress', names.ingress, DNS_SUBDOMAIN);
  const observabilityTls = mapOf(mapOf(config?.['observability'])?.['tls']);
  if (isGoTruthy(observabilityTls?.['enabled']) && !isGoTruthy(mapOf(observabilityTls?.['secret'])?.['name'])) {
    check('the observability TLS Secret', names.observabilitySecret, DNS_SUBDOMAIN);
  }
  if (objects.service) check('the Service', names.service, DNS_1035_LABEL);
  if (model.receptive) check('a port of the Service', `tcp-${names.name}-external-api`, DNS_1123_LABEL, true);
  if (model.observability) check('a port of the Service', `tcp-${names.name}-observability`, DNS_1123_LABEL, true);
  if (objects.serviceMonitor) check('the ServiceMonitor Service', names.observabilityService, DNS_1035_LABEL);
  if (objects.operationalContainerScanning) {
    check('the scanning ServiceAccount', names.ocsServiceAccount, DNS_SUBDOMAIN);
  }
  check('the app.kubernetes.io/name label', names.name, LABEL_VALUE, true);
  return failing;
}

interface ProblemSource {
  readonly path: 'nameOverride' | 'fullnameOverride';
  /** Leads into "<what> the name ...". */
  readonly lead: string;
  readonly fix: string;
}

function describeProblem(source: ProblemSource, failing: readonly DerivedName[]): ValuesProblem {
  const [first] = failing as [DerivedName, ...DerivedName[]];
  const more = failing.length > 1 ? ` (and ${failing.length - 1} more name${failing.length > 2 ? 's' : ''})` : '';
  const length = first.name.length > first.rule.maxLength ? `, ${first.name.length} characters` : '';
  return createProblem({
    code: 'invalid-value',
    segments: [source.path],
    message: `${source.lead} ${first.what} the name "${first.name}"${length}, which Kubernetes refuses${more}`,
    hint: `that name must have ${first.rule.description}; ${source.fix}`,
  });
}

/** Problems with the names the chart derives; at most one per value the user can change. */
export function checkObjectNames(values: ValuesTree, model: ChartModel): ValuesProblem[] {
  const nameOverride = values['nameOverride'];
  const fullnameOverride = values['fullnameOverride'];
  for (const override of [nameOverride, fullnameOverride]) {
    if (override !== null && override !== undefined && (typeof override !== 'string' || !OVERRIDE_PATTERN.test(override))) {
      return [];
    }
  }
  const failing = listFailingNames(values, model);
  if (failing.length === 0) return [];

  const problems: ValuesProblem[] = [];
  const fromName = failing.filter((derived) => derived.fromName);
  const fromFullname = failing.filter((derived) => !derived.fromName);
  // NAME is the chart's own `gitlab-agent` unless nameOverride is set, so only nameOverride breaks it.
  if (fromName.length > 0) {
    problems.push(describeProblem({ path: 'nameOverride', lead: 'gives', fix: 'choose another nameOverride' }, fromName));
  }
  if (fromFullname.length === 0) return problems;
  if (isGoTruthy(fullnameOverride)) {
    problems.push(describeProblem({ path: 'fullnameOverride', lead: 'gives', fix: 'choose another fullnameOverride' }, fromFullname));
  } else if (!isGoTruthy(nameOverride)) {
    const fix = 'set fullnameOverride to a name that fits, or choose another release name';
    problems.push(describeProblem({ path: 'fullnameOverride', lead: 'is not set, so the release name gives', fix }, fromFullname));
  } else if (fromName.length === 0) {
    const fix = 'choose another nameOverride, set fullnameOverride, or choose another release name';
    problems.push(describeProblem({ path: 'nameOverride', lead: 'with the release name gives', fix }, fromFullname));
  }
  return problems;
}
