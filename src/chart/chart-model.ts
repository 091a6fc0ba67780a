/**
 * What the chart derives from merged values, computed once: the object names (`_helpers.tpl`),
 * which optional objects and volumes exist, and the pod's own volumes with their mounts. The
 * checks and the template context both read this one model, so a rule the chart changes is
 * changed here and nowhere else. It reads the values with the chart's Go template semantics and
 * never throws, so the checks can use it on values the schema has refused.
 */
import { isGoTruthy } from '../helm/go-semantics.js';
import type { ValuesTree } from '../types.js';
import { isMap } from '../util/is-map.js';
import type { PatchVersion } from './agentk-versions.js';
import { computeChartNames, type ChartNames } from './chart-names.js';
import { NEWEST_CHART_RELEASE, hasFeature, type ChartRelease } from './chart-releases.js';
import { readExtraManifests, type ExtraManifest } from './extra-manifests.js';
import type { AgentConfig } from '../generated/agent-config.js';
import { deriveLeastPrivilegeRbac, type LeastPrivilegeRbac } from './least-privilege-rbac.js';

export interface HelmRelease {
  readonly releaseName: string;
  readonly namespace: string;
}

export interface ChartModelOptions extends HelmRelease {
  /** The chart release rendered. Default: the newest of the catalogue. */
  readonly chart?: ChartRelease;
  /** The GitLab version the agent connects to, when the caller gave one. */
  readonly gitlab?: PatchVersion | undefined;
  /** The parsed agent configuration file, for `rbac.profile=least-privilege`. */
  readonly agentConfig?: AgentConfig | undefined;
}

/** A volume of the chart's own, as mounted in the agent container. */
export interface ChartVolume {
  readonly name: string;
  readonly mountPath: string;
}

/** The chart's optional objects (spec §5): whether these values render each. */
export interface ChartObjects {
  readonly serviceAccount: boolean;
  /** The chart's main ClusterRoleBinding: rbac.create, and not the least-privilege profile. */
  readonly clusterRoleBinding: boolean;
  /** The least-privilege roles and bindings (our extension): rbac.create and the least-privilege profile. */
  readonly leastPrivilegeRbac: boolean;
  /** `secret.yaml`: the token, API key material or receptive mode; not for `config.secretName` alone. */
  readonly tokenSecret: boolean;
  readonly configMap: boolean;
  readonly service: boolean;
  readonly ingress: boolean;
  readonly observabilitySecret: boolean;
  readonly serviceMonitor: boolean;
  readonly operationalContainerScanning: boolean;
}

export interface ChartModel {
  readonly release: HelmRelease;
  /** The chart release rendered: its version, agentk version and features. */
  readonly chart: ChartRelease;
  readonly gitlab: PatchVersion | undefined;
  /** The agentk image tag the Deployment runs: `image.tag`, else the release's agentk version. */
  readonly imageTag: string;
  readonly names: ChartNames;
  readonly receptive: boolean;
  readonly observability: boolean;
  readonly objects: ChartObjects;
  /** The token Secret volume: the rendered Secret or the user's `config.secretName`. */
  readonly hasSecretVolume: boolean;
  /**
   * The rendered Secret sits beside the user's `config.secretName` (`names.renderedSecret`), and
   * the secret volume projects the user's `token` and every key of ours into one folder.
   */
  readonly separateSecret: boolean;
  /** The ConfigMap volume: `config.kasCaCert` or `config.privateApi.tls.caCert`. */
  readonly hasConfigVolume: boolean;
  /** The agent container's volumes from the chart, in the order the pod spec lists them. */
  readonly volumes: readonly ChartVolume[];
  /** `extraManifests`, read (empty for a release without the feature, which the checks refuse). */
  readonly extraManifests: readonly ExtraManifest[];
  /** `rbac.profile`, the modules and rules of the least-privilege profile (derived whatever the profile). */
  readonly rbac: LeastPrivilegeRbac;
}

/** `value` when it is a map (as getValueAt walks one), else undefined. */
function mapOf(value: unknown): Record<string, unknown> | undefined {
  return isMap(value) ? value : undefined;
}

export function buildChartModel(values: ValuesTree, options: ChartModelOptions): ChartModel {
  const release: HelmRelease = { releaseName: options.releaseName, namespace: options.namespace };
  const chart = options.chart ?? NEWEST_CHART_RELEASE;
  // Each fixed path read directly (getValueAt's walk was a tenth of the checks): a missing or
  // non-map step gives undefined, as getValueAt does.
  const config = mapOf(values['config']);
  const serviceAccount = mapOf(values['serviceAccount']);
  const rbacValues = mapOf(values['rbac']);
  const observabilityValues = mapOf(config?.['observability']);
  const observabilityTlsValues = mapOf(observabilityValues?.['tls']);
  const api = mapOf(config?.['api']);
  const apiTls = mapOf(api?.['tls']);
  const privateApiTls = mapOf(mapOf(config?.['privateApi'])?.['tls']);

  const names = computeChartNames({
    releaseName: release.releaseName,
    namespace: release.namespace,
    nameOverride: values['nameOverride'],
    fullnameOverride: values['fullnameOverride'],
    serviceAccountCreate: serviceAccount?.['create'],
    serviceAccountName: serviceAccount?.['name'],
    secretName: config?.['secretName'],
    token: config?.['token'],
    observabilitySecretName: mapOf(observabilityTlsValues?.['secret'])?.['name'],
    useExistingRole: rbacValues?.['useExistingRole'],
  });
  const receptive = isGoTruthy(mapOf(config?.['receptive'])?.['enabled']);
  const observability = isGoTruthy(observabilityValues?.['enabled']);
  const observabilityTls = isGoTruthy(observabilityTlsValues?.['enabled']);
  // The values that put key material in the token Secret (spec §5.4).
  const tokenSecret =
    receptive ||
    isGoTruthy(config?.['token']) ||
    isGoTruthy(api?.['jwtPublicKey']) ||
    isGoTruthy(apiTls?.['cert']) ||
    isGoTruthy(apiTls?.['key']) ||
    isGoTruthy(privateApiTls?.['cert']) ||
    isGoTruthy(privateApiTls?.['key']);
  const hasSecretVolume = tokenSecret || isGoTruthy(config?.['secretName']);
  const separateSecret = tokenSecret && names.renderedSecret !== names.tokenSecret;
  const hasConfigVolume = isGoTruthy(config?.['kasCaCert']) || isGoTruthy(privateApiTls?.['caCert']);

  const volumes: ChartVolume[] = [
    { name: 'service-account-token-volume', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' },
  ];
  if (hasSecretVolume) volumes.push({ name: 'secret-volume', mountPath: '/etc/agentk/secrets' });
  if (observabilityTls) {
    volumes.push({ name: 'observability-secret-volume', mountPath: '/etc/agentk/observability-secrets' });
  }
  if (hasConfigVolume) volumes.push({ name: 'config-volume', mountPath: '/etc/agentk/config' });

  const rbac = deriveLeastPrivilegeRbac(values, { agentConfig: options.agentConfig });
  const leastPrivilege = rbac.profile === 'least-privilege';
  const rbacCreate = isGoTruthy(rbacValues?.['create']);
  const tag = mapOf(values['image'])?.['tag'];
  return {
    release,
    chart,
    gitlab: options.gitlab,
    imageTag: isGoTruthy(tag) ? String(tag) : chart.appVersion,
    names,
    receptive,
    observability,
    objects: {
      serviceAccount: isGoTruthy(serviceAccount?.['create']),
      clusterRoleBinding: rbacCreate && !leastPrivilege,
      leastPrivilegeRbac: rbacCreate && leastPrivilege,
      tokenSecret,
      configMap: hasConfigVolume,
      service: receptive || observability,
      ingress: receptive && isGoTruthy(mapOf(values['ingress'])?.['enabled']),
      observabilitySecret: observabilityTls && isGoTruthy(mapOf(observabilityTlsValues?.['secret'])?.['create']),
      serviceMonitor: isGoTruthy(mapOf(values['serviceMonitor'])?.['enabled']),
      operationalContainerScanning: isGoTruthy(mapOf(config?.['operational_container_scanning'])?.['enabled']),
    },
    hasSecretVolume,
    separateSecret,
    hasConfigVolume,
    volumes,
    extraManifests: hasFeature(chart, 'extraManifests') ? readExtraManifests(values['extraManifests'], release.namespace) : [],
    rbac,
  };
}
