/**
 * The GitlabClient over node:http and node:https. Not @gitbeaker/rest and not the global fetch:
 * a custom CA for a self-signed instance is one `ca` option here, while fetch (undici) needs a
 * dispatcher from the undici package; and reading the body ourselves caps the bytes read.
 * Messages name the request (method and path) and GitLab's own message, never a token.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { GitlabApiError, type GitlabApiProblem } from '../errors.js';
import type { AgentToken, ClusterAgent, CreateAgentTokenOptions, GitlabClient, GitlabMetadata, GitlabPage } from './gitlab-client.js';

/** Far above any answer of these endpoints (a page of 100 agents is about 60 kB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** GitLab's largest page size. */
const PER_PAGE = 100;
const MAX_QUOTED_MESSAGE = 200;
const MIN_REDACTED_TOKEN = 8;

export interface HttpGitlabClientOptions {
  /** The instance's URL, `https://gitlab.example.com` (a relative URL root such as `/gitlab` is kept). */
  readonly gitlabUrl: string;
  /** A personal, project or group access token with the `api` scope, sent as `PRIVATE-TOKEN`. */
  readonly token: string;
  /** PEM certificates trusted besides Node's own roots, for an instance with a private CA. */
  readonly ca?: string;
  /** @default DEFAULT_MAX_RESPONSE_BYTES */
  readonly maxResponseBytes?: number;
  /** Idle time on the socket before the request is abandoned. @default DEFAULT_TIMEOUT_MS */
  readonly timeoutMs?: number;
}

interface ApiResponse {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly json: unknown;
}

interface ApiRequest {
  readonly method: 'GET' | 'POST';
  /** Below `/api/v4`, already encoded. */
  readonly path: string;
  readonly body?: Readonly<Record<string, string>>;
  /** What a 404 for the route means: which GitLab version brought the endpoint. */
  readonly since: string;
}

/** Checks the URL (http or https, no credentials, query or fragment) and builds the client. */
export function createHttpGitlabClient(options: HttpGitlabClientOptions): GitlabClient {
  const base = parseGitlabUrl(options.gitlabUrl);
  const call = (req: ApiRequest): Promise<ApiResponse> => send(base, options, req);
  return {
    async getMetadata(): Promise<GitlabMetadata> {
      const req: ApiRequest = { method: 'GET', path: '/metadata', since: '15.2' };
      return readMetadata(req, expectStatus(req, await call(req), 200, options.token));
    },
    async listClusterAgents(project: string, page: number): Promise<GitlabPage<ClusterAgent>> {
      const req: ApiRequest = {
        method: 'GET',
        path: `/projects/${encodeURIComponent(project)}/cluster_agents?per_page=${PER_PAGE}&page=${page}`,
        since: '14.10',
      };
      const response = await call(req);
      const json = expectStatus(req, response, 200, options.token);
      if (!Array.isArray(json)) throw invalidResponse(req, 'not a list of agents');
      const next = readNextPage(response.headers);
      return { items: json.map((item) => readAgent(req, item)), ...(next === undefined ? {} : { nextPage: next }) };
    },
    async createClusterAgent(project: string, name: string): Promise<ClusterAgent> {
      const req: ApiRequest = {
        method: 'POST',
        path: `/projects/${encodeURIComponent(project)}/cluster_agents`,
        body: { name },
        since: '14.10',
      };
      const response = await call(req);
      if (response.status === 400 && /has already been taken/.test(quoteGitlabMessage(response.json, options.token))) {
        throw new GitlabApiError({
          problem: 'name-taken',
          status: 400,
          message: `${describe(req)}: an agent named "${name}" exists already`,
        });
      }
      return readAgent(req, expectStatus(req, response, 201, options.token));
    },
    async createAgentToken(project: string, agentId: number, tokenOptions: CreateAgentTokenOptions): Promise<AgentToken> {
      const req: ApiRequest = {
        method: 'POST',
        path: `/projects/${encodeURIComponent(project)}/cluster_agents/${agentId}/tokens`,
        body: { name: tokenOptions.name, ...(tokenOptions.description === undefined ? {} : { description: tokenOptions.description }) },
        since: '15.0',
      };
      const response = await call(req);
      if (response.status === 400 && /active tokens|token limit/i.test(quoteGitlabMessage(response.json, options.token))) {
        throw new GitlabApiError({
          problem: 'token-limit',
          status: 400,
          message: `${describe(req)}: agent ${agentId} has its maximum of active tokens (two); revoke one (Operate > Kubernetes clusters > the agent > Access tokens) and try again`,
        });
      }
      return readToken(req, expectStatus(req, response, 201, options.token));
    },
  };
}

interface GitlabBase {
  readonly url: URL;
  readonly apiPath: string;
}

function parseGitlabUrl(text: string): GitlabBase {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new GitlabApiError({ problem: 'network', message: 'the GitLab URL is not a URL; give one such as https://gitlab.example.com' });
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new GitlabApiError({
      problem: 'network',
      message: 'the GitLab URL must be http:// or https:// without credentials, query or fragment, such as https://gitlab.example.com',
    });
  }
  return { url, apiPath: `${url.pathname.replace(/\/+$/, '')}/api/v4` };
}

function describe(req: ApiRequest): string {
  return `GitLab ${req.method} /api/v4${req.path.replace(/\?.*$/, '')}`;
}

function send(base: GitlabBase, options: HttpGitlabClientOptions, req: ApiRequest): Promise<ApiResponse> {
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const body = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body), 'utf8');
  const headers: Record<string, string> = {
    'PRIVATE-TOKEN': options.token,
    Accept: 'application/json',
    'User-Agent': 'gitlab-agent-manifests',
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(body.length);
  }
  const https = base.url.protocol === 'https:';
  const requestOptions = {
    method: req.method,
    hostname: base.url.hostname.replace(/^\[|\]$/g, ''),
    port: base.url.port === '' ? undefined : Number(base.url.port),
    path: `${base.apiPath}${req.path}`,
    headers,
    ...(https && options.ca !== undefined ? { ca: [...rootCertificates, options.ca] } : {}),
  };
  return new Promise<ApiResponse>((resolve, reject) => {
    const clientRequest = (https ? httpsRequest : httpRequest)(requestOptions, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          response.destroy();
          clientRequest.destroy();
          reject(invalidResponse(req, `the answer is larger than ${limit} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', () => reject(networkError(req, 'the connection broke while reading the answer')));
      response.on('end', () => {
        if (size > limit) return;
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text === '' ? undefined : JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, json });
      });
    });
    clientRequest.setTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => {
      clientRequest.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }));
    });
    clientRequest.on('error', (error: NodeJS.ErrnoException) => reject(describeSocketError(req, base, error)));
    clientRequest.end(body);
  });
}

const TLS_ERROR = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL|EPROTO/;

function describeSocketError(req: ApiRequest, base: GitlabBase, error: NodeJS.ErrnoException): GitlabApiError {
  const code = typeof error.code === 'string' && /^[A-Z0-9_]{1,60}$/.test(error.code) ? error.code : 'unknown';
  const host = base.url.host;
  if (TLS_ERROR.test(code)) {
    return new GitlabApiError({
      problem: 'tls',
      message: `${describe(req)}: TLS failed with ${host} (${code}): its certificate is not trusted or does not name the host; trust the CA that signed it (a PEM file)`,
    });
  }
  const why: Readonly<Record<string, string>> = {
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name cannot be resolved now',
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'no answer in time',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
  };
  return networkError(req, `${why[code] ?? 'the request failed'} (${code}, ${host})`);
}

function networkError(req: ApiRequest, reason: string): GitlabApiError {
  return new GitlabApiError({ problem: 'network', message: `${describe(req)}: ${reason}` });
}

function invalidResponse(req: ApiRequest, reason: string, status?: number): GitlabApiError {
  return new GitlabApiError({
    problem: 'invalid-response',
    ...(status === undefined ? {} : { status }),
    message: `${describe(req)}: unexpected answer, ${reason}; is the URL GitLab's?`,
  });
}

/** The JSON body of an answer with the expected status, or the error that the status means. */
function expectStatus(req: ApiRequest, response: ApiResponse, expected: number, token: string): unknown {
  const { status } = response;
  if (status === expected) {
    if (response.json === undefined) throw invalidResponse(req, 'the body is not JSON', status);
    return response.json;
  }
  const quoted = quoteGitlabMessage(response.json, token);
  const said = quoted === '' ? `${status}` : `${status}, "${quoted}"`;
  const fail = (problem: GitlabApiProblem, advice: string): GitlabApiError =>
    new GitlabApiError({ problem, status, message: `${describe(req)}: ${advice} (${said})` });
  if (status === 401)
    return raise(fail('unauthorized', 'GitLab refused the access token: it is wrong, expired or revoked; use one with the api scope'));
  if (status === 403)
    return raise(
      fail('forbidden', 'the access token may not do this: it needs the api scope and at least the Maintainer role on the project'),
    );
  if (status === 404) {
    if (/project not found/i.test(quoted)) {
      return raise(
        fail('project-not-found', 'no such project, or the access token cannot see it; give its full path, such as group/infra'),
      );
    }
    if (/^404 not found$/i.test(quoted) || quoted === '') {
      return raise(fail('endpoint-missing', `this GitLab has no such endpoint; it needs GitLab ${req.since} or later`));
    }
    return raise(fail('rejected', 'not found'));
  }
  if (status >= 300 && status < 400) {
    return raise(fail('rejected', "GitLab redirected the request; give the instance's final URL (https, and without a trailing path)"));
  }
  if (status >= 500) return raise(fail('server-error', 'GitLab failed to answer; try again later'));
  if (status >= 400) return raise(fail('rejected', 'GitLab refused the request'));
  throw invalidResponse(req, `status ${status}`, status);
}

function raise(error: GitlabApiError): never {
  throw error;
}

/**
 * GitLab's error body, `{"message": "404 Project Not Found"}`, `{"message": {"name": ["has
 * already been taken"]}}` or `{"error": "…"}`, as one short line: control characters dropped,
 * cut to 200 characters, and the access token removed should a server ever echo it.
 */
function quoteGitlabMessage(json: unknown, token: string): string {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return '';
  const record = json as Record<string, unknown>;
  const raw = record['message'] ?? record['error'];
  if (raw === undefined) return '';
  let text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  // GitLab's tokens are 20 characters or more; a shorter one would redact ordinary words.
  if (token.length >= MIN_REDACTED_TOKEN) text = text.split(token).join('[redacted]');
  text = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return text.length > MAX_QUOTED_MESSAGE ? `${text.slice(0, MAX_QUOTED_MESSAGE)}…` : text;
}

/** `X-Next-Page` (empty on the last page), else the `Link` header's `rel="next"`. */
function readNextPage(headers: IncomingMessage['headers']): number | undefined {
  const header = headers['x-next-page'];
  const text = typeof header === 'string' ? header.trim() : '';
  if (/^[1-9][0-9]{0,8}$/.test(text)) return Number(text);
  const link = headers['link'];
  const next = typeof link === 'string' ? /<[^>]*[?&]page=([1-9][0-9]{0,8})[^>]*>;\s*rel="next"/.exec(link) : null;
  return next?.[1] === undefined ? undefined : Number(next[1]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readAgent(req: ApiRequest, json: unknown): ClusterAgent {
  if (!isRecord(json) || !Number.isSafeInteger(json['id']) || typeof json['name'] !== 'string') {
    throw invalidResponse(req, 'an agent without a numeric id and a name');
  }
  return { id: json['id'] as number, name: json['name'] };
}

function readToken(req: ApiRequest, json: unknown): AgentToken {
  if (
    !isRecord(json) ||
    !Number.isSafeInteger(json['id']) ||
    !Number.isSafeInteger(json['agent_id']) ||
    typeof json['name'] !== 'string' ||
    typeof json['token'] !== 'string' ||
    json['token'] === ''
  ) {
    throw invalidResponse(req, 'a token without id, agent_id, name and token');
  }
  return { id: json['id'] as number, agentId: json['agent_id'] as number, name: json['name'], token: json['token'] };
}

function readMetadata(req: ApiRequest, json: unknown): GitlabMetadata {
  const kas = isRecord(json) ? json['kas'] : undefined;
  const nullableString = (value: unknown): value is string | null | undefined =>
    value === null || value === undefined || typeof value === 'string';
  if (!isRecord(json) || typeof json['version'] !== 'string' || !isRecord(kas) || typeof kas['enabled'] !== 'boolean') {
    throw invalidResponse(req, 'metadata without version and kas.enabled');
  }
  if (!nullableString(kas['externalUrl']) || !nullableString(kas['version']))
    throw invalidResponse(req, 'kas.externalUrl or kas.version is not a string');
  return {
    version: json['version'],
    kas: { enabled: kas['enabled'], externalUrl: kas['externalUrl'] ?? null, version: kas['version'] ?? null },
  };
}
