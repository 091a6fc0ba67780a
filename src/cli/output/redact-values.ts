import type { ValuesTree } from '../../types.js';
import { collectSecretValues, isSecretValuePath, REDACTED_MARKER, URL_PASSWORD } from '../../chart/secret-values.js';
import type { PathSegment } from '../../helm/format-values-path.js';
import { formatValuesPath } from '../../helm/format-values-path.js';
import { isMap } from '../../util/is-map.js';

export const REDACTED = REDACTED_MARKER;

/** A PEM private key pasted anywhere else (an `extraEnv` value, say). */
const PRIVATE_KEY_PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/;
/** Shorter secrets are not searched for inside other strings: `t` would redact half the tree. */
const MIN_SEARCHED_SECRET_LENGTH = 8;

export interface RedactedValues {
  readonly values: ValuesTree;
  /** The paths whose values were replaced, in tree order. */
  readonly redacted: readonly string[];
}

/**
 * A copy of `values` with every secret replaced by `<redacted>`: the values the schema marks
 * `x-secret` (see src/chart/secret-values.ts; certificates are public and shown), any string
 * containing one of their values (a token copied into `extraEnv`), any PEM private key, and
 * the password of a URL with credentials (a proxy in `extraEnv`, a KAS address).
 * Null and empty values stay, so the output still shows what is unset.
 */
export function redactValues(values: ValuesTree): RedactedValues {
  const secrets = collectSecretValues(values)
    .flatMap(collectStrings)
    .filter((value) => value.length >= MIN_SEARCHED_SECRET_LENGTH);
  const redacted: string[] = [];
  const visit = (value: unknown, path: readonly PathSegment[]): unknown => {
    if (isSecret(value, path, secrets)) {
      redacted.push(formatValuesPath(path));
      return REDACTED;
    }
    if (typeof value === 'string') {
      const withoutPasswords = value.replace(URL_PASSWORD, `$1${REDACTED}`);
      if (withoutPasswords !== value) redacted.push(formatValuesPath(path));
      return withoutPasswords;
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (isMap(value)) {
      const copy: ValuesTree = {};
      Object.keys(value).forEach((key, index) => {
        // A key that quotes a secret is renamed too; the index keeps renamed keys apart.
        const shownKey = secrets.some((secret) => key.includes(secret)) ? `${REDACTED}-${index}` : key;
        const shown = visit(value[key], [...path, shownKey]);
        Object.defineProperty(copy, shownKey, { value: shown, enumerable: true, writable: true, configurable: true });
      });
      return copy;
    }
    return value;
  };
  return { values: visit(values, []) as ValuesTree, redacted };
}

/** A secret path holding anything at all (a map too: `--set-json config.token={…}`), or a string quoting a secret. */
function isSecret(value: unknown, path: readonly PathSegment[], secrets: readonly string[]): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (isSecretValuePath(path)) return true;
  if (typeof value !== 'string') return false;
  return PRIVATE_KEY_PEM.test(value) || secrets.some((secret) => value.includes(secret));
}

/** Every string in a value: a secret path may hold a list or map by mistake. */
function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (isMap(value)) return Object.values(value).flatMap(collectStrings);
  return [];
}
