/**
 * `bootstrap` in-process, from an empty directory, against the local GitLab of
 * test/support/fake-gitlab-server.ts: the configuration file, the registration, the manifests, the
 * token in the Secret or kept out, re-runs, and the failures that must cost no token.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { validateAgentConfig } from '../src/agent-config/validate-agent-config.js';
import { run } from '../src/cli/run.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { runKubectlDryRun, secretValue } from './support/kubectl-dry-run.js';
import {
  GITLAB_REPLIES as R,
  KAS_URL,
  createRegistrationRequests,
  startFakeGitlab,
  type ExpectedRequest,
  type FakeGitlab,
} from './support/fake-gitlab-server.js';

const ACCESS_TOKEN = 'glpat-MARKER-ACCESS-b00757';
const AGENT_TOKEN = 'glagent-MARKER-AGENT-5ec7e7';
const AGENT_TOKEN_BASE64 = Buffer.from(AGENT_TOKEN).toString('base64');
const KAS = KAS_URL;
const CONFIG = '.gitlab/agents/prod/config.yaml';

const {
  metadata: METADATA,
  noAgents: NO_AGENTS,
  createProd: CREATE_PROD,
  createToken: CREATE_TOKEN,
} = createRegistrationRequests(AGENT_TOKEN);
const PROD_LISTED: ExpectedRequest = { ...NO_AGENTS, reply: { status: 200, body: [R.agent(7, 'prod')] } };

const scratch = mkdtempSync(join(tmpdir(), 'cli-bootstrap-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let server: FakeGitlab | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function bootstrap(
  script: readonly ExpectedRequest[],
  flags: readonly string[],
  cwd = mkdtempSync(join(scratch, 'case-')),
  env: Record<string, string> = {},
) {
  await server?.close();
  server = await startFakeGitlab(script);
  const memory = createMemoryIo({ cwd, env: { GITLAB_TOKEN: ACCESS_TOKEN, ...env } });
  const argv = ['bootstrap', '--gitlab-url', server.url, '--project', 'group/infra', '--agent-name', 'prod', ...flags];
  const code = await run(argv, memory.io);
  const result = { code, stdout: memory.stdout(), stderr: memory.stderr(), cwd, gitlab: server };
  expect(result.stdout + result.stderr).not.toContain(ACCESS_TOKEN);
  expect(result.stderr).not.toContain(AGENT_TOKEN);
  expect(result.stderr).not.toContain(AGENT_TOKEN_BASE64);
  return result;
}

function readTree(dir: string): string {
  return readdirSync(dir)
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

describe('bootstrap', () => {
  it('from an empty directory: a valid config file, and manifests whose Secret holds the new token and whose KAS came from GitLab', async () => {
    const result = await bootstrap([METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN], ['--output-dir', 'deploy/agent']);
    expect(result.stderr).not.toMatch(/^Error/m);
    expect(result.code).toBe(0);
    expect(result.gitlab.problems()).toEqual([]);
    const config = readFileSync(join(result.cwd, CONFIG), 'utf8');
    expect(validateAgentConfig(config, { path: CONFIG }).valid).toBe(true);
    const manifests = readTree(join(result.cwd, 'deploy/agent'));
    expect(manifests).toContain(`token: ${AGENT_TOKEN_BASE64}`);
    expect(manifests).toContain(`--kas-address=${KAS}`);
    expect(manifests).toMatch(/agentk:v19\.4\.\d+\n/);
    expect(result.stdout).toContain(`${CONFIG}: written.`);
    expect(result.stdout).toContain('Agent "prod" (id 7): registered in group/infra.');
    expect(result.stdout).toContain('Agent token "gitlab-agent-manifests" (id 3): in the Secret of the manifests in deploy/agent.');
    expect(result.stdout).toContain('Nothing was committed or applied.');
    expect(result.stdout).not.toContain(AGENT_TOKEN);
  });

  it('run again: keeps the config file, reuses the agent, replaces the manifests', async () => {
    const first = await bootstrap([METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN], ['--output-dir', 'deploy/agent']);
    expect(first.code).toBe(0);
    const second = await bootstrap([METADATA, PROD_LISTED, CREATE_TOKEN], ['--output-dir', 'deploy/agent'], first.cwd);
    expect(second.code).toBe(0);
    expect(second.gitlab.problems()).toEqual([]);
    expect(second.stdout).toContain(`${CONFIG}: exists, kept as it is.`);
    expect(second.stdout).toContain('exists in group/infra already, reused.');
    expect(second.stderr).toContain('Replaced deploy/agent');
  });

  it('keeps the token out of the manifests with --secret-name, and prints the kubectl command', async () => {
    const result = await bootstrap(
      [METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN],
      ['--output-dir', 'deploy/agent', '--secret-name', 'prod-token', '--agent-token-out', 'token.txt', '-n', 'agents'],
    );
    expect(result.code).toBe(0);
    const manifests = readTree(join(result.cwd, 'deploy/agent'));
    expect(manifests).not.toContain(AGENT_TOKEN_BASE64);
    expect(manifests).not.toMatch(/kind: Secret/);
    expect(manifests).toContain('secretName: prod-token');
    const tokenFile = join(result.cwd, 'token.txt');
    expect(readFileSync(tokenFile, 'utf8')).toBe(`${AGENT_TOKEN}\n`);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(result.stdout).toContain(
      "tr -d '\\r\\n' < token.txt | kubectl create secret generic prod-token -n agents --from-file=token=/dev/stdin",
    );
    // The printed commands, run as kubectl's client-side dry run: the namespace, then the Secret
    // holding the token without the newline its file ends in.
    const printed = result.stdout.split('\n');
    const step = printed.findIndex((line) => line.includes("Create the token's Secret"));
    const [namespace, secret] = runKubectlDryRun(
      printed.slice(step + 1, step + 3).map((line) => line.trim()),
      result.cwd,
    );
    expect(namespace).toMatchObject({ kind: 'Namespace', metadata: { name: 'agents' } });
    expect(secret).toMatchObject({ kind: 'Secret', metadata: { name: 'prod-token', namespace: 'agents' } });
    expect(secretValue(secret!, 'token')).toBe(AGENT_TOKEN);
  });

  it('puts the new token in the Secret even with an older one in GITLAB_AGENT_TOKEN', async () => {
    const older = 'glagent-OLDER-TOKEN-0000';
    const result = await bootstrap([METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN], [], undefined, { GITLAB_AGENT_TOKEN: older });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`token: ${AGENT_TOKEN_BASE64}`);
    expect(result.stdout).not.toContain(Buffer.from(older).toString('base64'));
  });

  it('streams the manifests on standard output without --output-dir, the summary on standard error', async () => {
    const result = await bootstrap([METADATA, NO_AGENTS, CREATE_PROD, CREATE_TOKEN], []);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`token: ${AGENT_TOKEN_BASE64}`);
    expect(result.stderr).toContain('Manifests: written to standard output.');
  });
});

describe('bootstrap fails before creating a token', () => {
  it('on values that cannot render: no agent, no token, no config file', async () => {
    const result = await bootstrap([METADATA], ['--output-dir', 'deploy/agent', '--set', 'replicas=many']);
    expect(result.code).toBe(1);
    expect(result.gitlab.problems()).toEqual([]);
    expect(existsSync(join(result.cwd, CONFIG))).toBe(false);
    expect(existsSync(join(result.cwd, 'deploy'))).toBe(false);
  });

  it('on a disabled KAS', async () => {
    const result = await bootstrap(
      [{ ...METADATA, reply: R.metadata({ enabled: false, externalUrl: null, version: null }) }],
      ['--output-dir', 'deploy/agent'],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/KAS\) is disabled/);
    expect(existsSync(join(result.cwd, CONFIG))).toBe(false);
  });

  it('on an --output-dir it must not replace', async () => {
    const cwd = mkdtempSync(join(scratch, 'case-'));
    mkdirSync(join(cwd, 'deploy'));
    writeFileSync(join(cwd, 'deploy', 'notes.txt'), 'mine\n');
    const result = await bootstrap([], ['--output-dir', 'deploy'], cwd);
    expect(result.code).toBe(2);
    expect(result.gitlab.requests()).toEqual([]);
    expect(existsSync(join(cwd, CONFIG))).toBe(false);
  });

  it('on a token given by a flag or in the values, which the new one would not replace', async () => {
    for (const flags of [
      ['--agent-token', 'glagent-x'],
      ['--set', 'config.token=glagent-x'],
    ]) {
      const result = await bootstrap([METADATA], flags);
      expect(result.stderr).toMatch(/creates the agent's token itself/);
      expect(result.code).toBe(2);
      expect(result.gitlab.requests().filter((request) => request.method === 'POST')).toEqual([]);
    }
  });

  it('on --secret-name without --agent-token-out', async () => {
    const result = await bootstrap([], ['--secret-name', 'prod-token']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs --agent-token-out/);
    expect(result.gitlab.requests()).toEqual([]);
  });
});
