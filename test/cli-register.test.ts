/**
 * `register` in-process against the local GitLab of test/support/fake-gitlab-server.ts: the
 * requests it sends, what it writes and prints, and its failures; the access token and the agent
 * token are marker strings that must appear nowhere they should not.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { createMemoryIo } from './support/create-memory-io.js';
import {
  AGENTS_PATH,
  GITLAB_REPLIES as R,
  KAS_URL,
  createRegistrationRequests,
  startFakeGitlab,
  type ExpectedRequest,
  type FakeGitlab,
} from './support/fake-gitlab-server.js';
import { PKI } from './support/pki-fixtures.js';

const ACCESS_TOKEN = 'glpat-MARKER-ACCESS-55e1d0';
const AGENT_TOKEN = 'glagent-MARKER-AGENT-9a8b7c';
const AGENTS = AGENTS_PATH;
const KAS = KAS_URL;

const scratch = mkdtempSync(join(tmpdir(), 'cli-register-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let server: FakeGitlab | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const {
  metadata: METADATA,
  noAgents: NO_AGENTS,
  createProd: CREATE_PROD,
  createToken: CREATE_TOKEN,
} = createRegistrationRequests(AGENT_TOKEN);

interface RegisterRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly cwd: string;
  readonly gitlab: FakeGitlab;
}

async function register(
  script: readonly ExpectedRequest[],
  flags: readonly string[],
  options: { env?: Record<string, string>; files?: Record<string, string>; https?: boolean; stdin?: string } = {},
): Promise<RegisterRun> {
  server = await startFakeGitlab(script, { https: options.https ?? false });
  const cwd = mkdtempSync(join(scratch, 'case-'));
  const memory = createMemoryIo({
    cwd,
    env: options.env ?? { GITLAB_TOKEN: ACCESS_TOKEN },
    files: options.files ?? {},
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  const argv = ['register', '--gitlab-url', server.url, '--project', 'group/infra', '--agent-name', 'prod', ...flags];
  const code = await run(argv, memory.io);
  const result = { code, stdout: memory.stdout(), stderr: memory.stderr(), cwd, gitlab: server };
  // The marker strings: the access token never shows; the agent token only on stdout with `-`.
  expect(result.stdout + result.stderr).not.toContain(ACCESS_TOKEN);
  expect(result.stderr).not.toContain(AGENT_TOKEN);
  if (!flags.includes('-')) expect(result.stdout).not.toContain(AGENT_TOKEN);
  return result;
}

describe('register', () => {
  it('creates the agent and a token, writes it with mode 0600 and prints ids and next steps', async () => {
    const result = await register([METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN], ['--agent-token-out', 'token.txt']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.gitlab.problems()).toEqual([]);
    expect(result.gitlab.requests().every((request) => request.headers['private-token'] === ACCESS_TOKEN)).toBe(true);
    const path = join(result.cwd, 'token.txt');
    expect(readFileSync(path, 'utf8')).toBe(`${AGENT_TOKEN}\n`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(result.stdout).toContain('Registered agent "prod" (id 7) in group/infra.');
    expect(result.stdout).toContain('Created agent token "gitlab-agent-manifests" (id 3), written to token.txt (mode 0600)');
    expect(result.stdout).toContain(
      `generate --agent-token-file token.txt --kas-address ${KAS} --gitlab-version 19.4.1 | kubectl apply -f -`,
    );
  });

  it('reuses an existing agent, saying so, with the token name and description given', async () => {
    const result = await register(
      [
        METADATA,
        { method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply: { status: 200, body: [R.agent(7, 'prod')] } },
        {
          method: 'POST',
          path: `${AGENTS}/7/tokens`,
          body: { name: 'ci', description: 'second cluster' },
          reply: R.token(4, 7, 'ci', AGENT_TOKEN),
        },
      ],
      ['--agent-token-out', 'token.txt', '--token-name', 'ci', '--token-description', 'second cluster'],
    );
    expect(result.code).toBe(0);
    expect(result.gitlab.problems()).toEqual([]);
    expect(result.stdout).toContain('Agent "prod" (id 7) exists in group/infra already; reused it.');
  });

  it('prints the token alone on standard output with -, and the summary on standard error', async () => {
    const result = await register([METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN], ['--agent-token-out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${AGENT_TOKEN}\n`);
    expect(result.stderr).toContain('printed on standard output');
  });

  it('reads the access token from --gitlab-token-file, one trailing newline removed', async () => {
    const result = await register(
      [METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN],
      ['--agent-token-out', 'token.txt', '--gitlab-token-file', 'pat.txt'],
      {
        env: {},
        files: { 'pat.txt': `${ACCESS_TOKEN}\n` },
      },
    );
    expect(result.code).toBe(0);
    expect(result.gitlab.requests()[0]?.headers['private-token']).toBe(ACCESS_TOKEN);
  });

  it('reads the access token from standard input with --gitlab-token-file -', async () => {
    const result = await register(
      [METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN],
      ['--agent-token-out', 'token.txt', '--gitlab-token-file', '-'],
      {
        env: {},
        stdin: `${ACCESS_TOKEN}\r\n`,
      },
    );
    expect(result.code).toBe(0);
    expect(result.gitlab.requests().every((request) => request.headers['private-token'] === ACCESS_TOKEN)).toBe(true);
  });

  it('goes on without the KAS address on a GitLab without the metadata endpoint', async () => {
    const result = await register(
      [{ method: 'GET', path: '/api/v4/metadata', reply: R.routeNotFound }, NO_AGENTS, CREATE_PROD, CREATE_TOKEN],
      ['--agent-token-out', 'token.txt'],
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no metadata endpoint');
    expect(result.stdout).toContain('--kas-address <the KAS address>');
  });

  it('trusts a self-signed instance with --ca-file, and names --ca-file when TLS fails', async () => {
    const trusted = await register(
      [METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN],
      ['--agent-token-out', 'token.txt', '--ca-file', 'ca.crt'],
      {
        https: true,
        files: { 'ca.crt': PKI.caCert },
        env: { GITLAB_TOKEN: ACCESS_TOKEN },
      },
    );
    expect(trusted.code).toBe(0);
    await server?.close();
    const untrusted = await register([METADATA], ['--agent-token-out', 'token.txt'], { https: true });
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toMatch(/^Error: .*TLS failed.*--ca-file FILE\n$/);
  });
});

describe('register refuses', () => {
  const usage: readonly { name: string; flags: string[]; env?: Record<string, string>; says: RegExp }[] = [
    { name: 'no access token', flags: ['--agent-token-out', 't'], env: {}, says: /set GITLAB_TOKEN or use --gitlab-token-file/ },
    { name: 'a missing --agent-token-out', flags: [], says: /needs --agent-token-out/ },
    { name: 'the token as an argument', flags: ['--agent-token-out', 't', `--gitlab-token=${ACCESS_TOKEN}`], says: /not accepted/ },
    {
      name: 'a token file in a missing folder',
      flags: ['--agent-token-out', 'missing/token.txt'],
      says: /folder of missing\/token.txt does not exist/,
    },
    { name: 'an invalid agent name', flags: ['--agent-token-out', 't', '--agent-name', 'Prod_1'], says: /--agent-name/ },
    { name: 'a CA file without a certificate', flags: ['--agent-token-out', 't', '--ca-file', 'nothing.pem'], says: /--ca-file/ },
  ];
  it.each(usage)('$name, as a usage error before any request', async ({ flags, env, says }) => {
    const result = await register([], flags, { ...(env === undefined ? {} : { env }), files: { 'nothing.pem': 'not a certificate' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(says);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.gitlab.requests()).toEqual([]);
  });

  const failures: readonly { name: string; script: ExpectedRequest[]; says: RegExp }[] = [
    {
      name: 'a disabled KAS, before creating anything',
      script: [{ ...METADATA, reply: R.metadata({ enabled: false, externalUrl: null, version: null }) }],
      says: /KAS\) is disabled/,
    },
    {
      name: '401',
      script: [{ ...METADATA, reply: R.unauthorized }],
      says: /refused the access token.*GITLAB_TOKEN or --gitlab-token-file/,
    },
    { name: '403', script: [METADATA, { ...NO_AGENTS, reply: R.forbidden }], says: /api scope and at least the Maintainer role/ },
    {
      name: 'an unknown project',
      script: [METADATA, { ...NO_AGENTS, reply: R.projectNotFound }],
      says: /no such project.*check --project/,
    },
    {
      name: 'the token limit',
      script: [METADATA, { ...NO_AGENTS, reply: { status: 200, body: [R.agent(7, 'prod')] } }, { ...CREATE_TOKEN, reply: R.tokenLimit }],
      says: /maximum of active tokens/,
    },
  ];
  it.each(failures)('$name, with one line and exit status 1', async ({ script, says }) => {
    const result = await register(script, ['--agent-token-out', 'token.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(says);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stdout).toBe('');
    expect(result.gitlab.problems()).toEqual([]);
    expect(() => statSync(join(result.cwd, 'token.txt'))).toThrow();
  });

  it('a refused connection, as a network error', async () => {
    const cwd = mkdtempSync(join(scratch, 'case-'));
    mkdirSync(join(cwd, 'out'));
    const closed = await startFakeGitlab([]);
    await closed.close();
    const memory = createMemoryIo({ cwd, env: { GITLAB_TOKEN: ACCESS_TOKEN } });
    const code = await run(
      ['register', '--gitlab-url', closed.url, '--project', 'group/infra', '--agent-name', 'prod', '--agent-token-out', 'out/t'],
      memory.io,
    );
    expect(code).toBe(1);
    expect(memory.stderr()).toMatch(/ECONNREFUSED/);
    expect(memory.stderr()).not.toContain(ACCESS_TOKEN);
  });
});
