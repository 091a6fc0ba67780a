import { afterEach, describe, expect, it } from 'vitest';
import { GitlabApiError, type GitlabApiProblem } from '../src/errors.js';
import { createHttpGitlabClient } from '../src/gitlab/create-http-gitlab-client.js';
import { discoverKas } from '../src/gitlab/discover-kas.js';
import type { GitlabClient } from '../src/gitlab/gitlab-client.js';
import { findClusterAgent, registerAgent } from '../src/gitlab/register-agent.js';
import { GITLAB_REPLIES as R, startFakeGitlab, type ExpectedRequest, type FakeGitlab } from './support/fake-gitlab-server.js';
import { PKI } from './support/pki-fixtures.js';

/** Marker strings: neither may appear in any error message. */
const ACCESS_TOKEN = 'glpat-MARKER-ACCESS-7f3a9c';
const AGENT_TOKEN = 'glagent-MARKER-AGENT-1b2c3d';
const PROJECT = 'group/infra';
const AGENTS = '/api/v4/projects/group%2Finfra/cluster_agents';

let server: FakeGitlab | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(script: readonly ExpectedRequest[], https = false): Promise<FakeGitlab> {
  server = await startFakeGitlab(script, { https });
  return server;
}

function clientFor(gitlab: FakeGitlab, extra: { ca?: string; maxResponseBytes?: number } = {}): GitlabClient {
  return createHttpGitlabClient({ gitlabUrl: gitlab.url, token: ACCESS_TOKEN, ...extra });
}

/** The GitlabApiError a promise rejects with; fails the test on anything else. */
async function failure(promise: Promise<unknown>): Promise<GitlabApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitlabApiError);
  const apiError = error as GitlabApiError;
  expect(apiError.code).toBe('gitlab-api');
  expect(apiError.message).not.toContain(ACCESS_TOKEN);
  expect(apiError.message).not.toContain(AGENT_TOKEN);
  expect(apiError.message).not.toContain('\n');
  return apiError;
}

describe('the HTTP GitLab client', () => {
  it('sends the access token as PRIVATE-TOKEN, JSON bodies and the encoded project path', async () => {
    const gitlab = await serve([
      { method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply: { status: 200, body: [] } },
      { method: 'POST', path: AGENTS, body: { name: 'prod' }, reply: { status: 201, body: R.agent(7, 'prod') } },
      {
        method: 'POST',
        path: `${AGENTS}/7/tokens`,
        body: { name: 'ci', description: 'made by a test' },
        reply: R.token(3, 7, 'ci', AGENT_TOKEN, 'made by a test'),
      },
    ]);
    const result = await registerAgent(clientFor(gitlab), {
      project: PROJECT,
      agentName: 'prod',
      tokenName: 'ci',
      tokenDescription: 'made by a test',
    });
    expect(result).toEqual({ agent: { id: 7, name: 'prod' }, created: true, token: { id: 3, agentId: 7, name: 'ci', token: AGENT_TOKEN } });
    expect(gitlab.problems()).toEqual([]);
    for (const request of gitlab.requests()) {
      expect(request.headers['private-token']).toBe(ACCESS_TOKEN);
      expect(request.headers['authorization']).toBeUndefined();
    }
  });

  it('reuses an agent found on a later page, following X-Next-Page', async () => {
    const firstPage = Array.from({ length: 100 }, (_, i) => R.agent(i + 1, `agent-${i + 1}`));
    const gitlab = await serve([
      {
        method: 'GET',
        path: `${AGENTS}?per_page=100&page=1`,
        reply: { status: 200, body: firstPage, headers: { 'X-Next-Page': '2', 'X-Page': '1' } },
      },
      {
        method: 'GET',
        path: `${AGENTS}?per_page=100&page=2`,
        reply: { status: 200, body: [R.agent(150, 'prod')], headers: { 'X-Next-Page': '' } },
      },
      {
        method: 'POST',
        path: `${AGENTS}/150/tokens`,
        body: { name: 'gitlab-agent-manifests' },
        reply: R.token(9, 150, 'gitlab-agent-manifests', AGENT_TOKEN),
      },
    ]);
    const result = await registerAgent(clientFor(gitlab), { project: PROJECT, agentName: 'prod' });
    expect(result.created).toBe(false);
    expect(result.agent).toEqual({ id: 150, name: 'prod' });
    expect(result.token.id).toBe(9);
    expect(gitlab.problems()).toEqual([]);
  });

  it('follows the Link header when X-Next-Page is absent, and stops on the last page', async () => {
    const gitlab = await serve([
      {
        method: 'GET',
        path: `${AGENTS}?per_page=100&page=1`,
        reply: {
          status: 200,
          body: [R.agent(1, 'a')],
          headers: { Link: `<http://x/api/v4/projects/20/cluster_agents?page=2&per_page=100>; rel="next"` },
        },
      },
      { method: 'GET', path: `${AGENTS}?per_page=100&page=2`, reply: { status: 200, body: [R.agent(2, 'b')] } },
    ]);
    expect(await findClusterAgent(clientFor(gitlab), PROJECT, 'prod')).toBeUndefined();
    expect(gitlab.problems()).toEqual([]);
  });

  it('reuses the agent when another client registered the name between lookup and creation', async () => {
    const gitlab = await serve([
      { method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply: { status: 200, body: [] } },
      { method: 'POST', path: AGENTS, body: { name: 'prod' }, reply: R.nameTaken },
      { method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply: { status: 200, body: [R.agent(5, 'prod')] } },
      {
        method: 'POST',
        path: `${AGENTS}/5/tokens`,
        body: { name: 'gitlab-agent-manifests' },
        reply: R.token(1, 5, 'gitlab-agent-manifests', AGENT_TOKEN),
      },
    ]);
    const result = await registerAgent(clientFor(gitlab), { project: PROJECT, agentName: 'prod' });
    expect(result).toMatchObject({ created: false, agent: { id: 5 } });
    expect(gitlab.problems()).toEqual([]);
  });

  const failures: readonly { name: string; reply: ExpectedRequest['reply']; problem: GitlabApiProblem; says: RegExp }[] = [
    { name: '401', reply: R.unauthorized, problem: 'unauthorized', says: /api scope/ },
    { name: '403', reply: R.forbidden, problem: 'forbidden', says: /Maintainer/ },
    { name: '404 of the project', reply: R.projectNotFound, problem: 'project-not-found', says: /full path/ },
    { name: '404 of the route (an old GitLab)', reply: R.routeNotFound, problem: 'endpoint-missing', says: /GitLab 14\.10 or later/ },
    { name: '500', reply: { status: 500, body: { message: '500 Internal Server Error' } }, problem: 'server-error', says: /try again/ },
    {
      name: 'a redirect',
      reply: { status: 301, body: '', headers: { Location: 'https://elsewhere/' } },
      problem: 'rejected',
      says: /redirected/,
    },
    { name: 'a 200 that is not JSON', reply: { status: 200, body: '<html>sign in</html>' }, problem: 'invalid-response', says: /not JSON/ },
    { name: 'a 200 that is not a list', reply: { status: 200, body: { id: 1 } }, problem: 'invalid-response', says: /not a list/ },
  ];
  it.each(failures)('turns $name into problem $problem', async ({ reply, problem, says }) => {
    const gitlab = await serve([{ method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply }]);
    const error = await failure(registerAgent(clientFor(gitlab), { project: PROJECT, agentName: 'prod' }));
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(says);
    expect(error.message).toContain(`GET ${AGENTS}`);
    expect(gitlab.problems()).toEqual([]);
  });

  it('names the token limit when GitLab refuses a third token', async () => {
    const gitlab = await serve([
      { method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply: { status: 200, body: [R.agent(5, 'prod')] } },
      { method: 'POST', path: `${AGENTS}/5/tokens`, body: { name: 'gitlab-agent-manifests' }, reply: R.tokenLimit },
    ]);
    const error = await failure(registerAgent(clientFor(gitlab), { project: PROJECT, agentName: 'prod' }));
    expect(error).toMatchObject({ problem: 'token-limit', status: 400 });
    expect(error.message).toMatch(/revoke one/);
  });

  it('refuses a token answer without the token, and an error body that echoes the access token is redacted', async () => {
    const gitlab = await serve([
      { method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply: { status: 200, body: [R.agent(5, 'prod')] } },
      {
        method: 'POST',
        path: `${AGENTS}/5/tokens`,
        body: { name: 'gitlab-agent-manifests' },
        reply: { status: 201, body: { id: 1, agent_id: 5, name: 'x' } },
      },
      { method: 'GET', path: '/api/v4/metadata', reply: { status: 400, body: { message: `bad token ${ACCESS_TOKEN}\nForged: line` } } },
    ]);
    const client = clientFor(gitlab);
    expect((await failure(registerAgent(client, { project: PROJECT, agentName: 'prod' }))).problem).toBe('invalid-response');
    const echoed = await failure(client.getMetadata());
    expect(echoed.problem).toBe('rejected');
    expect(echoed.message).toContain('[redacted]');
  });

  it("does not redact ordinary words with a token too short to be GitLab's", async () => {
    const gitlab = await serve([
      { method: 'GET', path: '/api/v4/metadata', reply: { status: 500, body: { message: '500 Internal Server Error' } } },
    ]);
    const error = await failure(createHttpGitlabClient({ gitlabUrl: gitlab.url, token: 't' }).getMetadata());
    expect(error.message).toContain('"500 Internal Server Error"');
  });

  it('caps the bytes it reads', async () => {
    const gitlab = await serve([{ method: 'GET', path: '/api/v4/metadata', reply: { status: 200, body: 'x'.repeat(5000) } }]);
    const error = await failure(clientFor(gitlab, { maxResponseBytes: 1000 }).getMetadata());
    expect(error.problem).toBe('invalid-response');
    expect(error.message).toMatch(/larger than 1000 bytes/);
  });

  it('reports a refused connection as a network error', async () => {
    const gitlab = await serve([]);
    const url = gitlab.url;
    await gitlab.close();
    server = undefined;
    const error = await failure(createHttpGitlabClient({ gitlabUrl: url, token: ACCESS_TOKEN }).getMetadata());
    expect(error.problem).toBe('network');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('refuses URLs that are not http(s), or carry credentials or a query', async () => {
    for (const gitlabUrl of [
      'gitlab.example.com',
      'ftp://gitlab.example.com',
      'https://user:pw@gitlab.example.com',
      'https://gitlab.example.com/?a=1',
    ]) {
      expect(() => createHttpGitlabClient({ gitlabUrl, token: ACCESS_TOKEN }), gitlabUrl).toThrow(GitlabApiError);
    }
  });

  it('keeps a relative URL root', async () => {
    const gitlab = await serve([]);
    const client = createHttpGitlabClient({ gitlabUrl: `${gitlab.url}/gitlab/`, token: ACCESS_TOKEN });
    await failure(client.getMetadata());
    expect(gitlab.requests().map((r) => r.path)).toEqual(['/gitlab/api/v4/metadata']);
  });
});

describe('HTTPS with a private CA', () => {
  const script: ExpectedRequest[] = [
    {
      method: 'GET',
      path: '/api/v4/metadata',
      reply: R.metadata({ enabled: true, externalUrl: 'wss://127.0.0.1/-/kubernetes-agent/', version: '19.4.1' }),
    },
  ];

  it('fails with a TLS error naming the fix when the CA is not trusted', async () => {
    const gitlab = await serve(script, true);
    const error = await failure(clientFor(gitlab).getMetadata());
    expect(error.problem).toBe('tls');
    expect(error.message).toMatch(/trust the CA/);
  });

  it('succeeds with the CA given', async () => {
    const gitlab = await serve(script, true);
    expect((await clientFor(gitlab, { ca: PKI.caCert }).getMetadata()).kas.enabled).toBe(true);
    expect(gitlab.problems()).toEqual([]);
  });
});

describe('discoverKas', () => {
  it('reads the KAS address and the GitLab version', async () => {
    const gitlab = await serve([
      {
        method: 'GET',
        path: '/api/v4/metadata',
        reply: R.metadata({ enabled: true, externalUrl: 'wss://gitlab.example.com/-/kubernetes-agent/', version: '19.4.1' }),
      },
    ]);
    expect(await discoverKas(clientFor(gitlab))).toEqual({
      kasAddress: 'wss://gitlab.example.com/-/kubernetes-agent/',
      gitlabVersion: '19.4.1',
      kasVersion: '19.4.1',
    });
    expect(gitlab.requests()[0]?.headers['private-token']).toBe(ACCESS_TOKEN);
  });

  it('reads a pre-release version and a KAS version GitLab could not fetch', async () => {
    const gitlab = await serve([
      {
        method: 'GET',
        path: '/api/v4/metadata',
        reply: R.metadata({ enabled: true, externalUrl: 'grpc://gitlab.example.com:8150', version: null }, '19.6.0-pre'),
      },
    ]);
    expect(await discoverKas(clientFor(gitlab))).toEqual({
      kasAddress: 'grpc://gitlab.example.com:8150',
      gitlabVersion: '19.6.0',
      kasVersion: undefined,
    });
  });

  it('says so when KAS is disabled', async () => {
    const gitlab = await serve([
      { method: 'GET', path: '/api/v4/metadata', reply: R.metadata({ enabled: false, externalUrl: null, version: null }) },
    ]);
    const error = await failure(discoverKas(clientFor(gitlab)));
    expect(error.problem).toBe('kas-disabled');
    expect(error.message).toMatch(/disabled/);
  });

  it('names the version for a GitLab without the metadata endpoint', async () => {
    const gitlab = await serve([{ method: 'GET', path: '/api/v4/metadata', reply: R.routeNotFound }]);
    const error = await failure(discoverKas(clientFor(gitlab)));
    expect(error.problem).toBe('endpoint-missing');
    expect(error.message).toMatch(/GitLab 15\.2 or later/);
  });
});

describe('findClusterAgent against a client double', () => {
  it('stops at MAX_AGENT_PAGES when the pages never end', async () => {
    let calls = 0;
    const endless: GitlabClient = {
      getMetadata: () => Promise.reject(new Error('unused')),
      createClusterAgent: () => Promise.reject(new Error('unused')),
      createAgentToken: () => Promise.reject(new Error('unused')),
      listClusterAgents: (_project, page) => {
        calls += 1;
        return Promise.resolve({ items: [], nextPage: page + 1 });
      },
    };
    const error = await failure(findClusterAgent(endless, PROJECT, 'prod'));
    expect(error.problem).toBe('invalid-response');
    expect(calls).toBe(100);
  });

  it('treats a next page that does not move forward as the end', async () => {
    const pages: number[] = [];
    const stuck: GitlabClient = {
      getMetadata: () => Promise.reject(new Error('unused')),
      createClusterAgent: () => Promise.reject(new Error('unused')),
      createAgentToken: () => Promise.reject(new Error('unused')),
      listClusterAgents: (_project, page) => {
        pages.push(page);
        return Promise.resolve({ items: [], nextPage: 1 });
      },
    };
    expect(await findClusterAgent(stuck, PROJECT, 'prod')).toBeUndefined();
    expect(pages).toEqual([1]);
  });
});
