/**
 * Paths in an agent configuration file, in the notation of the values paths
 * (`ci_access.projects[0].id`, `remote_development.labels["app.kubernetes.io/name"]`). A key
 * comes from the user's file, so before it is shown in a message it is made safe: a key that
 * looks like a GitLab token (someone pasted one where a key belongs) is never shown, and a very
 * long key is cut.
 */
import { formatValuesPath, type PathSegment } from '../helm/format-values-path.js';

export type { PathSegment } from '../helm/format-values-path.js';

/** GitLab's token prefixes (`glagent-`, `glpat-`, `glrt-`, …): such a key is never echoed. */
const TOKEN_LIKE = /^gl[a-z]{1,8}-/;
const MAX_SHOWN_KEY_LENGTH = 64;
export const HIDDEN_KEY = '<key not shown>';

/** A key as it may appear in a message or a path. */
export function showKey(key: string): string {
  if (TOKEN_LIKE.test(key)) return HIDDEN_KEY;
  return key.length > MAX_SHOWN_KEY_LENGTH ? `${key.slice(0, MAX_SHOWN_KEY_LENGTH)}…` : key;
}

/** The segments as they may be returned with a problem: token-like keys replaced. */
export function showSegments(segments: readonly PathSegment[]): PathSegment[] {
  return segments.map((segment) => (typeof segment === 'string' ? showKey(segment) : segment));
}

export function formatConfigPath(segments: readonly PathSegment[]): string {
  return formatValuesPath(showSegments(segments));
}

/** A schema location for messages: list items as `[]` (`ci_access.projects[].access_as`). */
export function formatSchemaPath(segments: readonly PathSegment[]): string {
  return formatValuesPath(segments).replace(/\[\d+\]/g, '[]');
}
