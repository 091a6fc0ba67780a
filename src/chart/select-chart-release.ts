/**
 * Which chart release a render uses: the one the caller names, else the one whose agentk minor
 * matches the caller's GitLab version, else the newest. GitLab supports the agent's own minor and
 * its neighbours, so following GitLab's version is how an install stays supported.
 */
import {
  compareMinorVersions,
  formatMinor,
  parseAgentkTag,
  parseGitlabVersion,
  type MinorVersion,
  type PatchVersion,
} from './agentk-versions.js';
import { CHART_RELEASES, NEWEST_CHART_RELEASE, compareChartVersions, findChartRelease, type ChartRelease } from './chart-releases.js';

export interface ChartReleaseRequest {
  /** A chart version from the catalogue (`2.15.0`); wins over `gitlabVersion` for the choice. */
  readonly chartVersion?: string | undefined;
  /** The GitLab version the agent connects to (`19.6`, `19.6.2`, `19.6.2-ee`). */
  readonly gitlabVersion?: string | undefined;
}

export type ChartReleaseRefusal = {
  readonly code: 'unknown-chart-version' | 'invalid-gitlab-version' | 'gitlab-version-too-old';
  readonly field: 'chartVersion' | 'gitlabVersion';
  readonly message: string;
  readonly hint: string;
};

export type ChartReleaseSelection =
  | {
      readonly ok: true;
      readonly release: ChartRelease;
      /** The parsed GitLab version, when one was given. */
      readonly gitlab: PatchVersion | undefined;
      /** Set when GitLab is newer than every release this tool knows. */
      readonly newerGitlab: boolean;
    }
  | ({ readonly ok: false } & ChartReleaseRefusal);

const OLDEST_CHART_RELEASE = CHART_RELEASES[0]!;

export function agentkMinorOf(release: ChartRelease): MinorVersion {
  const tag = parseAgentkTag(release.appVersion);
  if (tag.kind !== 'version') throw new Error(`chart ${release.version} has no agentk version`);
  return tag.version;
}

export function selectChartRelease(request: ChartReleaseRequest): ChartReleaseSelection {
  let gitlab: PatchVersion | undefined;
  if (request.gitlabVersion !== undefined) {
    gitlab = parseGitlabVersion(request.gitlabVersion);
    if (gitlab === undefined) {
      return {
        ok: false,
        code: 'invalid-gitlab-version',
        field: 'gitlabVersion',
        message: `"${request.gitlabVersion}" is not a GitLab version`,
        hint: 'give MAJOR.MINOR or MAJOR.MINOR.PATCH, as GitLab shows on its Help page: 19.6 or 19.6.2',
      };
    }
    if (compareMinorVersions(gitlab, agentkMinorOf(OLDEST_CHART_RELEASE)) < 0) {
      return {
        ok: false,
        code: 'gitlab-version-too-old',
        field: 'gitlabVersion',
        message: `GitLab ${formatMinor(gitlab)} is older than every chart release this tool renders (the oldest is ${OLDEST_CHART_RELEASE.version}, agentk ${OLDEST_CHART_RELEASE.appVersion})`,
        hint: `install the agent for GitLab ${formatMinor(gitlab)} with the official gitlab/gitlab-agent Helm chart, whose older releases match it`,
      };
    }
  }

  if (request.chartVersion !== undefined) {
    const release = findChartRelease(request.chartVersion);
    if (release === undefined) return refuseUnknownChartVersion(request.chartVersion);
    return { ok: true, release, gitlab, newerGitlab: false };
  }
  if (gitlab === undefined) return { ok: true, release: NEWEST_CHART_RELEASE, gitlab, newerGitlab: false };

  const matching = CHART_RELEASES.filter((candidate) => compareMinorVersions(agentkMinorOf(candidate), gitlab) === 0);
  const newest = matching[matching.length - 1];
  if (newest !== undefined) return { ok: true, release: newest, gitlab, newerGitlab: false };
  // Below the oldest was refused above, and every minor in between has a release: GitLab is newer.
  return { ok: true, release: NEWEST_CHART_RELEASE, gitlab, newerGitlab: true };
}

function refuseUnknownChartVersion(requested: string): ChartReleaseRefusal & { ok: false } {
  const nearest = findNearestRelease(requested);
  const known = CHART_RELEASES.map((candidate) => candidate.version).join(', ');
  return {
    ok: false,
    code: 'unknown-chart-version',
    field: 'chartVersion',
    message: `chart version "${requested}" is not one this tool renders`,
    hint: `${nearest ? `the nearest is ${nearest.version} (agentk ${nearest.appVersion}); ` : ''}known versions: ${known}`,
  };
}

/** The release numerically closest to a version-like text, or none for text that is not one. */
function findNearestRelease(requested: string): ChartRelease | undefined {
  const text = requested.startsWith('v') ? requested.slice(1) : requested;
  if (!/^\d+(\.\d+){0,2}$/.test(text)) return undefined;
  const [major = 0, minor = 0, patch = 0] = text.split('.').map(Number);
  const score = (candidate: ChartRelease): number => {
    const [candidateMajor = 0, candidateMinor = 0, candidatePatch = 0] = candidate.version.split('.').map(Number);
    return Math.abs(candidateMajor - major) * 1e6 + Math.abs(candidateMinor - minor) * 1e3 + Math.abs(candidatePatch - patch);
  };
  return [...CHART_RELEASES].sort((a, b) => score(a) - score(b) || compareChartVersions(b.version, a.version))[0];
}
