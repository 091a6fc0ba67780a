import type { ValuesTree } from '../src/types.js';
import { describe, expect, it } from 'vitest';
import { ReleaseNameError, checkValues } from '../src/index.js';

const OPTIONS = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };

describe('checkValues', () => {
  it('returns the merged values and no problem for valid values', () => {
    const result = checkValues({ config: { token: 'T' } }, OPTIONS);
    expect(result.problems).toEqual([]);
    expect(result.merged).toMatchObject({ replicas: 2, config: { token: 'T', kasAddress: 'wss://kas.gitlab.com' } });
  });

  it('collects schema problems and the chart rules together', () => {
    const untyped: ValuesTree = {
      replica: 1,
      config: {
        token: 'T',
        receptive: { enabled: true },
        api: { listenAddress: ':9999', jwtPublicKey: 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=' },
      },
    };
    const result = checkValues(untyped, OPTIONS);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown-key', 'replica'],
      ['invalid-value', 'service.internalPort'],
    ]);
  });

  it('throws for a release name Helm refuses', () => {
    expect(() => checkValues({}, { ...OPTIONS, releaseName: 'x'.repeat(54) })).toThrow(ReleaseNameError);
  });
});
