/**
 * SHA-256 in JavaScript (@noble/hashes) rather than node:crypto: loading node:crypto, with the
 * streams it pulls in, costs a cold CLI run about 6 ms, more than a `generate` spends hashing.
 * The digests are the same (test/sha256.test.ts compares them on arbitrary text).
 */
import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();

/** The SHA-256 digest of `text` in UTF-8 (a lone surrogate as U+FFFD, as Node's `utf8` does). */
export function sha256Digest(text: string): Uint8Array {
  return sha256(encoder.encode(text));
}

/** The digest as lowercase hex, as `sha256sum` and Helm's `sha256sum` print it. */
export function sha256Hex(text: string): string {
  const digest = sha256Digest(text);
  return Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString('hex');
}
