/**
 * Checks the release identity before anything renders. The release name follows Helm's own
 * rule and message (`helm template` fails with `Error: <message>`). Helm does not check the
 * namespace in `helm template`, but every namespaced object and binding subject carries it and
 * the API server only accepts a DNS-1123 label, so we refuse it up front with the same kind of
 * error: both are part of the release identity, so both throw ReleaseNameError (code `release-name`),
 * whose `field` says which input failed.
 */
import { ReleaseNameError } from '../errors.js';

export interface CheckReleaseOptions {
  readonly releaseName: string;
  readonly namespace: string;
}

const RELEASE_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAX_RELEASE_NAME_LENGTH = 53;
const NAMESPACE_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NAMESPACE_LENGTH = 63;

/** Throws the first of `findReleaseErrors`, the release name's before the namespace's. */
export function checkRelease(options: CheckReleaseOptions): void {
  const [first] = findReleaseErrors(options);
  if (first !== undefined) throw first;
}

/** Every failing part of the release identity, the release name first, so a report can list both. */
export function findReleaseErrors(options: CheckReleaseOptions): ReleaseNameError[] {
  const { releaseName, namespace } = options;
  const errors: ReleaseNameError[] = [];
  if (releaseName === '') {
    errors.push(
      new ReleaseNameError({
        field: 'releaseName',
        problem: 'empty',
        message: `release name ${quoteGoString(releaseName)}: no name provided`,
      }),
    );
  } else if (releaseName.length > MAX_RELEASE_NAME_LENGTH || !RELEASE_NAME_PATTERN.test(releaseName)) {
    // Helm measures bytes (Go len). Characters never outnumber bytes, and the pattern only admits
    // ASCII, where they are the same: so a name that passes both tests has at most the maximum of bytes.
    errors.push(
      new ReleaseNameError({
        field: 'releaseName',
        problem: 'invalid',
        message: `release name ${quoteGoString(releaseName)}: invalid release name, must match regex ${RELEASE_NAME_PATTERN.source} and the length must not be longer than ${MAX_RELEASE_NAME_LENGTH}`,
      }),
    );
  }
  // As for the release name: characters count for bytes once the ASCII-only pattern has passed.
  if (namespace.length > MAX_NAMESPACE_LENGTH || !NAMESPACE_PATTERN.test(namespace)) {
    errors.push(
      new ReleaseNameError({
        field: 'namespace',
        problem: namespace === '' ? 'empty' : 'invalid',
        message: `namespace ${quoteGoString(namespace)}: invalid namespace, must match regex ${NAMESPACE_PATTERN.source} and the length must not be longer than ${MAX_NAMESPACE_LENGTH}`,
      }),
    );
  }
  return errors;
}

/** Go's %q: double quotes, Go escapes for control and non-printable characters, printable Unicode kept. */
export function quoteGoString(text: string): string {
  let quoted = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') quoted += `\\${char}`;
    else if (GO_SHORT_ESCAPES[char] !== undefined) quoted += GO_SHORT_ESCAPES[char];
    else if (/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(char)) quoted += char;
    else if (code < 0x80) quoted += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) quoted += `\\u${code.toString(16).padStart(4, '0')}`;
    else quoted += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${quoted}"`;
}

const GO_SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};
