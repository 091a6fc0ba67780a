// Generated from schemas/agent-config.schema.json by `npm run codegen` (scripts/codegen/generate-agent-config-types.js). Do not edit.

/**
 * Kubernetes namespace set in the job's kubecontext. Default: none (kubectl's `default`).
 *
 * @default ""
 */
export type DefaultNamespace = string | null;
/**
 * Exactly one identity. Write the empty ones with braces (`agent: {}`): `agent:` alone is null, which counts as not set.
 */
export type CiAccessAs = {
  /**
   * Use the agent's own service account. Takes no settings: write `agent: {}`. Since GitLab 14.4.
   */
  agent?: EmptyObject | null;
  /**
   * Impersonate a fixed Kubernetes user, with groups, UID and extra fields. Since GitLab 14.4. Premium and Ultimate only.
   */
  impersonate?: Impersonate | null;
  /**
   * Impersonate the CI/CD job (`gitlab:ci_job:<id>`, with groups for its project, group and environment tier). Takes no settings: write `ci_job: {}`. Since GitLab 14.5. Premium and Ultimate only.
   */
  ci_job?: EmptyObject | null;
} & (
  | {
      agent: {};
    }
  | {
      impersonate: {};
    }
  | {
      ci_job: {};
    }
);
/**
 * Only jobs that deploy to a matching environment get the kubecontext; `*` matches any run of characters (`review/*`). Default: all jobs. Since GitLab 15.7.
 */
export type Environments = string[] | null;
/**
 * Only jobs on protected branches or tags may use the agent. The most specific entry wins: a project entry overrides its group's entry. Since GitLab 17.3 (behind a feature flag until 17.10).
 *
 * @default false
 */
export type ProtectedBranchesOnly = boolean | null;
/**
 * Exactly one identity. Write it with braces (`agent: {}`): `agent:` alone is null, which counts as not set.
 */
export type UserAccessAs = {
  /**
   * Use the agent's own service account. Takes no settings: write `agent: {}`. Since GitLab 16.1.
   */
  agent?: EmptyObject | null;
  /**
   * Impersonate the GitLab user (`gitlab:user:<username>`, with groups for their roles). Takes no settings: write `user: {}`. Since GitLab 16.1. Premium and Ultimate only.
   */
  user?: EmptyObject | null;
} & (
  | {
      agent: {};
    }
  | {
      user: {};
    }
);
export type GitRef = {
  /**
   * A tag name, without `refs/tags/`.
   */
  tag?: string | null;
  /**
   * A branch name, without `refs/heads/`.
   */
  branch?: string | null;
  /**
   * A commit SHA; quote it if it looks like a number.
   */
  commit?: string | null;
} & (
  | {
      tag: string;
    }
  | {
      branch: string;
    }
  | {
      commit: string;
    }
);

/**
 * The GitLab agent for Kubernetes configuration file, `.gitlab/agents/<agent-name>/config.yaml` in the agent's configuration project, as GitLab reads it (YAML 1.1, then strict JSON: unknown keys fail the whole file). Single source of truth: the TypeScript types and `config validate` are driven by this file. A null value means the same as an absent key. `x-since` is the GitLab version a key appeared in, `x-tier` the lowest tier it works on (absent: Free), `x-removed` the version that removed it, `x-enforced-by` which part of GitLab checks a value's rules (kas and agentk reject the whole file; Rails silently ignores the setting).
 */
export interface AgentConfig {
  /**
   * Which projects' and groups' CI/CD jobs get a Kubernetes context for this agent. The configuration project itself always has access. Since GitLab 14.3.
   */
  ci_access?: CiAccess | null;
  /**
   * Which projects' and groups' members may use the agent through the Kubernetes API or the dashboard. Since GitLab 16.1.
   */
  user_access?: UserAccess | null;
  /**
   * agentk's own logging and profiling.
   */
  observability?: Observability | null;
  /**
   * Operational container scanning: when Trivy scans the cluster's workloads and with which resources. `cadence` is required whenever this block is present. Since GitLab 15.4. Ultimate only.
   */
  container_scanning?: ContainerScanning | null;
  /**
   * Workspaces on this agent. GitLab saves these settings only when they are all valid (`dns_zone` is required); otherwise it silently keeps the previous ones. Since GitLab 16.0. Premium and Ultimate only.
   */
  remote_development?: RemoteDevelopment | null;
  /**
   * Flux integration: the agent notifies Flux's webhook receiver when the watched Git repositories change. Since GitLab 16.1.
   */
  flux?: Flux | null;
  /**
   * @deprecated
   * Legacy pull-based GitOps (manifest projects). Deprecated in GitLab 16.2 and non-functional since 17.0: the agent accepts the section but deploys nothing, and GitLab 18.0 is expected to reject the whole file. Migrate to Flux and delete the section.
   */
  gitops?: Gitops | null;
  /**
   * @deprecated
   * Accepted from GitLab 15.0; removed in GitLab 16.0, when it was renamed `container_scanning`.
   */
  starboard?: never;
  /**
   * @deprecated
   * Accepted from GitLab 14.0; removed in GitLab 15.0 with the Cilium alert integration.
   */
  cilium?: never;
}
/**
 * CI/CD access. `access_as`, `environments` and `default_namespace` go inside each project or group entry, not here.
 */
export interface CiAccess {
  /**
   * Projects whose CI/CD jobs may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 14.3.
   */
  projects?: CiAccessProject[] | null;
  /**
   * Groups (with all their subgroups and projects) whose CI/CD jobs may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 14.3.
   */
  groups?: CiAccessGroup[] | null;
  /**
   * Every project of the instance may use the agent: the same options as an entry, without `id`; `{}` is valid. It takes effect only on self-managed GitLab with the administrator setting `organization_cluster_agent_authorization_enabled`, never on GitLab.com. Since GitLab 18.0. The shape is inferred from the documentation.
   */
  instance?: CiAccessInstance | null;
}
/**
 * One project whose CI/CD jobs may use the agent.
 */
export interface CiAccessProject {
  /**
   * Full path of the project (`group/subgroup/project`), not a URL and not a numeric ID. Matched case-insensitively; an entry that matches no project is silently ignored.
   */
  id: string;
  default_namespace?: DefaultNamespace;
  /**
   * The identity the job's Kubernetes requests use: exactly one of `agent`, `impersonate`, `ci_job`. Default: the agent's own service account. Since GitLab 14.4.
   */
  access_as?: CiAccessAs | null;
  environments?: Environments;
  protected_branches_only?: ProtectedBranchesOnly;
  /**
   * GitLab-managed Kubernetes resources (environment templates) for this entry. Since GitLab 17.9. Premium and Ultimate only.
   */
  resource_management?: ResourceManagement | null;
}
/**
 * Takes no settings: `{}`.
 */
export interface EmptyObject {}
export interface Impersonate {
  /**
   * Kubernetes user name to impersonate.
   */
  username: string;
  /**
   * Kubernetes groups of the impersonated user.
   */
  groups?: string[] | null;
  /**
   * Kubernetes UID of the impersonated user. Quote numbers: `uid: "1000"`.
   */
  uid?: string | null;
  /**
   * Extra impersonation fields: a list of `{key, val}` entries, not a map.
   */
  extra?: ExtraField[] | null;
}
export interface ExtraField {
  /**
   * Name of the extra field.
   */
  key: string;
  /**
   * Its values: at least one, none empty.
   *
   * @minItems 1
   */
  val: [string, ...string[]];
}
export interface ResourceManagement {
  /**
   * Let GitLab create and delete Kubernetes resources from environment templates.
   *
   * @default false
   */
  enabled?: boolean | null;
}
/**
 * One group whose projects' CI/CD jobs (subgroups included) may use the agent.
 */
export interface CiAccessGroup {
  /**
   * Full path of the group (`group` or `group/subgroup`), not a URL and not a numeric ID. Matched case-insensitively; an entry that matches no group is silently ignored.
   */
  id: string;
  default_namespace?: DefaultNamespace;
  /**
   * The identity the job's Kubernetes requests use: exactly one of `agent`, `impersonate`, `ci_job`. Default: the agent's own service account. Since GitLab 14.4.
   */
  access_as?: CiAccessAs | null;
  environments?: Environments;
  protected_branches_only?: ProtectedBranchesOnly;
  /**
   * GitLab-managed Kubernetes resources (environment templates) for this entry. Since GitLab 17.9. Premium and Ultimate only.
   */
  resource_management?: ResourceManagement | null;
}
/**
 * Instance-wide CI/CD access: the options of an entry, without `id`.
 */
export interface CiAccessInstance {
  default_namespace?: DefaultNamespace;
  /**
   * The identity the job's Kubernetes requests use: exactly one of `agent`, `impersonate`, `ci_job`. Default: the agent's own service account. Since GitLab 14.4.
   */
  access_as?: CiAccessAs | null;
  environments?: Environments;
  protected_branches_only?: ProtectedBranchesOnly;
  /**
   * GitLab-managed Kubernetes resources (environment templates). Since GitLab 17.9. Premium and Ultimate only.
   */
  resource_management?: ResourceManagement | null;
}
export interface UserAccess {
  /**
   * The identity users' Kubernetes requests use: exactly one of `agent`, `user`. Required before GitLab 18.3 (without it user requests fail); since 18.3 it defaults to the agent. Since GitLab 16.1.
   */
  access_as?: UserAccessAs | null;
  /**
   * Projects whose members may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 16.1.
   */
  projects?: UserAccessProject[] | null;
  /**
   * Groups whose members (and their descendants') may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 16.1.
   */
  groups?: UserAccessGroup[] | null;
  /**
   * Every user of the instance may use the agent; takes no settings (`{}`). Self-managed only; GitLab's support for it is pending, so it may have no effect. Since GitLab 18.4.
   */
  instance?: EmptyObject | null;
}
/**
 * One project whose members may use the agent. Takes only `id`: `access_as` is set once, under `user_access`.
 */
export interface UserAccessProject {
  /**
   * Full path of the project (`group/subgroup/project`), not a URL and not a numeric ID.
   */
  id: string;
}
/**
 * One group whose members may use the agent. Takes only `id`: `access_as` is set once, under `user_access`.
 */
export interface UserAccessGroup {
  /**
   * Full path of the group (`group` or `group/subgroup`), not a URL and not a numeric ID.
   */
  id: string;
}
export interface Observability {
  /**
   * agentk's log levels.
   */
  logging?: Logging | null;
  /**
   * Continuous profiling of agentk with Google Cloud Profiler. Since GitLab 16.5.
   */
  google_profiler?: GoogleProfiler | null;
}
export interface Logging {
  /**
   * Level of agentk's main logger, in lower case. The numbers 0 to 3 (info, debug, warn, error) also work; any other number makes agentk refuse the whole configuration.
   *
   * @default "info"
   */
  level?: 'info' | 'debug' | 'warn' | 'error' | 0 | 1 | 2 | 3 | null;
  /**
   * Level of agentk's gRPC logger; `info` and `debug` are very verbose. Default: `error`. Since GitLab 15.1.
   *
   * @default "error"
   */
  grpc_level?: 'info' | 'debug' | 'warn' | 'error' | 0 | 1 | 2 | 3 | null;
}
export interface GoogleProfiler {
  /**
   * Turn the profiler on.
   *
   * @default false
   */
  enabled?: boolean | null;
  /**
   * Google Cloud project that receives the profiles.
   *
   * @default ""
   */
  project_id?: string | null;
  /**
   * Path, inside the agentk container, of the Google Cloud credentials.
   *
   * @default ""
   */
  credentials_file?: string | null;
  /**
   * Verbose profiler logging.
   *
   * @default false
   */
  debug_logging?: boolean | null;
}
export interface ContainerScanning {
  /**
   * When scans run, as a cron expression in UTC (the agent pod's time): five fields (minute hour day-of-month month day-of-week), `@daily`-style descriptors, `@every <duration>`, optionally after `CRON_TZ=<zone> `. Quote it: an unquoted value that starts with `*` is a YAML alias. Required whenever `container_scanning` is present, even when a scan execution policy schedules the scans.
   */
  cadence: string;
  /**
   * What the scans cover. Since GitLab 15.4.
   */
  vulnerability_report?: VulnerabilityReport | null;
  /**
   * CPU, memory and scratch disk of the scanner pods. Since GitLab 16.1.
   */
  resource_requirements?: ScannerResources | null;
  /**
   * How long one Trivy scan may take: seconds with an `s` suffix, as a string (`900s`). Default: `300s`. Since GitLab 17.7.
   *
   * @default "300s"
   */
  scanner_timeout?: string | null;
  /**
   * Largest Trivy report accepted, in bytes: a number, or digits in a string (`"300000000"`). Default: 100 MB. Since GitLab 17.7.
   */
  report_max_size?: number | string | null;
  /**
   * The image of the Trivy wrapper that runs the scans. Since GitLab 17.4.
   */
  trivy_k8s_wrapper_image?: TrivyWrapperImage | null;
  /**
   * Delete the raw Trivy report (a ConfigMap in the cluster) after it is sent to GitLab. Since GitLab 17.9.
   *
   * @default true
   */
  delete_report_artifact?: boolean | null;
  /**
   * Report only vulnerabilities of this severity or higher, in upper case. Default: all. Since GitLab 18.4.
   */
  severity_threshold?: 'UNKNOWN' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL' | null;
}
export interface VulnerabilityReport {
  /**
   * Namespaces to scan. Empty or absent: nothing is scanned.
   */
  namespaces?: string[] | null;
  /**
   * Workload kinds to scan. Default: Pod, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, CronJob, Job, Deployment. Since GitLab 17.9.
   */
  resource_types?:
    | (
        'Pod' | 'ReplicaSet' | 'ReplicationController' | 'StatefulSet' | 'DaemonSet' | 'CronJob' | 'Job' | 'Deployment'
      )[]
    | null;
  /**
   * Legacy filters from Starboard: accepted, but not used by the agent.
   */
  filters?: ScanFilter[] | null;
}
/**
 * A legacy Starboard filter; the agent ignores it.
 */
export interface ScanFilter {
  namespaces?: string[] | null;
  resources?: string[] | null;
  containers?: string[] | null;
  kinds?: string[] | null;
}
export interface ScannerResources {
  /**
   * Requests of the scanner pods. Defaults: cpu 100m, memory 100Mi, ephemeral_storage 1Gi.
   */
  requests?: ScannerResource | null;
  /**
   * Limits of the scanner pods. Defaults: cpu 500m, memory 500Mi, ephemeral_storage 3Gi.
   */
  limits?: ScannerResource | null;
}
export interface ScannerResource {
  /**
   * A Kubernetes quantity, as a string: `100m`, `"1"`, `"0.5"`. Empty: the default.
   */
  cpu?: string | null;
  /**
   * A Kubernetes quantity, as a string: `512Mi`, `1Gi`. Empty: the default.
   */
  memory?: string | null;
  /**
   * A Kubernetes quantity, as a string: `1Gi`. Empty: the default. On GKE Autopilot the limit is forced to equal the request. Since GitLab 17.5.
   */
  ephemeral_storage?: string | null;
}
export interface TrivyWrapperImage {
  /**
   * Repository of the Trivy wrapper image, for a mirror of the default one.
   */
  repository?: string | null;
  /**
   * Tag of the image. Leave it unset: it is pinned to each agent version, and another tag can break scans.
   */
  tag?: string | null;
}
export interface RemoteDevelopment {
  /**
   * Turn workspaces on for this agent. Required in practice: without `enabled: true` no workspace can use the agent. Since GitLab 16.0.
   *
   * @default false
   */
  enabled?: boolean | null;
  /**
   * DNS zone under which workspace URLs are created, a host name (`workspaces.example.dev`). Required: without it GitLab does not save these settings, even with `enabled: false`. Since GitLab 16.0.
   */
  dns_zone?: string | null;
  /**
   * Where the `gitlab-workspaces-proxy` runs. Since GitLab 16.3.
   */
  gitlab_workspaces_proxy?: WorkspacesProxy | null;
  /**
   * The NetworkPolicy generated for every workspace. Since GitLab 16.3.
   */
  network_policy?: WorkspaceNetworkPolicy | null;
  /**
   * Default requests and limits of every workspace container (a devfile overrides them): `{}`, or both `requests` and `limits`, each with `cpu` and `memory`. Since GitLab 16.8.
   */
  default_resources_per_workspace_container?: WorkspaceResources | null;
  /**
   * Cap on the sum of requests and limits of one workspace: `{}`, or both `requests` and `limits`, each with `cpu` and `memory`. Must be `{}` with `shared_namespace`. Since GitLab 16.8.
   */
  max_resources_per_workspace?: WorkspaceResources | null;
  /**
   * Most workspaces this agent may run: -1 for no limit, 0 for none. Default: -1. Since GitLab 16.9.
   *
   * @default -1
   */
  workspaces_quota?: number | string | null;
  /**
   * Most workspaces one user may run on this agent: -1 for no limit, 0 for none. Default: -1. Since GitLab 16.9.
   *
   * @default -1
   */
  workspaces_per_user_quota?: number | string | null;
  /**
   * Run workspaces in Kubernetes user namespaces. Since GitLab 17.4.
   *
   * @default false
   */
  use_kubernetes_user_namespaces?: boolean | null;
  /**
   * RuntimeClass of the workspaces: empty, or a name of at most 253 characters of `a-z`, `0-9`, `.` and `-`. Since GitLab 17.4.
   *
   * @default ""
   */
  default_runtime_class?: string | null;
  /**
   * Allow processes in workspaces to gain privileges (`no_new_privs` off). Needs `use_kubernetes_user_namespaces: true` or a `default_runtime_class`. Since GitLab 17.4.
   *
   * @default false
   */
  allow_privilege_escalation?: boolean | null;
  /**
   * Annotations added to every workspace object. Keys: an optional DNS prefix and `/`, then a name; prefixes ending in gitlab.com, kubernetes.io or k8s.io are reserved. Values: any string. Since GitLab 17.4.
   */
  annotations?: {
    [k: string]: string;
  } | null;
  /**
   * Labels added to every workspace object. Keys as for annotations; values: at most 63 characters of letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit. Since GitLab 17.4.
   */
  labels?: {
    [k: string]: string;
  } | null;
  /**
   * Existing image pull Secrets to copy into the workspaces' namespaces; names must be unique. Since GitLab 17.6.
   */
  image_pull_secrets?: ImagePullSecret[] | null;
  /**
   * Hours after which a running workspace is stopped, 1 to 8760; with `max_stopped_hours_before_termination` at most 8760. Default: 36. Since GitLab 17.6.
   *
   * @default 36
   */
  max_active_hours_before_stop?: number | string | null;
  /**
   * Hours after which a stopped workspace is terminated, 1 to 8760; with `max_active_hours_before_stop` at most 8760. Default: 744. Since GitLab 17.6.
   *
   * @default 744
   */
  max_stopped_hours_before_termination?: number | string | null;
  /**
   * Put every workspace in this one namespace: empty, or at most 63 characters of `a-z`, `0-9`, `.` and `-`. With it, every image pull secret must be in this namespace and `max_resources_per_workspace` must be `{}`. Since GitLab 18.0.
   *
   * @default ""
   */
  shared_namespace?: string | null;
  /**
   * @deprecated
   * Accepted from GitLab 16.0; removed in GitLab 17.0.
   */
  partial_sync_interval?: never;
  /**
   * @deprecated
   * Accepted from GitLab 16.0; removed in GitLab 17.0.
   */
  full_sync_interval?: never;
  /**
   * @deprecated
   * Accepted from GitLab 17.3; removed in GitLab 18.0: use `max_active_hours_before_stop` and `max_stopped_hours_before_termination`.
   */
  default_max_hours_before_termination?: never;
  /**
   * @deprecated
   * Accepted from GitLab 17.3; removed in GitLab 18.0: use `max_active_hours_before_stop` and `max_stopped_hours_before_termination`.
   */
  max_hours_before_termination_limit?: never;
}
export interface WorkspacesProxy {
  /**
   * Namespace of `gitlab-workspaces-proxy`. Default: `gitlab-workspaces`.
   *
   * @default "gitlab-workspaces"
   */
  namespace?: string | null;
}
export interface WorkspaceNetworkPolicy {
  /**
   * Generate a NetworkPolicy for every workspace. Default: true.
   *
   * @default true
   */
  enabled?: boolean | null;
  /**
   * Where workspaces may connect. Default: `0.0.0.0/0` except 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. Since GitLab 16.7.
   */
  egress?: EgressRule[] | null;
}
export interface EgressRule {
  /**
   * An IPv4 or IPv6 CIDR that workspaces may reach (`0.0.0.0/0`).
   */
  allow: string;
  /**
   * CIDRs inside `allow` that stay blocked.
   */
  except?: string[] | null;
}
export interface WorkspaceResources {
  requests?: WorkspaceResource | null;
  limits?: WorkspaceResource | null;
}
export interface WorkspaceResource {
  /**
   * CPU as a string: millicores (`500m`) or cores (`"1"`, `"1.5"`).
   */
  cpu?: string | null;
  /**
   * Memory as a string: bytes with an optional unit (`512Mi`, `1Gi`, `2G`).
   */
  memory?: string | null;
}
export interface ImagePullSecret {
  /**
   * Name of the Secret.
   */
  name: string;
  /**
   * Namespace of the Secret.
   */
  namespace: string;
}
export interface Flux {
  /**
   * URL of Flux's notification-controller Receiver, which the agent calls when a watched repository changes. A path of the form `/api/v1/namespaces/<namespace>/services/<service>/proxy` is reached through the Kubernetes API. Default: `http://webhook-receiver.flux-system.svc.cluster.local`.
   *
   * @default "http://webhook-receiver.flux-system.svc.cluster.local"
   */
  webhook_receiver_url?: string | null;
}
export interface Gitops {
  /**
   * Projects whose manifests the agent applied.
   */
  manifest_projects?: ManifestProject[] | null;
  /**
   * @deprecated
   * Accepted as an experiment from GitLab 15.4; removed in GitLab 16.3.
   */
  charts?: never;
}
export interface ManifestProject {
  /**
   * Full path of the manifest project. Default: the configuration project.
   */
  id?: string | null;
  /**
   * Namespace of objects that set none, and of the inventory ConfigMaps. Default: `default`.
   *
   * @default "default"
   */
  default_namespace?: string | null;
  /**
   * Files to apply. Default: `[{glob: "** /*.{yaml,yml,json}"}]`.
   */
  paths?: ManifestPath[] | null;
  /**
   * How long to wait for applied objects to become ready. Default: `3600s`.
   *
   * @default "3600s"
   */
  reconcile_timeout?: string | null;
  /**
   * Apply for real (`none`) or only simulate (`client`, `server`). Default: `none`.
   *
   * @default "none"
   */
  dry_run_strategy?: '' | 'none' | 'client' | 'server' | null;
  /**
   * Delete objects removed from the manifests. Default: true.
   *
   * @default true
   */
  prune?: boolean | null;
  /**
   * How long to wait for deletions. Default: `3600s`.
   *
   * @default "3600s"
   */
  prune_timeout?: string | null;
  /**
   * Deletion propagation. Default: `foreground`.
   *
   * @default "foreground"
   */
  prune_propagation_policy?: '' | 'orphan' | 'background' | 'foreground' | null;
  /**
   * Whether to take over objects owned by another inventory or none. Default: `must_match`.
   *
   * @default "must_match"
   */
  inventory_policy?: '' | 'must_match' | 'adopt_if_no_inventory' | 'adopt_all' | null;
  /**
   * Git ref to read: exactly one of `tag`, `branch`, `commit`. Default: the default branch. Since GitLab 15.7.
   */
  ref?: GitRef | null;
  /**
   * @deprecated
   * Accepted from GitLab 13.7; removed in GitLab 14.0.
   */
  resource_inclusions?: never;
  /**
   * @deprecated
   * Accepted from GitLab 13.7; removed in GitLab 14.0.
   */
  resource_exclusions?: never;
}
export interface ManifestPath {
  /**
   * A doublestar glob relative to the repository root (`manifests/** /*.yaml`).
   */
  glob: string;
}

/** The agent configuration schema (schemas/agent-config.schema.json), embedded so the library reads no files at run time. */
export const AGENT_CONFIG_SCHEMA: Readonly<Record<string, unknown>> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "AgentConfig",
  "description": "The GitLab agent for Kubernetes configuration file, `.gitlab/agents/<agent-name>/config.yaml` in the agent's configuration project, as GitLab reads it (YAML 1.1, then strict JSON: unknown keys fail the whole file). Single source of truth: the TypeScript types and `config validate` are driven by this file. A null value means the same as an absent key. `x-since` is the GitLab version a key appeared in, `x-tier` the lowest tier it works on (absent: Free), `x-removed` the version that removed it, `x-enforced-by` which part of GitLab checks a value's rules (kas and agentk reject the whole file; Rails silently ignores the setting).",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "ci_access": {
      "description": "Which projects' and groups' CI/CD jobs get a Kubernetes context for this agent. The configuration project itself always has access. Since GitLab 14.3.",
      "x-since": "14.3",
      "anyOf": [
        {
          "$ref": "#/definitions/CiAccess"
        },
        {
          "type": "null"
        }
      ]
    },
    "user_access": {
      "description": "Which projects' and groups' members may use the agent through the Kubernetes API or the dashboard. Since GitLab 16.1.",
      "x-since": "16.1",
      "anyOf": [
        {
          "$ref": "#/definitions/UserAccess"
        },
        {
          "type": "null"
        }
      ]
    },
    "observability": {
      "description": "agentk's own logging and profiling.",
      "x-since": "13.7",
      "anyOf": [
        {
          "$ref": "#/definitions/Observability"
        },
        {
          "type": "null"
        }
      ]
    },
    "container_scanning": {
      "description": "Operational container scanning: when Trivy scans the cluster's workloads and with which resources. `cadence` is required whenever this block is present. Since GitLab 15.4. Ultimate only.",
      "x-since": "15.4",
      "x-tier": "ultimate",
      "anyOf": [
        {
          "$ref": "#/definitions/ContainerScanning"
        },
        {
          "type": "null"
        }
      ]
    },
    "remote_development": {
      "description": "Workspaces on this agent. GitLab saves these settings only when they are all valid (`dns_zone` is required); otherwise it silently keeps the previous ones. Since GitLab 16.0. Premium and Ultimate only.",
      "x-since": "16.0",
      "x-tier": "premium",
      "anyOf": [
        {
          "$ref": "#/definitions/RemoteDevelopment"
        },
        {
          "type": "null"
        }
      ]
    },
    "flux": {
      "description": "Flux integration: the agent notifies Flux's webhook receiver when the watched Git repositories change. Since GitLab 16.1.",
      "x-since": "16.1",
      "anyOf": [
        {
          "$ref": "#/definitions/Flux"
        },
        {
          "type": "null"
        }
      ]
    },
    "gitops": {
      "description": "Legacy pull-based GitOps (manifest projects). Deprecated in GitLab 16.2 and non-functional since 17.0: the agent accepts the section but deploys nothing, and GitLab 18.0 is expected to reject the whole file. Migrate to Flux and delete the section.",
      "deprecated": true,
      "x-since": "13.7",
      "x-deprecated": "16.2",
      "x-module-removed": "17.0",
      "anyOf": [
        {
          "$ref": "#/definitions/Gitops"
        },
        {
          "type": "null"
        }
      ]
    },
    "starboard": {
      "description": "Accepted from GitLab 15.0; removed in GitLab 16.0, when it was renamed `container_scanning`.",
      "deprecated": true,
      "not": {},
      "tsType": "never",
      "x-since": "15.0",
      "x-removed": "16.0",
      "x-replacement": "rename it to container_scanning (same settings)"
    },
    "cilium": {
      "description": "Accepted from GitLab 14.0; removed in GitLab 15.0 with the Cilium alert integration.",
      "deprecated": true,
      "not": {},
      "tsType": "never",
      "x-since": "14.0",
      "x-removed": "15.0",
      "x-replacement": "delete the section"
    }
  },
  "definitions": {
    "CiAccess": {
      "title": "CiAccess",
      "description": "CI/CD access. `access_as`, `environments` and `default_namespace` go inside each project or group entry, not here.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "projects": {
          "description": "Projects whose CI/CD jobs may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 14.3.",
          "x-since": "14.3",
          "x-max-entries": true,
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/CiAccessProject"
          }
        },
        "groups": {
          "description": "Groups (with all their subgroups and projects) whose CI/CD jobs may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 14.3.",
          "x-since": "14.3",
          "x-max-entries": true,
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/CiAccessGroup"
          }
        },
        "instance": {
          "description": "Every project of the instance may use the agent: the same options as an entry, without `id`; `{}` is valid. It takes effect only on self-managed GitLab with the administrator setting `organization_cluster_agent_authorization_enabled`, never on GitLab.com. Since GitLab 18.0. The shape is inferred from the documentation.",
          "x-since": "18.0",
          "x-note": "shape inferred from documentation examples",
          "anyOf": [
            {
              "$ref": "#/definitions/CiAccessInstance"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "CiAccessProject": {
      "title": "CiAccessProject",
      "description": "One project whose CI/CD jobs may use the agent.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "properties": {
        "id": {
          "description": "Full path of the project (`group/subgroup/project`), not a URL and not a numeric ID. Matched case-insensitively; an entry that matches no project is silently ignored.",
          "type": "string",
          "minLength": 1,
          "x-format": "project-path",
          "x-hint": "give the project's full path, as in its URL after the host: group/subgroup/project",
          "x-type-hint": "write the full path of the project (group/project) in place of its numeric ID"
        },
        "default_namespace": {
          "$ref": "#/definitions/DefaultNamespace"
        },
        "access_as": {
          "description": "The identity the job's Kubernetes requests use: exactly one of `agent`, `impersonate`, `ci_job`. Default: the agent's own service account. Since GitLab 14.4.",
          "x-since": "14.4",
          "anyOf": [
            {
              "$ref": "#/definitions/CiAccessAs"
            },
            {
              "type": "null"
            }
          ]
        },
        "environments": {
          "$ref": "#/definitions/Environments"
        },
        "protected_branches_only": {
          "$ref": "#/definitions/ProtectedBranchesOnly"
        },
        "resource_management": {
          "description": "GitLab-managed Kubernetes resources (environment templates) for this entry. Since GitLab 17.9. Premium and Ultimate only.",
          "x-since": "17.9",
          "x-tier": "premium",
          "anyOf": [
            {
              "$ref": "#/definitions/ResourceManagement"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "CiAccessGroup": {
      "title": "CiAccessGroup",
      "description": "One group whose projects' CI/CD jobs (subgroups included) may use the agent.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "properties": {
        "id": {
          "description": "Full path of the group (`group` or `group/subgroup`), not a URL and not a numeric ID. Matched case-insensitively; an entry that matches no group is silently ignored.",
          "type": "string",
          "minLength": 1,
          "x-format": "group-path",
          "x-hint": "give the group's full path, as in its URL after the host: group/subgroup",
          "x-type-hint": "write the full path of the group in place of its numeric ID"
        },
        "default_namespace": {
          "$ref": "#/definitions/DefaultNamespace"
        },
        "access_as": {
          "description": "The identity the job's Kubernetes requests use: exactly one of `agent`, `impersonate`, `ci_job`. Default: the agent's own service account. Since GitLab 14.4.",
          "x-since": "14.4",
          "anyOf": [
            {
              "$ref": "#/definitions/CiAccessAs"
            },
            {
              "type": "null"
            }
          ]
        },
        "environments": {
          "$ref": "#/definitions/Environments"
        },
        "protected_branches_only": {
          "$ref": "#/definitions/ProtectedBranchesOnly"
        },
        "resource_management": {
          "description": "GitLab-managed Kubernetes resources (environment templates) for this entry. Since GitLab 17.9. Premium and Ultimate only.",
          "x-since": "17.9",
          "x-tier": "premium",
          "anyOf": [
            {
              "$ref": "#/definitions/ResourceManagement"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "CiAccessInstance": {
      "title": "CiAccessInstance",
      "description": "Instance-wide CI/CD access: the options of an entry, without `id`.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "default_namespace": {
          "$ref": "#/definitions/DefaultNamespace"
        },
        "access_as": {
          "description": "The identity the job's Kubernetes requests use: exactly one of `agent`, `impersonate`, `ci_job`. Default: the agent's own service account. Since GitLab 14.4.",
          "x-since": "14.4",
          "anyOf": [
            {
              "$ref": "#/definitions/CiAccessAs"
            },
            {
              "type": "null"
            }
          ]
        },
        "environments": {
          "$ref": "#/definitions/Environments"
        },
        "protected_branches_only": {
          "$ref": "#/definitions/ProtectedBranchesOnly"
        },
        "resource_management": {
          "description": "GitLab-managed Kubernetes resources (environment templates). Since GitLab 17.9. Premium and Ultimate only.",
          "x-since": "17.9",
          "x-tier": "premium",
          "anyOf": [
            {
              "$ref": "#/definitions/ResourceManagement"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "DefaultNamespace": {
      "description": "Kubernetes namespace set in the job's kubecontext. Default: none (kubectl's `default`).",
      "type": [
        "string",
        "null"
      ],
      "default": "",
      "x-format": "namespace-or-empty",
      "x-enforced-by": "kubernetes"
    },
    "Environments": {
      "description": "Only jobs that deploy to a matching environment get the kubecontext; `*` matches any run of characters (`review/*`). Default: all jobs. Since GitLab 15.7.",
      "x-since": "15.7",
      "type": [
        "array",
        "null"
      ],
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "ProtectedBranchesOnly": {
      "description": "Only jobs on protected branches or tags may use the agent. The most specific entry wins: a project entry overrides its group's entry. Since GitLab 17.3 (behind a feature flag until 17.10).",
      "x-since": "17.3",
      "type": [
        "boolean",
        "null"
      ],
      "default": false
    },
    "ResourceManagement": {
      "title": "ResourceManagement",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "description": "Let GitLab create and delete Kubernetes resources from environment templates.",
          "type": [
            "boolean",
            "null"
          ],
          "default": false
        }
      }
    },
    "CiAccessAs": {
      "title": "CiAccessAs",
      "description": "Exactly one identity. Write the empty ones with braces (`agent: {}`): `agent:` alone is null, which counts as not set.",
      "allOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "agent": {
              "description": "Use the agent's own service account. Takes no settings: write `agent: {}`. Since GitLab 14.4.",
              "x-since": "14.4",
              "anyOf": [
                {
                  "$ref": "#/definitions/EmptyObject"
                },
                {
                  "type": "null"
                }
              ]
            },
            "impersonate": {
              "description": "Impersonate a fixed Kubernetes user, with groups, UID and extra fields. Since GitLab 14.4. Premium and Ultimate only.",
              "x-since": "14.4",
              "x-tier": "premium",
              "anyOf": [
                {
                  "$ref": "#/definitions/Impersonate"
                },
                {
                  "type": "null"
                }
              ]
            },
            "ci_job": {
              "description": "Impersonate the CI/CD job (`gitlab:ci_job:<id>`, with groups for its project, group and environment tier). Takes no settings: write `ci_job: {}`. Since GitLab 14.5. Premium and Ultimate only.",
              "x-since": "14.5",
              "x-tier": "premium",
              "anyOf": [
                {
                  "$ref": "#/definitions/EmptyObject"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        {
          "oneOf": [
            {
              "type": "object",
              "required": [
                "agent"
              ],
              "properties": {
                "agent": {
                  "type": "object"
                }
              }
            },
            {
              "type": "object",
              "required": [
                "impersonate"
              ],
              "properties": {
                "impersonate": {
                  "type": "object"
                }
              }
            },
            {
              "type": "object",
              "required": [
                "ci_job"
              ],
              "properties": {
                "ci_job": {
                  "type": "object"
                }
              }
            }
          ]
        }
      ]
    },
    "Impersonate": {
      "title": "Impersonate",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "username"
      ],
      "properties": {
        "username": {
          "description": "Kubernetes user name to impersonate.",
          "type": "string",
          "minLength": 1
        },
        "groups": {
          "description": "Kubernetes groups of the impersonated user.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "uid": {
          "description": "Kubernetes UID of the impersonated user. Quote numbers: `uid: \"1000\"`.",
          "type": [
            "string",
            "null"
          ]
        },
        "extra": {
          "description": "Extra impersonation fields: a list of `{key, val}` entries, not a map.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/ExtraField"
          }
        }
      }
    },
    "ExtraField": {
      "title": "ExtraField",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "key",
        "val"
      ],
      "properties": {
        "key": {
          "description": "Name of the extra field.",
          "type": "string",
          "minLength": 1
        },
        "val": {
          "description": "Its values: at least one, none empty.",
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "minLength": 1
          }
        }
      }
    },
    "EmptyObject": {
      "title": "EmptyObject",
      "description": "Takes no settings: `{}`.",
      "type": "object",
      "additionalProperties": false
    },
    "UserAccess": {
      "title": "UserAccess",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "access_as": {
          "description": "The identity users' Kubernetes requests use: exactly one of `agent`, `user`. Required before GitLab 18.3 (without it user requests fail); since 18.3 it defaults to the agent. Since GitLab 16.1.",
          "x-since": "16.1",
          "anyOf": [
            {
              "$ref": "#/definitions/UserAccessAs"
            },
            {
              "type": "null"
            }
          ]
        },
        "projects": {
          "description": "Projects whose members may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 16.1.",
          "x-since": "16.1",
          "x-max-entries": true,
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/UserAccessProject"
          }
        },
        "groups": {
          "description": "Groups whose members (and their descendants') may use the agent, by full path. GitLab uses only the first 500 entries (100 before 17.0). Since GitLab 16.1.",
          "x-since": "16.1",
          "x-max-entries": true,
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/UserAccessGroup"
          }
        },
        "instance": {
          "description": "Every user of the instance may use the agent; takes no settings (`{}`). Self-managed only; GitLab's support for it is pending, so it may have no effect. Since GitLab 18.4.",
          "x-since": "18.4",
          "x-note": "shape inferred; Rails support pending (gitlab#570346)",
          "anyOf": [
            {
              "$ref": "#/definitions/EmptyObject"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "UserAccessAs": {
      "title": "UserAccessAs",
      "description": "Exactly one identity. Write it with braces (`agent: {}`): `agent:` alone is null, which counts as not set.",
      "allOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "agent": {
              "description": "Use the agent's own service account. Takes no settings: write `agent: {}`. Since GitLab 16.1.",
              "x-since": "16.1",
              "anyOf": [
                {
                  "$ref": "#/definitions/EmptyObject"
                },
                {
                  "type": "null"
                }
              ]
            },
            "user": {
              "description": "Impersonate the GitLab user (`gitlab:user:<username>`, with groups for their roles). Takes no settings: write `user: {}`. Since GitLab 16.1. Premium and Ultimate only.",
              "x-since": "16.1",
              "x-tier": "premium",
              "anyOf": [
                {
                  "$ref": "#/definitions/EmptyObject"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        {
          "oneOf": [
            {
              "type": "object",
              "required": [
                "agent"
              ],
              "properties": {
                "agent": {
                  "type": "object"
                }
              }
            },
            {
              "type": "object",
              "required": [
                "user"
              ],
              "properties": {
                "user": {
                  "type": "object"
                }
              }
            }
          ]
        }
      ]
    },
    "UserAccessProject": {
      "title": "UserAccessProject",
      "description": "One project whose members may use the agent. Takes only `id`: `access_as` is set once, under `user_access`.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "properties": {
        "id": {
          "description": "Full path of the project (`group/subgroup/project`), not a URL and not a numeric ID.",
          "type": "string",
          "minLength": 1,
          "x-format": "project-path",
          "x-hint": "give the project's full path, as in its URL after the host: group/subgroup/project",
          "x-type-hint": "write the full path of the project (group/project) in place of its numeric ID"
        }
      }
    },
    "UserAccessGroup": {
      "title": "UserAccessGroup",
      "description": "One group whose members may use the agent. Takes only `id`: `access_as` is set once, under `user_access`.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "properties": {
        "id": {
          "description": "Full path of the group (`group` or `group/subgroup`), not a URL and not a numeric ID.",
          "type": "string",
          "minLength": 1,
          "x-format": "group-path",
          "x-hint": "give the group's full path, as in its URL after the host: group/subgroup",
          "x-type-hint": "write the full path of the group in place of its numeric ID"
        }
      }
    },
    "Observability": {
      "title": "Observability",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "logging": {
          "description": "agentk's log levels.",
          "x-since": "13.7",
          "anyOf": [
            {
              "$ref": "#/definitions/Logging"
            },
            {
              "type": "null"
            }
          ]
        },
        "google_profiler": {
          "description": "Continuous profiling of agentk with Google Cloud Profiler. Since GitLab 16.5.",
          "x-since": "16.5",
          "anyOf": [
            {
              "$ref": "#/definitions/GoogleProfiler"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "Logging": {
      "title": "Logging",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "level": {
          "description": "Level of agentk's main logger, in lower case. The numbers 0 to 3 (info, debug, warn, error) also work; any other number makes agentk refuse the whole configuration.",
          "default": "info",
          "x-since": "13.7",
          "enum": [
            "info",
            "debug",
            "warn",
            "error",
            0,
            1,
            2,
            3,
            null
          ],
          "x-enforced-by": "agentk",
          "x-hint": "write one of info, debug, warn, error, in lower case (the old names warning and off no longer work)",
          "x-type-hint": "write one of info, debug, warn, error, in lower case (off and warning are old names; YAML reads an unquoted off as false)"
        },
        "grpc_level": {
          "description": "Level of agentk's gRPC logger; `info` and `debug` are very verbose. Default: `error`. Since GitLab 15.1.",
          "default": "error",
          "x-since": "15.1",
          "enum": [
            "info",
            "debug",
            "warn",
            "error",
            0,
            1,
            2,
            3,
            null
          ],
          "x-enforced-by": "agentk",
          "x-hint": "write one of info, debug, warn, error, in lower case (the old names warning and off no longer work)",
          "x-type-hint": "write one of info, debug, warn, error, in lower case (off and warning are old names; YAML reads an unquoted off as false)"
        }
      }
    },
    "GoogleProfiler": {
      "title": "GoogleProfiler",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "description": "Turn the profiler on.",
          "type": [
            "boolean",
            "null"
          ],
          "default": false
        },
        "project_id": {
          "description": "Google Cloud project that receives the profiles.",
          "type": [
            "string",
            "null"
          ],
          "default": ""
        },
        "credentials_file": {
          "description": "Path, inside the agentk container, of the Google Cloud credentials.",
          "type": [
            "string",
            "null"
          ],
          "default": ""
        },
        "debug_logging": {
          "description": "Verbose profiler logging.",
          "type": [
            "boolean",
            "null"
          ],
          "default": false
        }
      }
    },
    "ContainerScanning": {
      "title": "ContainerScanning",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "cadence"
      ],
      "properties": {
        "cadence": {
          "description": "When scans run, as a cron expression in UTC (the agent pod's time): five fields (minute hour day-of-month month day-of-week), `@daily`-style descriptors, `@every <duration>`, optionally after `CRON_TZ=<zone> `. Quote it: an unquoted value that starts with `*` is a YAML alias. Required whenever `container_scanning` is present, even when a scan execution policy schedules the scans.",
          "type": "string",
          "minLength": 1,
          "x-format": "cron",
          "x-enforced-by": "agentk",
          "examples": [
            "0 18 * * *",
            "0 13 * * 0"
          ]
        },
        "vulnerability_report": {
          "description": "What the scans cover. Since GitLab 15.4.",
          "x-since": "15.4",
          "anyOf": [
            {
              "$ref": "#/definitions/VulnerabilityReport"
            },
            {
              "type": "null"
            }
          ]
        },
        "resource_requirements": {
          "description": "CPU, memory and scratch disk of the scanner pods. Since GitLab 16.1.",
          "x-since": "16.1",
          "anyOf": [
            {
              "$ref": "#/definitions/ScannerResources"
            },
            {
              "type": "null"
            }
          ]
        },
        "scanner_timeout": {
          "description": "How long one Trivy scan may take: seconds with an `s` suffix, as a string (`900s`). Default: `300s`. Since GitLab 17.7.",
          "x-since": "17.7",
          "default": "300s",
          "$ref": "#/definitions/Duration"
        },
        "report_max_size": {
          "description": "Largest Trivy report accepted, in bytes: a number, or digits in a string (`\"300000000\"`). Default: 100 MB. Since GitLab 17.7.",
          "x-since": "17.7",
          "x-note": "type inferred: a 64-bit unsigned integer",
          "type": [
            "integer",
            "string",
            "null"
          ],
          "pattern": "^(0|[1-9][0-9]*)$",
          "minimum": 0,
          "maximum": 18446744073709552000,
          "x-hint": "give a number of bytes without a unit: 300000000"
        },
        "trivy_k8s_wrapper_image": {
          "description": "The image of the Trivy wrapper that runs the scans. Since GitLab 17.4.",
          "x-since": "17.4",
          "anyOf": [
            {
              "$ref": "#/definitions/TrivyWrapperImage"
            },
            {
              "type": "null"
            }
          ]
        },
        "delete_report_artifact": {
          "description": "Delete the raw Trivy report (a ConfigMap in the cluster) after it is sent to GitLab. Since GitLab 17.9.",
          "x-since": "17.9",
          "type": [
            "boolean",
            "null"
          ],
          "default": true
        },
        "severity_threshold": {
          "description": "Report only vulnerabilities of this severity or higher, in upper case. Default: all. Since GitLab 18.4.",
          "x-since": "18.4",
          "x-note": "type inferred from the documentation: an upper-case name",
          "enum": [
            "UNKNOWN",
            "LOW",
            "MEDIUM",
            "HIGH",
            "CRITICAL",
            null
          ],
          "x-hint": "write one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL, in upper case",
          "x-type-hint": "write one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL, in upper case"
        }
      }
    },
    "VulnerabilityReport": {
      "title": "VulnerabilityReport",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "namespaces": {
          "description": "Namespaces to scan. Empty or absent: nothing is scanned.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string"
          }
        },
        "resource_types": {
          "description": "Workload kinds to scan. Default: Pod, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, CronJob, Job, Deployment. Since GitLab 17.9.",
          "x-since": "17.9",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string",
            "enum": [
              "Pod",
              "ReplicaSet",
              "ReplicationController",
              "StatefulSet",
              "DaemonSet",
              "CronJob",
              "Job",
              "Deployment"
            ],
            "x-enforced-by": "advice",
            "x-hint": "write a workload kind as Kubernetes spells it: Pod, ReplicaSet, ReplicationController, StatefulSet, DaemonSet, CronJob, Job or Deployment"
          }
        },
        "filters": {
          "description": "Legacy filters from Starboard: accepted, but not used by the agent.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/ScanFilter"
          }
        }
      }
    },
    "ScanFilter": {
      "title": "ScanFilter",
      "description": "A legacy Starboard filter; the agent ignores it.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "namespaces": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string"
          }
        },
        "resources": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string"
          }
        },
        "containers": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string"
          }
        },
        "kinds": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string"
          }
        }
      }
    },
    "ScannerResources": {
      "title": "ScannerResources",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "requests": {
          "description": "Requests of the scanner pods. Defaults: cpu 100m, memory 100Mi, ephemeral_storage 1Gi.",
          "anyOf": [
            {
              "$ref": "#/definitions/ScannerResource"
            },
            {
              "type": "null"
            }
          ]
        },
        "limits": {
          "description": "Limits of the scanner pods. Defaults: cpu 500m, memory 500Mi, ephemeral_storage 3Gi.",
          "anyOf": [
            {
              "$ref": "#/definitions/ScannerResource"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "ScannerResource": {
      "title": "ScannerResource",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "cpu": {
          "description": "A Kubernetes quantity, as a string: `100m`, `\"1\"`, `\"0.5\"`. Empty: the default.",
          "$ref": "#/definitions/Quantity"
        },
        "memory": {
          "description": "A Kubernetes quantity, as a string: `512Mi`, `1Gi`. Empty: the default.",
          "$ref": "#/definitions/Quantity"
        },
        "ephemeral_storage": {
          "description": "A Kubernetes quantity, as a string: `1Gi`. Empty: the default. On GKE Autopilot the limit is forced to equal the request. Since GitLab 17.5.",
          "x-since": "17.5",
          "$ref": "#/definitions/Quantity"
        }
      }
    },
    "Quantity": {
      "description": "A Kubernetes quantity, as a string (`100m`, `\"1\"`, `512Mi`); empty means the default.",
      "type": [
        "string",
        "null"
      ],
      "pattern": "^([+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?)?$",
      "x-enforced-by": "agentk",
      "x-message": "is not a Kubernetes quantity",
      "x-hint": "write a number with an optional unit, as a string: 100m, \"0.5\", 512Mi, 1Gi",
      "x-type-hint": "quote it: YAML reads it as a number, and the agent needs a string (\"1\", \"0.5\")"
    },
    "TrivyWrapperImage": {
      "title": "TrivyWrapperImage",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "repository": {
          "description": "Repository of the Trivy wrapper image, for a mirror of the default one.",
          "type": [
            "string",
            "null"
          ]
        },
        "tag": {
          "description": "Tag of the image. Leave it unset: it is pinned to each agent version, and another tag can break scans.",
          "type": [
            "string",
            "null"
          ]
        }
      }
    },
    "RemoteDevelopment": {
      "title": "RemoteDevelopment",
      "type": "object",
      "additionalProperties": false,
      "x-effect": "GitLab then silently keeps the previous workspace settings of this agent",
      "properties": {
        "enabled": {
          "description": "Turn workspaces on for this agent. Required in practice: without `enabled: true` no workspace can use the agent. Since GitLab 16.0.",
          "type": [
            "boolean",
            "null"
          ],
          "default": false,
          "x-since": "16.0"
        },
        "dns_zone": {
          "description": "DNS zone under which workspace URLs are created, a host name (`workspaces.example.dev`). Required: without it GitLab does not save these settings, even with `enabled: false`. Since GitLab 16.0.",
          "type": [
            "string",
            "null"
          ],
          "x-since": "16.0",
          "maxLength": 253,
          "pattern": "^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*$",
          "x-enforced-by": "rails",
          "x-message": "is not a host name",
          "x-hint": "write a DNS name such as workspaces.example.dev, without a scheme, port or path"
        },
        "gitlab_workspaces_proxy": {
          "description": "Where the `gitlab-workspaces-proxy` runs. Since GitLab 16.3.",
          "x-since": "16.3",
          "anyOf": [
            {
              "$ref": "#/definitions/WorkspacesProxy"
            },
            {
              "type": "null"
            }
          ]
        },
        "network_policy": {
          "description": "The NetworkPolicy generated for every workspace. Since GitLab 16.3.",
          "x-since": "16.3",
          "anyOf": [
            {
              "$ref": "#/definitions/WorkspaceNetworkPolicy"
            },
            {
              "type": "null"
            }
          ]
        },
        "default_resources_per_workspace_container": {
          "description": "Default requests and limits of every workspace container (a devfile overrides them): `{}`, or both `requests` and `limits`, each with `cpu` and `memory`. Since GitLab 16.8.",
          "x-since": "16.8",
          "x-complete-resources": true,
          "anyOf": [
            {
              "$ref": "#/definitions/WorkspaceResources"
            },
            {
              "type": "null"
            }
          ]
        },
        "max_resources_per_workspace": {
          "description": "Cap on the sum of requests and limits of one workspace: `{}`, or both `requests` and `limits`, each with `cpu` and `memory`. Must be `{}` with `shared_namespace`. Since GitLab 16.8.",
          "x-since": "16.8",
          "x-complete-resources": true,
          "anyOf": [
            {
              "$ref": "#/definitions/WorkspaceResources"
            },
            {
              "type": "null"
            }
          ]
        },
        "workspaces_quota": {
          "description": "Most workspaces this agent may run: -1 for no limit, 0 for none. Default: -1. Since GitLab 16.9.",
          "x-since": "16.9",
          "default": -1,
          "$ref": "#/definitions/WorkspaceQuota"
        },
        "workspaces_per_user_quota": {
          "description": "Most workspaces one user may run on this agent: -1 for no limit, 0 for none. Default: -1. Since GitLab 16.9.",
          "x-since": "16.9",
          "default": -1,
          "$ref": "#/definitions/WorkspaceQuota"
        },
        "use_kubernetes_user_namespaces": {
          "description": "Run workspaces in Kubernetes user namespaces. Since GitLab 17.4.",
          "x-since": "17.4",
          "type": [
            "boolean",
            "null"
          ],
          "default": false
        },
        "default_runtime_class": {
          "description": "RuntimeClass of the workspaces: empty, or a name of at most 253 characters of `a-z`, `0-9`, `.` and `-`. Since GitLab 17.4.",
          "x-since": "17.4",
          "type": [
            "string",
            "null"
          ],
          "default": "",
          "maxLength": 253,
          "pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?)?$",
          "x-enforced-by": "rails",
          "x-message": "is not a RuntimeClass name",
          "x-hint": "use lower-case letters, digits, '.' and '-', starting and ending with a letter or digit"
        },
        "allow_privilege_escalation": {
          "description": "Allow processes in workspaces to gain privileges (`no_new_privs` off). Needs `use_kubernetes_user_namespaces: true` or a `default_runtime_class`. Since GitLab 17.4.",
          "x-since": "17.4",
          "type": [
            "boolean",
            "null"
          ],
          "default": false
        },
        "annotations": {
          "description": "Annotations added to every workspace object. Keys: an optional DNS prefix and `/`, then a name; prefixes ending in gitlab.com, kubernetes.io or k8s.io are reserved. Values: any string. Since GitLab 17.4.",
          "x-since": "17.4",
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": {
            "type": "string"
          },
          "x-key-format": "metadata-key"
        },
        "labels": {
          "description": "Labels added to every workspace object. Keys as for annotations; values: at most 63 characters of letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit. Since GitLab 17.4.",
          "x-since": "17.4",
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": {
            "type": "string",
            "maxLength": 63,
            "pattern": "^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$",
            "x-enforced-by": "rails",
            "x-message": "is not a valid label value",
            "x-hint": "use at most 63 letters, digits, '.', '_' and '-', starting and ending with a letter or digit (GitLab refuses an empty value)"
          },
          "x-key-format": "metadata-key"
        },
        "image_pull_secrets": {
          "description": "Existing image pull Secrets to copy into the workspaces' namespaces; names must be unique. Since GitLab 17.6.",
          "x-since": "17.6",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/ImagePullSecret"
          }
        },
        "max_active_hours_before_stop": {
          "description": "Hours after which a running workspace is stopped, 1 to 8760; with `max_stopped_hours_before_termination` at most 8760. Default: 36. Since GitLab 17.6.",
          "x-since": "17.6",
          "default": 36,
          "$ref": "#/definitions/WorkspaceHours"
        },
        "max_stopped_hours_before_termination": {
          "description": "Hours after which a stopped workspace is terminated, 1 to 8760; with `max_active_hours_before_stop` at most 8760. Default: 744. Since GitLab 17.6.",
          "x-since": "17.6",
          "default": 744,
          "$ref": "#/definitions/WorkspaceHours"
        },
        "shared_namespace": {
          "description": "Put every workspace in this one namespace: empty, or at most 63 characters of `a-z`, `0-9`, `.` and `-`. With it, every image pull secret must be in this namespace and `max_resources_per_workspace` must be `{}`. Since GitLab 18.0.",
          "x-since": "18.0",
          "type": [
            "string",
            "null"
          ],
          "default": "",
          "maxLength": 63,
          "pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?)?$",
          "x-enforced-by": "rails",
          "x-message": "is not a namespace name",
          "x-hint": "use lower-case letters, digits, '.' and '-', starting and ending with a letter or digit"
        },
        "partial_sync_interval": {
          "description": "Accepted from GitLab 16.0; removed in GitLab 17.0.",
          "deprecated": true,
          "not": {},
          "tsType": "never",
          "x-since": "16.0",
          "x-removed": "17.0",
          "x-replacement": "delete the key"
        },
        "full_sync_interval": {
          "description": "Accepted from GitLab 16.0; removed in GitLab 17.0.",
          "deprecated": true,
          "not": {},
          "tsType": "never",
          "x-since": "16.0",
          "x-removed": "17.0",
          "x-replacement": "delete the key"
        },
        "default_max_hours_before_termination": {
          "description": "Accepted from GitLab 17.3; removed in GitLab 18.0: use `max_active_hours_before_stop` and `max_stopped_hours_before_termination`.",
          "deprecated": true,
          "not": {},
          "tsType": "never",
          "x-since": "17.3",
          "x-removed": "18.0",
          "x-replacement": "use max_active_hours_before_stop and max_stopped_hours_before_termination"
        },
        "max_hours_before_termination_limit": {
          "description": "Accepted from GitLab 17.3; removed in GitLab 18.0: use `max_active_hours_before_stop` and `max_stopped_hours_before_termination`.",
          "deprecated": true,
          "not": {},
          "tsType": "never",
          "x-since": "17.3",
          "x-removed": "18.0",
          "x-replacement": "use max_active_hours_before_stop and max_stopped_hours_before_termination"
        }
      }
    },
    "WorkspaceQuota": {
      "description": "A number of workspaces: -1 for no limit, 0 for none.",
      "type": [
        "integer",
        "string",
        "null"
      ],
      "pattern": "^-?(0|[1-9][0-9]*)$",
      "minimum": -1,
      "maximum": 2147483647,
      "x-enforced-by": "rails",
      "x-hint": "give -1 for no limit, 0 for none, or the number of workspaces"
    },
    "WorkspaceHours": {
      "description": "A number of hours, 1 to 8760 (one year).",
      "type": [
        "integer",
        "string",
        "null"
      ],
      "pattern": "^-?(0|[1-9][0-9]*)$",
      "minimum": 1,
      "maximum": 8760,
      "x-enforced-by": "rails",
      "x-hint": "give a whole number of hours from 1 to 8760"
    },
    "WorkspacesProxy": {
      "title": "WorkspacesProxy",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "namespace": {
          "description": "Namespace of `gitlab-workspaces-proxy`. Default: `gitlab-workspaces`.",
          "type": [
            "string",
            "null"
          ],
          "default": "gitlab-workspaces"
        }
      }
    },
    "WorkspaceNetworkPolicy": {
      "title": "WorkspaceNetworkPolicy",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "description": "Generate a NetworkPolicy for every workspace. Default: true.",
          "type": [
            "boolean",
            "null"
          ],
          "default": true
        },
        "egress": {
          "description": "Where workspaces may connect. Default: `0.0.0.0/0` except 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. Since GitLab 16.7.",
          "x-since": "16.7",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/EgressRule"
          }
        }
      }
    },
    "EgressRule": {
      "title": "EgressRule",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "allow"
      ],
      "properties": {
        "allow": {
          "description": "An IPv4 or IPv6 CIDR that workspaces may reach (`0.0.0.0/0`).",
          "type": "string",
          "x-format": "cidr",
          "x-enforced-by": "rails"
        },
        "except": {
          "description": "CIDRs inside `allow` that stay blocked.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string",
            "x-format": "cidr",
            "x-enforced-by": "rails"
          }
        }
      }
    },
    "WorkspaceResources": {
      "title": "WorkspaceResources",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "requests": {
          "anyOf": [
            {
              "$ref": "#/definitions/WorkspaceResource"
            },
            {
              "type": "null"
            }
          ]
        },
        "limits": {
          "anyOf": [
            {
              "$ref": "#/definitions/WorkspaceResource"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "WorkspaceResource": {
      "title": "WorkspaceResource",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "cpu": {
          "description": "CPU as a string: millicores (`500m`) or cores (`\"1\"`, `\"1.5\"`).",
          "type": [
            "string",
            "null"
          ],
          "pattern": "^([0-9]+m|[0-9]+(\\.[0-9]*)?)$",
          "x-enforced-by": "rails",
          "x-message": "is not a CPU amount GitLab accepts",
          "x-hint": "write millicores (500m) or cores (\"1\", \"1.5\"), as a string",
          "x-type-hint": "quote it: YAML reads it as a number, and GitLab needs a string (\"1\", \"1.5\")"
        },
        "memory": {
          "description": "Memory as a string: bytes with an optional unit (`512Mi`, `1Gi`, `2G`).",
          "type": [
            "string",
            "null"
          ],
          "pattern": "^[0-9]+(\\.[0-9]*)?([EPTGMK]|[EPTGMK]i)?$",
          "x-enforced-by": "rails",
          "x-message": "is not a memory amount GitLab accepts",
          "x-hint": "write a number with an optional unit, as a string: 512Mi, 1Gi, 2G",
          "x-type-hint": "quote it: YAML reads it as a number, and GitLab needs a string (\"1\", \"1.5\")"
        }
      }
    },
    "ImagePullSecret": {
      "title": "ImagePullSecret",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "namespace"
      ],
      "x-enforced-by": "rails",
      "properties": {
        "name": {
          "description": "Name of the Secret.",
          "type": "string"
        },
        "namespace": {
          "description": "Namespace of the Secret.",
          "type": "string"
        }
      }
    },
    "Flux": {
      "title": "Flux",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "webhook_receiver_url": {
          "description": "URL of Flux's notification-controller Receiver, which the agent calls when a watched repository changes. A path of the form `/api/v1/namespaces/<namespace>/services/<service>/proxy` is reached through the Kubernetes API. Default: `http://webhook-receiver.flux-system.svc.cluster.local`.",
          "type": [
            "string",
            "null"
          ],
          "default": "http://webhook-receiver.flux-system.svc.cluster.local",
          "x-format": "flux-receiver-url",
          "x-enforced-by": "advice"
        }
      }
    },
    "Gitops": {
      "title": "Gitops",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "manifest_projects": {
          "description": "Projects whose manifests the agent applied.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/ManifestProject"
          }
        },
        "charts": {
          "description": "Accepted as an experiment from GitLab 15.4; removed in GitLab 16.3.",
          "deprecated": true,
          "not": {},
          "tsType": "never",
          "x-since": "15.4",
          "x-removed": "16.3",
          "x-replacement": "deploy charts with Flux"
        }
      }
    },
    "ManifestProject": {
      "title": "ManifestProject",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "id": {
          "description": "Full path of the manifest project. Default: the configuration project.",
          "type": [
            "string",
            "null"
          ],
          "minLength": 1
        },
        "default_namespace": {
          "description": "Namespace of objects that set none, and of the inventory ConfigMaps. Default: `default`.",
          "type": [
            "string",
            "null"
          ],
          "default": "default"
        },
        "paths": {
          "description": "Files to apply. Default: `[{glob: \"**/*.{yaml,yml,json}\"}]`.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/definitions/ManifestPath"
          }
        },
        "reconcile_timeout": {
          "description": "How long to wait for applied objects to become ready. Default: `3600s`.",
          "default": "3600s",
          "$ref": "#/definitions/Duration"
        },
        "dry_run_strategy": {
          "description": "Apply for real (`none`) or only simulate (`client`, `server`). Default: `none`.",
          "default": "none",
          "enum": [
            "",
            "none",
            "client",
            "server",
            null
          ]
        },
        "prune": {
          "description": "Delete objects removed from the manifests. Default: true.",
          "type": [
            "boolean",
            "null"
          ],
          "default": true
        },
        "prune_timeout": {
          "description": "How long to wait for deletions. Default: `3600s`.",
          "default": "3600s",
          "$ref": "#/definitions/Duration"
        },
        "prune_propagation_policy": {
          "description": "Deletion propagation. Default: `foreground`.",
          "default": "foreground",
          "enum": [
            "",
            "orphan",
            "background",
            "foreground",
            null
          ]
        },
        "inventory_policy": {
          "description": "Whether to take over objects owned by another inventory or none. Default: `must_match`.",
          "default": "must_match",
          "enum": [
            "",
            "must_match",
            "adopt_if_no_inventory",
            "adopt_all",
            null
          ]
        },
        "ref": {
          "description": "Git ref to read: exactly one of `tag`, `branch`, `commit`. Default: the default branch. Since GitLab 15.7.",
          "x-since": "15.7",
          "anyOf": [
            {
              "$ref": "#/definitions/GitRef"
            },
            {
              "type": "null"
            }
          ]
        },
        "resource_inclusions": {
          "description": "Accepted from GitLab 13.7; removed in GitLab 14.0.",
          "deprecated": true,
          "not": {},
          "tsType": "never",
          "x-since": "13.7",
          "x-removed": "14.0",
          "x-replacement": "delete the key"
        },
        "resource_exclusions": {
          "description": "Accepted from GitLab 13.7; removed in GitLab 14.0.",
          "deprecated": true,
          "not": {},
          "tsType": "never",
          "x-since": "13.7",
          "x-removed": "14.0",
          "x-replacement": "delete the key"
        }
      }
    },
    "ManifestPath": {
      "title": "ManifestPath",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "glob"
      ],
      "properties": {
        "glob": {
          "description": "A doublestar glob relative to the repository root (`manifests/**/*.yaml`).",
          "type": "string",
          "minLength": 1
        }
      }
    },
    "GitRef": {
      "title": "GitRef",
      "allOf": [
        {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "tag": {
              "description": "A tag name, without `refs/tags/`.",
              "type": [
                "string",
                "null"
              ],
              "minLength": 1
            },
            "branch": {
              "description": "A branch name, without `refs/heads/`.",
              "type": [
                "string",
                "null"
              ],
              "minLength": 1
            },
            "commit": {
              "description": "A commit SHA; quote it if it looks like a number.",
              "type": [
                "string",
                "null"
              ],
              "minLength": 1
            }
          }
        },
        {
          "oneOf": [
            {
              "type": "object",
              "required": [
                "tag"
              ],
              "properties": {
                "tag": {
                  "type": "string"
                }
              }
            },
            {
              "type": "object",
              "required": [
                "branch"
              ],
              "properties": {
                "branch": {
                  "type": "string"
                }
              }
            },
            {
              "type": "object",
              "required": [
                "commit"
              ],
              "properties": {
                "commit": {
                  "type": "string"
                }
              }
            }
          ]
        }
      ]
    },
    "Duration": {
      "description": "A duration in seconds with an `s` suffix, as a string: `3600s`, `1.5s`.",
      "type": [
        "string",
        "null"
      ],
      "pattern": "^[-+]?((0|[1-9][0-9]*)(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$",
      "x-format": "duration",
      "x-message": "is not a duration GitLab reads",
      "x-hint": "write seconds with an s suffix, as a string: 3600s (not 1h or 3600)",
      "x-type-hint": "write seconds with an s suffix, as a string: 3600s"
    }
  }
};
