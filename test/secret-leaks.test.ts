import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkValues } from '../src/check/check-values.js';
import { run } from '../src/cli/run.js';
import { ManifestsError } from '../src/errors.js';
import { render } from '../src/render-manifests.js';
import type { ValuesTree } from '../src/types.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { PKI } from './support/pki-fixtures.js';

/**
 * Marker strings in every secret position (the token, TLS keys, the JWT key, credentials in the
 * KAS address, env values), with values that trigger errors and warnings around them: the
 * markers must never reach a problem, a warning, the CLI's stderr, the validate report or the
 * values command's output.
 */
const TOKEN_MARKER = 'TOKENMARKER7d3a';
const KEY_MARKER = 'KEYMARKER9b2c';
const MARKERS = [TOKEN_MARKER, KEY_MARKER];
const OPTIONS = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };

/** A private key with the marker inside its base64, so a quoted line would show it. */
const KEY_WITH_MARKER = PKI.serverKey.replace(/\n(.{20})/, `\n${KEY_MARKER}$1`);
const VALID_KEY_BODY = (PKI.serverKey.split('\n')[2] ?? '').slice(0, 24);

const SCENARIOS: readonly (readonly [string, ValuesTree])[] = [
  ['a token with a line break', { config: { token: `glagent-${TOKEN_MARKER}\n` } }],
  ['a token with a space', { config: { token: `glagent-${TOKEN_MARKER} x` } }],
  ['a token without the prefix', { config: { token: TOKEN_MARKER } }],
  ['a token that is a map', { config: { token: { [TOKEN_MARKER]: TOKEN_MARKER } } }],
  ['a token that is a list', { config: { token: [TOKEN_MARKER] } }],
  ['a token next to an unknown key', { config: { token: TOKEN_MARKER, tokn: TOKEN_MARKER } }],
  ['a damaged TLS key', { config: { api: { tls: { key: KEY_WITH_MARKER } } } }],
  [
    'a TLS key that matches no certificate',
    { config: { api: { tls: { cert: PKI.rsaCert, key: PKI.serverKey.replace('MIGH', 'MIGH') } } } },
  ],
  ['a private key in the CA field', { config: { kasCaCert: `${PKI.caCert}${KEY_WITH_MARKER}` } }],
  [
    'a private key in a certificate field',
    { config: { observability: { tls: { enabled: true, secret: { create: true }, cert: KEY_WITH_MARKER, key: KEY_WITH_MARKER } } } },
  ],
  ['a bad JWT key', { config: { api: { jwtPublicKey: `${KEY_MARKER}==` } } }],
  ['a token of the wrong type with a secret key', { config: { token: 12345, privateApi: { tls: { key: KEY_WITH_MARKER } } } }],
];

function expectNoMarker(text: string, context: string): void {
  for (const marker of [...MARKERS, VALID_KEY_BODY]) expect(text, context).not.toContain(marker);
}

/** Not a token or key, but possibly secret: never in a message, though `values` prints them as set. */
const OTHER_SECRETS: readonly (readonly [string, ValuesTree])[] = [
  ['a KAS address with credentials', { config: { kasAddress: `https://user:${TOKEN_MARKER}@gitlab.example.com` } }],
  [
    'an env value next to a bad env name',
    {
      extraEnv: [
        { name: '1BAD', value: TOKEN_MARKER },
        { name: 'POD_NAME', value: TOKEN_MARKER },
      ],
    },
  ],
];

describe('no secret in problems or warnings', () => {
  it.each([...SCENARIOS, ...OTHER_SECRETS])('%s', (name, values) => {
    const result = checkValues(values, OPTIONS);
    expect(result.problems.length + result.warnings.length, 'the scenario must say something').toBeGreaterThan(0);
    expectNoMarker(JSON.stringify([result.problems, result.warnings]), name);
    try {
      render(values, OPTIONS);
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestsError);
      expectNoMarker(String((error as Error).message), name);
    }
  });
});

describe('no secret on the CLI', () => {
  async function runCli(args: readonly string[], files: Record<string, string>) {
    const memory = createMemoryIo({ files });
    const exitCode = await run(args, memory.io);
    return { exitCode, stdout: memory.stdout(), stderr: memory.stderr() };
  }

  it.each([...SCENARIOS, ...OTHER_SECRETS])('%s: generate, validate and values', async (name, values) => {
    const files = { 'values.yaml': yaml.dump(values) };
    for (const command of ['generate', 'validate', 'values']) {
      const result = await runCli([command, '-f', 'values.yaml'], files);
      const context = `${command}: ${name}`;
      expectNoMarker(result.stderr, context);
      // generate's stdout is the manifests (the token only base64-encoded in its Secret).
      if (command !== 'generate' && !OTHER_SECRETS.some(([other]) => other === name)) expectNoMarker(result.stdout, context);
      expect(result.stderr, context).not.toMatch(/internal error|\n\s+at /);
    }
  });

  it.each([
    ['a duplicated token key', `config:\n  token: ${TOKEN_MARKER}\n  token: ${TOKEN_MARKER}\n`],
    ['an unclosed quote on the token line', `config:\n  token: "${TOKEN_MARKER}\n`],
    ['a tab before the token', `config:\n\ttoken: ${TOKEN_MARKER}\n`],
    ['a token followed by bad indentation', `config:\n  token: ${TOKEN_MARKER}\n bad: 1\n`],
    ['.inf next to the token', `config:\n  token: ${TOKEN_MARKER}\nreplicas: .inf\n`],
    ['a list at the top', `- ${TOKEN_MARKER}\n`],
  ])('values files with syntax errors around the token: %s', async (name, content) => {
    for (const command of ['generate', 'validate', 'values']) {
      const result = await runCli([command, '-f', 'values.yaml'], { 'values.yaml': content });
      expect(result.exitCode, name).not.toBe(0);
      expectNoMarker(result.stderr + result.stdout, `${command}: ${name}`);
    }
  });

  it('never prints a key read with --set-file into the wrong field', async () => {
    const files = { 'key.pem': KEY_WITH_MARKER, 'token.txt': `${TOKEN_MARKER}\n` };
    for (const args of [
      ['--set-file', 'config.kasCaCert=key.pem'],
      ['--set-file', 'config.api.jwtPublicKey=key.pem'],
      ['--set-file', 'config.token=token.txt'],
      ['--set-file', 'config.token=key.pem'],
      ['--set-file', 'config.observability.tls.cert=key.pem'],
    ]) {
      for (const command of ['generate', 'validate', 'values']) {
        const result = await runCli([command, ...args], files);
        expectNoMarker(result.stderr, `${command} ${args.join(' ')}`);
        if (command !== 'generate') expectNoMarker(result.stdout, `${command} ${args.join(' ')}`);
      }
    }
  });
});
