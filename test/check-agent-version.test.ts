import { describe, expect, it } from 'vitest';
import { checkValues } from '../src/check/check-values.js';
import { ChartVersionError } from '../src/errors.js';
import type { ValuesTree, Warning } from '../src/types.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };
const TOKEN = { config: { token: 'glagent-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ' } };

function versionWarnings(values: ValuesTree, options: { chartVersion?: string; gitlabVersion?: string } = {}): Warning[] {
  return checkValues({ ...TOKEN, ...values }, { ...RELEASE, ...options }).warnings;
}

function codes(values: ValuesTree, options: { chartVersion?: string; gitlabVersion?: string } = {}): string[] {
  return versionWarnings(values, options).map((warning) => warning.code);
}

describe('the agent version against the chart release (no GitLab version given)', () => {
  it.each([
    ['v17.10.0', ['old-agent-version']],
    ['v16.11.0', ['old-agent-version']],
    ['v17.11.0', []],
    ['v17.11.2-fips', []],
    ['v18.0.0', []],
    ['v18.1.0', []],
    ['', []],
  ])('chart 2.15.0, image.tag %j: %j', (tag, expected) => {
    expect(codes({ image: { tag } }, { chartVersion: '2.15.0' })).toEqual(expected);
  });

  it('measures against the release chosen: v18.0.0 is old next to the default 2.34.0 (agentk v19.6.0)', () => {
    const [warning] = versionWarnings({ image: { tag: 'v18.0.0' } });
    expect(warning).toMatchObject({ code: 'old-agent-version', path: 'image.tag' });
    expect(warning?.message).toContain("the chart's v19.6.0");
    expect(codes({})).toEqual([]);
  });
});

describe('the version-skew rule (GitLab version given)', () => {
  it('warns when agent and GitLab are more than one minor apart, naming both and the supported range', () => {
    const [warning] = versionWarnings({ image: { tag: 'v18.0.0' } }, { gitlabVersion: '19.6' });
    expect(warning).toMatchObject({ code: 'version-skew', path: 'image.tag' });
    expect(warning?.message).toBe(
      'agentk 18.0 (v18.0.0) and GitLab 19.6 are 18 minor versions apart; GitLab 19.6 supports agentk 19.5 to 19.7 only',
    );
    expect(warning?.hint).toContain('set image.tag to an agentk 19.6 tag');
  });

  it.each([
    ['v19.5.3', '19.6', []],
    ['v19.7.0', '19.6', []],
    ['v18.11.0', '19.0', []],
    ['v19.1.0', '19.0', []],
    ['v18.10.0', '19.0', ['version-skew']],
    ['v19.4.0', '19.6.2-ee', ['version-skew']],
  ])('image.tag %s with GitLab %s: %j', (tag, gitlabVersion, expected) => {
    expect(codes({ image: { tag } }, { gitlabVersion })).toEqual(expected);
  });

  it('follows GitLab by default, so the chosen release never skews', () => {
    for (const gitlabVersion of ['18.0', '18.5', '19.0', '19.6']) expect(codes({}, { gitlabVersion })).toEqual([]);
  });

  it('warns about a pinned chart release that GitLab does not support, pointing at the matching one', () => {
    const [warning] = versionWarnings({}, { chartVersion: '2.15.0', gitlabVersion: '19.6' });
    expect(warning).toMatchObject({ code: 'version-skew' });
    expect(warning?.hint).toContain('render the chart release that matches GitLab 19.6');
  });

  it('warns once for a GitLab newer than the catalogue, and renders the newest', () => {
    const result = checkValues(TOKEN, { ...RELEASE, gitlabVersion: '19.8' });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['gitlab-newer-than-known', 'version-skew']);
    expect(result.model.chart.version).toBe('2.34.0');
  });

  it('refuses a GitLab older than 18.0 and an unknown chart version with ChartVersionError', () => {
    expect(() => checkValues(TOKEN, { ...RELEASE, gitlabVersion: '17.11' })).toThrow(
      expect.objectContaining({ code: 'chart-version', field: 'gitlabVersion', problem: 'gitlab-version-too-old' }),
    );
    expect(() => checkValues(TOKEN, { ...RELEASE, chartVersion: '3.0.0' })).toThrow(ChartVersionError);
  });
});

describe('tags that are not agentk versions', () => {
  it('hints at the v of an agentk tag', () => {
    const [warning] = versionWarnings({ image: { tag: '18.0.0' } });
    expect(warning).toMatchObject({ code: 'image-tag-not-agentk', hint: 'agentk tags start with v: v18.0.0' });
  });

  it('says that stable or latest pin no version', () => {
    expect(codes({ image: { tag: 'stable' } })).toEqual(['agent-version-unpinned']);
    expect(codes({ image: { tag: 'latest' } }, { gitlabVersion: '19.6' })).toEqual(['agent-version-unpinned']);
  });

  it('accepts a digest without a word', () => {
    expect(codes({ image: { tag: `sha256:${'c'.repeat(64)}` } }, { gitlabVersion: '19.6' })).toEqual([]);
  });
});

describe('validate --strict', () => {
  it('fails on the version-skew warning only when asked', async () => {
    const { runCli } = await import('./support/run-cli.js');
    const argv = ['validate', '--set', 'config.token=glagent-x', '--gitlab-version', '19.6', '--set', 'image.tag=v18.0.0'];
    expect((await runCli(argv)).exitCode).toBe(0);
    const strict = await runCli([...argv, '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain('agentk 18.0 (v18.0.0) and GitLab 19.6');
    expect((await runCli(['validate', '--set', 'config.token=glagent-x', '--gitlab-version', '19.6', '--strict'])).exitCode).toBe(0);
  });
});
