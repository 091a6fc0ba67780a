/** The CLI side of the rendering footguns: --allow-missing-token, --private-api-jwt-file and their hints. */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MARKED_TOKEN, runCli } from './support/run-cli.js';

const JWT_PUBLIC_KEY = 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=';
const RECEPTIVE = ['--set', `config.token=${MARKED_TOKEN},config.receptive.enabled=true,config.api.jwtPublicKey=${JWT_PUBLIC_KEY}`];
const PRIVATE_API_JWT = 'Z3JhbmQtc2VjcmV0LW9mLXRoZS1wcml2YXRlLWFwaS0xMjM0NTY3ODk=';

function documents(stream: string): Record<string, any>[] {
  return yaml.loadAll(stream) as Record<string, any>[];
}

describe('--allow-missing-token', () => {
  it('is named by the error a render without a token gives, with the CLI ways of giving the token', async () => {
    const result = await runCli(['generate']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: invalid values, 1 problem:\n {2}config\.token: is not set, nor is config\.secretName: /);
    expect(result.stderr).toMatch(/--agent-token-file, GITLAB_AGENT_TOKEN or --set-file config\.token=PATH/);
    expect(result.stderr).toMatch(/add --allow-missing-token\n$/);
  });

  it('renders without a token on purpose, in generate, validate and values alike', async () => {
    const generated = await runCli(['generate', '--allow-missing-token']);
    expect(generated.exitCode).toBe(0);
    expect(generated.stderr).not.toMatch(/^(Error|Warning):/m);
    expect(documents(generated.stdout).filter((doc) => doc['kind'] === 'Secret')).toEqual([]);
    expect((await runCli(['validate', '--allow-missing-token'])).stdout).toBe('the values are valid\n');
    expect((await runCli(['validate'])).exitCode).toBe(1);
    expect((await runCli(['values', '--allow-missing-token'])).exitCode).toBe(0);
  });
});

describe('--private-api-jwt-file', () => {
  const files = { 'private-api-jwt': `${PRIVATE_API_JWT}\n` };

  it('pins the receptive-mode secret: the same Secret on every render, no warning', async () => {
    const first = await runCli(['generate', ...RECEPTIVE, '--private-api-jwt-file', 'private-api-jwt'], { files });
    const second = await runCli(['generate', ...RECEPTIVE, '--private-api-jwt-file', 'private-api-jwt'], { files });
    expect(first.exitCode).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stderr).not.toMatch(/^Warning:/m);
    const secret = documents(first.stdout).find((doc) => doc['kind'] === 'Secret')!;
    // The file's content, without its trailing newline, is the file agentk reads.
    expect(Buffer.from(secret['data']['private-api-jwt'], 'base64').toString()).toBe(PRIVATE_API_JWT);
  });

  it('is what the warning about the random secret names, in generate and validate', async () => {
    const generated = await runCli(['generate', ...RECEPTIVE]);
    expect(generated.exitCode).toBe(0);
    expect(generated.stderr).toMatch(
      /^Warning: config\.receptive\.enabled: .* drawn at random on every render.*; pin it with --private-api-jwt-file FILE/m,
    );
    const strict = await runCli(['validate', '--strict', ...RECEPTIVE]);
    expect(strict.exitCode).toBe(1);
    const pinned = await runCli(['validate', '--strict', ...RECEPTIVE, '--private-api-jwt-file', 'private-api-jwt'], { files });
    expect(pinned.exitCode).toBe(0);
  });

  it.each([
    ['an empty file', '\n', /"private-api-jwt" is empty$/],
    ['a short secret', 'short-secret\n', /holds 12 characters; give at least 32 random ones/],
    ['two words', `${'a'.repeat(20)} ${'b'.repeat(20)}\n`, /must hold one word of printable ASCII characters/],
  ])('refuses %s as a usage error, never repeating it', async (_name, content, message) => {
    const result = await runCli(['generate', ...RECEPTIVE, '--private-api-jwt-file', 'private-api-jwt'], {
      files: { 'private-api-jwt': content },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Error: --private-api-jwt-file: /);
    expect(result.stderr.trimEnd()).toMatch(message);
    if (content.trim() !== '') expect(result.stderr).not.toContain(content.trim());
  });

  it('refuses a file that cannot be read, and a flag without a path', async () => {
    const missing = await runCli(['generate', ...RECEPTIVE, '--private-api-jwt-file', 'nowhere']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^Error: --private-api-jwt-file: cannot read "nowhere": no such file/);
    expect((await runCli(['generate', ...RECEPTIVE, '--private-api-jwt-file='])).exitCode).toBe(2);
  });

  it('refuses a file past its limit in one line, as --agent-config does, without echoing it', async () => {
    const files = { 'huge.txt': 'x'.repeat(64 * 1024 + 1) };
    const jwt = await runCli(['generate', ...RECEPTIVE, '--private-api-jwt-file', 'huge.txt'], { files });
    const config = await runCli(['generate', ...RECEPTIVE, '--agent-config', 'huge.txt'], {
      files: { 'huge.txt': 'x'.repeat(4 * 1024 * 1024 + 1) },
    });
    for (const [result, flag] of [
      [jwt, '--private-api-jwt-file'],
      [config, '--agent-config'],
    ] as const) {
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(`^Error: ${flag}: cannot read "huge.txt": it holds more than [^\\n]+; check that this is the file you meant\\n$`),
      );
      expect(result.stderr).not.toContain('xxxx');
    }
  });
});

describe('a proxy password in extraEnv', () => {
  it('is a warning on standard error that names where it is and never prints the password', async () => {
    const result = await runCli([
      'generate',
      '--set',
      `config.token=${MARKED_TOKEN}`,
      '--set',
      'extraEnv[0].name=HTTPS_PROXY,extraEnv[0].value=http://agent:Pr0xy-S3cret@proxy.example:3128',
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^Warning: extraEnv\[0\]\.value: holds a URL with a password \(HTTPS_PROXY\)/m);
    expect(result.stderr).not.toContain('Pr0xy-S3cret');
  });
});
