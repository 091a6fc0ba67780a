import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MARKED_TOKEN, TOKEN_MARKER, runCli } from './support/run-cli.js';

function tokenOf(stream: string): string | undefined {
  const secret = (yaml.loadAll(stream) as Record<string, any>[]).find((doc) => doc['kind'] === 'Secret');
  const data = secret?.['data']?.['token'];
  return typeof data === 'string' ? Buffer.from(data, 'base64').toString() : undefined;
}

const SENSITIVE_NOTE = /^Note: the output holds secrets \(Secret gitlab-agent-token: token\)/gm;

describe('token input', () => {
  it.each([
    ['--agent-token-file', ['--agent-token-file', 'token.txt'], {}],
    ['--agent-token-file -', ['--agent-token-file', '-'], {}],
    ['GITLAB_AGENT_TOKEN', [], { GITLAB_AGENT_TOKEN: `${MARKED_TOKEN}\n` }],
  ] as const)('reads the token from %s without its trailing newline', async (_label, flags, env) => {
    const result = await runCli(['generate', ...flags], {
      files: { 'token.txt': `${MARKED_TOKEN}\n` },
      stdin: `${MARKED_TOKEN}\n`,
      env,
    });
    expect(result.exitCode).toBe(0);
    expect(tokenOf(result.stdout)).toBe(MARKED_TOKEN);
    expect(result.stderr.match(SENSITIVE_NOTE)).toHaveLength(1);
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });

  it('trims one trailing newline from --set-file config.token and says so', async () => {
    const result = await runCli(['generate', '--set-file', 'config.token=token.txt'], { files: { 'token.txt': `${MARKED_TOKEN}\n` } });
    expect(result.exitCode).toBe(0);
    expect(tokenOf(result.stdout)).toBe(MARKED_TOKEN);
    expect(result.stderr).toMatch(/^Note: --set-file config\.token: removed the trailing newline/m);
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });

  it('says nothing when the --set-file token has no newline, and trims only one', async () => {
    const plain = await runCli(['generate', '--set-file', 'config.token=token.txt'], { files: { 'token.txt': MARKED_TOKEN } });
    expect(plain.stderr).not.toMatch(/removed the trailing newline/);
    const two = await runCli(['validate', '--format', 'json', '--set-file', 'config.token=token.txt'], {
      files: { 'token.txt': `${MARKED_TOKEN}\n\n` },
    });
    expect(two.stderr).toMatch(/removed the trailing newline/);
  });

  it('keeps the newline of other --set-file values, and of a token overridden by --set-literal', async () => {
    const result = await runCli(
      [
        'values',
        '--show-secrets',
        '--set-file',
        'config.token=token.txt',
        '--set-literal',
        `config.token=${MARKED_TOKEN}\n`,
        '--set-file',
        'podAnnotations.a=token.txt',
      ],
      { files: { 'token.txt': 'x\n' } },
    );
    const values = yaml.load(result.stdout) as Record<string, any>;
    expect(values['config']['token']).toBe(`${MARKED_TOKEN}\n`);
    expect(values['podAnnotations']['a']).toBe('x\n');
    expect(result.stderr).not.toMatch(/removed the trailing newline/);
  });

  it('keeps stdout pure YAML and says nothing about secrets when the output holds none', async () => {
    const result = await runCli(['generate', '--set', 'config.secretName=existing', '--set', 'rbac.useExistingRole=view']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('---\n# Source: ')).toBe(true);
  });

  it('says once that the output is sensitive, also for -o json and the receptive-mode JWT', async () => {
    const json = await runCli(['generate', '-o', 'json'], { env: { GITLAB_AGENT_TOKEN: MARKED_TOKEN } });
    expect(JSON.parse(json.stdout).kind).toBe('List');
    expect(json.stderr.match(SENSITIVE_NOTE)).toHaveLength(1);
    const receptive = await runCli([
      'generate',
      '--set',
      'config.secretName=existing,config.receptive.enabled=true,config.api.jwtPublicKey=iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=',
    ]);
    // The Secret beside the user's `existing`, which the output never takes the name of.
    expect(receptive.stderr).toMatch(/^Note: the output holds secrets \(Secret gitlab-agent-api-credentials: private-api-jwt\)/m);
  });
});

describe('token input with config.secretName', () => {
  const secrets = (stream: string) =>
    (yaml.loadAll(stream) as Record<string, any>[]).filter((doc) => doc['kind'] === 'Secret').map((doc) => doc['metadata']['name']);

  it.each([
    ['--set', ['--set', 'config.secretName=existing'], {}, /config\.secretName \(--set\)/],
    ['a values file', ['-f', 'values.yaml'], { 'values.yaml': 'replicas: 1\nconfig:\n  secretName: existing\n' }, /\(values\.yaml:3\)/],
  ] as const)('ignores an ambient GITLAB_AGENT_TOKEN when %s names the Secret, with a note', async (_label, flags, files, where) => {
    const env = { GITLAB_AGENT_TOKEN: MARKED_TOKEN };
    const generated = await runCli(['generate', ...flags], { files, env });
    expect(generated.exitCode).toBe(0);
    expect(secrets(generated.stdout)).toEqual([]);
    expect(generated.stdout).toContain('secretName: existing');
    expect(generated.stderr).toMatch(/^Note: GITLAB_AGENT_TOKEN is not used: config\.secretName \([^)]+\) names an existing Secret/m);
    expect(generated.stderr).toMatch(where);
    expect(generated.stderr).not.toMatch(SENSITIVE_NOTE);
    expect(`${generated.stdout}${generated.stderr}`).not.toContain(TOKEN_MARKER);
    const shown = await runCli(['values', '--show-secrets', ...flags], { files, env });
    expect(shown.stdout).not.toContain(TOKEN_MARKER);
  });

  it('keeps the chart behaviour for a token given explicitly, and says what it does', async () => {
    const result = await runCli(['generate', '--agent-token-file', 'token.txt', '--set', 'config.secretName=existing'], {
      files: { 'token.txt': `${MARKED_TOKEN}\n` },
      env: { GITLAB_AGENT_TOKEN: 'glagent-other' },
    });
    expect(result.exitCode).toBe(0);
    expect(secrets(result.stdout)).toEqual(['existing']);
    expect(tokenOf(result.stdout)).toBe(MARKED_TOKEN);
    expect(result.stderr).toMatch(
      /^Note: config\.token \(--agent-token-file\) and config\.secretName \(--set\) are both set: .*replaces any Secret of that name/m,
    );
    expect(result.stderr).not.toContain('GITLAB_AGENT_TOKEN is not used');
  });

  it('uses GITLAB_AGENT_TOKEN as before when no Secret is named', async () => {
    const result = await runCli(['generate', '--set', 'config.secretName='], { env: { GITLAB_AGENT_TOKEN: MARKED_TOKEN } });
    expect(tokenOf(result.stdout)).toBe(MARKED_TOKEN);
    expect(result.stderr).not.toMatch(/^Note: (GITLAB_AGENT_TOKEN|config\.token)/m);
  });
});
