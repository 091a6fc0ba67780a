import { describe, expect, it } from 'vitest';
import { checkValues } from '../src/check/check-values.js';
import { checkInstallWarnings } from '../src/check/rules/check-install-warnings.js';
import type { ValuesTree } from '../src/types.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };

function warningPaths(values: ValuesTree): string[] {
  return checkValues(values, RELEASE).warnings.map((warning) => warning.path);
}

describe('checkInstallWarnings through checkValues', () => {
  it('is registered after the schema: defaults warn only about the missing token', () => {
    const result = checkValues({}, RELEASE);
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((warning) => warning.path)).toEqual(['config.token']);
  });

  it.each([
    [{ config: { token: 'glagent-t' } }, []],
    [{ config: { secretName: 'existing' } }, []],
    [{ config: { token: '' } }, ['config.token']],
    [{ config: { token: null, secretName: '' } }, ['config.token']],
  ])('warns about a missing token and Secret name for %j', (values, expected) => {
    expect(warningPaths(values)).toEqual(expected);
  });

  it('warns about a kasAddress the user set in receptive mode only', () => {
    const receptive = { config: { token: 'glagent-t', receptive: { enabled: true } } };
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
