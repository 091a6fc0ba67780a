import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canBePlain, formatScalar, isPlainWithoutResolving } from '../src/helm/yaml-output.js';
import { isOutsideResolverAlphabet, resolvesAsNonString } from '../src/helm/yaml-v2-schema.js';
import { runs } from './support/fast-check-settings.js';

/**
 * formatString decides the strings one pass over the characters settles without its cache (a
 * fleet's strings are each seen once): that pass may only say "plain" where canBePlain does.
 */

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index));
/** Characters the resolvers read, so that arbitrary strings often are numbers, dates and words. */
const RESOLVED = [
  ...'0123456789_.,:+-<~ eExXoObBTtZ',
  '\t',
  'yes',
  'no',
  'true',
  'False',
  'NULL',
  'off',
  '.inf',
  '.NaN',
  '0x',
  '0o',
  '2024-01-02',
];
const piece = fc.oneof(fc.constantFrom(...RESOLVED), fc.constantFrom(...PRINTABLE), fc.constantFrom('é', '\n', '\u2028', '\x7f'));
const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('isPlainWithoutResolving', () => {
  it('says plain only where canBePlain does, on arbitrary strings', () => {
    fc.assert(
      fc.property(text, (candidate) => {
        if (isPlainWithoutResolving(candidate)) expect(canBePlain(candidate), candidate).toBe(true);
      }),
      runs(20000),
    );
  });

  it('says plain only where canBePlain does, for every string of one or two printable characters', () => {
    for (const first of PRINTABLE) {
      for (const second of ['', ...PRINTABLE]) {
        const candidate = first + second;
        if (isPlainWithoutResolving(candidate)) expect(canBePlain(candidate), candidate).toBe(true);
      }
    }
  });

  it('finds no resolved string with a character outside the resolvers alphabet', () => {
    // Every resolved string of up to three characters over printable ASCII, tab included.
    const alphabet = ['\t', ...PRINTABLE];
    const strings = [''];
    for (let length = 1; length <= 3; length++) {
      for (const prefix of strings.filter((candidate) => candidate.length === length - 1)) {
        for (const char of alphabet) strings.push(prefix + char);
      }
    }
    const resolved = strings.filter((candidate) => resolvesAsNonString(candidate));
    expect(resolved.length).toBeGreaterThan(100);
    for (const candidate of resolved) {
      for (const char of candidate) expect(isOutsideResolverAlphabet(char.charCodeAt(0)), candidate).toBe(false);
    }
  });

  it.each([
    'fleet-1:agent-1-gitlab-agent:ocs',
    '10.0.0.0/8,.svc,.cluster.local,agent-1.internal',
    'V3E0eTNoVjBtMnA2dFdsMHFnTTZiMGw4WnA1dzBWdEo3azFiUjJzOVh5QT0=',
    'grpc://$(POD_IP):8081',
    '--kas-address=wss://gitlab.example.com',
    'app.kubernetes.io/name=gitlab-agent',
  ])('decides the fleet-like string %s plain by itself', (candidate) => {
    expect(isPlainWithoutResolving(candidate)).toBe(true);
    expect(formatScalar(candidate)).toBe(candidate);
  });

  it.each(['yes', 'Off', '1e5', '0x1F', '12:30', '2024-01-02', '.inf', '<<', '~', 'a:', 'a b', '-a', '8082', ''])(
    'leaves %j to the resolvers',
    (candidate) => {
      expect(isPlainWithoutResolving(candidate)).toBe(false);
    },
  );
});
