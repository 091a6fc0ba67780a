import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './golden-cases.js';

/** Throwaway PEM material from test/fixtures/pki (see its README for how it was made). */
function readPki(name: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'pki', name), 'utf8');
}

export const PKI = {
  caCert: readPki('ca.crt'),
  caKey: readPki('ca.key'),
  serverCert: readPki('server.crt'),
  serverKey: readPki('server.key'),
  rsaCert: readPki('rsa.crt'),
  rsaKey: readPki('rsa.key'),
  expiredCert: readPki('expired.crt'),
  expiredKey: readPki('expired.key'),
  encryptedKey: readPki('encrypted.key'),
} as const;

/** A fresh EC key that matches none of the fixtures' certificates. */
export function createUnrelatedKey(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** The base64 of a fresh raw 32-byte Ed25519 public key, as GitLab shows `jwtPublicKey`. */
export function createJwtPublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x as string, 'base64url').toString('base64');
}

/** A server certificate for 127.0.0.1 signed by `PKI.caCert`, for the local HTTPS GitLab. */
export const PKI_LOCALHOST = {
  cert: readPki('localhost.crt'),
  key: readPki('localhost.key'),
} as const;
