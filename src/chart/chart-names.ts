/** The chart's `_helpers.tpl` naming rules (spec §2), as pure functions of the merged values. */
import { isGoTruthy } from '../helm/go-semantics.js';
import { CHART } from './chart-metadata.js';

export interface ChartNames {
  /** NAME: `app.kubernetes.io/name`. */
  readonly name: string;
  /** FN: the base of every object name. */
  readonly fullname: string;
  readonly deployment: string;
  readonly service: string;
  readonly serviceAccount: string;
  /** The Secret the agent reads its token from: `config.secretName`, else `FN-token`. */
  readonly tokenSecret: string;
  /**
   * The Secret `secret.yaml` renders: the token Secret, except when `config.secretName` names the
   * user's own Secret (no `config.token`): then `FN-api-credentials`, so a render never takes the
   * name of a Secret it does not fill (a deliberate difference from the chart).
   */
  readonly renderedSecret: string;
  readonly configMap: string;
  readonly ingress: string;
  readonly observabilitySecret: string;
  readonly observabilityService: string;
  readonly clusterRoleBinding: string;
  readonly clusterRole: string;
  readonly ocsServiceAccount: string;
  readonly ocsRole: string;
  readonly ocsClusterRole: string;
}

export interface NameInputs {
  readonly releaseName: string;
  readonly namespace: string;
  readonly nameOverride: unknown;
  readonly fullnameOverride: unknown;
  readonly serviceAccountCreate: unknown;
  readonly serviceAccountName: unknown;
  readonly secretName: unknown;
  readonly token: unknown;
  readonly observabilitySecretName: unknown;
  readonly useExistingRole: unknown;
}

/** sprig `trunc`: cut to at most `length` characters. */
function truncate(text: string, length: number): string {
  return text.length > length ? text.slice(0, length) : text;
}

/** sprig `trimSuffix "-"`: removes exactly one trailing dash. */
function trimOneDash(text: string): string {
  return text.endsWith('-') ? text.slice(0, -1) : text;
}

/** sprig `default`: the fallback when the value is unset by Go template rules. */
function orDefault(value: unknown, fallback: string): string {
  return isGoTruthy(value) ? String(value) : fallback;
}

export function computeChartNames(inputs: NameInputs): ChartNames {
  const baseName = orDefault(inputs.nameOverride, CHART.name);
  const name = trimOneDash(truncate(baseName, 63));
  let fullname: string;
  if (isGoTruthy(inputs.fullnameOverride)) {
    fullname = trimOneDash(truncate(String(inputs.fullnameOverride), 63));
  } else if (inputs.releaseName.includes(baseName)) {
    fullname = trimOneDash(truncate(inputs.releaseName, 63));
  } else {
    fullname = trimOneDash(truncate(`${inputs.releaseName}-${baseName}`, 63));
  }
  const serviceAccount = isGoTruthy(inputs.serviceAccountCreate)
    ? orDefault(inputs.serviceAccountName, fullname)
    : orDefault(inputs.serviceAccountName, 'default');
  const clusterRole = orDefault(inputs.useExistingRole, 'cluster-admin');
  const tokenSecret = orDefault(inputs.secretName, `${fullname}-token`);
  return {
    name,
    fullname,
    // Neither suffix rule trims a trailing dash, so `custom--v2` is possible, as in the chart.
    deployment: `${truncate(fullname, 60)}-v2`,
    service: `${truncate(fullname, 55)}-service`,
    serviceAccount,
    tokenSecret,
    renderedSecret: isUsersSecret(inputs) ? `${fullname}-api-credentials` : tokenSecret,
    configMap: fullname,
    ingress: `${fullname}-ingress`,
    observabilitySecret: orDefault(inputs.observabilitySecretName, `${fullname}-observability`),
    observabilityService: `${fullname}-observability`,
    clusterRoleBinding: `${inputs.namespace}:${fullname}-${clusterRole}`,
    clusterRole,
    ocsServiceAccount: `${fullname}-ocs-scanning-pod-sa`,
    ocsRole: `${fullname}:ocs`,
    ocsClusterRole: `${inputs.namespace}:${fullname}:ocs`,
  };
}

/** `config.secretName` without `config.token`: the named Secret is the user's, made outside this render. */
export function isUsersSecret(inputs: Pick<NameInputs, 'secretName' | 'token'>): boolean {
  return isGoTruthy(inputs.secretName) && !isGoTruthy(inputs.token);
}
