// Generated from schemas/values.schema.json by `npm run codegen` (scripts/codegen/generate-values-types.js). Do not edit.

/**
 * Values of the gitlab/gitlab-agent Helm chart, releases 2.15.0 to 2.34.0 (agentk v18.0.0 to v19.6.0); values marked x-since-chart are accepted from that release on. Single source of truth: the TypeScript types, chart/values.yaml and the validator are generated from or driven by this file. It is stricter than Helm on purpose where Helm would render something the Kubernetes API rejects or the chart mis-renders. Validate the merged values (chart defaults plus user values): Helm deletes a key with a default when the user sets it to null.
 */
export interface GitlabAgentValues {
  image: ImageValues;
  /**
   * Pod `imagePullSecrets`, printed when set. Each item is a Kubernetes LocalObjectReference (`{name: regcred}`).
   *
   * @default []
   */
  imagePullSecrets?: import('kubernetes-models/v1').ILocalObjectReference[];
  /**
   * Replaces `gitlab-agent` in NAME (the `app.kubernetes.io/name` label) and in the full name FN. NAME is cut to 63 bytes, then one trailing `-` is removed.
   *
   * @default ""
   */
  nameOverride?: string;
  /**
   * Replaces the full name FN (normally `<release>-gitlab-agent`, or the release name when it already contains the chart name). Cut to 63 bytes, then only one trailing `-` is removed: `custom--` gives `custom-` and a Deployment named `custom--v2`.
   *
   * @default ""
   */
  fullnameOverride?: string;
  /**
   * Deployment `spec.replicas`; always printed, 0 is allowed.
   *
   * @default 2
   */
  replicas?: number;
  /**
   * Deployment `spec.revisionHistoryLimit`, printed only when set: 0 is dropped like null, so Kubernetes' default (10) applies.
   *
   * @default null
   */
  revisionHistoryLimit?: number | null;
  /**
   * Rolling update `maxSurge`, printed raw: an integer or a percentage such as `25%`. Setting it to null removes the default, which prints an empty value (Kubernetes then uses 25%).
   *
   * @default 1
   */
  maxSurge?: number | string;
  /**
   * Rolling update `maxUnavailable`, printed raw: an integer or a percentage such as `25%`. Kubernetes rejects 0 for both maxSurge and maxUnavailable.
   *
   * @default 0
   */
  maxUnavailable?: number | string;
  rbac: RbacValues;
  serviceAccount: ServiceAccountValues;
  /**
   * Pod `securityContext` (a Kubernetes PodSecurityContext), always printed (`{}` when empty).
   *
   * @default {}
   */
  podSecurityContext?: import('kubernetes-models/v1').IPodSecurityContext;
  /**
   * Container `securityContext` (a Kubernetes SecurityContext), always printed (`{}` when empty).
   *
   * @default {}
   */
  securityContext?: import('kubernetes-models/v1').ISecurityContext;
  /**
   * Pod annotations. The three prometheus.io annotations are removed when config.observability.enabled is off; a `checksum/token` annotation comes first when config.token is set. Set a default one to null to remove it. Values must be strings (`"8080"` and `"true"` stay quoted).
   *
   * @default {"prometheus.io/scrape":"true","prometheus.io/path":"/metrics","prometheus.io/port":"8080"}
   */
  podAnnotations?: {
    [k: string]: string;
  };
  serviceMonitor: ServiceMonitorValues;
  config: ConfigValues;
  service: ServiceValues;
  ingress: IngressValues;
  'ingress-nginx'?: IngressNginxValues;
  /**
   * Extra container env (Kubernetes EnvVar items), appended after the built-in env, e.g. HTTPS_PROXY. Values must be strings.
   *
   * @default []
   */
  extraEnv?: import('kubernetes-models/v1').IEnvVar[];
  /**
   * Extra agentk args, appended after the observability args and printed raw. Items must be strings: a number, boolean or `--b: c` map would keep its YAML meaning and break the container spec.
   *
   * @default []
   */
  extraArgs?: string[];
  /**
   * Extra container volumeMounts (Kubernetes VolumeMount items), appended after the built-in mounts.
   *
   * @default []
   */
  extraVolumeMounts?: import('kubernetes-models/v1').IVolumeMount[];
  /**
   * Extra pod volumes (Kubernetes Volume items), appended after the built-in volumes.
   *
   * @default []
   */
  extraVolumes?: import('kubernetes-models/v1').IVolume[];
  /**
   * Container `resources` (a Kubernetes ResourceRequirements), always printed. limits.cpu and limits.memory also add the env GOMAXPROCS and GOMEMLIMIT. Required: nulling it makes Helm fail with a nil-pointer template error.
   *
   * @default {}
   */
  resources: import('kubernetes-models/v1').IResourceRequirements;
  /**
   * Pod `nodeSelector`, printed when set: a map of label keys to label values (strings).
   *
   * @default {}
   */
  nodeSelector?: {
    [k: string]: string;
  };
  /**
   * Pod `tolerations` (Kubernetes Toleration items), printed when set.
   *
   * @default []
   */
  tolerations?: import('kubernetes-models/v1').IToleration[];
  /**
   * Pod `affinity` (a Kubernetes Affinity), printed when set.
   *
   * @default {}
   */
  affinity?: import('kubernetes-models/v1').IAffinity;
  /**
   * Pod `priorityClassName`, quoted, printed when set. The name of a PriorityClass, so a Kubernetes object name.
   *
   * @default ""
   */
  priorityClassName?: string;
  /**
   * Pod `runtimeClassName`, quoted, printed when set. The name of a RuntimeClass, so a Kubernetes object name.
   *
   * @default ""
   */
  runtimeClassName?: string;
  /**
   * Pod `hostAliases` (Kubernetes HostAlias items, `{ip, hostnames}`), printed when set.
   *
   * @default []
   */
  hostAliases?: import('kubernetes-models/v1').IHostAlias[];
  /**
   * Labels added to the pod template. They cannot override the chart's own labels (existing keys win).
   *
   * @default {}
   */
  podLabels?: {
    [k: string]: string;
  };
  /**
   * Labels appended to the common labels of every object. A key that duplicates a chart label is printed twice (parsers keep the last), so it overrides the chart's value in the pod labels but not in the selector. Values must be strings: YAML `y` or `5` would print as a boolean or number, which Kubernetes rejects.
   *
   * @default {}
   */
  additionalLabels?: {
    [k: string]: string;
  };
  /**
   * Pod `initContainers` (Kubernetes Container items), printed when set.
   *
   * @default []
   */
  initContainers?: import('kubernetes-models/v1').IContainer[];
  /**
   * Container `terminationMessagePolicy`, printed raw. FallbackToLogsOnError shows the last log lines in `kubectl describe` when the container fails; File is the Kubernetes default.
   *
   * @default "FallbackToLogsOnError"
   */
  terminationMessagePolicy?: 'File' | 'FallbackToLogsOnError';
  /**
   * Extra Kubernetes objects, each rendered as a document of its own (`# Source: gitlab-agent/templates/extra-manifests.yaml`) and sorted with the chart's objects in Helm's install order: for example an external-secrets ExternalSecret that fills the token Secret named in config.secretName. An item is a map, or a string holding one YAML document (a manifest pasted as it is). Items are never passed through a template engine: `{{ }}` stays text. Each must have apiVersion, kind and metadata.name; an object of a namespaced kind without metadata.namespace gets the release namespace. Chart 2.30.0 and later.
   */
  extraManifests?: ({} | string)[];
  /**
   * Helm's global values, shared with subcharts. Accepted by Helm convention and not used by this chart.
   */
  global?: {
    [k: string]: unknown;
  };
}
/**
 * The agentk container image, rendered as `<repository>:<tag>`. Required: nulling this map makes Helm fail with a nil-pointer template error.
 */
export interface ImageValues {
  /**
   * Image repository, printed raw before `:<tag>`.
   *
   * @default "registry.gitlab.com/gitlab-org/cluster-integration/gitlab-agent/agentk"
   */
  repository?: string;
  /**
   * The container's `imagePullPolicy`, printed raw. The Kubernetes API accepts only Always, IfNotPresent and Never.
   *
   * @default "IfNotPresent"
   */
  pullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /**
   * Image tag; empty means the chart's appVersion `v18.0.0`. Must be a string: an unquoted YAML number is a float to Helm (`1.10` becomes `1.1`, `1000000` prints as `1e+06`).
   *
   * @default ""
   */
  tag?: string;
}
/**
 * The main ClusterRoleBinding of the agent's ServiceAccount. Required: nulling this map makes Helm fail with a nil-pointer template error.
 */
export interface RbacValues {
  /**
   * Create the main ClusterRoleBinding `<namespace>:<FN>-<role>`. It is rendered even with serviceAccount.create=false (subject `default`).
   *
   * @default true
   */
  create?: boolean;
  /**
   * ClusterRole bound by the main ClusterRoleBinding, also the suffix of its name; unset means `cluster-admin`. Kubernetes refuses a role name with `/` or `%`, or one that is `.` or `..`.
   *
   * @default null
   */
  useExistingRole?: string | null;
  /**
   * Our extension, not the chart's. `cluster-admin` (what unset means): the chart's own output, the ServiceAccount bound to `cluster-admin` (or `rbac.useExistingRole`). `least-privilege`: no cluster-admin binding; instead a Role in the release namespace and, only for cluster-scoped needs, a ClusterRole, derived from the agent configuration file (`--agent-config`) and `rbac.leastPrivilege`. Needs rbac.create=true and no rbac.useExistingRole.
   */
  profile?: 'cluster-admin' | 'least-privilege' | null;
  leastPrivilege?: LeastPrivilegeValues;
}
/**
 * Our extension, read only with rbac.profile=least-privilege: which agent modules get rules, and extra bindings.
 */
export interface LeastPrivilegeValues {
  modules?: LeastPrivilegeModules;
  /**
   * For `access_as: agent`: a RoleBinding of the agent's ServiceAccount to the named ClusterRole in each namespace, for example `production: edit`.
   */
  namespaces?: {
    [k: string]: string;
  };
  /**
   * Bindings of the identities the agent impersonates (`gitlab:ci_job`, `gitlab:project:<id>`, a static username) to a ClusterRole, as a RoleBinding in `namespace`, or a ClusterRoleBinding when it is unset.
   */
  identityBindings?: LeastPrivilegeIdentityBinding[];
}
/**
 * Module switches. Unset: from the agent configuration file. true or false: on or off whatever the file says (a scan execution policy can turn on container scanning, and Flux runs whenever its CRDs exist, neither visible in the file).
 */
export interface LeastPrivilegeModules {
  /**
   * The Flux module (the file's `flux` key).
   */
  flux?: boolean | null;
  /**
   * Operational container scanning, the agent's own rules (the file's `container_scanning` key).
   */
  containerScanning?: boolean | null;
  /**
   * Remote development, workspaces (the file's `remote_development.enabled`).
   */
  remoteDevelopment?: boolean | null;
  /**
   * Impersonation for `ci_access` with `access_as: {ci_job: {}}`.
   */
  ciJobImpersonation?: boolean | null;
  /**
   * Impersonation for `user_access` with `access_as: {user: {}}`.
   */
  userImpersonation?: boolean | null;
}
export interface LeastPrivilegeIdentityBinding {
  /**
   * The subject's kind.
   */
  kind: 'User' | 'Group';
  /**
   * The user or group name, such as `gitlab:ci_job`.
   */
  name: string;
  /**
   * The ClusterRole bound.
   */
  role: string;
  /**
   * Bind in this namespace only (a RoleBinding); unset: cluster-wide.
   */
  namespace?: string | null;
}
/**
 * The agent's ServiceAccount. Required: nulling this map makes Helm fail with a nil-pointer template error.
 */
export interface ServiceAccountValues {
  /**
   * Create the agent ServiceAccount. Also picks the name rule: when true the name is serviceAccount.name or FN, when false serviceAccount.name or `default`.
   *
   * @default true
   */
  create?: boolean;
  /**
   * Annotations of the agent ServiceAccount and also of the operational container scanning ServiceAccount (the chart reuses them). Values must be strings.
   *
   * @default {}
   */
  annotations?: {
    [k: string]: string;
  };
  /**
   * Name of the agent ServiceAccount (created or existing); see serviceAccount.create for the fallback.
   *
   * @default null
   */
  name?: string | null;
}
/**
 * Prometheus Operator integration.
 */
export interface ServiceMonitorValues {
  /**
   * Render a ServiceMonitor and its own Service `FN-observability`, whatever config.observability.enabled is.
   *
   * @default false
   */
  enabled?: boolean;
}
/**
 * Configuration of agentk. Required: the templates dereference it.
 */
export interface ConfigValues {
  /**
   * Address of the GitLab agent server (KAS), passed raw as `--kas-address=` (not in receptive mode). Printed raw, so ` #x` after a space is lost as a YAML comment.
   *
   * @default "wss://kas.gitlab.com"
   */
  kasAddress?: string;
  /**
   * Extra headers for the KAS connection, one quoted `--kas-header=` argument per item (not in receptive mode). Items must be strings; a null item renders `%!s(<nil>)`.
   *
   * @default []
   */
  kasHeaders?: string[];
  /**
   * Agent token. Stored in the token Secret under key `token`, adds a `checksum/token` pod annotation, and creates the Secret and the secret volume. Must be a string: the chart fails on any other type.
   *
   * @default null
   */
  token?: string | null;
  /**
   * Name of the token Secret. Alone it creates no Secret: the volume points at an existing one. With config.token, the Secret is created under this name.
   *
   * @default null
   */
  secretName?: string | null;
  /**
   * PEM CA certificate to verify config.kasAddress. Goes into the ConfigMap as `ca.crt` and adds `--kas-ca-cert-file` (not in receptive mode, where only the ConfigMap and mount remain).
   *
   * @default null
   */
  kasCaCert?: string | null;
  observability: ObservabilityValues;
  operational_container_scanning: OperationalContainerScanningValues;
  receptive: ReceptiveValues;
  api: ApiValues;
  privateApi: PrivateApiValues;
}
/**
 * The observability endpoint (metrics and probes on port 8080). Required: nulling this map makes Helm fail with a nil-pointer template error.
 */
export interface ObservabilityValues {
  /**
   * Keeps the prometheus.io pod annotations and adds the container ports `observability` and `api`, Service port 8080 and the Service itself. Not passed to agentk: the probes stay on 8080 when it is off.
   *
   * @default true
   */
  enabled?: boolean;
  tls: ObservabilityTlsValues;
}
/**
 * Application-level TLS for the observability endpoint.
 */
export interface ObservabilityTlsValues {
  /**
   * Adds the observability cert and key args and the observability secret volume, even with observability off.
   *
   * @default false
   */
  enabled?: boolean;
  /**
   * PEM certificate of the observability TLS Secret (key `tls.crt`). Required when tls.enabled and secret.create are both true.
   *
   * @default null
   */
  cert?: string | null;
  /**
   * PEM private key of the observability TLS Secret (key `tls.key`). Required when tls.enabled and secret.create are both true.
   *
   * @default null
   */
  key?: string | null;
  secret?: ObservabilityTlsSecretValues;
}
/**
 * The kubernetes.io/tls Secret holding the observability certificate.
 */
export interface ObservabilityTlsSecretValues {
  /**
   * With tls.enabled, create the Secret from tls.cert and tls.key.
   *
   * @default false
   */
  create?: boolean;
  /**
   * Name of the observability TLS Secret. It is `gitlab-agent-observability` by default whatever the release name; `FN-observability` is used only when it is blank.
   *
   * @default "gitlab-agent-observability"
   */
  name?: string;
}
/**
 * Operational container scanning (OCS).
 */
export interface OperationalContainerScanningValues {
  /**
   * Render the 5 OCS objects (ServiceAccount, Role, RoleBinding, ClusterRole, ClusterRoleBinding) and set the env OCS_ENABLED and OCS_SERVICE_ACCOUNT_NAME.
   *
   * @default true
   */
  enabled?: boolean;
}
/**
 * Receptive mode: KAS connects to agentk instead of agentk dialling KAS.
 */
export interface ReceptiveValues {
  /**
   * Enable receptive mode: the api and private-api listeners, the Ingress, and the port checks on config.api.listenAddress and config.privateApi.listenAddress. KAS address, CA arg and headers are dropped.
   *
   * @default false
   */
  enabled?: boolean;
}
/**
 * The agentk API endpoint that KAS calls in receptive mode.
 */
export interface ApiValues {
  /**
   * `--api-listen-network=` in receptive mode, when set.
   *
   * @default "tcp"
   */
  listenNetwork?: string;
  /**
   * `--api-listen-address=` in receptive mode, when set. In receptive mode it must contain `:` and the text after the last `:` must equal service.internalPort (`[::1]:8082` works).
   *
   * @default ":8082"
   */
  listenAddress?: string;
  /**
   * Base64 EdDSA public key that verifies the JWTs KAS sends; Secret key `api-jwt`. Creates the Secret and the volume even outside receptive mode; the arg only appears in receptive mode. Redacted like a secret, since a private key pasted here by mistake must not leak, but as a public key it does not make the rendered output sensitive.
   *
   * @default null
   */
  jwtPublicKey?: string | null;
  tls: ApiTlsValues;
}
/**
 * TLS of the api endpoint.
 */
export interface ApiTlsValues {
  /**
   * Puts tls.cert/tls.key into the Secret, adds the api cert/key args (receptive mode, unless ingress.tls.enabled) and the Ingress `tls` section.
   *
   * @default false
   */
  enabled?: boolean;
  /**
   * PEM certificate of the api endpoint (Secret key `tls.crt`). Either cert or key creates the Secret and the volume, even with TLS off.
   *
   * @default null
   */
  cert?: string | null;
  /**
   * PEM private key of the api endpoint (Secret key `tls.key`). Either cert or key creates the Secret and the volume, even with TLS off.
   *
   * @default null
   */
  key?: string | null;
}
/**
 * The agentk private API used between agentk replicas in receptive mode.
 */
export interface PrivateApiValues {
  /**
   * `--private-api-listen-network=` in receptive mode, when set.
   *
   * @default "tcp"
   */
  listenNetwork?: string;
  /**
   * `--private-api-listen-address=` in receptive mode, when set. In receptive mode it must contain `:` and the text after the last `:` must equal service.privateApiPort.
   *
   * @default ":8081"
   */
  listenAddress?: string;
  tls: PrivateApiTlsValues;
}
/**
 * TLS of the private API.
 */
export interface PrivateApiTlsValues {
  /**
   * Puts the private API cert/key into the Secret and adds their args in receptive mode. The URL scheme is `grpcs` only when this is exactly boolean true; in receptive mode a non-boolean fails the chart (`error calling eq: incompatible types for comparison`).
   *
   * @default false
   */
  enabled?: boolean | null;
  /**
   * PEM certificate of the private API (Secret key `private-api-tls-cert`). Either cert or key creates the Secret and the volume.
   *
   * @default null
   */
  cert?: string | null;
  /**
   * PEM private key of the private API (Secret key `private-api-tls-key`). Either cert or key creates the Secret and the volume.
   *
   * @default null
   */
  key?: string | null;
  /**
   * PEM CA certificate of the private API; ConfigMap key `private-api-ca.crt`, the config volume, and the arg in receptive mode with tls.enabled.
   *
   * @default null
   */
  caCert?: string | null;
}
/**
 * The Service `<FN cut to 55>-service`, rendered in receptive mode or when config.observability.enabled.
 */
export interface ServiceValues {
  /**
   * Service `spec.type`, printed raw; unset means ClusterIP. ExternalName is not offered: the chart cannot set `externalName`, which the Kubernetes API requires for it.
   *
   * @default "ClusterIP"
   */
  type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /**
   * Port of the external-api Service port and of the Ingress backend (receptive mode); unset means 8182.
   *
   * @default 8182
   */
  externalPort?: number;
  /**
   * Container port `api` and the external-api targetPort; unset means 8082. In receptive mode it must equal the port of config.api.listenAddress (compared as text).
   *
   * @default 8082
   */
  internalPort?: number;
  /**
   * Container port `private-api` and the port in OWN_PRIVATE_API_URL. In receptive mode it must equal the port of config.privateApi.listenAddress (compared as text).
   *
   * @default 8081
   */
  privateApiPort?: number;
  /**
   * Service `loadBalancerIP`, quoted; only used when service.type is exactly LoadBalancer. Absent from the chart's defaults.
   */
  loadBalancerIP?: string | null;
  /**
   * Service `loadBalancerSourceRanges` (CIDRs, each quoted); only used when service.type is exactly LoadBalancer. Absent from the chart's defaults.
   */
  loadBalancerSourceRanges?: string[] | null;
}
/**
 * The Ingress to the api endpoint; rendered only in receptive mode.
 */
export interface IngressValues {
  /**
   * Render the Ingress `FN-ingress`; needs config.receptive.enabled as well.
   *
   * @default false
   */
  enabled?: boolean;
  /**
   * Ingress provider; `nginx` adds three fixed nginx annotations (backend-protocol GRPC, proxy-buffering off, custom-http-errors empty).
   *
   * @default "nginx"
   */
  provider?: string;
  /**
   * Extra Ingress annotations, after the nginx ones when ingress.provider is nginx; a duplicate key overrides them. The chart quotes every value, so a number or boolean becomes its text (`proxy-read-timeout: 3600` gives "3600").
   *
   * @default {}
   */
  annotations?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Host of the Ingress rule and of its TLS section, printed raw. A wildcard such as `*.example.com` breaks the chart's YAML (a `*` starts an alias), so only DNS names are accepted.
   *
   * @default "agent.example.com"
   */
  hostname?: string;
  tls?: IngressTlsValues;
}
/**
 * TLS of the Ingress.
 */
export interface IngressTlsValues {
  /**
   * Adds the Ingress `tls` section (only together with config.api.tls.enabled, reusing the token Secret) and removes the api cert/key args.
   *
   * @default false
   */
  enabled?: boolean;
}
/**
 * Values of the optional ingress-nginx 4.12.2 dependency. Only the defaults are supported: install ingress-nginx separately. The Ingress always uses the class `gitlab-agent-nginx`.
 */
export interface IngressNginxValues {
  /**
   * Must stay false: this renderer does not include the ingress-nginx dependency.
   *
   * @default false
   */
  enabled?: false;
  controller?: IngressNginxControllerValues;
  [k: string]: unknown;
}
/**
 * ingress-nginx controller settings (dependency only).
 */
export interface IngressNginxControllerValues {
  ingressClassResource?: IngressNginxClassValues;
  [k: string]: unknown;
}
/**
 * The IngressClass the dependency would create.
 */
export interface IngressNginxClassValues {
  /**
   * IngressClass name of the dependency; the chart's Ingress always uses `gitlab-agent-nginx` regardless.
   *
   * @default "gitlab-agent-nginx"
   */
  name?: string;
  [k: string]: unknown;
}

/** The values schema (schemas/values.schema.json), embedded so the library reads no files at run time. */
export const VALUES_SCHEMA: Readonly<Record<string, unknown>> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://gitlab.com/gitlab-org/charts/gitlab-agent/-/raw/v2.34.0/values.schema.json",
  "title": "GitlabAgentValues",
  "description": "Values of the gitlab/gitlab-agent Helm chart, releases 2.15.0 to 2.34.0 (agentk v18.0.0 to v19.6.0); values marked x-since-chart are accepted from that release on. Single source of truth: the TypeScript types, chart/values.yaml and the validator are generated from or driven by this file. It is stricter than Helm on purpose where Helm would render something the Kubernetes API rejects or the chart mis-renders. Validate the merged values (chart defaults plus user values): Helm deletes a key with a default when the user sets it to null.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "image",
    "rbac",
    "serviceAccount",
    "config",
    "resources",
    "service",
    "serviceMonitor",
    "ingress"
  ],
  "properties": {
    "image": {
      "title": "ImageValues",
      "description": "The agentk container image, rendered as `<repository>:<tag>`. Required: nulling this map makes Helm fail with a nil-pointer template error.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "repository": {
          "description": "Image repository, printed raw before `:<tag>`.",
          "type": "string",
          "default": "registry.gitlab.com/gitlab-org/cluster-integration/gitlab-agent/agentk"
        },
        "pullPolicy": {
          "description": "The container's `imagePullPolicy`, printed raw. The Kubernetes API accepts only Always, IfNotPresent and Never.",
          "type": "string",
          "enum": [
            "Always",
            "IfNotPresent",
            "Never"
          ],
          "default": "IfNotPresent"
        },
        "tag": {
          "description": "Image tag; empty means the chart's appVersion `v18.0.0`. Must be a string: an unquoted YAML number is a float to Helm (`1.10` becomes `1.1`, `1000000` prints as `1e+06`).",
          "type": "string",
          "default": "",
          "x-hint": "quote a numeric tag (tag: \"1.10\")",
          "x-fix": "quote-string"
        }
      }
    },
    "imagePullSecrets": {
      "description": "Pod `imagePullSecrets`, printed when set. Each item is a Kubernetes LocalObjectReference (`{name: regcred}`).",
      "type": "array",
      "items": {
        "x-kubernetes-type": "io.k8s.api.core.v1.LocalObjectReference",
        "tsType": "import(\"kubernetes-models/v1\").ILocalObjectReference"
      },
      "default": []
    },
    "nameOverride": {
      "description": "Replaces `gitlab-agent` in NAME (the `app.kubernetes.io/name` label) and in the full name FN. NAME is cut to 63 bytes, then one trailing `-` is removed.",
      "type": "string",
      "pattern": "^([a-z0-9][-a-z0-9.]*)?$",
      "x-message": "is not usable in Kubernetes object names",
      "x-hint": "use lower-case letters, digits, '-' and '.', starting with a letter or digit",
      "default": ""
    },
    "fullnameOverride": {
      "description": "Replaces the full name FN (normally `<release>-gitlab-agent`, or the release name when it already contains the chart name). Cut to 63 bytes, then only one trailing `-` is removed: `custom--` gives `custom-` and a Deployment named `custom--v2`.",
      "type": "string",
      "pattern": "^([a-z0-9][-a-z0-9.]*)?$",
      "x-message": "is not usable in Kubernetes object names",
      "x-hint": "use lower-case letters, digits, '-' and '.', starting with a letter or digit",
      "default": ""
    },
    "replicas": {
      "description": "Deployment `spec.replicas`; always printed, 0 is allowed.",
      "type": "integer",
      "minimum": 0,
      "maximum": 2147483647,
      "default": 2
    },
    "revisionHistoryLimit": {
      "description": "Deployment `spec.revisionHistoryLimit`, printed only when set: 0 is dropped like null, so Kubernetes' default (10) applies.",
      "type": [
        "integer",
        "null"
      ],
      "minimum": 0,
      "maximum": 2147483647,
      "default": null
    },
    "maxSurge": {
      "description": "Rolling update `maxSurge`, printed raw: an integer or a percentage such as `25%`. Setting it to null removes the default, which prints an empty value (Kubernetes then uses 25%).",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        },
        {
          "type": "string",
          "pattern": "^[0-9]+%$"
        }
      ],
      "default": 1,
      "x-hint": "use a whole number (1) or a percentage string (\"25%\")"
    },
    "maxUnavailable": {
      "description": "Rolling update `maxUnavailable`, printed raw: an integer or a percentage such as `25%`. Kubernetes rejects 0 for both maxSurge and maxUnavailable.",
      "anyOf": [
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 2147483647
        },
        {
          "type": "string",
          "pattern": "^[0-9]+%$"
        }
      ],
      "default": 0,
      "x-hint": "use a whole number (0) or a percentage string (\"25%\")"
    },
    "rbac": {
      "title": "RbacValues",
      "description": "The main ClusterRoleBinding of the agent's ServiceAccount. Required: nulling this map makes Helm fail with a nil-pointer template error.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "create": {
          "description": "Create the main ClusterRoleBinding `<namespace>:<FN>-<role>`. It is rendered even with serviceAccount.create=false (subject `default`).",
          "type": "boolean",
          "default": true
        },
        "useExistingRole": {
          "description": "ClusterRole bound by the main ClusterRoleBinding, also the suffix of its name; unset means `cluster-admin`. Kubernetes refuses a role name with `/` or `%`, or one that is `.` or `..`.",
          "type": [
            "string",
            "null"
          ],
          "pattern": "^(?!\\.\\.?$)[^/%]*$",
          "x-message": "is not usable as a ClusterRole name",
          "x-hint": "a ClusterRole name cannot contain '/' or '%', nor be '.' or '..'",
          "default": null
        },
        "profile": {
          "description": "Our extension, not the chart's. `cluster-admin` (what unset means): the chart's own output, the ServiceAccount bound to `cluster-admin` (or `rbac.useExistingRole`). `least-privilege`: no cluster-admin binding; instead a Role in the release namespace and, only for cluster-scoped needs, a ClusterRole, derived from the agent configuration file (`--agent-config`) and `rbac.leastPrivilege`. Needs rbac.create=true and no rbac.useExistingRole.",
          "type": [
            "string",
            "null"
          ],
          "enum": [
            "cluster-admin",
            "least-privilege",
            null
          ],
          "x-hint": "use cluster-admin or least-privilege"
        },
        "leastPrivilege": {
          "title": "LeastPrivilegeValues",
          "description": "Our extension, read only with rbac.profile=least-privilege: which agent modules get rules, and extra bindings.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "modules": {
              "title": "LeastPrivilegeModules",
              "description": "Module switches. Unset: from the agent configuration file. true or false: on or off whatever the file says (a scan execution policy can turn on container scanning, and Flux runs whenever its CRDs exist, neither visible in the file).",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "flux": {
                  "description": "The Flux module (the file's `flux` key).",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "containerScanning": {
                  "description": "Operational container scanning, the agent's own rules (the file's `container_scanning` key).",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "remoteDevelopment": {
                  "description": "Remote development, workspaces (the file's `remote_development.enabled`).",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "ciJobImpersonation": {
                  "description": "Impersonation for `ci_access` with `access_as: {ci_job: {}}`.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "userImpersonation": {
                  "description": "Impersonation for `user_access` with `access_as: {user: {}}`.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "namespaces": {
              "description": "For `access_as: agent`: a RoleBinding of the agent's ServiceAccount to the named ClusterRole in each namespace, for example `production: edit`.",
              "type": "object",
              "propertyNames": {
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                "maxLength": 63,
                "x-message": "is not a valid namespace name",
                "x-hint": "a DNS label: at most 63 lower-case letters, digits or `-`"
              },
              "additionalProperties": {
                "type": "string",
                "pattern": "^(?!\\.\\.?$)[^/%]+$",
                "x-message": "is not usable as a ClusterRole name",
                "x-hint": "a ClusterRole name cannot be empty, contain '/' or '%', nor be '.' or '..'"
              }
            },
            "identityBindings": {
              "description": "Bindings of the identities the agent impersonates (`gitlab:ci_job`, `gitlab:project:<id>`, a static username) to a ClusterRole, as a RoleBinding in `namespace`, or a ClusterRoleBinding when it is unset.",
              "type": "array",
              "items": {
                "title": "LeastPrivilegeIdentityBinding",
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "kind",
                  "name",
                  "role"
                ],
                "properties": {
                  "kind": {
                    "description": "The subject's kind.",
                    "type": "string",
                    "enum": [
                      "User",
                      "Group"
                    ]
                  },
                  "name": {
                    "description": "The user or group name, such as `gitlab:ci_job`.",
                    "type": "string",
                    "minLength": 1
                  },
                  "role": {
                    "description": "The ClusterRole bound.",
                    "type": "string",
                    "pattern": "^(?!\\.\\.?$)[^/%]+$",
                    "x-message": "is not usable as a ClusterRole name",
                    "x-hint": "a ClusterRole name cannot be empty, contain '/' or '%', nor be '.' or '..'"
                  },
                  "namespace": {
                    "description": "Bind in this namespace only (a RoleBinding); unset: cluster-wide.",
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                    "maxLength": 63,
                    "x-message": "is not a valid namespace name",
                    "x-hint": "a DNS label: at most 63 lower-case letters, digits or `-`"
                  }
                }
              }
            }
          }
        }
      }
    },
    "serviceAccount": {
      "title": "ServiceAccountValues",
      "description": "The agent's ServiceAccount. Required: nulling this map makes Helm fail with a nil-pointer template error.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "create": {
          "description": "Create the agent ServiceAccount. Also picks the name rule: when true the name is serviceAccount.name or FN, when false serviceAccount.name or `default`.",
          "type": "boolean",
          "default": true
        },
        "annotations": {
          "description": "Annotations of the agent ServiceAccount and also of the operational container scanning ServiceAccount (the chart reuses them). Values must be strings.",
          "type": "object",
          "propertyNames": {
            "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
            "x-message": "is not a valid annotation key",
            "x-hint": "an optional DNS subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit"
          },
          "additionalProperties": {
            "type": "string",
            "x-hint": "annotation values must be strings: quote it",
            "x-fix": "quote-string"
          },
          "default": {}
        },
        "name": {
          "description": "Name of the agent ServiceAccount (created or existing); see serviceAccount.create for the fallback.",
          "type": [
            "string",
            "null"
          ],
          "maxLength": 253,
          "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$",
          "x-message": "is not a valid Kubernetes object name",
          "x-hint": "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (at most 253)",
          "default": null
        }
      }
    },
    "podSecurityContext": {
      "description": "Pod `securityContext` (a Kubernetes PodSecurityContext), always printed (`{}` when empty).",
      "type": "object",
      "x-kubernetes-type": "io.k8s.api.core.v1.PodSecurityContext",
      "tsType": "import(\"kubernetes-models/v1\").IPodSecurityContext",
      "default": {}
    },
    "securityContext": {
      "description": "Container `securityContext` (a Kubernetes SecurityContext), always printed (`{}` when empty).",
      "type": "object",
      "x-kubernetes-type": "io.k8s.api.core.v1.SecurityContext",
      "tsType": "import(\"kubernetes-models/v1\").ISecurityContext",
      "default": {}
    },
    "podAnnotations": {
      "description": "Pod annotations. The three prometheus.io annotations are removed when config.observability.enabled is off; a `checksum/token` annotation comes first when config.token is set. Set a default one to null to remove it. Values must be strings (`\"8080\"` and `\"true\"` stay quoted).",
      "type": "object",
      "propertyNames": {
        "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
        "x-message": "is not a valid annotation key",
        "x-hint": "an optional DNS subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit"
      },
      "additionalProperties": {
        "type": "string",
        "x-hint": "annotation values must be strings: quote it",
        "x-fix": "quote-string"
      },
      "default": {
        "prometheus.io/scrape": "true",
        "prometheus.io/path": "/metrics",
        "prometheus.io/port": "8080"
      }
    },
    "serviceMonitor": {
      "title": "ServiceMonitorValues",
      "description": "Prometheus Operator integration.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "description": "Render a ServiceMonitor and its own Service `FN-observability`, whatever config.observability.enabled is.",
          "type": "boolean",
          "default": false
        }
      }
    },
    "config": {
      "title": "ConfigValues",
      "description": "Configuration of agentk. Required: the templates dereference it.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "observability",
        "operational_container_scanning",
        "receptive",
        "api",
        "privateApi"
      ],
      "properties": {
        "kasAddress": {
          "description": "Address of the GitLab agent server (KAS), passed raw as `--kas-address=` (not in receptive mode). Printed raw, so ` #x` after a space is lost as a YAML comment.",
          "type": "string",
          "default": "wss://kas.gitlab.com"
        },
        "kasHeaders": {
          "description": "Extra headers for the KAS connection, one quoted `--kas-header=` argument per item (not in receptive mode). Items must be strings; a null item renders `%!s(<nil>)`.",
          "type": "array",
          "items": {
            "type": "string",
            "x-hint": "each header is a string such as \"Cookie: gitlab_canary=true\""
          },
          "default": []
        },
        "token": {
          "description": "Agent token. Stored in the token Secret under key `token`, adds a `checksum/token` pod annotation, and creates the Secret and the secret volume. Must be a string: the chart fails on any other type.",
          "type": [
            "string",
            "null"
          ],
          "default": null,
          "x-secret": "credential",
          "x-hint": "quote the token",
          "x-fix": "quote-string"
        },
        "secretName": {
          "description": "Name of the token Secret. Alone it creates no Secret: the volume points at an existing one. With config.token, the Secret is created under this name.",
          "type": [
            "string",
            "null"
          ],
          "maxLength": 253,
          "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$",
          "x-message": "is not a valid Kubernetes object name",
          "x-hint": "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (at most 253)",
          "default": null
        },
        "kasCaCert": {
          "description": "PEM CA certificate to verify config.kasAddress. Goes into the ConfigMap as `ca.crt` and adds `--kas-ca-cert-file` (not in receptive mode, where only the ConfigMap and mount remain).",
          "type": [
            "string",
            "null"
          ],
          "default": null
        },
        "observability": {
          "title": "ObservabilityValues",
          "description": "The observability endpoint (metrics and probes on port 8080). Required: nulling this map makes Helm fail with a nil-pointer template error.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "tls"
          ],
          "properties": {
            "enabled": {
              "description": "Keeps the prometheus.io pod annotations and adds the container ports `observability` and `api`, Service port 8080 and the Service itself. Not passed to agentk: the probes stay on 8080 when it is off.",
              "type": "boolean",
              "default": true
            },
            "tls": {
              "title": "ObservabilityTlsValues",
              "description": "Application-level TLS for the observability endpoint.",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "enabled": {
                  "description": "Adds the observability cert and key args and the observability secret volume, even with observability off.",
                  "type": "boolean",
                  "default": false
                },
                "cert": {
                  "description": "PEM certificate of the observability TLS Secret (key `tls.crt`). Required when tls.enabled and secret.create are both true.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "default": null
                },
                "key": {
                  "description": "PEM private key of the observability TLS Secret (key `tls.key`). Required when tls.enabled and secret.create are both true.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "default": null,
                  "x-secret": "credential"
                },
                "secret": {
                  "title": "ObservabilityTlsSecretValues",
                  "description": "The kubernetes.io/tls Secret holding the observability certificate.",
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "create": {
                      "description": "With tls.enabled, create the Secret from tls.cert and tls.key.",
                      "type": "boolean",
                      "default": false
                    },
                    "name": {
                      "description": "Name of the observability TLS Secret. It is `gitlab-agent-observability` by default whatever the release name; `FN-observability` is used only when it is blank.",
                      "type": "string",
                      "maxLength": 253,
                      "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$",
                      "x-message": "is not a valid Kubernetes object name",
                      "x-hint": "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (at most 253)",
                      "default": "gitlab-agent-observability"
                    }
                  }
                }
              }
            }
          }
        },
        "operational_container_scanning": {
          "title": "OperationalContainerScanningValues",
          "description": "Operational container scanning (OCS).",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "enabled": {
              "description": "Render the 5 OCS objects (ServiceAccount, Role, RoleBinding, ClusterRole, ClusterRoleBinding) and set the env OCS_ENABLED and OCS_SERVICE_ACCOUNT_NAME.",
              "type": "boolean",
              "default": true
            }
          }
        },
        "receptive": {
          "title": "ReceptiveValues",
          "description": "Receptive mode: KAS connects to agentk instead of agentk dialling KAS.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "enabled": {
              "description": "Enable receptive mode: the api and private-api listeners, the Ingress, and the port checks on config.api.listenAddress and config.privateApi.listenAddress. KAS address, CA arg and headers are dropped.",
              "type": "boolean",
              "default": false
            }
          }
        },
        "api": {
          "title": "ApiValues",
          "description": "The agentk API endpoint that KAS calls in receptive mode.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "tls"
          ],
          "properties": {
            "listenNetwork": {
              "description": "`--api-listen-network=` in receptive mode, when set.",
              "type": "string",
              "default": "tcp"
            },
            "listenAddress": {
              "description": "`--api-listen-address=` in receptive mode, when set. In receptive mode it must contain `:` and the text after the last `:` must equal service.internalPort (`[::1]:8082` works).",
              "type": "string",
              "default": ":8082"
            },
            "jwtPublicKey": {
              "description": "Base64 EdDSA public key that verifies the JWTs KAS sends; Secret key `api-jwt`. Creates the Secret and the volume even outside receptive mode; the arg only appears in receptive mode. Redacted like a secret, since a private key pasted here by mistake must not leak, but as a public key it does not make the rendered output sensitive.",
              "type": [
                "string",
                "null"
              ],
              "default": null,
              "x-secret": "public-key"
            },
            "tls": {
              "title": "ApiTlsValues",
              "description": "TLS of the api endpoint.",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "enabled": {
                  "description": "Puts tls.cert/tls.key into the Secret, adds the api cert/key args (receptive mode, unless ingress.tls.enabled) and the Ingress `tls` section.",
                  "type": "boolean",
                  "default": false
                },
                "cert": {
                  "description": "PEM certificate of the api endpoint (Secret key `tls.crt`). Either cert or key creates the Secret and the volume, even with TLS off.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "default": null
                },
                "key": {
                  "description": "PEM private key of the api endpoint (Secret key `tls.key`). Either cert or key creates the Secret and the volume, even with TLS off.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "default": null,
                  "x-secret": "credential"
                }
              }
            }
          }
        },
        "privateApi": {
          "title": "PrivateApiValues",
          "description": "The agentk private API used between agentk replicas in receptive mode.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "tls"
          ],
          "properties": {
            "listenNetwork": {
              "description": "`--private-api-listen-network=` in receptive mode, when set.",
              "type": "string",
              "default": "tcp"
            },
            "listenAddress": {
              "description": "`--private-api-listen-address=` in receptive mode, when set. In receptive mode it must contain `:` and the text after the last `:` must equal service.privateApiPort.",
              "type": "string",
              "default": ":8081"
            },
            "tls": {
              "title": "PrivateApiTlsValues",
              "description": "TLS of the private API.",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "enabled": {
                  "description": "Puts the private API cert/key into the Secret and adds their args in receptive mode. The URL scheme is `grpcs` only when this is exactly boolean true; in receptive mode a non-boolean fails the chart (`error calling eq: incompatible types for comparison`).",
                  "type": [
                    "boolean",
                    "null"
                  ],
                  "default": false,
                  "x-hint": "use true or false without quotes",
                  "x-fix": "unquote-boolean"
                },
                "cert": {
                  "description": "PEM certificate of the private API (Secret key `private-api-tls-cert`). Either cert or key creates the Secret and the volume.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "default": null
                },
                "key": {
                  "description": "PEM private key of the private API (Secret key `private-api-tls-key`). Either cert or key creates the Secret and the volume.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "default": null,
                  "x-secret": "credential"
                },
                "caCert": {
                  "description": "PEM CA certificate of the private API; ConfigMap key `private-api-ca.crt`, the config volume, and the arg in receptive mode with tls.enabled.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "default": null
                }
              }
            }
          }
        }
      }
    },
    "service": {
      "title": "ServiceValues",
      "description": "The Service `<FN cut to 55>-service`, rendered in receptive mode or when config.observability.enabled.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "type": {
          "description": "Service `spec.type`, printed raw; unset means ClusterIP. ExternalName is not offered: the chart cannot set `externalName`, which the Kubernetes API requires for it.",
          "type": "string",
          "enum": [
            "ClusterIP",
            "NodePort",
            "LoadBalancer"
          ],
          "default": "ClusterIP"
        },
        "externalPort": {
          "description": "Port of the external-api Service port and of the Ingress backend (receptive mode); unset means 8182.",
          "type": "integer",
          "minimum": 1,
          "maximum": 65535,
          "default": 8182
        },
        "internalPort": {
          "description": "Container port `api` and the external-api targetPort; unset means 8082. In receptive mode it must equal the port of config.api.listenAddress (compared as text).",
          "type": "integer",
          "minimum": 1,
          "maximum": 65535,
          "default": 8082
        },
        "privateApiPort": {
          "description": "Container port `private-api` and the port in OWN_PRIVATE_API_URL. In receptive mode it must equal the port of config.privateApi.listenAddress (compared as text).",
          "type": "integer",
          "minimum": 1,
          "maximum": 65535,
          "default": 8081
        },
        "loadBalancerIP": {
          "description": "Service `loadBalancerIP`, quoted; only used when service.type is exactly LoadBalancer. Absent from the chart's defaults.",
          "type": [
            "string",
            "null"
          ]
        },
        "loadBalancerSourceRanges": {
          "description": "Service `loadBalancerSourceRanges` (CIDRs, each quoted); only used when service.type is exactly LoadBalancer. Absent from the chart's defaults.",
          "type": [
            "array",
            "null"
          ],
          "items": {
            "type": "string",
            "x-hint": "each range is a CIDR string such as \"192.0.2.0/24\""
          }
        }
      }
    },
    "ingress": {
      "title": "IngressValues",
      "description": "The Ingress to the api endpoint; rendered only in receptive mode.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "description": "Render the Ingress `FN-ingress`; needs config.receptive.enabled as well.",
          "type": "boolean",
          "default": false
        },
        "provider": {
          "description": "Ingress provider; `nginx` adds three fixed nginx annotations (backend-protocol GRPC, proxy-buffering off, custom-http-errors empty).",
          "type": "string",
          "default": "nginx"
        },
        "annotations": {
          "description": "Extra Ingress annotations, after the nginx ones when ingress.provider is nginx; a duplicate key overrides them. The chart quotes every value, so a number or boolean becomes its text (`proxy-read-timeout: 3600` gives \"3600\").",
          "type": "object",
          "propertyNames": {
            "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
            "x-message": "is not a valid annotation key",
            "x-hint": "an optional DNS subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit"
          },
          "additionalProperties": {
            "type": [
              "string",
              "number",
              "boolean"
            ],
            "x-hint": "annotation values are text: a string, or a number or boolean the chart quotes"
          },
          "default": {}
        },
        "hostname": {
          "description": "Host of the Ingress rule and of its TLS section, printed raw. A wildcard such as `*.example.com` breaks the chart's YAML (a `*` starts an alias), so only DNS names are accepted.",
          "type": "string",
          "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
          "maxLength": 253,
          "default": "agent.example.com",
          "x-message": "is not a valid host name",
          "x-hint": "use a lowercase DNS name such as agent.example.com; the chart prints it raw, so wildcards break its YAML"
        },
        "tls": {
          "title": "IngressTlsValues",
          "description": "TLS of the Ingress.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "enabled": {
              "description": "Adds the Ingress `tls` section (only together with config.api.tls.enabled, reusing the token Secret) and removes the api cert/key args.",
              "type": "boolean",
              "default": false
            }
          }
        }
      }
    },
    "ingress-nginx": {
      "title": "IngressNginxValues",
      "description": "Values of the optional ingress-nginx 4.12.2 dependency. Only the defaults are supported: install ingress-nginx separately. The Ingress always uses the class `gitlab-agent-nginx`.",
      "type": "object",
      "additionalProperties": true,
      "properties": {
        "enabled": {
          "description": "Must stay false: this renderer does not include the ingress-nginx dependency.",
          "type": "boolean",
          "const": false,
          "default": false,
          "x-problem-code": "unsupported",
          "x-message": "the optional ingress-nginx dependency is not supported",
          "x-hint": "install ingress-nginx separately (its own chart) and keep ingress-nginx.enabled false"
        },
        "controller": {
          "title": "IngressNginxControllerValues",
          "description": "ingress-nginx controller settings (dependency only).",
          "type": "object",
          "additionalProperties": true,
          "properties": {
            "ingressClassResource": {
              "title": "IngressNginxClassValues",
              "description": "The IngressClass the dependency would create.",
              "type": "object",
              "additionalProperties": true,
              "properties": {
                "name": {
                  "description": "IngressClass name of the dependency; the chart's Ingress always uses `gitlab-agent-nginx` regardless.",
                  "type": "string",
                  "default": "gitlab-agent-nginx"
                }
              }
            }
          }
        }
      }
    },
    "extraEnv": {
      "description": "Extra container env (Kubernetes EnvVar items), appended after the built-in env, e.g. HTTPS_PROXY. Values must be strings.",
      "type": "array",
      "items": {
        "x-kubernetes-type": "io.k8s.api.core.v1.EnvVar",
        "tsType": "import(\"kubernetes-models/v1\").IEnvVar"
      },
      "default": []
    },
    "extraArgs": {
      "description": "Extra agentk args, appended after the observability args and printed raw. Items must be strings: a number, boolean or `--b: c` map would keep its YAML meaning and break the container spec.",
      "type": "array",
      "items": {
        "type": "string",
        "x-hint": "quote the argument (\"--b: c\")",
        "x-fix": "quote-string"
      },
      "default": []
    },
    "extraVolumeMounts": {
      "description": "Extra container volumeMounts (Kubernetes VolumeMount items), appended after the built-in mounts.",
      "type": "array",
      "items": {
        "x-kubernetes-type": "io.k8s.api.core.v1.VolumeMount",
        "tsType": "import(\"kubernetes-models/v1\").IVolumeMount"
      },
      "default": []
    },
    "extraVolumes": {
      "description": "Extra pod volumes (Kubernetes Volume items), appended after the built-in volumes.",
      "type": "array",
      "items": {
        "x-kubernetes-type": "io.k8s.api.core.v1.Volume",
        "tsType": "import(\"kubernetes-models/v1\").IVolume"
      },
      "default": []
    },
    "resources": {
      "description": "Container `resources` (a Kubernetes ResourceRequirements), always printed. limits.cpu and limits.memory also add the env GOMAXPROCS and GOMEMLIMIT. Required: nulling it makes Helm fail with a nil-pointer template error.",
      "type": "object",
      "x-kubernetes-type": "io.k8s.api.core.v1.ResourceRequirements",
      "tsType": "import(\"kubernetes-models/v1\").IResourceRequirements",
      "default": {}
    },
    "nodeSelector": {
      "description": "Pod `nodeSelector`, printed when set: a map of label keys to label values (strings).",
      "type": "object",
      "propertyNames": {
        "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
        "x-message": "is not a valid label key",
        "x-hint": "an optional DNS subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit"
      },
      "additionalProperties": {
        "type": "string",
        "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$",
        "maxLength": 63,
        "x-message": "is not a valid label value",
        "x-hint": "label values must be strings: quote it",
        "x-fix": "quote-string",
        "x-value-hint": "a label value is at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit: change the value"
      },
      "default": {}
    },
    "tolerations": {
      "description": "Pod `tolerations` (Kubernetes Toleration items), printed when set.",
      "type": "array",
      "items": {
        "x-kubernetes-type": "io.k8s.api.core.v1.Toleration",
        "tsType": "import(\"kubernetes-models/v1\").IToleration"
      },
      "default": []
    },
    "affinity": {
      "description": "Pod `affinity` (a Kubernetes Affinity), printed when set.",
      "type": "object",
      "x-kubernetes-type": "io.k8s.api.core.v1.Affinity",
      "tsType": "import(\"kubernetes-models/v1\").IAffinity",
      "default": {}
    },
    "priorityClassName": {
      "description": "Pod `priorityClassName`, quoted, printed when set. The name of a PriorityClass, so a Kubernetes object name.",
      "type": "string",
      "maxLength": 253,
      "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$",
      "x-message": "is not a valid PriorityClass name",
      "x-hint": "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (at most 253)",
      "default": ""
    },
    "runtimeClassName": {
      "description": "Pod `runtimeClassName`, quoted, printed when set. The name of a RuntimeClass, so a Kubernetes object name.",
      "type": "string",
      "maxLength": 253,
      "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$",
      "x-message": "is not a valid RuntimeClass name",
      "x-hint": "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (at most 253)",
      "default": ""
    },
    "hostAliases": {
      "description": "Pod `hostAliases` (Kubernetes HostAlias items, `{ip, hostnames}`), printed when set.",
      "type": "array",
      "items": {
        "x-kubernetes-type": "io.k8s.api.core.v1.HostAlias",
        "tsType": "import(\"kubernetes-models/v1\").IHostAlias"
      },
      "default": []
    },
    "podLabels": {
      "description": "Labels added to the pod template. They cannot override the chart's own labels (existing keys win).",
      "type": "object",
      "propertyNames": {
        "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
        "x-message": "is not a valid label key",
        "x-hint": "an optional DNS subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit"
      },
      "additionalProperties": {
        "type": "string",
        "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$",
        "maxLength": 63,
        "x-message": "is not a valid label value",
        "x-hint": "label values must be strings: quote it",
        "x-fix": "quote-string",
        "x-value-hint": "a label value is at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit: change the value"
      },
      "default": {}
    },
    "additionalLabels": {
      "description": "Labels appended to the common labels of every object. A key that duplicates a chart label is printed twice (parsers keep the last), so it overrides the chart's value in the pod labels but not in the selector. Values must be strings: YAML `y` or `5` would print as a boolean or number, which Kubernetes rejects.",
      "type": "object",
      "propertyNames": {
        "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",
        "x-message": "is not a valid label key",
        "x-hint": "an optional DNS subdomain prefix and `/`, then at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit"
      },
      "additionalProperties": {
        "type": "string",
        "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$",
        "maxLength": 63,
        "x-message": "is not a valid label value",
        "x-hint": "label values must be strings: quote it",
        "x-fix": "quote-string",
        "x-value-hint": "a label value is at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit: change the value"
      },
      "default": {}
    },
    "initContainers": {
      "description": "Pod `initContainers` (Kubernetes Container items), printed when set.",
      "type": "array",
      "items": {
        "x-kubernetes-type": "io.k8s.api.core.v1.Container",
        "tsType": "import(\"kubernetes-models/v1\").IContainer"
      },
      "default": []
    },
    "terminationMessagePolicy": {
      "description": "Container `terminationMessagePolicy`, printed raw. FallbackToLogsOnError shows the last log lines in `kubectl describe` when the container fails; File is the Kubernetes default.",
      "type": "string",
      "enum": [
        "File",
        "FallbackToLogsOnError"
      ],
      "default": "FallbackToLogsOnError"
    },
    "extraManifests": {
      "description": "Extra Kubernetes objects, each rendered as a document of its own (`# Source: gitlab-agent/templates/extra-manifests.yaml`) and sorted with the chart's objects in Helm's install order: for example an external-secrets ExternalSecret that fills the token Secret named in config.secretName. An item is a map, or a string holding one YAML document (a manifest pasted as it is). Items are never passed through a template engine: `{{ }}` stays text. Each must have apiVersion, kind and metadata.name; an object of a namespaced kind without metadata.namespace gets the release namespace. Chart 2.30.0 and later.",
      "type": "array",
      "items": {
        "anyOf": [
          {
            "type": "object"
          },
          {
            "type": "string"
          }
        ],
        "x-message": "must be a map (a Kubernetes object) or a string holding one YAML document",
        "x-hint": "give apiVersion, kind and metadata as a map"
      },
      "x-since-chart": "2.30.0"
    },
    "global": {
      "description": "Helm's global values, shared with subcharts. Accepted by Helm convention and not used by this chart.",
      "type": "object",
      "additionalProperties": true
    }
  }
};
