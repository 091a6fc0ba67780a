import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Digest, sha256Hex } from '../src/util/sha256.js';
import { runs } from './support/fast-check-settings.js';

const nodeSha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

describe('sha256 without node:crypto', () => {
  it('gives the FIPS 180-4 digests of the standard test messages', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches node:crypto on arbitrary text, including astral characters and lone surrogates', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string());
    fc.assert(
      fc.property(text, (value) => {
        expect(sha256Hex(value)).toBe(nodeSha256(value).toString('hex'));
        expect(Buffer.from(sha256Digest(value))).toEqual(nodeSha256(value));
      }),
      runs(500),
    );
  });

  it('matches node:crypto across the 55/56/64-byte padding boundaries and long text', () => {
    for (const length of [54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 100_000]) {
      const value = 'x'.repeat(length);
      expect(sha256Hex(value), `length ${length}`).toBe(nodeSha256(value).toString('hex'));
    }
  });
});
