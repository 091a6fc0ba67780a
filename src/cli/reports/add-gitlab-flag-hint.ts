import { GitlabApiError } from '../../errors.js';

/**
 * The library's GitLab errors say what to do in terms of values; this adds the flag that does it.
 * Only for the problems a flag fixes; everything else is returned as it is.
 */
export function addGitlabFlagHint(error: unknown): unknown {
  if (!(error instanceof GitlabApiError)) return error;
  const flagHint: Partial<Record<GitlabApiError['problem'], string>> = {
    tls: 'give it with --ca-file FILE',
    unauthorized: 'the token comes from GITLAB_TOKEN or --gitlab-token-file',
    'project-not-found': 'check --project',
  };
  const hint = flagHint[error.problem];
  if (hint === undefined) return error;
  return new GitlabApiError({
    problem: error.problem,
    message: `${error.message}; ${hint}`,
    ...(error.status === undefined ? {} : { status: error.status }),
  });
}

/** Runs a GitLab call, adding the flag hint to its error. */
export async function withGitlabFlagHint<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw addGitlabFlagHint(error);
  }
}
