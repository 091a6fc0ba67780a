import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MARKED_TOKEN, TOKEN_MARKER, runCli } from './support/run-cli.js';

function documents(stream: string): Record<string, any>[] {
  return yaml.loadAll(stream) as Record<string, any>[];
}

/** The stream without the stderr notes, which differ (--agent-token gets one about ps). */
async function stdoutOf(argv: readonly string[], files: Record<string, string> = {}): Promise<string> {
  const result = await runCli(argv, { files, stdin: `${MARKED_TOKEN}\n` });
  expect(result.exitCode, result.stderr).toBe(0);
  return result.stdout;
}

describe('flags of the former agentk generate command', () => {
  it('render exactly what the equivalent --set flags render', async () => {
    const legacy = await stdoutOf([
      'generate',
      '--agent-token',
      MARKED_TOKEN,
      '--kas-address',
      'wss://gitlab.example.com/-/kubernetes-agent/',
      '--agent-version',
      'v17.11.1',
      '--namespace',
      'agents',
      '--no-rbac',
    ]);
    const modern = await stdoutOf([
      'generate',
      '--set',
      `config.token=${MARKED_TOKEN}`,
      '--set',
      'config.kasAddress=wss://gitlab.example.com/-/kubernetes-agent/',
      '--set',
      'image.tag=v17.11.1',
      '-n',
      'agents',
      '--set',
      'rbac.create=false',
    ]);
    expect(legacy).toBe(modern);
    const docs = documents(legacy);
    expect(docs.some((doc) => doc['kind'] === 'ClusterRoleBinding' && doc['roleRef']['name'] === 'cluster-admin')).toBe(false);
    const deployment = docs.find((doc) => doc['kind'] === 'Deployment');
    expect(deployment?.['spec']['template']['spec']['containers'][0]['image']).toMatch(/:v17\.11\.1$/);
    expect(deployment?.['metadata']['namespace']).toBe('agents');
  });

  it('take the old command line as it was (token from stdin here), changing only the program name', async () => {
    const result = await runCli(
      [
        'generate',
        '--agent-token-file',
        '-',
        '--kas-address',
        'wss://kas.gitlab.com',
        '--agent-version',
        'v18.0.0',
        '--namespace',
        'gitlab-agent',
      ],
      { stdin: `${MARKED_TOKEN}\n` },
    );
    expect(result.exitCode).toBe(0);
    const secret = documents(result.stdout).find((doc) => doc['kind'] === 'Secret');
    expect(Buffer.from(secret?.['data']['token'], 'base64').toString()).toBe(MARKED_TOKEN);
  });

  it('beat a values file', async () => {
    const stream = await stdoutOf(['generate', '-f', 'values.yaml', '--agent-version', 'v18.1.0'], {
      'values.yaml': `config:\n  token: ${MARKED_TOKEN}\nimage:\n  tag: v17.0.0\n`,
    });
    expect(stream).toContain('agentk:v18.1.0');
  });

  it('--name-prefix names the release, so objects are prefixed and selectors distinct', async () => {
    const prefixed = await stdoutOf(['generate', '--name-prefix', 'prod-', '--agent-token', MARKED_TOKEN]);
    const released = await stdoutOf(['generate', '--release-name', 'prod', '--agent-token', MARKED_TOKEN]);
    expect(prefixed).toBe(released);
    const deployment = documents(prefixed).find((doc) => doc['kind'] === 'Deployment');
    expect(deployment?.['metadata']['name']).toBe('prod-gitlab-agent-v2');
    expect(deployment?.['spec']['selector']['matchLabels']['app.kubernetes.io/instance']).toBe('prod');
  });

  it.each([
    [['--agent-token', 't', '--set', 'config.token=u'], '--agent-token'],
    [['--kas-address', 'wss://a', '--set-string', 'config.kasAddress=wss://b'], '--kas-address'],
    [['--agent-version', 'v1.0.0', '--set-json', 'image={"tag":"x"}'], '--agent-version'],
    [['--no-rbac', '--set', 'rbac.create=true'], '--no-rbac'],
    [['--agent-token-file', '-', '--set-file', 'config.token=token.txt'], '--agent-token-file'],
    [['--name-prefix', 'p-', '--release-name', 'r'], '--name-prefix'],
    [['--agent-token', 't', '--agent-token-file', 'token.txt'], '--agent-token'],
  ])('%j is a usage error naming both flags', async (flags, legacyFlag) => {
    const result = await runCli(['generate', ...flags], { stdin: 'x\n', files: { 'token.txt': 'x\n' } });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
    expect(result.stderr).toContain(legacyFlag);
    const other = flags.find((flag, index) => index > 0 && flag.startsWith('--') && flag !== legacyFlag);
    expect(result.stderr).toContain(other);
  });

  it('--name-prefix that gives an invalid release name is refused, naming the flag', async () => {
    const result = await runCli(['generate', '--name-prefix', 'Prod_']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^Error: --name-prefix gives the release name "Prod_": invalid release name/);
  });

  it('--agent-token works but warns that it shows the token to ps, without showing it', async () => {
    const result = await runCli(['generate', '--agent-token', MARKED_TOKEN]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^Note: --agent-token shows the token in the process list/m);
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });
});
