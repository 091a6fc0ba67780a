/**
 * GitLab's and agentk's version numbers, and GitLab's version-skew rule: the agent should run
 * GitLab's major and minor version, and the previous and the next minor are supported too.
 * Since 15.x every major has minors .0 to .11, so across a major boundary the neighbours of
 * 19.0 are 18.11 and 19.1 (the install docs do not say it in so many words).
 */

export interface MinorVersion {
  readonly major: number;
  readonly minor: number;
}

export interface PatchVersion extends MinorVersion {
  readonly patch: number;
}

const MINORS_PER_MAJOR = 12;

/** `19.6`, `19.6.2`, and what GitLab's API reports (`19.6.2-ee`, `19.7.0-pre`). */
const GITLAB_VERSION = /^v?(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})(?:\.(0|[1-9]\d{0,4}))?(?:-[0-9A-Za-z.-]+)?$/;

export function parseGitlabVersion(text: string): PatchVersion | undefined {
  const match = GITLAB_VERSION.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) };
}

/** What an `image.tag` says about the agentk version it runs. */
export type AgentkTag =
  /** `v18.0.0`, `v18.0.0-fips`, `v18.0.0@sha256:…` */
  | { readonly kind: 'version'; readonly version: PatchVersion }
  /** `sha256:…` or `@sha256:…` alone: a pinned image whose version cannot be read. */
  | { readonly kind: 'digest' }
  /** `18.0.0`: the agentk registry has no such tag; it needs the `v`. */
  | { readonly kind: 'missing-v'; readonly suggestion: string }
  /** Anything else (`stable`, `latest`, a branch name): no version to compare. */
  | { readonly kind: 'unversioned' };

const AGENTK_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+][0-9A-Za-z.+-]*)?(?:@sha256:[0-9a-f]{64})?$/;
const BARE_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)((?:[-+][0-9A-Za-z.+-]*)?(?:@sha256:[0-9a-f]{64})?)$/;
const DIGEST_ONLY = /^@?sha256:[0-9a-f]{64}$/;

export function parseAgentkTag(tag: string): AgentkTag {
  const version = AGENTK_TAG.exec(tag);
  if (version) {
    return { kind: 'version', version: { major: Number(version[1]), minor: Number(version[2]), patch: Number(version[3]) } };
  }
  if (DIGEST_ONLY.test(tag)) return { kind: 'digest' };
  if (BARE_VERSION.test(tag)) return { kind: 'missing-v', suggestion: `v${tag}` };
  return { kind: 'unversioned' };
}

/** Minor releases between two versions: 0 for the same minor, 1 for neighbours (18.11 and 19.0 too). */
export function minorDistance(a: MinorVersion, b: MinorVersion): number {
  return Math.abs(a.major * MINORS_PER_MAJOR + a.minor - (b.major * MINORS_PER_MAJOR + b.minor));
}

export function shiftMinor(version: MinorVersion, by: number): MinorVersion {
  const index = version.major * MINORS_PER_MAJOR + version.minor + by;
  return { major: Math.floor(index / MINORS_PER_MAJOR), minor: index % MINORS_PER_MAJOR };
}

export function compareMinorVersions(a: MinorVersion, b: MinorVersion): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

export function formatMinor(version: MinorVersion): string {
  return `${version.major}.${version.minor}`;
}

/** The agent minors GitLab `gitlab` supports, as text: `19.5 to 19.7`. */
export function describeSupportedRange(gitlab: MinorVersion): string {
  return `${formatMinor(shiftMinor(gitlab, -1))} to ${formatMinor(shiftMinor(gitlab, 1))}`;
}
