/**
 * Registering an agent through a GitlabClient: find the project's agent by name (every page,
 * bounded), create it when there is none, then create a token for it.
 */
import { GitlabApiError } from '../errors.js';
import type { AgentToken, ClusterAgent, GitlabClient } from './gitlab-client.js';

/** 100 pages of 100 agents: far more than a project holds; a server that never ends is refused. */
export const MAX_AGENT_PAGES = 100;

/** The default token name, as the UI names the first token of an agent. */
export const DEFAULT_TOKEN_NAME = 'gitlab-agent-manifests';

export interface RegisterAgentOptions {
  /** The agent configuration project's full path (`group/infra`) or id. */
  readonly project: string;
  readonly agentName: string;
  /** @default DEFAULT_TOKEN_NAME */
  readonly tokenName?: string;
  readonly tokenDescription?: string;
}

export interface RegisterAgentResult {
  readonly agent: ClusterAgent;
  /** False when an agent of that name was registered already and is reused. */
  readonly created: boolean;
  /** Holds the secret `token`: write it where it belongs, never to a log. */
  readonly token: AgentToken;
}

/** The project's agent named `name`, reading the list page by page until it is found. */
export async function findClusterAgent(client: GitlabClient, project: string, name: string): Promise<ClusterAgent | undefined> {
  let page: number | undefined = 1;
  for (let read = 0; page !== undefined; read++) {
    if (read === MAX_AGENT_PAGES) {
      throw new GitlabApiError({
        problem: 'invalid-response',
        message: `GitLab GET /api/v4/projects/:id/cluster_agents: more than ${MAX_AGENT_PAGES} pages of agents; is the URL GitLab's?`,
      });
    }
    const result = await client.listClusterAgents(project, page);
    const found = result.items.find((agent) => agent.name === name);
    if (found !== undefined) return found;
    // A next page that does not move forward would loop; treat it as the end.
    page = result.nextPage !== undefined && result.nextPage > page ? result.nextPage : undefined;
  }
  return undefined;
}

/**
 * Finds or creates the agent, then creates a new token for it. An agent created by someone else
 * between the lookup and the creation (`name-taken`) is looked up again and reused.
 */
export async function registerAgent(client: GitlabClient, options: RegisterAgentOptions): Promise<RegisterAgentResult> {
  let agent = await findClusterAgent(client, options.project, options.agentName);
  let created = false;
  if (agent === undefined) {
    try {
      agent = await client.createClusterAgent(options.project, options.agentName);
      created = true;
    } catch (error) {
      if (!(error instanceof GitlabApiError && error.problem === 'name-taken')) throw error;
      agent = await findClusterAgent(client, options.project, options.agentName);
      if (agent === undefined) throw error;
    }
  }
  const token = await client.createAgentToken(options.project, agent.id, {
    name: options.tokenName ?? DEFAULT_TOKEN_NAME,
    ...(options.tokenDescription === undefined ? {} : { description: options.tokenDescription }),
  });
  return { agent, created, token };
}
