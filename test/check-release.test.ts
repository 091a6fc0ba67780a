import { describe, expect, it } from 'vitest';
import { ReleaseNameError } from '../src/errors.js';
import { checkRelease, quoteGoString } from '../src/check/check-release.js';
import { readChartReferenceFile } from './support/chart-reference-cases.js';
import { CHART_EXPECTED_ERROR } from './support/golden-cases.js';

const RULE =
  'invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53';

function failureOf(releaseName: string, namespace = 'ns'): ReleaseNameError | undefined {
  try {
    checkRelease({ releaseName, namespace });
    return undefined;
  } catch (error) {
    if (error instanceof ReleaseNameError) return error;
    throw error;
  }
}

describe('checkRelease: release name', () => {
  it.each(['gitlab-agent', 'a', '0', 'my.release', 'a-b.c-d', 'abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefgh', 'a'.repeat(53)])(
    'accepts %s',
    (name) => {
      expect(failureOf(name)).toBeUndefined();
    },
  );

  it.each(['a'.repeat(54), 'MyAgent', 'agent_1', '-agent', 'agent-', '.agent', 'agent.', 'a..b', 'a.-b', 'agent 1'])(
    "rejects %s with Helm's message",
    (name) => {
      const error = failureOf(name);
      expect(error).toMatchObject({ code: 'release-name', field: 'releaseName', problem: 'invalid' });
      expect(error?.message).toBe(`release name "${name}": ${RULE}`);
    },
  );

  it('matches the error-long-release-name reference case byte for byte', () => {
    const args = JSON.parse(readChartReferenceFile('error-long-release-name', 'args.json')) as string[];
    const name = args[args.indexOf('--release-name') + 1] ?? '';
    const expected = readChartReferenceFile('error-long-release-name', CHART_EXPECTED_ERROR).trim();
    expect(failureOf(name)?.message).toBe(expected.replace(/^Error: /, ''));
  });

  it("quotes the name like Go's %q", () => {
    expect(failureOf('a"b\n\u0001')?.message.startsWith('release name "a\\"b\\n\\x01": invalid release name')).toBe(true);
  });

  it('reports an empty name as Helm does', () => {
    expect(failureOf('')?.message).toBe('release name "": no name provided');
  });
});

describe('checkRelease: namespace', () => {
  it.each(['ns', 'gitlab-agent', 'a', '1', 'a'.repeat(63)])('accepts %s', (namespace) => {
    expect(failureOf('agent', namespace)).toBeUndefined();
  });

  it.each(['', 'a'.repeat(64), 'Agents', 'team.agents', '-ns', 'ns-', 'ns_1'])('rejects %j', (namespace) => {
    const error = failureOf('agent', namespace);
    expect(error).toMatchObject({ code: 'release-name', field: 'namespace', problem: namespace === '' ? 'empty' : 'invalid' });
    expect(error?.message).toMatch(/^namespace ".*": invalid namespace, must match regex/);
  });

  it('checks the release name first, as Helm would fail on it first', () => {
    expect(failureOf('BAD', 'BAD')?.message).toMatch(/^release name "BAD"/);
  });
});

describe('quoteGoString', () => {
  it.each<[string, string]>([
    ['plain', '"plain"'],
    ['tab\there', '"tab\\there"'],
    ['back\\slash', '"back\\\\slash"'],
    ['del\u007f', '"del\\x7f"'],
    ['ünï', '"ünï"'],
    ['\u200b', '"\\u200b"'],
  ])('%j -> %s', (text, quoted) => {
    expect(quoteGoString(text)).toBe(quoted);
  });
});
