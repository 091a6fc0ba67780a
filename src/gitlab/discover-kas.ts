/** What GitLab's metadata says about installing an agent: the KAS address and GitLab's version. */
import { GitlabApiError } from '../errors.js';
import type { GitlabClient } from './gitlab-client.js';

export interface KasDiscovery {
  /** `kas.externalUrl`, for `config.kasAddress`. */
  readonly kasAddress: string;
  /** GitLab's version as `major.minor.patch` (`19.4.1-ee` gives `19.4.1`), for the release choice. */
  readonly gitlabVersion: string;
  /** KAS's own version, when GitLab could ask it. */
  readonly kasVersion: string | undefined;
}

const LEADING_VERSION = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,6}))?/;

/**
 * Reads `GET /metadata`. A KAS that is disabled, or enabled without an external URL, is a
 * `kas-disabled` error: no agent can connect to that instance.
 */
export async function discoverKas(client: GitlabClient): Promise<KasDiscovery> {
  const metadata = await client.getMetadata();
  if (!metadata.kas.enabled || metadata.kas.externalUrl === null || metadata.kas.externalUrl === '') {
    throw new GitlabApiError({
      problem: 'kas-disabled',
      message:
        'GitLab GET /api/v4/metadata: the agent server (KAS) is disabled on this instance; an administrator must enable it before any agent can connect',
    });
  }
  const match = LEADING_VERSION.exec(metadata.version);
  if (match === null) {
    throw new GitlabApiError({ problem: 'invalid-response', message: 'GitLab GET /api/v4/metadata: the version is not major.minor.patch' });
  }
  return {
    kasAddress: metadata.kas.externalUrl,
    gitlabVersion: `${match[1]}.${match[2]}.${match[3] ?? '0'}`,
    kasVersion: metadata.kas.version ?? undefined,
  };
}
