/** Plain data shared by the pipeline stages. */

/** A values tree as Helm holds it: maps, lists, strings, numbers, booleans and nulls. */
export type ValuesTree = { [key: string]: unknown };

/**
 * One value source, in the order the user gave it. The stage that reads them applies
 * Helm's precedence (files, then --set-json, --set, --set-string, --set-file, --set-literal),
 * so callers never reorder.
 */
export type ValueSource =
  /** `-f/--values`: the file's text, already read; `name` is what the user typed (or `-`). */
  | { readonly kind: 'file'; readonly name: string; readonly content: string }
  /** `--set`, `--set-string`, `--set-json`, `--set-literal`: the raw flag argument. */
  | { readonly kind: 'set' | 'set-string' | 'set-json' | 'set-literal'; readonly expression: string }
  /** `--set-file key=path`: the expression plus a reader for the path (the library stays I/O free). */
  | { readonly kind: 'set-file'; readonly expression: string };

/** Reads a `--set-file` path; the CLI passes one that reads the disk, tests pass a map. */
export type FileReader = (path: string) => string;

/** One step of a values path: a map key or a list index. */
export type PathSegment = string | number;

/**
 * What a warning is about, stable across releases (tests and reports use it, never the wording):
 * - `value-replaces-map`: a value that is not a map replaces a map the chart has (Helm's merge warning);
 * - `map-replaces-value`: a map replaces a value of the chart that is not one (Helm's merge warning);
 * - `kas-address-ignored`: `config.kasAddress` is set in receptive mode, where the chart drops it;
 * - `old-agent-version`: `image.tag` names an agentk older than GitLab supports next to the chart's;
 * - `token-without-prefix`: the token does not start with `glagent-`;
 * - `certificate-expired`: a certificate in the values has expired;
 * - `env-overrides-chart`: an `extraEnv` variable overrides one the chart sets;
 * - `env-repeated`: an `extraEnv` variable is set a second time;
 * - `env-url-password`: an `extraEnv` value holds a URL with a password, which the Deployment shows in plain text;
 * - `private-api-jwt-random`: receptive mode without `privateApiJwt`, so every render draws a new one.
 */
export type WarningCode =
  | 'value-replaces-map'
  | 'map-replaces-value'
  | 'kas-address-ignored'
  | 'old-agent-version'
  | 'version-skew'
  | 'image-tag-not-agentk'
  | 'agent-version-unpinned'
  | 'gitlab-newer-than-known'
  | 'token-without-prefix'
  | 'certificate-expired'
  | 'env-overrides-chart'
  | 'env-repeated'
  | 'env-url-password'
  | 'private-api-jwt-random'
  | 'rbac-agent-only'
  | 'rbac-agent-access-ungranted'
  | 'rbac-unpinned-groups'
  | 'rbac-unconfirmed-rules'
  | 'rbac-profile-ignored';

/** A warning that never changes the output (Helm prints these on stderr). */
export interface Warning {
  readonly code: WarningCode;
  /** Dotted values path as Helm users write it (`extraEnv[0].name`). */
  readonly path: string;
  /** The same path as keys and list indexes, so it can be looked up without parsing `path`. */
  readonly segments: readonly PathSegment[];
  readonly message: string;
  /** How to act on it, in terms of values (front ends such as the CLI may say it their own way). */
  readonly hint?: string;
}

/** One rendered Kubernetes object. */
export interface Manifest {
  /** Chart template that produced it, as in `# Source: gitlab-agent/templates/<file>`. */
  readonly source: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Absent for cluster-scoped objects. */
  readonly namespace?: string;
  /** The parsed object. */
  readonly object: Readonly<Record<string, unknown>>;
  /** The rendered YAML text of this one document, without `---` or the `# Source:` line. */
  readonly yaml: string;
}

export interface RenderOptions {
  /** Helm release name; must satisfy Helm's rule (DNS-1123 subdomain, at most 53 characters). */
  readonly releaseName: string;
  /** Namespace of every namespaced object; also the subject namespace of the bindings. */
  readonly namespace: string;
  /** Prepend a `Namespace` object. Default false. */
  readonly createNamespace?: boolean;
  /**
   * Value of the receptive-mode `private-api-jwt` Secret key (the plain text, before base64).
   * Default: drawn at random on every render, as the chart does (base64 of 64 random printable
   * ASCII characters), with the `private-api-jwt-random` warning: give a fixed one so that
   * re-renders and a GitOps repository keep the same Secret.
   */
  readonly privateApiJwt?: string;
  /**
   * Render although neither `config.token` nor `config.secretName` is set, which is otherwise an
   * error: for a token the pod gets another way (a volume of your own at `/etc/agentk/secrets`, a
   * kustomize patch that adds the Secret). Not needed for a Secret made by External Secrets,
   * Sealed Secrets, `kubectl create secret` or `extraManifests`: name that one with `config.secretName`.
   */
  readonly allowMissingToken?: boolean;
  /**
   * Chart release to render, from the catalogue (`2.15.0` … `2.34.0`). Default: the release
   * matching `gitlabVersion`, else the newest.
   */
  readonly chartVersion?: string;
  /**
   * The GitLab version the agent connects to (`19.6`, `19.6.2`): picks the release whose agentk
   * matches it, and turns on the version-skew check.
   */
  readonly gitlabVersion?: string;
  /**
   * The parsed agent configuration file (`parseAgentConfig`): with `rbac.profile=least-privilege`,
   * the modules it uses get rules. Values under `rbac.leastPrivilege.modules` win over it. Typed
   * `AgentConfig` where it is read (this layer sits below the generated types).
   */
  readonly agentConfig?: object | undefined;
  /**
   * Who the objects say manages them (`app.kubernetes.io/managed-by` and the agent's
   * `GITLAB_AGENT_TELEMETRY_installation_method`): `gitlab-agent-manifests` (default) names this
   * tool in both; `helm` keeps the chart's `Helm` and `helm-chart`, exactly `helm template`'s
   * output; `helm-release` also annotates every chart object with `meta.helm.sh/release-name` and
   * `meta.helm.sh/release-namespace`, so `helm upgrade --install` adopts the objects.
   */
  readonly managedBy?: 'gitlab-agent-manifests' | 'helm' | 'helm-release';
  /**
   * The kubectl ApplySet the output is applied with (`kubectl apply --prune --applyset=<this>`):
   * its parent as kubectl's flag names it (`[RESOURCE][.GROUP]/NAME`, a Secret or ConfigMap in
   * `namespace`). The render then fails with an ApplySetError where kubectl would refuse the
   * stream or could prune what it must not; `createNamespace` must be off.
   */
  readonly applySet?: string;
}
