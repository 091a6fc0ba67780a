/**
 * The lifecycle with the real kubectl, against a fake API server (test/support/fake-kube-apiserver.ts):
 * install two agents into one namespace with `generate --applyset … | kubectl apply --prune
 * --applyset`, upgrade one with `--no-rbac` (its cluster-admin ClusterRoleBinding must go, the
 * other agent's must stay), then `uninstall … | kubectl delete -f -` (one agent goes, the other
 * and the namespace stay). Runs the commands the README shows.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySetId } from '../src/index.js';
import { startFakeKubeApiserver, type FakeKubeApiserver } from './support/fake-kube-apiserver.js';
import { MARKED_TOKEN, runCli } from './support/run-cli.js';

const KUBECTL_PRESENT = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
const NAMESPACE = 'agents';
const agentFlags = (release: string) => ['--release-name', release, '--namespace', NAMESPACE, '--set', `config.token=${MARKED_TOKEN}`];

describe.skipIf(!KUBECTL_PRESENT)('kubectl apply --prune --applyset with generate --applyset', () => {
  let server: FakeKubeApiserver;
  const home = mkdtempSync(join(tmpdir(), 'kubectl-applyset-'));
  const kubeconfig = join(home, 'kubeconfig');
  writeFileSync(kubeconfig, '');
  afterAll(async () => {
    await server.close();
    rmSync(home, { recursive: true, force: true });
  });
  beforeAll(async () => {
    server = await startFakeKubeApiserver();
  });

  /**
   * `kubectl ARGS` with `input` on standard input; KUBECTL_APPLYSET=true as the README says.
   * Asynchronous: the fake server answers from this process.
   */
  async function kubectl(args: readonly string[], input: string, expectedCode = 0): Promise<string> {
    const child = spawn('kubectl', ['--kubeconfig', kubeconfig, '--server', server.url, ...args], {
      env: { PATH: process.env['PATH'] ?? '', HOME: home, KUBECTL_APPLYSET: 'true' },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, `${stderr}\n${stdout}`).toBe(expectedCode);
    return `${stdout}${stderr}`;
  }

  async function install(release: string, extra: readonly string[] = []): Promise<string> {
    const generated = await runCli(['generate', ...agentFlags(release), '--applyset', `${release}-applyset`, ...extra]);
    expect(generated.exitCode, generated.stderr).toBe(0);
    // The command generate's note prints, with --validate=false: the fake server has no OpenAPI.
    const command = /`KUBECTL_APPLYSET=true kubectl (apply [^`]*) -f -`/.exec(generated.stderr)?.[1]?.split(' ') ?? [];
    expect(command).toEqual(['apply', '--server-side', '-n', NAMESPACE, '--prune', `--applyset=secrets/${release}-applyset`]);
    return await kubectl([...command, '--validate=false', '-f', '-'], generated.stdout);
  }

  const clusterAdmin = (release: string) => `ClusterRoleBinding//${NAMESPACE}:${release}-gitlab-agent-cluster-admin`;

  it('installs two agents into one namespace, each its own ApplySet', async () => {
    // The user creates the namespace first (the README's `kubectl create namespace`); the parent lives in it.
    await kubectl(
      ['apply', '--server-side', '--validate=false', '-f', '-'],
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${NAMESPACE}\n`,
    );
    await install('prod');
    await install('staging');
    const stored = server.list();
    expect(stored).toContain(clusterAdmin('prod'));
    expect(stored).toContain(clusterAdmin('staging'));
    expect(stored).toContain(`Deployment/${NAMESPACE}/prod-gitlab-agent-v2`);
    // kubectl labelled the objects and wrote the parent: the id is the one we compute.
    const id = applySetId({ name: 'prod-applyset', namespace: NAMESPACE, kind: 'Secret', group: '' });
    expect(server.get('Deployment', NAMESPACE, 'prod-gitlab-agent-v2')?.metadata['labels']['applyset.kubernetes.io/part-of']).toBe(id);
    const parent = server.get('Secret', NAMESPACE, 'prod-applyset');
    expect(parent?.metadata['labels']).toEqual({ 'applyset.kubernetes.io/id': id });
    expect(parent?.metadata['annotations']['applyset.kubernetes.io/contains-group-kinds']).toContain(
      'ClusterRoleBinding.rbac.authorization.k8s.io',
    );
  });

  it('kubectl refuses objects already labelled part-of, which is why generate adds no ApplySet label', async () => {
    const labelled = await runCli([
      'generate',
      ...agentFlags('other'),
      '--create-namespace=false',
      '--set-string',
      'additionalLabels.applyset\\.kubernetes\\.io/part-of=applyset-x-v1',
    ]);
    expect(labelled.exitCode, labelled.stderr).toBe(0);
    const refused = await kubectl(
      ['apply', '--server-side', '-n', NAMESPACE, '--prune', '--applyset=other-applyset', '--validate=false', '-f', '-'],
      labelled.stdout,
      1,
    );
    expect(refused).toContain('ApplySet label "applyset.kubernetes.io/part-of" already set in input data');
    // Nothing of the agent was applied; kubectl had already written the (empty) parent.
    expect(server.list().filter((id) => id.includes('other'))).toEqual([`Secret/${NAMESPACE}/other-applyset`]);
  });

  it("upgrading one agent with --no-rbac deletes its cluster-admin binding, not the other agent's", async () => {
    const output = await install('prod', ['--no-rbac']);
    expect(output).toMatch(/clusterrolebinding\.rbac\.authorization\.k8s\.io\/agents:prod-gitlab-agent-cluster-admin pruned/);
    const stored = server.list();
    expect(stored).not.toContain(clusterAdmin('prod'));
    expect(stored).toContain(clusterAdmin('staging'));
    expect(stored).toContain(`Deployment/${NAMESPACE}/prod-gitlab-agent-v2`);
  });

  it('uninstall deletes one agent and its ApplySet parent, and leaves the other agent and the shared namespace', async () => {
    const staging = server.list().filter((id) => id.includes('staging'));
    const uninstall = await runCli(['uninstall', ...agentFlags('prod'), '--no-rbac', '--applyset', 'prod-applyset']);
    expect(uninstall.exitCode, uninstall.stderr).toBe(0);
    await kubectl(['delete', '--ignore-not-found', '--wait=false', '-f', '-'], uninstall.stdout);
    const left = server.list();
    expect(left.filter((id) => id.includes('prod'))).toEqual([]);
    expect(left.filter((id) => id.includes('staging'))).toEqual(staging);
    expect(left).toContain(`Namespace//${NAMESPACE}`);
  });
});
