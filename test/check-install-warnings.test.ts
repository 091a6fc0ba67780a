import { describe, expect, it } from 'vitest';
import { checkValues } from '../src/check/check-values.js';
import { checkInstallWarnings } from '../src/check/rules/check-install-warnings.js';
import type { ValuesTree } from '../src/types.js';

/** The receptive-mode JWT is pinned, so only the install warnings speak. */
const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent', privateApiJwt: 'j'.repeat(40) };
const JWT_PUBLIC_KEY = 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=';

function warningPaths(values: ValuesTree): string[] {
  return checkValues(values, RELEASE).warnings.map((warning) => warning.path);
}

describe('checkInstallWarnings through checkValues', () => {
  it('is registered after the schema: defaults with a token warn about nothing', () => {
    const result = checkValues({ config: { token: 'glagent-t' } }, RELEASE);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('warns about a kasAddress the user set in receptive mode only', () => {
    const receptive = { config: { token: 'glagent-t', receptive: { enabled: true }, api: { jwtPublicKey: JWT_PUBLIC_KEY } } };
    expect(warningPaths(receptive)).toEqual([]);
    expect(warningPaths({ config: { ...receptive.config, kasAddress: 'wss://kas.example.com' } })).toEqual(['config.kasAddress']);
    expect(warningPaths({ config: { token: 'glagent-t', kasAddress: 'wss://kas.example.com' } })).toEqual([]);
  });

  it('never changes the problems and never quotes the token', () => {
    const marker = 'glagent-MARKER-ab12';
    const result = checkInstallWarnings({ config: { token: marker, receptive: { enabled: true }, kasAddress: 'wss://x' } });
    expect(result.problems).toEqual([]);
    expect(JSON.stringify(result.warnings)).not.toContain('MARKER');
  });
});
