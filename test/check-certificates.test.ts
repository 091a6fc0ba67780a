import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ValuesTree } from '../src/types.js';
import { checkCertificates } from '../src/check/rules/check-certificates.js';
import { PKI, createUnrelatedKey } from './support/pki-fixtures.js';

const NOW = new Date('2027-06-01T00:00:00Z');

function check(values: ValuesTree, now = NOW) {
  return checkCertificates(values, { now });
}

function tls(section: 'api' | 'privateApi' | 'observability', fields: Record<string, unknown>): ValuesTree {
  return { config: { [section]: { tls: fields } } };
}

function problemPaths(values: ValuesTree): string[] {
  return check(values).problems.map((problem) => problem.path);
}

describe('checkCertificates: CA certificates', () => {
  it('accepts a CA certificate, a bundle of two, and text around the blocks as openssl prints it', () => {
    expect(check({ config: { kasCaCert: PKI.caCert } })).toEqual({ problems: [], warnings: [] });
    expect(check({ config: { kasCaCert: `${PKI.caCert}${PKI.serverCert}` } }).problems).toEqual([]);
    const annotated = `subject=CN = test-ca\nissuer=CN = test-ca\n${PKI.caCert}\n# trailing words\n`;
    expect(check({ config: { privateApi: { tls: { caCert: annotated } } } }).problems).toEqual([]);
  });

  it('skips unset, empty and non-string values (the schema reports wrong types)', () => {
    for (const kasCaCert of [null, undefined, '', 5, { a: 1 }]) {
      expect(check({ config: { kasCaCert } })).toEqual({ problems: [], warnings: [] });
    }
  });

  it.each([
    ['no PEM at all', 'not a certificate'],
    ['a fake body', '-----BEGIN CERTIFICATE-----\nFAKE\n-----END CERTIFICATE-----\n'],
    ['a truncated certificate', PKI.caCert.slice(0, 200)],
    ['a certificate cut in its base64', PKI.caCert.replace(/\n[A-Za-z0-9+/]{64}\n/, '\n')],
    ['a private key', PKI.serverKey],
    ['a certificate followed by its key', `${PKI.serverCert}${PKI.serverKey}`],
    ['a PEM block of another type', '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n'],
  ])('refuses %s in config.kasCaCert', (_, kasCaCert) => {
    const result = check({ config: { kasCaCert } });
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem).toMatchObject({ code: 'invalid-value', path: 'config.kasCaCert' });
      expect(problem.hint).toBeTruthy();
    }
  });

  it('names a private key in a CA field, which would otherwise land in a ConfigMap', () => {
    const [problem] = check({ config: { kasCaCert: `${PKI.caCert}${PKI.serverKey}` } }).problems;
    expect(problem?.message).toMatch(/private key/);
    expect(problem?.message).toMatch(/2 of 2/);
  });

  it('warns about an expired certificate, naming which one of a bundle', () => {
    const result = check({ config: { kasCaCert: `${PKI.caCert}${PKI.expiredCert}` } });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'certificate-expired',
        path: 'config.kasCaCert',
        segments: ['config', 'kasCaCert'],
        message: 'certificate 2 of 2 expired on 2021-01-01',
      },
    ]);
  });

  it('judges expiry at the given moment', () => {
    expect(check({ config: { kasCaCert: PKI.caCert } }, new Date('2100-01-01T00:00:00Z')).warnings).toHaveLength(1);
    expect(check({ config: { kasCaCert: PKI.expiredCert } }, new Date('2020-06-01T00:00:00Z')).warnings).toEqual([]);
  });
});

describe('checkCertificates: a text seen before', () => {
  it('reports the same text at each path it stands at, as the first time', () => {
    const bad = `${PKI.caCert}${PKI.serverKey}`;
    const first = check({ config: { kasCaCert: bad } });
    const both = check({ config: { kasCaCert: bad, privateApi: { tls: { caCert: bad } } } });
    expect(both.problems).toEqual([
      ...first.problems,
      ...first.problems.map((problem) => ({
        ...problem,
        path: 'config.privateApi.tls.caCert',
        segments: ['config', 'privateApi', 'tls', 'caCert'],
      })),
    ]);
    // A problem handed out earlier is the caller's: changing it changes nothing later.
    (first.problems[0] as { message: string }).message = 'changed';
    expect(check({ config: { kasCaCert: bad } }).problems[0]?.message).toMatch(/private key/);
  });

  it('judges the expiry of a text seen before at the moment of each call, and for a serving certificate too', () => {
    const bundle = `${PKI.caCert}${PKI.expiredCert}`;
    expect(check({ config: { kasCaCert: bundle } }, new Date('2020-06-01T00:00:00Z')).warnings).toEqual([]);
    expect(check({ config: { kasCaCert: bundle } }).warnings.map((warning) => warning.message)).toEqual([
      'certificate 2 of 2 expired on 2021-01-01',
    ]);
    expect(check(tls('api', { cert: PKI.expiredCert })).warnings.map((warning) => warning.path)).toEqual(['config.api.tls.cert']);
  });
});

describe('checkCertificates: TLS certificates and keys', () => {
  it.each(['api', 'privateApi', 'observability'] as const)('accepts a matching pair in config.%s.tls', (section) => {
    expect(check(tls(section, { cert: PKI.serverCert, key: PKI.serverKey }))).toEqual({ problems: [], warnings: [] });
    expect(check(tls(section, { cert: `${PKI.serverCert}${PKI.caCert}`, key: PKI.serverKey })).problems).toEqual([]);
  });

  it('accepts an RSA PKCS#1 key and an Ed25519 key', () => {
    expect(check(tls('api', { cert: PKI.rsaCert, key: PKI.rsaKey })).problems).toEqual([]);
    const ed25519 = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(check(tls('api', { key: ed25519 })).problems).toEqual([]);
  });

  it('accepts either half alone, as the chart does (the Secret then carries one key)', () => {
    expect(check(tls('api', { cert: PKI.serverCert })).problems).toEqual([]);
    expect(check(tls('api', { key: PKI.serverKey })).problems).toEqual([]);
  });

  it.each(['api', 'privateApi', 'observability'] as const)(
    'refuses a key that belongs to another certificate in config.%s.tls',
    (section) => {
      for (const key of [createUnrelatedKey(), PKI.rsaKey, PKI.caKey]) {
        const result = check(tls(section, { cert: PKI.serverCert, key }));
        expect(result.problems).toEqual([expect.objectContaining({ code: 'invalid-value', path: `config.${section}.tls.key` })]);
        expect(result.problems[0]?.message).toContain(`config.${section}.tls.cert`);
      }
    },
  );

  it('matches the key against the first certificate of a chain, the one served', () => {
    expect(problemPaths(tls('api', { cert: `${PKI.caCert}${PKI.serverCert}`, key: PKI.serverKey }))).toEqual(['config.api.tls.key']);
  });

  it.each([
    ['an encrypted key', PKI.encryptedKey, /encrypted/],
    [
      'a legacy encrypted key',
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n',
      /encrypted/,
    ],
    ['a certificate', PKI.serverCert, /a certificate, not a private key/],
    ['two keys', `${PKI.serverKey}${PKI.rsaKey}`, /2 private keys/],
    ['a damaged key', PKI.serverKey.replace(/\n[A-Za-z0-9+/]{20}/, '\n'), /not a valid private key/],
    ['a fake key', '-----BEGIN PRIVATE KEY-----\nFAKE\n-----END PRIVATE KEY-----\n', /not a valid private key/],
    ['no PEM', 'key', /no PEM private key/],
    ['an unterminated key', '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMG\n', /without its END/],
  ])('refuses %s as a TLS key', (_, key, message) => {
    const [problem, ...rest] = check(tls('privateApi', { key })).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'invalid-value', path: 'config.privateApi.tls.key' });
    expect(problem?.message).toMatch(message);
  });

  it('refuses a key type TLS cannot serve with', () => {
    const x25519 = generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(check(tls('api', { key: x25519 })).problems[0]?.message).toMatch(/x25519/);
  });

  it('reports a bad certificate without also claiming the key does not match', () => {
    expect(problemPaths(tls('observability', { cert: PKI.serverCert.slice(0, 300), key: PKI.serverKey }))).toEqual([
      'config.observability.tls.cert',
    ]);
  });

  it('warns about an expired serving certificate and still checks its key', () => {
    const result = check(tls('api', { cert: PKI.expiredCert, key: PKI.expiredKey }));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'certificate-expired',
        path: 'config.api.tls.cert',
        segments: ['config', 'api', 'tls', 'cert'],
        message: 'the certificate expired on 2021-01-01',
      },
    ]);
  });

  it('checks every field at once', () => {
    const values: ValuesTree = {
      config: {
        kasCaCert: 'x',
        api: { tls: { cert: 'x', key: 'x' } },
        privateApi: { tls: { cert: 'x', key: 'x', caCert: 'x' } },
        observability: { tls: { cert: 'x', key: 'x' } },
      },
    };
    expect(problemPaths(values).sort()).toEqual(
      [
        'config.kasCaCert',
        'config.privateApi.tls.caCert',
        'config.api.tls.cert',
        'config.api.tls.key',
        'config.privateApi.tls.cert',
        'config.privateApi.tls.key',
        'config.observability.tls.cert',
        'config.observability.tls.key',
      ].sort(),
    );
  });

  it('never repeats any of the PEM text in a message or hint', () => {
    const secretKey = PKI.serverKey;
    const body = secretKey.split('\n')[1] as string;
    const values = tls('api', { cert: PKI.rsaCert, key: secretKey });
    const damaged = tls('privateApi', { cert: `${PKI.serverCert}${secretKey}`, key: secretKey.replace('A', '#') });
    for (const result of [check(values), check(damaged)]) {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const text of result.problems.flatMap((problem) => [problem.message, problem.hint ?? ''])) {
        expect(text).not.toContain(body);
        expect(text).not.toContain(body.slice(0, 16));
      }
    }
  });

  it('stays fast on hostile PEM-like text', () => {
    const many = '-----BEGIN CERTIFICATE-----\n'.repeat(100_000);
    const start = performance.now();
    const result = check({ config: { kasCaCert: many, api: { tls: { key: many } } } });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.problems.map((problem) => problem.path)).toEqual(['config.kasCaCert', 'config.api.tls.key']);
  });
});
