/**
 * Turns validated, merged values into the data the templates read. Derived strings (names,
 * labels, annotations) are computed here once; the templates keep the chart's conditions.
 */
import { nodeCrypto } from '../util/node-crypto.js';
import { sha256Hex } from '../util/sha256.js';
import type { ValuesTree } from '../types.js';
import { CHART } from '../chart/chart-metadata.js';
import type { ChartModel } from '../chart/chart-model.js';
import type { ChartNames } from '../chart/chart-names.js';
import { pickValuesReadByTemplates, VALUES_READ_BY_TEMPLATES } from '../generated/chart-templates.js';
import { isGoTruthy, printGo } from '../helm/go-semantics.js';
import { isMap } from '../util/is-map.js';
import { compareHelmKeys } from '../helm/yaml-output.js';
import { RENDER_CACHES } from '../util/render-caches.js';

/** The pod's `checksum/token` by token text: a process that renders one agent again and again hashes it once. */
const tokenChecksums = RENDER_CACHES.createBoundedCache<string>('token checksums', 1024);

function checksumOf(token: string): string {
  return tokenChecksums.get(token) ?? tokenChecksums.set(token, sha256Hex(token));
}

export interface TemplateContext {
  /** The merged values the templates read (only those top-level keys), every path they read present (null when unset). */
  readonly Values: ValuesTree;
  readonly Release: { readonly Name: string; readonly Namespace: string };
  readonly names: ChartNames;
  readonly labels: {
    readonly common: Record<string, unknown>;
    readonly selector: Record<string, unknown>;
    readonly pod: Record<string, unknown>;
  };
  /** Pod template annotations in output order: the token checksum first, then sorted. */
  readonly podAnnotations: Record<string, unknown>;
  /** Ingress annotations in output order: the nginx trio, then the user's, sorted. */
  readonly ingressAnnotations: Record<string, string>;
  readonly receptive: boolean;
  /** The chart's main ClusterRoleBinding: rbac.create, unless rbac.profile is least-privilege. */
  readonly clusterRoleBinding: boolean;
  readonly image: string;
  /** `POD_SELECTOR_LABELS` env value (receptive mode). */
  readonly podSelectorLabels: string;
  readonly ownPrivateApiUrl: string;
  readonly limits: { readonly cpu: boolean; readonly memory: boolean };
  /** The token Secret volume: token, secretName, any api/privateApi key material, or receptive mode. */
  readonly hasSecretVolume: boolean;
  /** The secret volume projects the user's token Secret and the rendered one (`ChartModel.separateSecret`). */
  readonly separateSecret: boolean;
  /** The ConfigMap volume: kasCaCert or privateApi.tls.caCert. */
  readonly hasConfigVolume: boolean;
  /** `GITLAB_AGENT_TELEMETRY_helm_chart_version`. */
  readonly chartVersion: string;
  /** The agent's `GITLAB_AGENT_TELEMETRY_installation_method`: the chart's `helm-chart` unless told otherwise. */
  readonly installationMethod: string;
  /** The Secret's `private-api-jwt` data value (base64 of the JWT secret file); empty outside receptive mode. */
  readonly privateApiJwtData: string;
}

export interface TemplateContextOptions {
  /** What the chart derives from the same merged values; `checkValues` computes it. */
  readonly model: ChartModel;
  readonly privateApiJwt?: string;
  /**
   * The `app.kubernetes.io/managed-by` label: the chart's `Helm` (Helm's `.Release.Service`)
   * unless the caller names another manager (manifests/ownership-labels.ts decides which).
   */
  readonly managedBy?: string;
  /** `GITLAB_AGENT_TELEMETRY_installation_method`, the chart's `helm-chart` unless given. */
  readonly installationMethod?: string;
}

/** One key the templates read: null for a leaf, else the keys read below it. */
interface TemplateRead {
  readonly key: string;
  readonly below: readonly TemplateRead[] | null;
}

function listReads(reads: ValuesTree): readonly TemplateRead[] {
  const list: TemplateRead[] = [];
  for (const key in reads) {
    const read = reads[key];
    list.push({ key, below: isMap(read) ? listReads(read) : null });
  }
  return list;
}

/** VALUES_READ_BY_TEMPLATES as lists, walked once here rather than enumerated on every render. */
const TEMPLATE_READS = listReads(VALUES_READ_BY_TEMPLATES);

/** `values` with the missing reads filled in; maps that miss nothing are shared, not copied. */
function fillTemplateReads(values: ValuesTree, reads: readonly TemplateRead[]): ValuesTree {
  let filled: ValuesTree | undefined;
  for (const { key, below } of reads) {
    const current = values[key];
    let next: unknown;
    if (current === undefined) next = below === null ? null : fillTemplateReads({}, below);
    else if (below !== null && isMap(current)) next = fillTemplateReads(current, below);
    else continue;
    if (next === current) continue;
    filled ??= copyMap(values);
    filled[key] = next;
  }
  return filled ?? values;
}

/**
 * The top level of the values as the templates see it: the keys they read, each filled in as
 * fillTemplateReads fills it, as one object literal of one shape (codegen writes it). The merged
 * values are a dictionary-mode object of every key; the templates read no other.
 */
function pickTemplateReads(values: ValuesTree): ValuesTree {
  return pickValuesReadByTemplates(values, fillTopLevelRead);
}

/** The value of the index-th key of TEMPLATE_READS (pickValuesReadByTemplates' order) from the values' own. */
function fillTopLevelRead(current: unknown, index: number): unknown {
  const { below } = TEMPLATE_READS[index] as TemplateRead;
  if (current === undefined) return below === null ? null : fillTemplateReads({}, below);
  return below !== null && isMap(current) ? fillTemplateReads(current, below) : current;
}

/**
 * `{ ...map }` for the values' string keys (the only ones a template reads). The merged values
 * are a dictionary-mode object (keys added one by one), which a spread copies about five times
 * slower than this loop.
 */
function copyMap(map: ValuesTree): ValuesTree {
  const copy: ValuesTree = {};
  for (const key of Object.keys(map)) setOwn(copy, key, map[key]);
  return copy;
}

const NO_KEYS: readonly string[] = [];
/**
 * The sorted order of each list of keys seen: the order depends only on the keys and their
 * order, and a fleet's labels and annotations have the same few keys agent after agent.
 */
const sortedKeyOrders = RENDER_CACHES.createBoundedCache<{ readonly keys: readonly string[]; readonly sorted: readonly string[] }>(
  'sorted label and annotation keys',
  256,
);

/** The map's own keys in Helm's `toYaml` order (none for anything but a map). */
function sortedKeys(map: unknown): readonly string[] {
  if (!isMap(map)) return NO_KEYS;
  const keys = Object.keys(map);
  if (keys.length < 2) return keys;
  // Keys may hold line breaks, so two lists may join alike: the list itself is compared too.
  const shape = keys.join('\n');
  const known = sortedKeyOrders.get(shape);
  if (known !== undefined && sameKeys(known.keys, keys)) return known.sorted;
  const sorted = [...keys].sort(compareHelmKeys);
  sortedKeyOrders.set(shape, { keys, sorted });
  return sorted;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

function setOwn(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/**
 * Random bytes drawn from node:crypto a few kilobytes at a time, each byte used once: a fleet
 * draws one JWT per receptive agent, and a call of randomBytes for each cost more than the
 * drawing itself (as Node keeps random UUIDs ahead for randomUUID).
 */
const RANDOM_POOL_SIZE = 4096;
let randomPool: Buffer | undefined;
let randomAt = RANDOM_POOL_SIZE;

function randomByte(): number {
  if (randomAt === RANDOM_POOL_SIZE) {
    randomPool = nodeCrypto().randomFillSync(randomPool ?? Buffer.allocUnsafe(RANDOM_POOL_SIZE));
    randomAt = 0;
  }
  return (randomPool as Buffer)[randomAt++] as number;
}

/** sprig `randAscii 64 | b64enc`: 64 printable ASCII characters (0x20 to 0x7E), base64-encoded. */
function randomPrivateApiJwt(): string {
  let text = '';
  // Uniform over the 95 characters, as randomInt is: a byte below 190 (2 × 95) picks one, any
  // other byte is drawn again.
  while (text.length < 64) {
    const byte = randomByte();
    if (byte < 190) text += String.fromCharCode(0x20 + (byte % 95));
  }
  return Buffer.from(text, 'utf8').toString('base64');
}

const PROMETHEUS_ANNOTATIONS = ['prometheus.io/path', 'prometheus.io/port', 'prometheus.io/scrape'];

const NGINX_INGRESS_ANNOTATIONS: Record<string, string> = {
  'nginx.ingress.kubernetes.io/backend-protocol': 'GRPC',
  'nginx.ingress.kubernetes.io/proxy-buffering': 'off',
  'nginx.ingress.kubernetes.io/custom-http-errors': '',
};

export function buildTemplateContext(merged: ValuesTree, options: TemplateContextOptions): TemplateContext {
  const { model } = options;
  const { names, receptive } = model;
  const { releaseName, namespace } = model.release;
  const Values = pickTemplateReads(merged);
  const config = Values.config as ValuesTree;

  const selector = { 'app.kubernetes.io/name': names.name, 'app.kubernetes.io/instance': releaseName };
  const common: Record<string, unknown> = {
    'helm.sh/chart': `${CHART.name}-${model.chart.version}`,
    'app.kubernetes.io/name': names.name,
    'app.kubernetes.io/instance': releaseName,
    'app.kubernetes.io/version': model.chart.appVersion,
    'app.kubernetes.io/managed-by': options.managedBy ?? 'Helm',
  };
  // A duplicate of a chart label is printed twice by the chart; readers keep the last one.
  const additionalLabels = merged.additionalLabels as ValuesTree;
  for (const key of sortedKeys(additionalLabels)) common[key] = additionalLabels[key];
  const pod: Record<string, unknown> = { ...common };
  const podLabels = merged.podLabels as ValuesTree;
  for (const key of sortedKeys(podLabels)) if (!(key in pod)) pod[key] = podLabels[key];
  const sortedPod: Record<string, unknown> = {};
  // As Object.fromEntries would: a `__proto__` key is an own property like any other.
  for (const key of sortedKeys(pod)) setOwn(sortedPod, key, pod[key]);

  const podAnnotations: Record<string, unknown> = {};
  if (isGoTruthy(config.token)) {
    podAnnotations['checksum/token'] = checksumOf(String(config.token));
  }
  const userPodAnnotations = merged.podAnnotations as ValuesTree;
  for (const key of sortedKeys(userPodAnnotations)) {
    if (!model.observability && PROMETHEUS_ANNOTATIONS.includes(key)) continue;
    podAnnotations[key] = userPodAnnotations[key];
  }

  const ingress = Values.ingress as ValuesTree;
  const ingressAnnotations: Record<string, string> = ingress.provider === 'nginx' ? { ...NGINX_INGRESS_ANNOTATIONS } : {};
  const userIngressAnnotations = ingress.annotations as ValuesTree;
  for (const key of sortedKeys(userIngressAnnotations)) ingressAnnotations[key] = printGo(userIngressAnnotations[key]);

  const image = Values.image as ValuesTree;
  const privateApi = config.privateApi as ValuesTree;
  const privateApiTls = (privateApi.tls as ValuesTree).enabled === true;
  const service = Values.service as ValuesTree;
  const limits = isMap(Values.resources) && isMap(Values.resources.limits) ? Values.resources.limits : {};

  return {
    Values,
    Release: { Name: releaseName, Namespace: namespace },
    names,
    labels: { common, selector, pod: sortedPod },
    podAnnotations,
    ingressAnnotations,
    receptive,
    clusterRoleBinding: model.objects.clusterRoleBinding,
    image: `${printGo(image.repository)}:${model.imageTag}`,
    podSelectorLabels: `app.kubernetes.io/name=${names.name},app.kubernetes.io/instance=${releaseName}`,
    ownPrivateApiUrl: `${privateApiTls ? 'grpcs' : 'grpc'}://$(POD_IP):${printGo(service.privateApiPort)}`,
    limits: { cpu: isGoTruthy(limits.cpu), memory: isGoTruthy(limits.memory) },
    hasSecretVolume: model.hasSecretVolume,
    separateSecret: model.separateSecret,
    hasConfigVolume: model.hasConfigVolume,
    chartVersion: model.chart.version,
    installationMethod: options.installationMethod ?? 'helm-chart',
    // Only the receptive-mode Secret writes it; drawing 64 random characters costs more than a render.
    privateApiJwtData: receptive ? Buffer.from(options.privateApiJwt ?? randomPrivateApiJwt(), 'utf8').toString('base64') : '',
  };
}
