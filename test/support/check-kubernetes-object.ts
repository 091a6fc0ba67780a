import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PriorityClass } from 'kubernetes-models/scheduling.k8s.io/v1';
import { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { ConfigMap, Namespace, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';

/**
 * What the API server would say about one rendered object: the OpenAPI schema of its kind, from
 * kubernetes-models (and @kubernetes-models/prometheus-operator for the ServiceMonitor), plus the
 * rules the API server checks in code that no OpenAPI schema carries: the form of names, label
 * and annotation keys and values, port and env names, volume references, and the Deployment's
 * selector matching its pod labels. Returns one line per violation; empty means accepted.
 */

type Model = new (data: never) => { validate(): void };

const MODELS: Readonly<Record<string, Model>> = {
  'v1/Namespace': Namespace as unknown as Model,
  'v1/ServiceAccount': ServiceAccount as unknown as Model,
  'v1/Secret': Secret as unknown as Model,
  'v1/ConfigMap': ConfigMap as unknown as Model,
  'v1/Service': Service as unknown as Model,
  'apps/v1/Deployment': Deployment as unknown as Model,
  'networking.k8s.io/v1/Ingress': Ingress as unknown as Model,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy as unknown as Model,
  'scheduling.k8s.io/v1/PriorityClass': PriorityClass as unknown as Model,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole as unknown as Model,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding as unknown as Model,
  'rbac.authorization.k8s.io/v1/Role': Role as unknown as Model,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding as unknown as Model,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor as unknown as Model,
};

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

type Tree = Record<string, any>;

function isSubdomain(text: unknown): boolean {
  return typeof text === 'string' && text.length <= 253 && DNS_1123_SUBDOMAIN.test(text);
}

function isLabel(text: unknown): boolean {
  return typeof text === 'string' && text.length <= 63 && DNS_1123_LABEL.test(text);
}

function isQualifiedName(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash < 0 ? undefined : key.slice(0, slash);
  const name = slash < 0 ? key : key.slice(slash + 1);
  return (prefix === undefined || isSubdomain(prefix)) && name.length <= 63 && QUALIFIED_NAME.test(name);
}

function isPortName(text: string): boolean {
  return text.length <= 15 && IANA_SVC_NAME.test(text) && /[a-z]/.test(text) && !text.includes('--');
}

function checkName(kind: string, name: unknown): string | undefined {
  if (typeof name !== 'string' || name === '') return 'metadata.name is missing';
  if (kind === 'Service' && !(name.length <= 63 && DNS_1035_LABEL.test(name))) return `Service name "${name}" is not a DNS-1035 label`;
  if (kind === 'Namespace' && !isLabel(name)) return `Namespace name "${name}" is not a DNS-1123 label`;
  if (RBAC_KINDS.has(kind)) {
    return name === '.' || name === '..' || /[/%]/.test(name) ? `${kind} name "${name}" is not a path segment` : undefined;
  }
  if (!RBAC_KINDS.has(kind) && !isSubdomain(name)) return `${kind} name "${name}" is not a DNS-1123 subdomain`;
  return undefined;
}

function checkMetadata(object: Tree, problems: string[], where = 'metadata'): void {
  const metadata = (object['metadata'] ?? {}) as Tree;
  if (metadata['namespace'] !== undefined && !isLabel(metadata['namespace'])) {
    problems.push(`${where}.namespace "${metadata['namespace']}" is not a DNS-1123 label`);
  }
  for (const [key, value] of Object.entries((metadata['labels'] ?? {}) as Tree)) {
    if (!isQualifiedName(key)) problems.push(`${where}.labels key "${key}" is not a qualified name`);
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) {
      problems.push(`${where}.labels["${key}"] is not a valid label value`);
    }
  }
  for (const [key, value] of Object.entries((metadata['annotations'] ?? {}) as Tree)) {
    if (!isQualifiedName(key)) problems.push(`${where}.annotations key "${key}" is not a qualified name`);
    if (typeof value !== 'string') problems.push(`${where}.annotations["${key}"] is not a string`);
  }
}

function checkUnique(names: readonly unknown[], what: string, problems: string[]): void {
  const seen = new Set<unknown>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`${what} "${String(name)}" appears twice`);
    seen.add(name);
  }
}

function checkContainer(container: Tree, volumes: ReadonlySet<string>, where: string, problems: string[]): void {
  if (!isLabel(container['name'])) problems.push(`${where}.name is not a DNS-1123 label`);
  const ports = (container['ports'] ?? []) as Tree[];
  for (const port of ports) {
    if (port['name'] !== undefined && !isPortName(String(port['name'])))
      problems.push(`${where} port name "${port['name']}" is not an IANA_SVC_NAME`);
  }
  checkUnique(
    ports.map((port) => port['name']).filter((name) => name !== undefined),
    `${where} port name`,
    problems,
  );
  for (const variable of (container['env'] ?? []) as Tree[]) {
    if (typeof variable['name'] !== 'string' || !ENV_NAME.test(variable['name'])) {
      problems.push(`${where} env name "${variable['name']}" is not valid`);
    }
  }
  const mounts = (container['volumeMounts'] ?? []) as Tree[];
  for (const mount of mounts) {
    if (!volumes.has(mount['name'])) problems.push(`${where} mounts the volume "${mount['name']}", which the pod does not have`);
  }
  checkUnique(
    mounts.map((mount) => mount['mountPath']),
    `${where} mountPath`,
    problems,
  );
}

function checkDeployment(object: Tree, problems: string[]): void {
  const spec = object['spec'] as Tree;
  const template = spec['template'] as Tree;
  checkMetadata(template, problems, 'spec.template.metadata');
  const podLabels = (template['metadata']?.['labels'] ?? {}) as Tree;
  for (const [key, value] of Object.entries((spec['selector']?.['matchLabels'] ?? {}) as Tree)) {
    if (podLabels[key] !== value) problems.push(`spec.selector.matchLabels["${key}"] does not match the pod template's labels`);
  }
  const pod = template['spec'] as Tree;
  if (pod['serviceAccountName'] !== undefined && !isSubdomain(pod['serviceAccountName'])) {
    problems.push(`serviceAccountName "${pod['serviceAccountName']}" is not a DNS-1123 subdomain`);
  }
  const volumes = (pod['volumes'] ?? []) as Tree[];
  for (const volume of volumes) if (!isLabel(volume['name'])) problems.push(`volume name "${volume['name']}" is not a DNS-1123 label`);
  checkUnique(
    volumes.map((volume) => volume['name']),
    'volume name',
    problems,
  );
  const volumeNames = new Set(volumes.map((volume) => String(volume['name'])));
  const containers = [...((pod['initContainers'] ?? []) as Tree[]), ...((pod['containers'] ?? []) as Tree[])];
  containers.forEach((container, index) => checkContainer(container, volumeNames, `container ${index}`, problems));
  checkUnique(
    containers.map((container) => container['name']),
    'container name',
    problems,
  );
  for (const volume of volumes) {
    const secretName = volume['secret']?.['secretName'];
    if (secretName !== undefined && !isSubdomain(secretName))
      problems.push(`volume secretName "${secretName}" is not a DNS-1123 subdomain`);
    const configMapName = volume['configMap']?.['name'];
    if (configMapName !== undefined && !isSubdomain(configMapName))
      problems.push(`volume configMap "${configMapName}" is not a DNS-1123 subdomain`);
  }
}

function checkService(object: Tree, problems: string[]): void {
  const spec = object['spec'] as Tree;
  const ports = (spec['ports'] ?? []) as Tree[];
  for (const port of ports) {
    if (port['name'] !== undefined && !isLabel(port['name'])) problems.push(`Service port name "${port['name']}" is not a DNS-1123 label`);
    if (ports.length > 1 && !port['name']) problems.push('a Service with several ports must name each one');
  }
  checkUnique(
    ports.map((port) => port['name']),
    'Service port name',
    problems,
  );
  for (const [key, value] of Object.entries((spec['selector'] ?? {}) as Tree)) {
    if (!isQualifiedName(key) || typeof value !== 'string' || !LABEL_VALUE.test(value))
      problems.push(`Service selector "${key}" is not a valid label`);
  }
}

function checkDataKeys(object: Tree, problems: string[]): void {
  for (const field of ['data', 'stringData', 'binaryData']) {
    for (const key of Object.keys((object[field] ?? {}) as Tree)) {
      if (key.length > 253 || !CONFIG_KEY.test(key)) problems.push(`${field} key "${key}" is not valid`);
    }
  }
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== null)
        .map(([key, item]) => [key, withoutNulls(item)]),
    );
  }
  return value;
}

export function checkKubernetesObject(object: Readonly<Record<string, unknown>>, options: { skipSchema?: boolean } = {}): string[] {
  const tree = object as Tree;
  const apiVersion = String(tree['apiVersion']);
  const kind = String(tree['kind']);
  const Model = MODELS[`${apiVersion}/${kind}`];
  const problems: string[] = [];
  if (!options.skipSchema) {
    if (!Model) return [`no Kubernetes schema known for ${apiVersion} ${kind}`];
    try {
      // The API server reads a JSON null as an unset field.
      new Model(withoutNulls(tree) as never).validate();
    } catch (error) {
      problems.push(`${kind} schema: ${(error as Error).message}`);
    }
  }
  const nameProblem = checkName(kind, tree['metadata']?.['name']);
  if (nameProblem) problems.push(nameProblem);
  checkMetadata(tree, problems);
  if (kind === 'Deployment') checkDeployment(tree, problems);
  if (kind === 'Service') checkService(tree, problems);
  if (kind === 'Secret' || kind === 'ConfigMap') checkDataKeys(tree, problems);
  for (const subject of (tree['subjects'] ?? []) as Tree[]) {
    if (subject['kind'] === 'ServiceAccount' && !isSubdomain(subject['name']))
      problems.push(`subject name "${subject['name']}" is not a DNS-1123 subdomain`);
    if (subject['namespace'] !== undefined && !isLabel(subject['namespace']))
      problems.push(`subject namespace "${subject['namespace']}" is not a DNS-1123 label`);
  }
  if (kind === 'Ingress') {
    for (const rule of (tree['spec']?.['rules'] ?? []) as Tree[]) {
      const host = String(rule['host'] ?? '');
      if (host !== '' && !isSubdomain(host.replace(/^\*\./, ''))) problems.push(`Ingress host "${host}" is not a DNS name`);
    }
  }
  return problems;
}
