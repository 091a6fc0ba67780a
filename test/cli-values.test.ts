import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactValues } from '../src/cli/output/redact-values.js';
import { PKI, createJwtPublicKey } from './support/pki-fixtures.js';
import { MARKED_TOKEN, TOKEN_MARKER, runCli } from './support/run-cli.js';

function load(text: string): Record<string, any> {
  return yaml.load(text) as Record<string, any>;
}

describe('values', () => {
  it('prints the chart defaults merged with the flags, in Helm key order', async () => {
    const result = await runCli(['values', '--set', 'replicas=5', '--set', 'config.secretName=existing']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const values = load(result.stdout);
    expect(values['replicas']).toBe(5);
    expect(values['config']['secretName']).toBe('existing');
    expect(values['image']['repository']).toBe('registry.gitlab.com/gitlab-org/cluster-integration/gitlab-agent/agentk');
    const topKeys = Object.keys(values);
    expect(topKeys.indexOf('additionalLabels')).toBeLessThan(topKeys.indexOf('replicas'));
  });

  it('applies the legacy flags and the token file as generate does', async () => {
    const result = await runCli(
      ['values', '--agent-token-file', 'token.txt', '--kas-address', 'wss://kas.example.com', '--no-rbac', '--show-secrets'],
      {
        files: { 'token.txt': `${MARKED_TOKEN}\n` },
      },
    );
    const values = load(result.stdout);
    expect(values['config']).toMatchObject({ token: MARKED_TOKEN, kasAddress: 'wss://kas.example.com' });
    expect(values['rbac']['create']).toBe(false);
  });

  it('redacts the token, private keys and the JWT key, but shows certificates and unset secrets', async () => {
    const jwt = createJwtPublicKey();
    const result = await runCli(
      [
        'values',
        '--set',
        'config.receptive.enabled=true',
        '--set',
        'config.api.tls.enabled=true',
        '--set-file',
        'config.api.tls.cert=tls.crt',
        '--set-file',
        'config.api.tls.key=tls.key',
        '--set',
        `config.api.jwtPublicKey=${jwt}`,
      ],
      { env: { GITLAB_AGENT_TOKEN: MARKED_TOKEN }, files: { 'tls.crt': PKI.serverCert, 'tls.key': PKI.serverKey } },
    );
    expect(result.exitCode).toBe(0);
    const values = load(result.stdout);
    expect(values['config']['token']).toBe(REDACTED);
    expect(values['config']['api']['tls']).toMatchObject({ key: REDACTED, cert: PKI.serverCert });
    expect(values['config']['api']['jwtPublicKey']).toBe(REDACTED);
    expect(values['config']['privateApi']['tls']['key']).toBeNull();
    expect(result.stdout).not.toContain(TOKEN_MARKER);
    expect(result.stdout).not.toContain(jwt);
    expect(result.stdout).not.toContain('PRIVATE KEY');
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });

  it('shows secrets with --show-secrets, and says once that the output is sensitive', async () => {
    const result = await runCli(['values', '--show-secrets'], { env: { GITLAB_AGENT_TOKEN: MARKED_TOKEN } });
    expect(load(result.stdout)['config']['token']).toBe(MARKED_TOKEN);
    expect(result.stderr.match(/^Note: the output holds secrets \(config\.token\)/gm)).toHaveLength(1);
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });

  it('prints values that feed back into generate with the same result', async () => {
    const flags = [
      '--set',
      'replicas=3',
      '--set-string',
      'podAnnotations.n=007',
      '--set',
      'extraArgs={--a,yes}',
      '--set',
      'config.token=glagent-x',
    ];
    const printed = await runCli(['values', '--show-secrets', ...flags]);
    const direct = await runCli(['generate', ...flags]);
    const roundTrip = await runCli(['generate', '-f', 'values.yaml'], { files: { 'values.yaml': printed.stdout } });
    expect(roundTrip.exitCode).toBe(0);
    expect(roundTrip.stdout).toBe(direct.stdout);
  });

  it('still prints the values when they would not render, lists the problems and exits 1', async () => {
    const result = await runCli(['values', '--set', 'replica=3', '--set', 'config.token=glagent-t']);
    expect(result.exitCode).toBe(1);
    expect(load(result.stdout)['replica']).toBe(3);
    expect(result.stderr).toMatch(/^Error: invalid values, 1 problem:\n {2}replica: /m);
  });

  it('exits 2 for usage errors', async () => {
    for (const argv of [
      ['values', '--show-secret'],
      ['values', '-o', 'json'],
      ['values', '-f', 'missing.yaml'],
    ]) {
      const result = await runCli(argv);
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
    }
  });
});

describe('redactValues', () => {
  it('redacts a secret path whatever it holds, and the secret wherever it is quoted', () => {
    const token = 'glagent-0123456789';
    const { values, redacted } = redactValues({
      config: { token: { nested: token }, api: { jwtPublicKey: '' } },
      extraEnv: [
        { name: 'TOKEN', value: `Bearer ${token}` },
        { name: 'KEY', value: '-----BEGIN EC PRIVATE KEY-----\nx\n' },
      ],
      podAnnotations: { [token]: 'as a key' },
    });
    expect(values).toEqual({
      config: { token: REDACTED, api: { jwtPublicKey: '' } },
      extraEnv: [
        { name: 'TOKEN', value: REDACTED },
        { name: 'KEY', value: REDACTED },
      ],
      podAnnotations: { [`${REDACTED}-0`]: 'as a key' },
    });
    expect(redacted).toEqual(['config.token', 'extraEnv[0].value', 'extraEnv[1].value']);
  });

  it('redacts the password of a URL with credentials, and nothing else of it', () => {
    const { values, redacted } = redactValues({
      config: { kasAddress: 'wss://agent:s3cret@kas.example.com/-/kubernetes-agent/' },
      extraEnv: [
        { name: 'HTTPS_PROXY', value: 'http://proxy-user:p%40ss@proxy.corp:3128' },
        { name: 'NO_PROXY', value: '10.0.0.0/8,.svc' },
        { name: 'PLAIN', value: 'http://proxy.corp:3128' },
      ],
    });
    expect(values).toEqual({
      config: { kasAddress: `wss://agent:${REDACTED}@kas.example.com/-/kubernetes-agent/` },
      extraEnv: [
        { name: 'HTTPS_PROXY', value: `http://proxy-user:${REDACTED}@proxy.corp:3128` },
        { name: 'NO_PROXY', value: '10.0.0.0/8,.svc' },
        { name: 'PLAIN', value: 'http://proxy.corp:3128' },
      ],
    });
    expect(redacted).toEqual(['config.kasAddress', 'extraEnv[0].value']);
  });

  it('does not search for a very short token inside other strings', () => {
    expect(redactValues({ config: { token: 't' }, image: { tag: 'latest' } }).values).toEqual({
      config: { token: REDACTED },
      image: { tag: 'latest' },
    });
  });
});

describe('values fed back', () => {
  it('refuses the <redacted> marker that values prints, wherever it stands', async () => {
    const { runCli } = await import('./support/run-cli.js');
    const printed = await runCli([
      'values',
      '--set',
      'config.token=glagent-secret-0123',
      '--set',
      'extraEnv[0].name=HTTPS_PROXY,extraEnv[0].value=http://u:pw@proxy:3128',
    ]);
    expect(printed.stdout).toContain('<redacted>');
    const fedBack = await runCli(['validate', '-f', 'v.yaml', '--format', 'json'], { files: { 'v.yaml': printed.stdout } });
    expect(fedBack.exitCode).toBe(1);
    expect(JSON.parse(fedBack.stdout).problems.map((problem: { path: string }) => problem.path)).toEqual([
      'config.token',
      'extraEnv[0].value',
    ]);
  });
});
