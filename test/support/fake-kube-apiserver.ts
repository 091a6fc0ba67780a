/**
 * A Kubernetes API server small enough to read in one sitting, for running the real `kubectl`
 * against: legacy discovery of the kinds the chart renders, and create, get, list (with an
 * equality label selector), server-side and client-side apply, and delete of objects kept in a
 * map. Enough for `kubectl apply --prune --applyset` and `kubectl delete -f -`; no admission, no
 * garbage collection, no watch. Namespaces are not enforced.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import yaml from 'js-yaml';

interface ResourceType {
  readonly group: string;
  readonly version: string;
  readonly resource: string;
  readonly kind: string;
  readonly namespaced: boolean;
}

const RESOURCE_TYPES: readonly ResourceType[] = [
  { group: '', version: 'v1', resource: 'namespaces', kind: 'Namespace', namespaced: false },
  { group: '', version: 'v1', resource: 'secrets', kind: 'Secret', namespaced: true },
  { group: '', version: 'v1', resource: 'configmaps', kind: 'ConfigMap', namespaced: true },
  { group: '', version: 'v1', resource: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
  { group: '', version: 'v1', resource: 'services', kind: 'Service', namespaced: true },
  { group: 'apps', version: 'v1', resource: 'deployments', kind: 'Deployment', namespaced: true },
  { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'clusterroles', kind: 'ClusterRole', namespaced: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false },
  { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'roles', kind: 'Role', namespaced: true },
  { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'rolebindings', kind: 'RoleBinding', namespaced: true },
];
const VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update'];

type KubeObject = { apiVersion: string; kind: string; metadata: Record<string, any> } & Record<string, unknown>;

export interface FakeKubeApiserver {
  readonly url: string;
  /** Every stored object, as `Kind/namespace/name` (namespace empty when cluster-scoped), sorted. */
  list(): string[];
  get(kind: string, namespace: string, name: string): KubeObject | undefined;
  close(): Promise<void>;
}

export async function startFakeKubeApiserver(): Promise<FakeKubeApiserver> {
  const objects = new Map<string, KubeObject>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        handle(request, Buffer.concat(chunks).toString('utf8'), response, objects);
      } catch (error) {
        send(response, 500, status(500, 'InternalError', String(error)));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    list: () => [...objects.keys()].sort(),
    get: (kind, namespace, name) => objects.get(`${kind}/${namespace}/${name}`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function handle(request: IncomingMessage, body: string, response: ServerResponse, objects: Map<string, KubeObject>): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const parts = url.pathname.split('/').filter((part) => part !== '');
  if (url.pathname === '/version') return send(response, 200, { major: '1', minor: '32', gitVersion: 'v1.32.0' });
  if (url.pathname === '/api') return send(response, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] });
  if (url.pathname === '/apis') return send(response, 200, groupList());
  const path = parsePath(parts);
  if (path === undefined) return send(response, 404, status(404, 'NotFound', `${url.pathname} not found`));
  if (path.resource === undefined) return send(response, 200, resourceList(path.group, path.version));
  const type = RESOURCE_TYPES.find((candidate) => candidate.group === path.group && candidate.resource === path.resource);
  if (type === undefined) return send(response, 404, status(404, 'NotFound', `the server could not find ${path.resource}`));
  const namespace = type.namespaced ? (path.namespace ?? '') : '';
  const key = (name: string) => `${type.kind}/${namespace}/${name}`;

  if (path.name === undefined) {
    if (request.method === 'POST') return store(response, objects, type, namespace, parseBody(body), 201);
    const selector = url.searchParams.get('labelSelector') ?? '';
    const items = [...objects.entries()]
      .filter(([id]) => id.startsWith(`${type.kind}/`) && (path.namespace === undefined || id.startsWith(`${type.kind}/${namespace}/`)))
      .map(([, object]) => object)
      .filter((object) => matches(object, selector));
    return send(response, 200, { apiVersion: apiVersionOf(type), kind: `${type.kind}List`, metadata: { resourceVersion: '1' }, items });
  }
  const existing = objects.get(key(path.name));
  switch (request.method) {
    case 'GET':
      return existing === undefined ? notFound(response, type, path.name) : send(response, 200, existing);
    case 'DELETE':
      if (existing === undefined) return notFound(response, type, path.name);
      objects.delete(key(path.name));
      return send(response, 200, existing);
    case 'PATCH': {
      const contentType = request.headers['content-type'] ?? '';
      const patch = parseBody(body);
      if (contentType.startsWith('application/apply-patch')) return store(response, objects, type, namespace, patch, 200);
      if (existing === undefined) return notFound(response, type, path.name);
      return store(response, objects, type, namespace, mergePatch(existing, patch) as KubeObject, 200);
    }
    default:
      return send(response, 405, status(405, 'MethodNotAllowed', `${request.method ?? ''} is not supported`));
  }
}

/** Stores `object` under its name, keeping the uid of the object it replaces. */
function store(
  response: ServerResponse,
  objects: Map<string, KubeObject>,
  type: ResourceType,
  namespace: string,
  object: KubeObject,
  code: number,
): void {
  const name = String(object.metadata?.['name'] ?? '');
  const id = `${type.kind}/${namespace}/${name}`;
  const uid = objects.get(id)?.metadata['uid'] ?? randomUUID();
  const stored: KubeObject = {
    ...object,
    apiVersion: apiVersionOf(type),
    kind: type.kind,
    metadata: { ...object.metadata, ...(namespace === '' ? {} : { namespace }), uid, resourceVersion: String(Date.now()) },
  };
  objects.set(id, stored);
  send(response, code, stored);
}

/** RFC 7386 JSON merge patch: enough for the patches client-side apply sends here. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as object) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** `a=b,c=d` and `a==b`: every label must be present with that value. */
function matches(object: KubeObject, selector: string): boolean {
  if (selector === '') return true;
  const labels = (object.metadata['labels'] ?? {}) as Record<string, string>;
  return selector.split(',').every((term) => {
    const [key, value] = term.split(/==?/);
    return key !== undefined && labels[key] === value;
  });
}

function parsePath(
  parts: readonly string[],
): { group: string; version: string; namespace?: string; resource?: string; name?: string } | undefined {
  let group: string;
  let rest: readonly string[];
  if (parts[0] === 'api' && parts[1] === 'v1') {
    group = '';
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 3) {
    group = parts[1] as string;
    rest = parts.slice(3);
  } else {
    return undefined;
  }
  const version = group === '' ? 'v1' : (parts[2] as string);
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    return {
      group,
      version,
      namespace: rest[1] as string,
      resource: rest[2] as string,
      ...(rest[3] === undefined ? {} : { name: rest[3] }),
    };
  }
  return { group, version, ...(rest[0] === undefined ? {} : { resource: rest[0] }), ...(rest[1] === undefined ? {} : { name: rest[1] }) };
}

function groupList(): unknown {
  const groups = [...new Set(RESOURCE_TYPES.filter((type) => type.group !== '').map((type) => type.group))];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map((name) => ({
      name,
      versions: [{ groupVersion: `${name}/v1`, version: 'v1' }],
      preferredVersion: { groupVersion: `${name}/v1`, version: 'v1' },
    })),
  };
}

function resourceList(group: string, version: string): unknown {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group === '' ? version : `${group}/${version}`,
    resources: RESOURCE_TYPES.filter((type) => type.group === group).map((type) => ({
      name: type.resource,
      singularName: type.kind.toLowerCase(),
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: VERBS,
    })),
  };
}

function apiVersionOf(type: ResourceType): string {
  return type.group === '' ? type.version : `${type.group}/${type.version}`;
}

function parseBody(body: string): KubeObject {
  return (body.trimStart().startsWith('{') ? JSON.parse(body) : yaml.load(body)) as KubeObject;
}

function notFound(response: ServerResponse, type: ResourceType, name: string): void {
  send(response, 404, { ...status(404, 'NotFound', `${type.resource} "${name}" not found`), details: { name, kind: type.resource } });
}

function status(code: number, reason: string, message: string): Record<string, unknown> {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}

function send(response: ServerResponse, code: number, body: unknown): void {
  response.writeHead(code, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}
