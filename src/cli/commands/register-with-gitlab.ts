/**
 * The GitLab half of `register` and `bootstrap`: read the instance's metadata (KAS address and
 * version; a disabled KAS fails before anything is created), then find or create the agent and
 * create its token.
 */
import { GitlabApiError } from '../../errors.js';
import { createHttpGitlabClient, type HttpGitlabClientOptions } from '../../gitlab/create-http-gitlab-client.js';
import { discoverKas, type KasDiscovery } from '../../gitlab/discover-kas.js';
import { registerAgent, type RegisterAgentOptions, type RegisterAgentResult } from '../../gitlab/register-agent.js';
import { withGitlabFlagHint } from '../reports/add-gitlab-flag-hint.js';

export interface GitlabRegistration {
  readonly registration: RegisterAgentResult;
  /** Absent on a GitLab older than 15.2, which has no metadata endpoint (`note` says so). */
  readonly kas: KasDiscovery | undefined;
  readonly note: string | undefined;
}

export async function registerWithGitlab(connection: HttpGitlabClientOptions, options: RegisterAgentOptions): Promise<GitlabRegistration> {
  const client = createHttpGitlabClient(connection);
  const { kas, note } = await discoverKasIfAvailable(connection);
  const registration = await withGitlabFlagHint(() => registerAgent(client, options));
  return { registration, kas, note };
}

/** The metadata, or a note when this GitLab has no metadata endpoint; every other failure stands. */
export async function discoverKasIfAvailable(
  connection: HttpGitlabClientOptions,
): Promise<{ kas: KasDiscovery | undefined; note: string | undefined }> {
  try {
    return { kas: await withGitlabFlagHint(() => discoverKas(createHttpGitlabClient(connection))), note: undefined };
  } catch (error) {
    if (error instanceof GitlabApiError && error.problem === 'endpoint-missing') {
      return { kas: undefined, note: 'Note: this GitLab has no metadata endpoint (before 15.2); give the KAS address with --kas-address.' };
    }
    throw error;
  }
}
