/**
 * The few calls of GitLab's REST API (v4) that registering an agent needs, as an interface, so
 * the library's functions (findClusterAgent, registerAgent, discoverKas) can run against the
 * HTTP client of create-http-gitlab-client.ts or against a test double. Fields are GitLab's, in
 * camelCase; README "GitLab's API" lists the endpoints.
 */

/** `GET /metadata` (GitLab 15.2 and later). */
export interface GitlabMetadata {
  /** GitLab's version, such as `19.4.1-ee` or `19.5.0-pre`. */
  readonly version: string;
  readonly kas: {
    readonly enabled: boolean;
    /** The URL agents connect to (`wss://…/-/kubernetes-agent/` or `grpc://…`); null when KAS is disabled. */
    readonly externalUrl: string | null;
    /** KAS's version; null when disabled or when GitLab could not ask KAS. */
    readonly version: string | null;
  };
}

/** An agent registered with a project (`GET`/`POST /projects/:id/cluster_agents`). */
export interface ClusterAgent {
  readonly id: number;
  readonly name: string;
}

/** One page of a paginated list; `nextPage` is absent on the last page. */
export interface GitlabPage<T> {
  readonly items: readonly T[];
  readonly nextPage?: number;
}

export interface CreateAgentTokenOptions {
  /** The token's name (required by GitLab, at most 255 characters). */
  readonly name: string;
  readonly description?: string;
}

/** A new agent token (`POST /projects/:id/cluster_agents/:agent_id/tokens`). */
export interface AgentToken {
  readonly id: number;
  readonly name: string;
  readonly agentId: number;
  /** The secret itself (`glagent-…`): GitLab shows it in this answer only. Never log it. */
  readonly token: string;
}

/**
 * GitLab's API as the library uses it. `project` is a project's full path (`group/infra`) or its
 * numeric id as a string; the client encodes it. Failures are `GitlabApiError`s.
 */
export interface GitlabClient {
  getMetadata(): Promise<GitlabMetadata>;
  /** One page (1-based) of the project's agents. */
  listClusterAgents(project: string, page: number): Promise<GitlabPage<ClusterAgent>>;
  /** Fails with problem `name-taken` when the project has an agent of that name. */
  createClusterAgent(project: string, name: string): Promise<ClusterAgent>;
  /** Fails with problem `token-limit` when the agent has its maximum of active tokens. */
  createAgentToken(project: string, agentId: number, options: CreateAgentTokenOptions): Promise<AgentToken>;
}
