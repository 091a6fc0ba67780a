/**
 * What ships: the built CLI, as a child process, registers an agent against the local GitLab of
 * test/support/fake-gitlab-server.ts over HTTPS with --ca-file, and neither token reaches its
 * output. (npm test builds bin/'s bundle first.)
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';
import { GITLAB_REPLIES as R, startFakeGitlab } from './support/fake-gitlab-server.js';
import { PKI } from './support/pki-fixtures.js';

const BIN = join(REPO_ROOT, 'bin', 'gitlab-agent-manifests.js');
const ACCESS_TOKEN = 'glpat-MARKER-ACCESS-b1na7y';
const AGENT_TOKEN = 'glagent-MARKER-AGENT-b1na7y';
const AGENTS = '/api/v4/projects/group%2Finfra/cluster_agents';

const scratch = mkdtempSync(join(tmpdir(), 'cli-gitlab-built-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('the built CLI registers over HTTPS with --ca-file, the token only in its 0600 file', async () => {
  const gitlab = await startFakeGitlab(
    [
      {
        method: 'GET',
        path: '/api/v4/metadata',
        reply: R.metadata({ enabled: true, externalUrl: 'wss://gitlab.example.com/-/kubernetes-agent/', version: '19.4.1' }),
      },
      { method: 'GET', path: `${AGENTS}?per_page=100&page=1`, reply: { status: 200, body: [] } },
      { method: 'POST', path: AGENTS, body: { name: 'prod' }, reply: { status: 201, body: R.agent(7, 'prod') } },
      {
        method: 'POST',
        path: `${AGENTS}/7/tokens`,
        body: { name: 'gitlab-agent-manifests' },
        reply: R.token(3, 7, 'gitlab-agent-manifests', AGENT_TOKEN),
      },
    ],
    { https: true },
  );
  try {
    writeFileSync(join(scratch, 'ca.crt'), PKI.caCert);
    const argv = [
      BIN,
      'register',
      '--gitlab-url',
      gitlab.url,
      '--project',
      'group/infra',
      '--agent-name',
      'prod',
      '--agent-token-out',
      'token.txt',
      '--ca-file',
      'ca.crt',
    ];
    // Asynchronous: the server answers from this process, so a synchronous spawn would wait forever.
    const { stdout, stderr } = await promisify(execFile)(process.execPath, argv, {
      cwd: scratch,
      env: { PATH: process.env['PATH'] ?? '', GITLAB_TOKEN: ACCESS_TOKEN },
      encoding: 'utf8',
    });
    expect(gitlab.problems()).toEqual([]);
    expect(stdout).toContain('Registered agent "prod" (id 7) in group/infra.');
    expect(stdout + stderr).not.toContain(ACCESS_TOKEN);
    expect(stdout + stderr).not.toContain(AGENT_TOKEN);
    expect(readFileSync(join(scratch, 'token.txt'), 'utf8')).toBe(`${AGENT_TOKEN}\n`);
    expect(statSync(join(scratch, 'token.txt')).mode & 0o777).toBe(0o600);
  } finally {
    await gitlab.close();
  }
});
