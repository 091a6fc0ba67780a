import * as net from 'node:net';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isIP, isIPv4, isIPv6 } from '../src/util/ip-address.js';
import { runs } from './support/fast-check-settings.js';

/** Strings near addresses: digits, hex, dots, colons, zone ids, and a few strays. */
const addressLike = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.ipV4Extended(),
  fc.tuple(fc.ipV6(), fc.stringMatching(/^%[0-9a-zA-Z.:-]{0,6}$/)).map(([address, zone]) => address + zone),
  fc.stringMatching(/^[0-9a-fA-F.:%g -]{0,45}$/),
  fc.string(),
);

it('gives what node:net gives for every string', () => {
  for (const fixed of [
    '',
    '1.2.3.4',
    '01.2.3.4',
    '256.1.1.1',
    '::',
    '::1',
    '::ffff:1.2.3.4',
    'fe80::1%eth0',
    '1:2:3:4:5:6:7:8:9',
    ' ::1',
  ]) {
    expect([isIP(fixed), isIPv4(fixed), isIPv6(fixed)], fixed).toEqual([net.isIP(fixed), net.isIPv4(fixed), net.isIPv6(fixed)]);
  }
  fc.assert(
    fc.property(addressLike, (input) => {
      expect([isIP(input), isIPv4(input), isIPv6(input)]).toEqual([net.isIP(input), net.isIPv4(input), net.isIPv6(input)]);
    }),
    runs(2000),
  );
});
