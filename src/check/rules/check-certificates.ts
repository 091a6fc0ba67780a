/**
 * PEM material in values: the CA certificates, the TLS certificates and their private keys.
 * The chart copies them into a ConfigMap or a Secret as they are, and agentk only finds out at
 * start-up that one is truncated, swapped with its partner or encrypted. We parse each with
 * node:crypto, check that a certificate and its key belong together, and warn about expired
 * certificates. Messages name paths and block numbers, never any of the PEM text.
 */
import type { KeyObject, X509Certificate } from 'node:crypto';
import { nodeCrypto } from '../../util/node-crypto.js';
import { RENDER_CACHES } from '../../util/render-caches.js';
import type { ValueFix, ValuesProblem } from '../../errors.js';
import type { ValuesTree, Warning } from '../../types.js';
import { formatValuesPath, getValueAt } from '../../helm/format-values-path.js';
import { createProblem, createWarning } from '../create-diagnostic.js';

export interface CertificateCheckOptions {
  /** The moment certificates must still be valid at; tests pin it. */
  readonly now: Date;
}

export interface CertificateCheckResult {
  readonly problems: ValuesProblem[];
  readonly warnings: Warning[];
}

/** Fields holding certificates only: a private key here would land in a ConfigMap. */
const CA_CERTIFICATE_PATHS: readonly (readonly string[])[] = [
  ['config', 'kasCaCert'],
  ['config', 'privateApi', 'tls', 'caCert'],
];

/** A serving certificate (with its chain) and the private key that must match its first certificate. */
const KEY_PAIRS: readonly { readonly cert: readonly string[]; readonly key: readonly string[] }[] = [
  { cert: ['config', 'api', 'tls', 'cert'], key: ['config', 'api', 'tls', 'key'] },
  { cert: ['config', 'privateApi', 'tls', 'cert'], key: ['config', 'privateApi', 'tls', 'key'] },
  { cert: ['config', 'observability', 'tls', 'cert'], key: ['config', 'observability', 'tls', 'key'] },
];

/** Key types Go's crypto/tls can serve with (RSA PKCS#1/PKCS#8, ECDSA, Ed25519). */
const SERVING_KEY_TYPES = new Set(['rsa', 'ec', 'ed25519']);

/** A CA bundle of the public web has about 150 certificates; this only bounds the work. */
const MAX_PEM_BLOCKS = 1000;

interface PemBlock {
  readonly label: string;
  /** The whole block, BEGIN and END lines included, as node:crypto takes it. */
  readonly text: string;
}

interface PemScan {
  readonly blocks: PemBlock[];
  /** A BEGIN line without its END line. */
  readonly unterminated: boolean;
}

const BEGIN_LINE = /-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----/g;

/**
 * The PEM blocks in `text`, in order. Text around them is ignored, as Go's pem.Decode does
 * (openssl prints a `subject=` line before each certificate). Linear: every END is searched
 * for once, from its BEGIN on.
 */
function scanPemBlocks(text: string): PemScan {
  const blocks: PemBlock[] = [];
  BEGIN_LINE.lastIndex = 0;
  while (blocks.length < MAX_PEM_BLOCKS) {
    const begin = BEGIN_LINE.exec(text);
    if (!begin) break;
    const label = begin[1] as string;
    const endLine = `-----END ${label}-----`;
    const end = text.indexOf(endLine, begin.index + begin[0].length);
    if (end < 0) return { blocks, unterminated: true };
    blocks.push({ label, text: text.slice(begin.index, end + endLine.length) });
    BEGIN_LINE.lastIndex = end + endLine.length;
  }
  return { blocks, unterminated: false };
}

function isPrivateKeyLabel(label: string): boolean {
  return label.endsWith('PRIVATE KEY');
}

/** A PEM field, by its path. */
type FieldPath = readonly string[];

function problem(segments: FieldPath, message: string, hint: string, fix?: ValueFix): ValuesProblem {
  return createProblem({ code: 'invalid-value', segments, message, hint, fix });
}

function ordinal(index: number, count: number): string {
  return count === 1 ? 'the certificate' : `certificate ${index + 1} of ${count}`;
}

/** `Jan  1 00:00:00 2021 GMT` -> `2021-01-01`. */
function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface ParsedCertificates {
  readonly certificates: readonly X509Certificate[];
  /** Each certificate's `validTo`, in milliseconds (NaN when unreadable). */
  readonly validTo: readonly number[];
  readonly problems: ValuesProblem[];
}

/** A problem of a certificate field, before it has a path. */
interface FieldIssue {
  readonly message: string;
  readonly hint: string;
  readonly fix?: ValueFix;
}

/** What a certificate field's text holds: the same for every path and every render. */
interface CertificateField {
  readonly issues: readonly FieldIssue[];
  readonly certificates: readonly X509Certificate[];
  /** Each certificate's `validTo`, in milliseconds (NaN when unreadable). */
  readonly validTo: readonly number[];
}

/**
 * Parsed certificates by PEM text (null: not a certificate). A fleet renders the same CA
 * certificate for many agents, and parsing it was a quarter of each render; an
 * X509Certificate is immutable, so sharing it is safe.
 */
const CERTIFICATES = RENDER_CACHES.createBoundedCache<X509Certificate | null>('parsed certificates', 256);

/**
 * Certificate fields by their whole text. A fleet gives many agents the very same CA text: found
 * here, it is neither scanned, sliced into blocks (each a new string, hashed again to find its
 * certificate) nor are the certificates' dates read again from node:crypto.
 */
const CERTIFICATE_FIELDS = RENDER_CACHES.createBoundedCache<CertificateField>('certificate fields', 256);

function readCertificate(pem: string): X509Certificate | null {
  const cached = CERTIFICATES.get(pem);
  if (cached !== undefined) return cached;
  try {
    return CERTIFICATES.set(pem, new (nodeCrypto().X509Certificate)(pem));
  } catch {
    return CERTIFICATES.set(pem, null);
  }
}

/** Parses a field that must hold one or more certificates and nothing else in PEM form. */
function parseCertificates(text: string, path: FieldPath): ParsedCertificates {
  const field = CERTIFICATE_FIELDS.get(text) ?? CERTIFICATE_FIELDS.set(text, readCertificateField(text));
  return {
    certificates: field.certificates,
    validTo: field.validTo,
    problems: field.issues.map((issue) => problem(path, issue.message, issue.hint, issue.fix)),
  };
}

function readCertificateField(text: string): CertificateField {
  const scan = scanPemBlocks(text);
  const issues: FieldIssue[] = [];
  if (scan.blocks.length === 0) {
    issues.push({
      message: scan.unterminated ? 'has a PEM BEGIN line without its END line' : 'holds no PEM certificate',
      hint: 'give the whole PEM text, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----',
      fix: 'read-file',
    });
    return { issues, certificates: [], validTo: [] };
  }
  if (scan.unterminated) {
    issues.push({ message: 'has a PEM BEGIN line without its END line', hint: 'the text looks cut off: give the whole file' });
  }
  const certificates: X509Certificate[] = [];
  scan.blocks.forEach((block, index) => {
    const which = scan.blocks.length === 1 ? 'the PEM block' : `PEM block ${index + 1} of ${scan.blocks.length}`;
    if (isPrivateKeyLabel(block.label)) {
      issues.push({
        message: `${which} is a private key, not a certificate`,
        hint: 'remove the key: this field takes certificates only, and a key does not belong here (the key has its own field, if any)',
      });
      return;
    }
    if (block.label !== 'CERTIFICATE') {
      issues.push({ message: `${which} is a ${block.label}, not a CERTIFICATE`, hint: 'give PEM certificates only' });
      return;
    }
    const certificate = readCertificate(block.text);
    if (certificate) {
      certificates.push(certificate);
    } else {
      issues.push({
        message: `${which} is not a valid X.509 certificate`,
        hint: 'the base64 text between the BEGIN and END lines is damaged or cut off: copy the certificate again',
      });
    }
  });
  return { issues, certificates, validTo: certificates.map((certificate) => new Date(certificate.validTo).getTime()) };
}

interface ParsedKey {
  readonly key: KeyObject | undefined;
  readonly problems: ValuesProblem[];
}

/** Parses a field that must hold exactly one unencrypted private key agentk can serve with. */
function parsePrivateKey(text: string, path: FieldPath): ParsedKey {
  const scan = scanPemBlocks(text);
  const keys = scan.blocks.filter((block) => isPrivateKeyLabel(block.label));
  const fail = (message: string, hint: string, fix?: ValueFix): ParsedKey => ({
    key: undefined,
    problems: [problem(path, message, hint, fix)],
  });
  if (keys.length === 0) {
    if (scan.blocks.some((block) => block.label === 'CERTIFICATE')) {
      return fail('holds a certificate, not a private key', 'are the certificate and the key swapped?');
    }
    return fail(
      scan.unterminated ? 'has a PEM BEGIN line without its END line' : 'holds no PEM private key',
      'give the whole PEM key, from -----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----',
      'read-file',
    );
  }
  if (keys.length > 1) {
    return fail(`holds ${keys.length} private keys`, 'give only the key that belongs to the certificate');
  }
  const block = keys[0] as PemBlock;
  // PKCS#8 `ENCRYPTED PRIVATE KEY`, or the legacy OpenSSL `Proc-Type: 4,ENCRYPTED` header.
  if (block.label === 'ENCRYPTED PRIVATE KEY' || /^Proc-Type:\s*4,ENCRYPTED/m.test(block.text)) {
    return fail(
      'is an encrypted private key',
      'agentk cannot decrypt it: decrypt it first, for example with `openssl pkey -in key.pem -out plain.pem`',
    );
  }
  let key: KeyObject;
  try {
    key = nodeCrypto().createPrivateKey({ key: block.text, format: 'pem' });
  } catch {
    return fail('is not a valid private key', 'the base64 text between the BEGIN and END lines is damaged or cut off: copy the key again');
  }
  if (!SERVING_KEY_TYPES.has(key.asymmetricKeyType ?? '')) {
    return fail(`is a ${key.asymmetricKeyType ?? 'unknown'} key, which TLS cannot serve with`, 'use an RSA, ECDSA or Ed25519 key');
  }
  return { key, problems: [] };
}

function stringAt(values: ValuesTree, segments: readonly string[]): string | undefined {
  const value = getValueAt(values, segments);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function expiryWarnings(field: ParsedCertificates, path: FieldPath, now: Date): Warning[] {
  const warnings: Warning[] = [];
  field.validTo.forEach((validTo, index) => {
    if (!Number.isNaN(validTo) && validTo < now.getTime()) {
      const message = `${ordinal(index, field.certificates.length)} expired on ${formatDay(new Date(validTo))}`;
      warnings.push(createWarning({ code: 'certificate-expired', segments: path, message }));
    }
  });
  return warnings;
}

/** Checks every certificate and key in the values. Fields that are unset or not strings are skipped. */
export function checkCertificates(values: ValuesTree, options: CertificateCheckOptions): CertificateCheckResult {
  const problems: ValuesProblem[] = [];
  const warnings: Warning[] = [];

  for (const segments of CA_CERTIFICATE_PATHS) {
    const text = stringAt(values, segments);
    if (text === undefined) continue;
    const parsed = parseCertificates(text, segments);
    problems.push(...parsed.problems);
    warnings.push(...expiryWarnings(parsed, segments, options.now));
  }

  for (const pair of KEY_PAIRS) {
    const certText = stringAt(values, pair.cert);
    const keyText = stringAt(values, pair.key);
    const certs = certText === undefined ? undefined : parseCertificates(certText, pair.cert);
    const key = keyText === undefined ? undefined : parsePrivateKey(keyText, pair.key);
    if (certs) {
      problems.push(...certs.problems);
      warnings.push(...expiryWarnings(certs, pair.cert, options.now));
    }
    if (key) problems.push(...key.problems);
    // The first certificate is the one served; the rest of a chain are its issuers.
    const leaf = certs?.problems.length === 0 ? certs.certificates[0] : undefined;
    if (leaf && key?.key && !matchesKey(leaf, key.key)) {
      const certPath = formatValuesPath(pair.cert);
      problems.push(
        problem(
          pair.key,
          `does not belong to the certificate in ${certPath}`,
          `give the key the certificate was issued for (the first certificate in ${certPath} is the one served)`,
        ),
      );
    }
  }
  return { problems, warnings };
}

function matchesKey(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    return false;
  }
}
