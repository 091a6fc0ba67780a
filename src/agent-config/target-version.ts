/**
 * The GitLab version a configuration is checked against. Without one, it is the newest GitLab
 * this tool knows (the agent of the newest chart release in the catalogue), so keys GitLab has
 * removed are errors and nothing is "too new".
 */
import { compareMinorVersions, formatMinor, parseGitlabVersion, type MinorVersion } from '../chart/agentk-versions.js';
import { NEWEST_CHART_RELEASE } from '../chart/chart-releases.js';
import { agentkMinorOf } from '../chart/select-chart-release.js';

export const NEWEST_GITLAB: MinorVersion = agentkMinorOf(NEWEST_CHART_RELEASE);

/** The schema starts from the agent's v16.5 configuration; older files followed other rules. */
export const OLDEST_GITLAB: MinorVersion = { major: 16, minor: 0 };

/** `18.2` or `18.2.1` (or `18.2.1-ee`) as a minor version, or undefined. */
export function parseMinor(text: string): MinorVersion | undefined {
  const version = parseGitlabVersion(text);
  return version === undefined ? undefined : { major: version.major, minor: version.minor };
}

/** The minor version to check against, or why `text` cannot be one. */
export function resolveTargetVersion(text: string | undefined): { readonly version: MinorVersion } | { readonly error: string } {
  if (text === undefined) return { version: NEWEST_GITLAB };
  const version = parseMinor(text);
  if (version === undefined) return { error: 'is not a GitLab version; give MAJOR.MINOR or MAJOR.MINOR.PATCH, such as 18.2 or 18.2.1' };
  if (compareMinorVersions(version, OLDEST_GITLAB) < 0) {
    return { error: `is older than GitLab ${formatMinor(OLDEST_GITLAB)}, the oldest version whose agent configuration this tool knows` };
  }
  return { version };
}
