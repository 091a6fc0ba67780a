import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { readChartSources } from '../scripts/codegen/read-chart-sources.js';
import { findSecretValues } from '../scripts/codegen/generate-secret-values.js';
import { collectSecretValues, isSecretValuePath, SENSITIVE_SECRET_DATA_KEYS } from '../src/chart/secret-values.js';
import { findSensitiveManifests } from '../src/cli/output/find-sensitive-manifests.js';
import { redactValues } from '../src/cli/output/redact-values.js';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { SECRET_VALUES } from '../src/generated/secret-values.js';
import { VALUES_SCHEMA } from '../src/generated/values.js';
import { formatValuesPath } from '../src/helm/format-values-path.js';
import { mergeValues } from '../src/merge/merge-values.js';
import { render } from '../src/render-manifests.js';
import type { ValuesTree } from '../src/types.js';
import { setPath } from './support/merge-over.js';
import { createJwtPublicKey, PKI } from './support/pki-fixtures.js';

/**
 * One list of secrets (`x-secret` in the schema, listed by codegen) decides for the merge
 * warnings, the `values` redaction and the note that output is sensitive. These tests hold the
 * schema to what a person would call secret, and the three consumers to the list.
 */

type SchemaNode = Record<string, unknown>;

/** Every schema node below the root with its path; `*` for a map's values or a list's items. */
function listSchemaNodes(node: SchemaNode, path: string[] = []): { path: string[]; node: SchemaNode }[] {
  const found = path.length > 0 ? [{ path, node }] : [];
  for (const [key, child] of Object.entries((node['properties'] ?? {}) as Record<string, SchemaNode>)) {
    found.push(...listSchemaNodes(child, [...path, key]));
  }
  for (const keyword of ['additionalProperties', 'items']) {
    const child = node[keyword];
    if (typeof child === 'object' && child !== null) found.push(...listSchemaNodes(child as SchemaNode, [...path, '*']));
  }
  return found;
}

/** A name or description a person reads as a secret. `secretName` names a Secret; it is no secret. */
function looksSecret(path: readonly string[], node: SchemaNode): boolean {
  const key = path[path.length - 1] ?? '';
  const description = typeof node['description'] === 'string' ? node['description'] : '';
  return /token|password|passphrase|jwt|credential/i.test(key) || /private key|password|credential/i.test(description);
}

describe('the schema marks every secret value', () => {
  const nodes = listSchemaNodes(VALUES_SCHEMA as SchemaNode);

  it('marks exactly the values named or described as tokens, JWT keys, private keys or passwords', () => {
    const marked = nodes.filter(({ node }) => node['x-secret'] !== undefined).map(({ path }) => path.join('.'));
    const secretLooking = nodes.filter(({ path, node }) => looksSecret(path, node)).map(({ path }) => path.join('.'));
    expect(marked).toEqual(secretLooking);
    expect(marked).toEqual([
      'config.token',
      'config.observability.tls.key',
      'config.api.jwtPublicKey',
      'config.api.tls.key',
      'config.privateApi.tls.key',
    ]);
  });

  it('calls a public key a public key and leaves certificates unmarked', () => {
    for (const { path, node } of nodes) {
      const description = String(node['description'] ?? '');
      if (/public key/i.test(description)) expect(node['x-secret'], path.join('.')).toBe('public-key');
      else if (node['x-secret'] !== undefined) expect(node['x-secret'], path.join('.')).toBe('credential');
      if (/certificate/i.test(description) && !/private key/i.test(description)) {
        expect(node['x-secret'], path.join('.')).toBeUndefined();
      }
    }
  });

  it('lists the marked values in src/generated/secret-values.ts', () => {
    const marked = nodes.filter(({ node }) => node['x-secret'] !== undefined);
    expect(SECRET_VALUES.map(({ path, kind }) => ({ path, kind }))).toEqual(
      marked.map(({ path, node }) => ({ path, kind: node['x-secret'] })),
    );
  });
});

/** Every secret and certificate set, each to a value found nowhere else, in the modes that write them all. */
const JWT_PUBLIC_KEY = createJwtPublicKey();
const EVERYTHING: ValuesTree = {
  config: {
    token: 'glagent-secret-values-test-token-0123456789',
    kasCaCert: PKI.caCert,
    receptive: { enabled: true },
    api: { jwtPublicKey: JWT_PUBLIC_KEY, tls: { enabled: true, cert: PKI.serverCert, key: PKI.serverKey } },
    privateApi: { tls: { enabled: true, cert: PKI.rsaCert, key: PKI.rsaKey, caCert: PKI.caCert } },
    observability: { tls: { enabled: true, cert: PKI.expiredCert, key: PKI.expiredKey, secret: { create: true } } },
  },
};
const PUBLIC_VALUES = [PKI.caCert, PKI.serverCert, PKI.rsaCert, PKI.expiredCert];

function valueAt(values: ValuesTree, path: readonly string[]): string {
  return path.reduce<unknown>((node, key) => (node as ValuesTree)[key], values) as string;
}

describe('the merge, the values redaction and the sensitive-output note agree', () => {
  const manifests = render(EVERYTHING, { releaseName: 'r', namespace: 'n', privateApiJwt: 'private-api-jwt-of-the-test' });
  const secretObjects = manifests.filter((manifest) => manifest.kind === 'Secret');

  /** Each data key of the rendered Secrets, with its decoded value. */
  const secretData = secretObjects.flatMap((manifest) =>
    Object.entries(manifest.object['data'] as Record<string, string>).map(([key, value]) => ({
      key,
      value: Buffer.from(value, 'base64').toString('utf8'),
    })),
  );

  it.each(SECRET_VALUES.map((secret) => [secret.path.join('.'), secret] as const))(
    '%s: stored under the data keys codegen lists',
    (_, secret) => {
      const value = valueAt(EVERYTHING, secret.path);
      const keys = secretData.filter((entry) => entry.value === value).map((entry) => entry.key);
      expect(keys).toEqual(secret.secretDataKeys);
    },
  );

  it('the note names the data keys of credentials and the private API JWT, not public keys or certificates', () => {
    const noted = findSensitiveManifests(manifests).flatMap(({ keys }) => keys);
    const credentialKeys = SECRET_VALUES.filter(({ kind }) => kind === 'credential').flatMap(({ secretDataKeys }) => secretDataKeys);
    expect(new Set(noted)).toEqual(new Set([...credentialKeys, 'private-api-jwt']));
    expect([...SENSITIVE_SECRET_DATA_KEYS].sort()).toEqual([...new Set(noted)].sort());
    for (const { key, value } of secretData) {
      if (PUBLIC_VALUES.includes(value) || value === JWT_PUBLIC_KEY) expect(noted, key).not.toContain(key);
    }
  });

  it('values redacts every marked value and shows the certificates', () => {
    const { values, redacted } = redactValues(EVERYTHING);
    expect([...redacted].sort()).toEqual(SECRET_VALUES.map(({ path }) => formatValuesPath(path)).sort());
    const shown = JSON.stringify(values);
    for (const { path } of SECRET_VALUES) expect(shown).not.toContain(JSON.stringify(valueAt(EVERYTHING, path)));
    for (const certificate of PUBLIC_VALUES) expect(shown).toContain(JSON.stringify(certificate));
  });

  it('a merge warning shows no marked default, and shows the certificates', () => {
    const defaults = structuredClone(DEFAULT_VALUES) as ValuesTree;
    for (const [path, value] of [
      ...SECRET_VALUES.map(({ path }) => [path, valueAt(EVERYTHING, path)] as const),
      [['config', 'api', 'tls', 'cert'], PKI.serverCert] as const,
    ]) {
      setPath(defaults, path, value);
    }
    const { warnings } = mergeValues(defaults, { config: 'replaced' }, { isSecretPath: isSecretValuePath });
    expect(warnings).toHaveLength(1);
    const message = warnings[0]?.message ?? '';
    for (const { path } of SECRET_VALUES) expect(message).not.toContain(valueAt(EVERYTHING, path));
    expect(message).toContain(PKI.serverCert);
  });

  it('collects the value at every secret path, whatever its type', () => {
    const values: ValuesTree = { config: { token: { nested: ['t'] }, api: { jwtPublicKey: 'k', tls: null } } };
    expect(collectSecretValues(values)).toEqual([{ nested: ['t'] }, 'k']);
    expect(isSecretValuePath(['config', 'token'])).toBe(true);
    expect(isSecretValuePath(['config', 'api', 'tls', 'cert'])).toBe(false);
  });
});

describe('codegen keeps secret values inside Secrets', () => {
  const partialAsts = new Map<string, hbs.AST.Program>();

  async function findWith(source: string): Promise<ReturnType<typeof findSecretValues>> {
    if (partialAsts.size === 0) {
      for (const { name, source: text } of await readChartSources('partials')) partialAsts.set(name, Handlebars.parse(text));
    }
    const templates = [{ name: 'test.yaml', source, ast: Handlebars.parse(source) }];
    return findSecretValues({ schema: VALUES_SCHEMA, templates, partialAsts });
  }

  it('lists the data key a Secret template writes a secret under', async () => {
    const secrets = await findWith('kind: Secret\ndata:\n  mine: {{q (b64 Values.config.token)}}\n');
    expect(secrets.find(({ path }) => path.join('.') === 'config.token')?.secretDataKeys).toEqual(['mine']);
  });

  it.each([
    ['into a ConfigMap', 'kind: ConfigMap\ndata:\n  token: {{q Values.config.token}}\n', /config\.token is secret/],
    ['through a partial', 'kind: Secret\ndata:\n  {{> yaml value=Values.config.api.tls.key}}\n', /config\.api\.tls\.key is secret/],
    ['without a key before it', 'kind: Secret\ndata:\n  - {{q Values.config.token}}\n', /config\.token is secret/],
    [
      'inside the whole map holding it',
      'kind: Secret\ndata:\n  api: {{toYaml Values.config.api}}\n',
      /writes Values\.config\.api, which holds the secret/,
    ],
  ])('refuses a secret written %s', async (_, source, message) => {
    await expect(findWith(source)).rejects.toThrow(message);
  });
});
