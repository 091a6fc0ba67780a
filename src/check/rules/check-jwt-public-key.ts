/** The receptive-mode JWT public key: what GitLab shows, not a PEM file or another key size. */
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';

/** Standard base64 with padding, after removing CR and LF, which Go's decoder skips. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ED25519_PUBLIC_KEY_BYTES = 32;
const JWT_KEY_HINT = 'give the base64 of the raw 32-byte Ed25519 public key, as GitLab shows it (44 characters ending in "=")';

/** `config.api.jwtPublicKey` verifies KAS's JWTs: the base64 of a raw 32-byte Ed25519 public key. */
export function checkJwtPublicKey(values: ValuesTree): ValuesProblem[] {
  const key = getValueAt(values, ['config', 'api', 'jwtPublicKey']);
  if (typeof key !== 'string' || key === '') return [];
  const problem = (message: string): ValuesProblem[] => [
    createProblem({ code: 'invalid-value', segments: ['config', 'api', 'jwtPublicKey'], message, hint: JWT_KEY_HINT }),
  ];
  if (key.includes('-----BEGIN')) return problem('is PEM text, not the base64 of the key itself');
  const compact = key.replace(/[\r\n]/g, '');
  if (!BASE64.test(compact)) return problem('is not base64');
  const length = Buffer.from(compact, 'base64').length;
  if (length !== ED25519_PUBLIC_KEY_BYTES) {
    return problem(`decodes to ${length} bytes; an Ed25519 public key is ${ED25519_PUBLIC_KEY_BYTES} bytes`);
  }
  return [];
}
