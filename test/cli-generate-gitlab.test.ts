/**
 * `generate --gitlab-url`: GitLab's metadata supplies config.kasAddress and the GitLab version
 * the user did not give, against the local GitLab of test/support/fake-gitlab-server.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { GITLAB_REPLIES as R, startFakeGitlab, type ExpectedRequest, type FakeGitlab } from './support/fake-gitlab-server.js';

const ACCESS_TOKEN = 'glpat-MARKER-ACCESS-0c0ffee';
const AGENT_TOKEN = 'glagent-MARKER-AGENT-beef01';
const KAS = 'wss://gitlab.example.com/-/kubernetes-agent/';
const METADATA: ExpectedRequest = {
  method: 'GET',
  path: '/api/v4/metadata',
  reply: R.metadata({ enabled: true, externalUrl: KAS, version: '18.6.2' }, '18.6.2-ee'),
};

let server: FakeGitlab | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function generate(
  script: readonly ExpectedRequest[],
  flags: readonly string[],
  env: Record<string, string> = { GITLAB_TOKEN: ACCESS_TOKEN },
) {
  server = await startFakeGitlab(script);
  const memory = createMemoryIo({ env: { ...env, GITLAB_AGENT_TOKEN: AGENT_TOKEN } });
  const code = await run(['generate', '--gitlab-url', server.url, ...flags], memory.io);
  const result = { code, stdout: memory.stdout(), stderr: memory.stderr(), gitlab: server };
  expect(result.stdout + result.stderr).not.toContain(ACCESS_TOKEN);
  expect(result.stderr).not.toContain(AGENT_TOKEN);
  return result;
}

describe('generate --gitlab-url', () => {
  it('sets config.kasAddress and the GitLab version from the metadata', async () => {
    const result = await generate([METADATA], []);
    expect(result.code).toBe(0);
    expect(result.gitlab.problems()).toEqual([]);
    expect(result.gitlab.requests()[0]?.headers['private-token']).toBe(ACCESS_TOKEN);
    expect(result.stdout).toContain(`--kas-address=${KAS}`);
    // GitLab 18.6 picks the release whose agentk is v18.6.x.
    expect(result.stdout).toMatch(/image: registry\.gitlab\.com\/gitlab-org\/cluster-integration\/gitlab-agent\/agentk:v18\.6\.\d+\n/);
    expect(result.stderr).toContain(`Note: KAS address ${KAS} and GitLab version 18.6.2 read from ${result.gitlab.url}.`);
  });

  it('keeps a KAS address the user gave, and still reads the version', async () => {
    const result = await generate([METADATA], ['--kas-address', 'wss://kas.example.org']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--kas-address=wss://kas.example.org');
    expect(result.stderr).toContain('Note: GitLab version 18.6.2 read from');
  });

  it('does not ask GitLab when the KAS address and the version are both given', async () => {
    const result = await generate([], ['--kas-address', 'wss://kas.example.org', '--gitlab-version', '19.0'], {});
    expect(result.code).toBe(0);
    expect(result.gitlab.requests()).toEqual([]);
  });

  it('fails when KAS is disabled on the instance', async () => {
    const result = await generate([{ ...METADATA, reply: R.metadata({ enabled: false, externalUrl: null, version: null }) }], []);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: .*agent server \(KAS\) is disabled on this instance.*\n$/);
  });

  it('fails with the access token refused, without a stack or the token', async () => {
    const result = await generate([{ ...METADATA, reply: R.unauthorized }], []);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/401/);
  });

  it('needs an access token', async () => {
    const result = await generate([], [], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/GITLAB_TOKEN/);
  });
});

describe('generate refuses', () => {
  it('--gitlab-token-file and --ca-file without --gitlab-url', async () => {
    for (const flags of [
      ['--gitlab-token-file', 't'],
      ['--ca-file', 'ca.pem'],
    ]) {
      const memory = createMemoryIo();
      expect(await run(['generate', ...flags], memory.io)).toBe(2);
      expect(memory.stderr()).toMatch(/only used with --gitlab-url/);
    }
  });

  it('reading standard input twice', async () => {
    const memory = createMemoryIo({ stdin: 'x' });
    expect(await run(['generate', '--gitlab-url', 'https://gitlab.example.com', '--gitlab-token-file', '-', '-f', '-'], memory.io)).toBe(2);
    expect(memory.stderr()).toMatch(/read only once/);
  });
});
