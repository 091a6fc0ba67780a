/**
 * The official chart's releases from 2.15.0 on, oldest first: which agentk each installs by
 * default, and how sure we are of it. ../shared/spec/chart-versions.md holds the evidence.
 * Only 2.15.0 is verified against the official chart's own output; every later release is
 * reconstructed: 2.15.0's templates and values with the release's version, its agentk version and,
 * from 2.30.0, `extraManifests`, which is all the published changes show.
 */

export type ChartFeature =
  /** A list of extra Kubernetes objects rendered as their own documents (2.30.0, the chart's MR 272). */
  'extraManifests';

export interface ChartRelease {
  /** Chart version (`Chart.yaml` `version`, the `helm.sh/chart` label). */
  readonly version: string;
  /** agentk version (`appVersion`): the default `image.tag` and `app.kubernetes.io/version`. */
  readonly appVersion: string;
  /** `verified` against the official chart's output, or `reconstructed` from 2.15.0 and the published changes. */
  readonly verification: 'verified' | 'reconstructed';
  /** Where the version pairing comes from, in a few words. */
  readonly evidence: string;
  readonly features: readonly ChartFeature[];
}

/** The first release that has each feature; the values it brings are refused before it. */
export const FEATURE_SINCE: Readonly<Record<ChartFeature, string>> = { extraManifests: '2.30.0' };

const EXTRA_MANIFESTS: readonly ChartFeature[] = ['extraManifests'];

function release(version: string, appVersion: string, evidence: string): ChartRelease {
  const features = compareChartVersions(version, FEATURE_SINCE.extraManifests) >= 0 ? EXTRA_MANIFESTS : [];
  return { version, appVersion, verification: version === '2.15.0' ? 'verified' : 'reconstructed', evidence, features };
}

export const CHART_RELEASES: readonly ChartRelease[] = [
  release('2.15.0', 'v18.0.0', "the official chart's templates and output"),
  release('2.16.0', 'v18.1.0', 'inferred: one agentk minor per chart release'),
  release('2.17.0', 'v18.2.0', 'inferred'),
  release('2.18.0', 'v18.3.0', 'inferred'),
  release('2.18.1', 'v18.3.0', 'inferred; the release is named in a public Renovate update'),
  release('2.19.0', 'v18.4.0', "the chart's merge request updating agentk to v18.4.0"),
  release('2.20.0', 'v18.5.0', 'inferred'),
  release('2.20.1', 'v18.5.2', 'a public Terraform module pinning chart 2.20.1 for agent 18.5.2'),
  release('2.21.0', 'v18.6.0', 'inferred'),
  release('2.21.1', 'v18.6.1', 'a public helm list output'),
  release('2.22.0', 'v18.7.0', 'inferred'),
  release('2.23.0', 'v18.8.0', 'a public Terraform module'),
  release('2.24.0', 'v18.9.0', "the chart's compare page v2.23.0…v2.24.0"),
  release('2.24.1', 'v18.9.0', 'inferred; content beyond the version is unknown'),
  release('2.25.0', 'v18.10.0', "the chart's compare page"),
  release('2.26.0', 'v18.11.0', 'inferred'),
  release('2.27.0', 'v19.0.0', "the chart's compare page"),
  release('2.28.0', 'v19.1.0', "the chart's compare page and a public helm list output"),
  release('2.29.0', 'v19.2.0', "the chart's compare page v2.29.0…v2.30.0 begins at v19.2.1"),
  release('2.30.0', 'v19.3.0', "the chart's compare page (adds extraManifests)"),
  release('2.31.0', 'v19.3.1', 'inferred'),
  release('2.32.0', 'v19.4.0', "the chart's compare page"),
  release('2.33.0', 'v19.5.0', 'inferred'),
  release('2.34.0', 'v19.6.0', "the chart's compare page; the newest release (GitLab 19.6, November 2026)"),
];

export const NEWEST_CHART_RELEASE: ChartRelease = CHART_RELEASES[CHART_RELEASES.length - 1]!;

export function findChartRelease(version: string): ChartRelease | undefined {
  const wanted = version.startsWith('v') ? version.slice(1) : version;
  return CHART_RELEASES.find((candidate) => candidate.version === wanted);
}

export function hasFeature(release: ChartRelease, feature: ChartFeature): boolean {
  return release.features.includes(feature);
}

/** Numeric comparison of dotted versions (`2.9.0` < `2.10.0`). */
export function compareChartVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
