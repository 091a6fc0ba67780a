import { describe, expect, it } from 'vitest';
import { describeSupportedRange, minorDistance, parseAgentkTag, parseGitlabVersion, shiftMinor } from '../src/chart/agentk-versions.js';
import { CHART_RELEASES, NEWEST_CHART_RELEASE, compareChartVersions, findChartRelease } from '../src/chart/chart-releases.js';
import { agentkMinorOf, selectChartRelease } from '../src/chart/select-chart-release.js';

describe('the chart release catalogue', () => {
  it('runs from 2.15.0 to 2.34.0 in order, with the patch releases of the spec', () => {
    const versions = CHART_RELEASES.map((release) => release.version);
    expect(versions[0]).toBe('2.15.0');
    expect(NEWEST_CHART_RELEASE).toMatchObject({ version: '2.34.0', appVersion: 'v19.6.0' });
    expect(versions).toEqual([...versions].sort(compareChartVersions));
    expect(versions).toEqual(expect.arrayContaining(['2.18.1', '2.20.1', '2.21.1', '2.24.1']));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('marks only 2.15.0 as verified, and gives extraManifests from 2.30.0 on', () => {
    expect(CHART_RELEASES.filter((release) => release.verification === 'verified').map((release) => release.version)).toEqual(['2.15.0']);
    for (const release of CHART_RELEASES) {
      expect(release.features.includes('extraManifests'), release.version).toBe(compareChartVersions(release.version, '2.30.0') >= 0);
    }
  });

  it('never goes back in agentk version, and moves at most one minor per release', () => {
    for (let index = 1; index < CHART_RELEASES.length; index += 1) {
      const distance = minorDistance(agentkMinorOf(CHART_RELEASES[index - 1]!), agentkMinorOf(CHART_RELEASES[index]!));
      expect(distance, CHART_RELEASES[index]!.version).toBeLessThanOrEqual(1);
    }
  });

  it('finds a release with or without a leading v', () => {
    expect(findChartRelease('2.17.0')?.appVersion).toBe('v18.2.0');
    expect(findChartRelease('v2.20.1')?.appVersion).toBe('v18.5.2');
    expect(findChartRelease('2.17')).toBeUndefined();
  });
});

describe('GitLab and agentk versions', () => {
  it.each([
    ['19.6', { major: 19, minor: 6, patch: 0 }],
    ['19.6.2', { major: 19, minor: 6, patch: 2 }],
    ['19.6.2-ee', { major: 19, minor: 6, patch: 2 }],
    [' 18.0 ', { major: 18, minor: 0, patch: 0 }],
  ])('reads the GitLab version %j', (text, expected) => {
    expect(parseGitlabVersion(text)).toEqual(expected);
  });

  it.each(['19', 'latest', '19.x', '019.6', ''])('refuses %j as a GitLab version', (text) => {
    expect(parseGitlabVersion(text)).toBeUndefined();
  });

  it.each([
    ['v18.0.0', { kind: 'version', version: { major: 18, minor: 0, patch: 0 } }],
    ['v19.6.1-fips', { kind: 'version', version: { major: 19, minor: 6, patch: 1 } }],
    [`v18.0.0@sha256:${'a'.repeat(64)}`, { kind: 'version', version: { major: 18, minor: 0, patch: 0 } }],
    [`sha256:${'b'.repeat(64)}`, { kind: 'digest' }],
    ['18.0.0', { kind: 'missing-v', suggestion: 'v18.0.0' }],
    ['stable', { kind: 'unversioned' }],
    ['v18.0', { kind: 'unversioned' }],
  ])('reads the agentk tag %j', (tag, expected) => {
    expect(parseAgentkTag(tag)).toEqual(expected);
  });

  it('counts minors across a major boundary (GitLab 19.0 supports agentk 18.11 and 19.1)', () => {
    expect(minorDistance({ major: 19, minor: 0 }, { major: 18, minor: 11 })).toBe(1);
    expect(minorDistance({ major: 19, minor: 6 }, { major: 18, minor: 0 })).toBe(18);
    expect(shiftMinor({ major: 19, minor: 0 }, -1)).toEqual({ major: 18, minor: 11 });
    expect(describeSupportedRange({ major: 19, minor: 0 })).toBe('18.11 to 19.1');
    expect(describeSupportedRange({ major: 18, minor: 11 })).toBe('18.10 to 19.0');
  });
});

describe('selectChartRelease', () => {
  it('takes the newest release by default', () => {
    expect(selectChartRelease({})).toMatchObject({ ok: true, release: { version: '2.34.0' }, newerGitlab: false });
  });

  it('follows GitLab: 19.6 gives v19.6.0, 18.2 gives chart 2.17.0, and the newest patch release of a minor', () => {
    const release = (gitlabVersion: string) => {
      const selection = selectChartRelease({ gitlabVersion });
      return selection.ok ? [selection.release.version, selection.release.appVersion] : selection.code;
    };
    expect(release('19.6')).toEqual(['2.34.0', 'v19.6.0']);
    expect(release('18.2.7')).toEqual(['2.17.0', 'v18.2.0']);
    expect(release('18.3')).toEqual(['2.18.1', 'v18.3.0']);
    expect(release('19.3')).toEqual(['2.31.0', 'v19.3.1']);
    expect(release('18.0')).toEqual(['2.15.0', 'v18.0.0']);
  });

  it('uses the newest release for a GitLab newer than the catalogue, and says so', () => {
    expect(selectChartRelease({ gitlabVersion: '19.7' })).toMatchObject({ ok: true, release: { version: '2.34.0' }, newerGitlab: true });
    expect(selectChartRelease({ gitlabVersion: '20.0' })).toMatchObject({ ok: true, newerGitlab: true });
  });

  it('refuses a GitLab older than 18.0, pointing at the official chart', () => {
    const selection = selectChartRelease({ gitlabVersion: '17.11' });
    expect(selection).toMatchObject({ ok: false, code: 'gitlab-version-too-old', field: 'gitlabVersion' });
    expect(!selection.ok && selection.hint).toContain('official gitlab/gitlab-agent Helm chart');
  });

  it('refuses a malformed GitLab version', () => {
    expect(selectChartRelease({ gitlabVersion: 'latest' })).toMatchObject({ ok: false, code: 'invalid-gitlab-version' });
  });

  it('lets an explicit chart version win, keeping the GitLab version for the skew check', () => {
    expect(selectChartRelease({ chartVersion: '2.15.0', gitlabVersion: '19.6' })).toMatchObject({
      ok: true,
      release: { version: '2.15.0' },
      gitlab: { major: 19, minor: 6 },
    });
  });

  it('refuses an unknown chart version, listing the known ones and the nearest', () => {
    const selection = selectChartRelease({ chartVersion: '2.35.0' });
    expect(selection).toMatchObject({ ok: false, code: 'unknown-chart-version', field: 'chartVersion' });
    expect(!selection.ok && selection.hint).toMatch(/^the nearest is 2\.34\.0 \(agentk v19\.6\.0\); known versions: 2\.15\.0, 2\.16\.0, /);
    const patch = selectChartRelease({ chartVersion: '2.18.2' });
    expect(!patch.ok && patch.hint).toMatch(/^the nearest is 2\.18\.1 /);
    const words = selectChartRelease({ chartVersion: 'latest' });
    expect(!words.ok && words.hint).toMatch(/^known versions: /);
  });
});
