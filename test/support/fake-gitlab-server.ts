/**
 * A local GitLab API for the tests: an HTTP or HTTPS server on 127.0.0.1 that answers a script of
 * expected requests, in order, as GitLab's REST API documents them, and records every request so
 * a test can assert method, path, headers and body. A request beyond the script, or one that
 * does not match the next expectation, gets a 500 and is reported by `problems()`.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { PKI_LOCALHOST } from './pki-fixtures.js';

export interface FakeReply {
  readonly status: number;
  /** Serialised as JSON unless it is a string (sent as is). */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ExpectedRequest {
  readonly method: 'GET' | 'POST';
  /** Path and query exactly as the client must send them. */
  readonly path: string;
  /** The parsed JSON body the client must send (POST). */
  readonly body?: unknown;
  readonly reply: FakeReply;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface FakeGitlab {
  /** `http://127.0.0.1:<port>` or `https://…`. */
  readonly url: string;
  readonly requests: () => readonly RecordedRequest[];
  /** Every mismatch between the script and the requests, plus expectations never reached. */
  readonly problems: () => readonly string[];
  readonly close: () => Promise<void>;
}

/** At most this many requests are answered; a client that loops gets 500s and the test fails. */
const MAX_REQUESTS = 200;
const MAX_REQUEST_BODY = 64 * 1024;

export interface FakeGitlabOptions {
  readonly https?: boolean;
}

export async function startFakeGitlab(script: readonly ExpectedRequest[], options: FakeGitlabOptions = {}): Promise<FakeGitlab> {
  const recorded: RecordedRequest[] = [];
  const problems: string[] = [];
  let next = 0;
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BODY) chunks.push(chunk);
    });
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const entry: RecordedRequest = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body };
      recorded.push(entry);
      const expected = recorded.length <= MAX_REQUESTS ? script[next] : undefined;
      const mismatch = expected === undefined ? 'no request expected' : compare(expected, entry);
      if (mismatch !== undefined) {
        problems.push(`request ${recorded.length} (${entry.method} ${entry.path}): ${mismatch}`);
        response.writeHead(500, { 'Content-Type': 'application/json' }).end('{"message":"500 Internal Server Error"}');
        return;
      }
      next += 1;
      const reply = expected!.reply;
      const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers }).end(text);
    });
  };
  const server: Server = options.https
    ? createHttpsServer({ cert: PKI_LOCALHOST.cert, key: PKI_LOCALHOST.key }, handle)
    : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.https ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests: () => recorded,
    problems: () => [...problems, ...script.slice(next).map((e) => `expected ${e.method} ${e.path}, never requested`)],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function compare(expected: ExpectedRequest, actual: RecordedRequest): string | undefined {
  if (actual.method !== expected.method || actual.path !== expected.path) return `expected ${expected.method} ${expected.path}`;
  if (actual.headers['accept'] !== 'application/json') return 'no Accept: application/json';
  if (expected.method === 'POST') {
    if (actual.headers['content-type'] !== 'application/json') return 'no Content-Type: application/json';
    let parsed: unknown;
    try {
      parsed = JSON.parse(actual.body);
    } catch {
      return 'the body is not JSON';
    }
    if (JSON.stringify(parsed) !== JSON.stringify(expected.body)) return `body ${actual.body}, expected ${JSON.stringify(expected.body)}`;
  } else if (actual.body !== '') {
    return 'a GET with a body';
  }
  return undefined;
}

/** GitLab's documented answers, for building scripts. */
export const GITLAB_REPLIES = {
  metadata: (kas: { enabled: boolean; externalUrl: string | null; version: string | null }, version = '19.4.1-ee'): FakeReply => ({
    status: 200,
    body: { version, revision: 'c401a659d0c', kas: { ...kas, externalK8sProxyUrl: null }, enterprise: true },
  }),
  agent: (id: number, name: string): Record<string, unknown> => ({
    id,
    name,
    config_project: { id: 20, name: 'infra', path: 'infra', path_with_namespace: 'group/infra', created_at: '2022-03-20T20:42:40.221Z' },
    created_at: '2022-04-20T20:42:40.221Z',
    created_by_user_id: 42,
  }),
  token: (id: number, agentId: number, name: string, token: string, description = ''): FakeReply => ({
    status: 201,
    body: {
      id,
      name,
      description,
      agent_id: agentId,
      status: 'active',
      created_at: '2022-03-25T14:12:11.497Z',
      created_by_user_id: 1,
      last_used_at: null,
      token,
    },
  }),
  unauthorized: { status: 401, body: { message: '401 Unauthorized' } } as FakeReply,
  forbidden: { status: 403, body: { message: '403 Forbidden' } } as FakeReply,
  projectNotFound: { status: 404, body: { message: '404 Project Not Found' } } as FakeReply,
  routeNotFound: { status: 404, body: { error: '404 Not Found' } } as FakeReply,
  nameTaken: { status: 400, body: { message: { name: ['has already been taken'] } } } as FakeReply,
  tokenLimit: { status: 400, body: { message: '400 Bad request - An agent can have only two active tokens at a time' } } as FakeReply,
} as const;

/** The project of the registration tests, as its id appears in a path. */
export const AGENTS_PATH = '/api/v4/projects/group%2Finfra/cluster_agents';
export const KAS_URL = 'wss://gitlab.example.com/-/kubernetes-agent/';

/**
 * The requests of one registration of agent `prod` (id 7) in group/infra, whose new token is
 * `agentToken`: register and bootstrap script their runs from these.
 */
export function createRegistrationRequests(agentToken: string): {
  readonly metadata: ExpectedRequest;
  readonly noAgents: ExpectedRequest;
  readonly createProd: ExpectedRequest;
  readonly createToken: ExpectedRequest;
} {
  return {
    metadata: {
      method: 'GET',
      path: '/api/v4/metadata',
      reply: GITLAB_REPLIES.metadata({ enabled: true, externalUrl: KAS_URL, version: '19.4.1' }),
    },
    noAgents: { method: 'GET', path: `${AGENTS_PATH}?per_page=100&page=1`, reply: { status: 200, body: [] } },
    createProd: {
      method: 'POST',
      path: AGENTS_PATH,
      body: { name: 'prod' },
      reply: { status: 201, body: GITLAB_REPLIES.agent(7, 'prod') },
    },
    createToken: {
      method: 'POST',
      path: `${AGENTS_PATH}/7/tokens`,
      body: { name: 'gitlab-agent-manifests' },
      reply: GITLAB_REPLIES.token(3, 7, 'gitlab-agent-manifests', agentToken),
    },
  };
}
