/**
 * The lifecycle commands of the CLI: `uninstall` (one agent's objects, never a Namespace another
 * agent shares), `generate --applyset` and `generate --managed-by`.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MARKED_TOKEN, TOKEN_MARKER, runCli } from './support/run-cli.js';

type Doc = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } & Record<string, unknown> } & Record<
  string,
  unknown
>;

const ids = (docs: readonly Doc[]) => docs.map((doc) => `${doc.kind}/${doc.metadata.namespace ?? ''}/${doc.metadata.name}`);
const documents = (stream: string) => yaml.loadAll(stream) as Doc[];

/** Two agents share the namespace `agents`: `prod` and `staging`. */
const PROD = ['--release-name', 'prod', '--namespace', 'agents', '--set', `config.token=${MARKED_TOKEN}`];
const STAGING = ['--release-name', 'staging', '--namespace', 'agents', '--set', `config.token=${MARKED_TOKEN}`];

describe('uninstall', () => {
  it("names exactly one agent's objects, not the shared Namespace, not the other agent's", async () => {
    const prod = documents((await runCli(['generate', ...PROD])).stdout);
    const staging = documents((await runCli(['generate', ...STAGING])).stdout);
    const result = await runCli(['uninstall', ...PROD]);
    expect(result.exitCode).toBe(0);
    const deleted = documents(result.stdout);
    expect(ids(deleted).sort()).toEqual(ids(prod.filter((doc) => doc.kind !== 'Namespace')).sort());
    expect(ids(deleted).filter((id) => ids(staging).includes(id))).toEqual([]);
    expect(deleted.map((doc) => doc.kind)).not.toContain('Namespace');
    expect(result.stderr).toContain('kubectl delete --ignore-not-found -f -');
    expect(result.stderr).toContain('the Namespace agents is kept');
  });

  it('needs no token, nor a pinned private API secret, and says nothing of them', async () => {
    const receptive = ['--set', 'config.receptive.enabled=true,config.api.jwtPublicKey=iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM='];
    const result = await runCli(['uninstall', '--release-name', 'prod', '--namespace', 'agents', ...receptive]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).not.toMatch(/^(Error|Warning):/m);
    expect(ids(documents(result.stdout))).toContain('Deployment/agents/prod-gitlab-agent-v2');
  });

  it('without the token still names the token Secret the install made, but not a Secret of the user', async () => {
    const installed = ids(documents((await runCli(['generate', ...PROD])).stdout).filter((doc) => doc.kind !== 'Namespace'));
    const withoutToken = await runCli(['uninstall', '--release-name', 'prod', '--namespace', 'agents']);
    expect(withoutToken.exitCode).toBe(0);
    expect(ids(documents(withoutToken.stdout)).sort()).toEqual([...installed].sort());
    expect(ids(documents(withoutToken.stdout))).toContain('Secret/agents/prod-gitlab-agent-token');

    const ownSecret = await runCli(['uninstall', '--release-name', 'prod', '--namespace', 'agents', '--set', 'config.secretName=mine']);
    expect(ids(documents(ownSecret.stdout)).filter((id) => id.startsWith('Secret/'))).toEqual([]);
  });

  it('prints identities only: no data, so no token, in the reverse of the install order', async () => {
    const installed = documents((await runCli(['generate', ...PROD])).stdout).filter((doc) => doc.kind !== 'Namespace');
    const result = await runCli(['uninstall', ...PROD]);
    expect(result.stdout).not.toContain(TOKEN_MARKER);
    const deleted = documents(result.stdout);
    expect(ids(deleted)).toEqual(ids(installed).reverse());
    for (const doc of deleted) expect(Object.keys(doc).sort()).toEqual(['apiVersion', 'kind', 'metadata']);
  });

  it('follows the values: with --no-rbac there is no cluster-admin ClusterRoleBinding to delete', async () => {
    const withRbac = ids(documents((await runCli(['uninstall', ...PROD])).stdout));
    const withoutRbac = ids(documents((await runCli(['uninstall', ...PROD, '--no-rbac'])).stdout));
    expect(withRbac).toContain('ClusterRoleBinding//agents:prod-gitlab-agent-cluster-admin');
    expect(withoutRbac).not.toContain('ClusterRoleBinding//agents:prod-gitlab-agent-cluster-admin');
  });

  it('deletes the Namespace last with --delete-namespace, and never default or kube-*', async () => {
    const deleted = documents((await runCli(['uninstall', ...PROD, '--delete-namespace'])).stdout);
    expect(ids(deleted).at(-1)).toBe('Namespace//agents');
    const refused = await runCli(['uninstall', '--namespace', 'kube-system', '--delete-namespace']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/--delete-namespace: the namespace kube-system .* never deleted/);
  });

  it('also deletes the ApplySet parent with --applyset, before the Namespace', async () => {
    const deleted = ids(documents((await runCli(['uninstall', ...PROD, '--applyset', 'prod-applyset', '--delete-namespace'])).stdout));
    expect(deleted.slice(-2)).toEqual(['Secret/agents/prod-applyset', 'Namespace//agents']);
  });
});

describe('generate --applyset', () => {
  it('leaves the Namespace out and prints the kubectl command with the id kubectl will use', async () => {
    const result = await runCli(['generate', ...PROD, '--applyset', 'prod-applyset']);
    expect(result.exitCode).toBe(0);
    expect(documents(result.stdout).map((doc) => doc.kind)).not.toContain('Namespace');
    expect(result.stdout).not.toContain('applyset.kubernetes.io');
    expect(result.stderr).toContain(
      'KUBECTL_APPLYSET=true kubectl apply --server-side -n agents --prune --applyset=secrets/prod-applyset -f -',
    );
    expect(result.stderr).toMatch(/applyset\.kubernetes\.io\/part-of=applyset-[A-Za-z0-9_-]{43}-v1/);
  });

  it('refuses --create-namespace with --applyset, saying why', async () => {
    const result = await runCli(['generate', ...PROD, '--applyset', 'prod-applyset', '--create-namespace']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/Error: the Namespace agents would join the ApplySet/);
  });

  it('refuses a parent kubectl would not accept', async () => {
    const result = await runCli(['generate', ...PROD, '--applyset', 'deployments.apps/x']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/not one kubectl accepts/);
  });
});

describe('generate --managed-by', () => {
  it.each([
    [[], 'gitlab-agent-manifests', 'gitlab-agent-manifests'],
    [['--managed-by', 'helm'], 'Helm', 'helm-chart'],
    [['--managed-by', 'helm-release'], 'Helm', 'helm-chart'],
  ])('%j: managed-by %s, installation method %s', async (flags, label, method) => {
    const docs = documents((await runCli(['generate', ...PROD, ...flags])).stdout);
    const deployment = docs.find((doc) => doc.kind === 'Deployment') as any;
    expect(deployment.metadata.labels['app.kubernetes.io/managed-by']).toBe(label);
    const env = deployment.spec.template.spec.containers[0].env as { name: string; value?: string }[];
    expect(env.find((item) => item.name === 'GITLAB_AGENT_TELEMETRY_installation_method')?.value).toBe(method);
    expect('meta.helm.sh/release-name' in ((deployment.metadata.annotations as object | undefined) ?? {})).toBe(
      flags.includes('helm-release'),
    );
  });

  it('is accepted, and changes nothing, by validate and values, so a command line can switch command', async () => {
    for (const command of ['validate', 'values']) {
      const plain = await runCli([command, ...PROD]);
      const flagged = await runCli([command, ...PROD, '--managed-by', 'helm']);
      expect(flagged).toEqual(plain);
      expect(flagged.exitCode).toBe(0);
    }
  });

  it('refuses an unknown choice', async () => {
    const result = await runCli(['generate', '--managed-by', 'argo']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/--managed-by: expected one of gitlab-agent-manifests, helm, helm-release/);
  });
});
