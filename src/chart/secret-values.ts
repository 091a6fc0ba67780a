/**
 * The chart's secret values: marked `x-secret` in schemas/values.schema.json and listed by codegen
 * in src/generated/secret-values.ts, with the Secret data keys the templates store them under.
 * The merge warnings, the `values` redaction and the note that rendered output is sensitive all
 * decide from here, so they cannot disagree.
 */
import { SECRET_VALUES } from '../generated/secret-values.js';
import type { PathSegment } from '../helm/format-values-path.js';
import { isMap } from '../util/is-map.js';

/**
 * What `values` prints in place of a secret (and of the password in a URL). Values that hold it
 * were printed by `values` and fed back: the checks refuse them rather than deploy the marker.
 */
export const REDACTED_MARKER = '<redacted>';

/**
 * The password in a URL's user information: `http://user:password@proxy.corp:3128` in a proxy
 * variable. Global: `values` replaces every one; use `holdsUrlPassword` to test.
 */
export const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s/@]+(?=@)/gi;

/** The same pattern without the global flag, whose `lastIndex` would make `test` stateful. */
const URL_PASSWORD_ONCE = new RegExp(URL_PASSWORD.source, 'i');

/** Whether `text` holds a URL with a password (`scheme://user:password@host`). */
export function holdsUrlPassword(text: string): boolean {
  return URL_PASSWORD_ONCE.test(text);
}

/** Stands for any key of a map or item of a list in a SECRET_VALUES path. */
const ANY = '*';

function matchesPattern(pattern: readonly string[], path: readonly PathSegment[]): boolean {
  return pattern.length === path.length && pattern.every((segment, index) => segment === ANY || segment === path[index]);
}

/** Whether the value at `path` is secret: it is never shown in a message or in `values` output. */
export function isSecretValuePath(path: readonly PathSegment[]): boolean {
  return SECRET_VALUES.some((secret) => matchesPattern(secret.path, path));
}

/** The values held at a secret path of `values`, whatever their type; unset ones are left out. */
export function collectSecretValues(values: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown, pattern: readonly string[]): void => {
    if (node === undefined) return;
    const [segment, ...rest] = pattern;
    if (segment === undefined) {
      found.push(node);
    } else if (segment !== ANY) {
      if (isMap(node) && Object.hasOwn(node, segment)) visit(node[segment], rest);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item, rest);
    } else if (isMap(node)) {
      for (const key of Object.keys(node)) visit(node[key], rest);
    }
  };
  for (const secret of SECRET_VALUES) visit(values, secret.path);
  return found;
}

/**
 * The Secret data keys that make rendered output sensitive: every key holding a credential, and
 * `private-api-jwt`, the private API's shared secret, which the chart draws at random in
 * receptive mode (or the caller passes as `privateApiJwt`), so no value is marked for it. A key
 * holding only a public key (`api-jwt`) does not count.
 */
export const SENSITIVE_SECRET_DATA_KEYS: ReadonlySet<string> = new Set([
  ...SECRET_VALUES.filter((secret) => secret.kind === 'credential').flatMap((secret) => secret.secretDataKeys),
  'private-api-jwt',
]);
