import { describe, expect, it } from 'vitest';
import { PKI } from './support/pki-fixtures.js';
import { MARKED_TOKEN, TOKEN_MARKER, runCli } from './support/run-cli.js';

/**
 * The token holds a marker; no message, report or redacted output may ever contain it, nor a
 * private key. Only the manifests themselves (and `values --show-secrets`) carry secrets.
 */
const FILES = {
  'token.txt': `${MARKED_TOKEN}\n`,
  'values.yaml': `config:\n  token: ${MARKED_TOKEN}\n  tokn: ${MARKED_TOKEN}\n`,
  'dup.yaml': `config:\n  token: ${MARKED_TOKEN}\n  token: ${MARKED_TOKEN}\n`,
  'broken.yaml': `config:\n  token: [${MARKED_TOKEN}\n`,
  'tls.key': PKI.serverKey,
  'tls.crt': PKI.serverCert,
};
const ENV = { GITLAB_AGENT_TOKEN: MARKED_TOKEN };
const PRIVATE_KEY_BODY = (PKI.serverKey.split('\n')[1] ?? '').slice(0, 24);

const SITUATIONS: readonly (readonly string[])[] = [
  [],
  ['--agent-token', MARKED_TOKEN],
  ['--agent-token-file', 'token.txt'],
  ['--set-file', 'config.token=token.txt'],
  ['-f', 'values.yaml'],
  ['-f', 'dup.yaml'],
  ['-f', 'broken.yaml'],
  ['--set', `config.tokn=${MARKED_TOKEN}`],
  ['--set-json', `config.token={"a":"${MARKED_TOKEN}"}`],
  ['--set-json', `config.token="${MARKED_TOKEN}`],
  ['--set', `config.token=${MARKED_TOKEN}`, '--set', 'config.token=other'],
  ['--set', `config.token=${MARKED_TOKEN}`, MARKED_TOKEN],
  [`--${MARKED_TOKEN}`],
  ['--agent-token', MARKED_TOKEN, '--set', `config.token=${MARKED_TOKEN}`],
  [
    '--set',
    'config.receptive.enabled=true',
    '--set',
    'config.api.tls.enabled=true',
    '--set-file',
    'config.api.tls.key=tls.key',
    '--set-file',
    'config.api.tls.cert=tls.crt',
  ],
  ['--set', 'config.receptive.enabled=true', '--set', 'config.api.listenAddress=bad', '--set-file', 'config.privateApi.tls.key=token.txt'],
  ['--set', `extraEnv[0].name=T,extraEnv[0].value=${MARKED_TOKEN}`],
];

const COMMANDS: readonly (readonly string[])[] = [
  ['generate'],
  ['generate', '-o', 'json'],
  ['validate'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'codequality'],
  ['values'],
];

describe('no secret in messages, reports or redacted values', () => {
  for (const command of COMMANDS) {
    it.each(SITUATIONS)(`${command.join(' ')} %j`, async (...flags) => {
      const result = await runCli([...command, ...flags], { files: FILES, env: ENV, stdin: MARKED_TOKEN });
      expect(result.stderr).not.toContain(TOKEN_MARKER);
      expect(result.stderr).not.toContain(PRIVATE_KEY_BODY);
      expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      // Manifests carry the token by design; every other output must not.
      if (command[0] !== 'generate') {
        expect(result.stdout).not.toContain(TOKEN_MARKER);
        expect(result.stdout).not.toContain(PRIVATE_KEY_BODY);
      }
    });
  }
});
