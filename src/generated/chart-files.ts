// Generated from chart/ by `npm run codegen`. Do not edit.

export const CHART_METADATA = {
  "name": "gitlab-agent",
  "version": "2.15.0",
  "appVersion": "v18.0.0"
} as const;

/** chart/values.yaml: the chart's default values. */
export const DEFAULT_VALUES: { readonly [key: string]: unknown } = {
  "image": {
    "repository": "registry.gitlab.com/gitlab-org/cluster-integration/gitlab-agent/agentk",
    "pullPolicy": "IfNotPresent",
    "tag": ""
  },
  "imagePullSecrets": [],
  "nameOverride": "",
  "fullnameOverride": "",
  "replicas": 2,
  "revisionHistoryLimit": null,
  "maxSurge": 1,
  "maxUnavailable": 0,
  "rbac": {
    "create": true,
    "useExistingRole": null
  },
  "serviceAccount": {
    "create": true,
    "annotations": {},
    "name": null
  },
  "podSecurityContext": {},
  "securityContext": {},
  "podAnnotations": {
    "prometheus.io/scrape": "true",
    "prometheus.io/path": "/metrics",
    "prometheus.io/port": "8080"
  },
  "serviceMonitor": {
    "enabled": false
  },
  "config": {
    "kasAddress": "wss://kas.gitlab.com",
    "kasHeaders": [],
    "token": null,
    "secretName": null,
    "kasCaCert": null,
    "observability": {
      "enabled": true,
      "tls": {
        "enabled": false,
        "cert": null,
        "key": null,
        "secret": {
          "create": false,
          "name": "gitlab-agent-observability"
        }
      }
    },
    "operational_container_scanning": {
      "enabled": true
    },
    "receptive": {
      "enabled": false
    },
    "api": {
      "listenNetwork": "tcp",
      "listenAddress": ":8082",
      "jwtPublicKey": null,
      "tls": {
        "enabled": false,
        "cert": null,
        "key": null
      }
    },
    "privateApi": {
      "listenNetwork": "tcp",
      "listenAddress": ":8081",
      "tls": {
        "enabled": false,
        "cert": null,
        "key": null,
        "caCert": null
      }
    }
  },
  "service": {
    "type": "ClusterIP",
    "externalPort": 8182,
    "internalPort": 8082,
    "privateApiPort": 8081
  },
  "ingress": {
    "enabled": false,
    "provider": "nginx",
    "annotations": {},
    "hostname": "agent.example.com",
    "tls": {
      "enabled": false
    }
  },
  "ingress-nginx": {
    "enabled": false,
    "controller": {
      "ingressClassResource": {
        "name": "gitlab-agent-nginx"
      }
    }
  },
  "extraEnv": [],
  "extraArgs": [],
  "extraVolumeMounts": [],
  "extraVolumes": [],
  "resources": {},
  "nodeSelector": {},
  "tolerations": [],
  "affinity": {},
  "priorityClassName": "",
  "runtimeClassName": "",
  "hostAliases": [],
  "podLabels": {},
  "additionalLabels": {},
  "initContainers": [],
  "terminationMessagePolicy": "FallbackToLogsOnError"
};

/** chart/templates/*.hbs, keyed by the chart template they reproduce. */
export const TEMPLATES: Readonly<Record<string, string>> = {
  "clusterrolebinding.yaml": "{{#if (set Values.rbac.create)}}\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  {{> metadata name=names.clusterRoleBinding namespaced=false}}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: {{q names.clusterRole}}\nsubjects:\n- kind: ServiceAccount\n  name: {{q names.serviceAccount}}\n  namespace: {{q Release.Namespace}}\n{{/if}}\n",
  "configmap.yaml": "{{#if (or (set Values.config.kasCaCert) (set Values.config.privateApi.tls.caCert))}}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  {{> metadata name=names.configMap namespaced=true}}\ndata:\n  {{#if (set Values.config.kasCaCert)}}\n  ca.crt: {{q (str Values.config.kasCaCert)}}\n  {{/if}}\n  {{#if (set Values.config.privateApi.tls.caCert)}}\n  private-api-ca.crt: {{q (str Values.config.privateApi.tls.caCert)}}\n  {{/if}}\n{{/if}}\n",
  "deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  # NOTE: the `-v1` suffix was introduced as an epoch version to be able\n  # to gracefully recreate the deployment in case there is no upgrade\n  # path otherwise, e.g. when changing an immutable field.\n  # see https://gitlab.com/gitlab-org/charts/gitlab-agent/-/issues/38 for ctx\n  {{> metadata name=names.deployment namespaced=true}}\nspec:\n  replicas: {{q Values.replicas}}\n  {{#if (set Values.revisionHistoryLimit)}}\n  revisionHistoryLimit: {{q Values.revisionHistoryLimit}}\n  {{/if}}\n  strategy:\n    rollingUpdate:\n      maxSurge: {{q Values.maxSurge}}\n      maxUnavailable: {{q Values.maxUnavailable}}\n    type: RollingUpdate\n  selector:\n    matchLabels:\n      {{> selector-labels}}\n  template:\n    metadata:\n      annotations:\n        {{> yaml-in-order value=podAnnotations}}\n      labels:\n        {{> yaml-in-order value=labels.pod}}\n    spec:\n      automountServiceAccountToken: false\n      {{#if (set Values.imagePullSecrets)}}\n      imagePullSecrets:\n        {{> yaml value=Values.imagePullSecrets}}\n      {{/if}}\n      serviceAccountName: {{q names.serviceAccount}}\n      {{#if (set Values.priorityClassName)}}\n      priorityClassName: {{q (str Values.priorityClassName)}}\n      {{/if}}\n      {{#if (set Values.runtimeClassName)}}\n      runtimeClassName: {{q (str Values.runtimeClassName)}}\n      {{/if}}\n      securityContext:\n        {{> yaml value=Values.podSecurityContext}}\n      containers:\n        - name: gitlab-agent\n          securityContext:\n            {{> yaml value=Values.securityContext}}\n          image: {{q image}}\n          imagePullPolicy: {{q Values.image.pullPolicy}}\n          terminationMessagePolicy: {{q Values.terminationMessagePolicy}}\n          args:\n            - --token-file=/etc/agentk/secrets/token\n            {{#unless receptive}}\n            - {{q (concat \"--kas-address=\" Values.config.kasAddress)}}\n            {{#if (set Values.config.kasCaCert)}}\n            - --kas-ca-cert-file=/etc/agentk/config/ca.crt\n            {{/if}}\n            {{#each Values.config.kasHeaders}}\n            - {{q (concat \"--kas-header=\" this)}}\n            {{/each}}\n            {{/unless}}\n            {{#if (set Values.config.observability.tls.enabled)}}\n            - --observability-cert-file=/etc/agentk/observability-secrets/tls.crt\n            - --observability-key-file=/etc/agentk/observability-secrets/tls.key\n            {{/if}}\n            {{#each Values.extraArgs}}\n            - {{q this}}\n            {{/each}}\n            {{#if receptive}}\n            {{#if (set Values.config.api.listenNetwork)}}\n            - {{q (concat \"--api-listen-network=\" Values.config.api.listenNetwork)}}\n            {{/if}}\n            {{#if (set Values.config.api.listenAddress)}}\n            - {{q (concat \"--api-listen-address=\" Values.config.api.listenAddress)}}\n            {{/if}}\n            {{#if (set Values.config.api.jwtPublicKey)}}\n            - --api-jwt-file=/etc/agentk/secrets/api-jwt\n            {{/if}}\n            {{#if (and (set Values.config.api.tls.enabled) (not (set Values.ingress.tls.enabled)))}}\n            {{#if (set Values.config.api.tls.cert)}}\n            - --api-cert-file=/etc/agentk/secrets/tls.crt\n            {{/if}}\n            {{#if (set Values.config.api.tls.key)}}\n            - --api-key-file=/etc/agentk/secrets/tls.key\n            {{/if}}\n            {{/if}}\n            - --private-api-jwt-file=/etc/agentk/secrets/private-api-jwt\n            {{#if (set Values.config.privateApi.listenNetwork)}}\n            - {{q (concat \"--private-api-listen-network=\" Values.config.privateApi.listenNetwork)}}\n            {{/if}}\n            {{#if (set Values.config.privateApi.listenAddress)}}\n            - {{q (concat \"--private-api-listen-address=\" Values.config.privateApi.listenAddress)}}\n            {{/if}}\n            {{#if (set Values.config.privateApi.tls.enabled)}}\n            {{#if (set Values.config.privateApi.tls.cert)}}\n            - --private-api-cert-file=/etc/agentk/secrets/private-api-tls-cert\n            {{/if}}\n            {{#if (set Values.config.privateApi.tls.key)}}\n            - --private-api-key-file=/etc/agentk/secrets/private-api-tls-key\n            {{/if}}\n            {{#if (set Values.config.privateApi.tls.caCert)}}\n            - --private-api-ca-cert-file=/etc/agentk/config/private-api-ca.crt\n            {{/if}}\n            {{/if}}\n            {{/if}}\n          {{!-- with no entry the key reads as null, as in the chart --}}\n          ports:\n            {{#if (set Values.config.observability.enabled)}}\n            - name: observability\n              containerPort: 8080\n              protocol: TCP\n            {{/if}}\n            {{#if receptive}}\n            - containerPort: {{q Values.service.privateApiPort}}\n              name: private-api\n            {{/if}}\n            {{!-- declared by default although agentk only listens there in receptive mode --}}\n            {{#if (and (or receptive (set Values.config.observability.enabled)) (set Values.service.internalPort))}}\n            - containerPort: {{q Values.service.internalPort}}\n              name: api\n            {{/if}}\n          livenessProbe:\n            httpGet:\n              path: /liveness\n              port: 8080\n            initialDelaySeconds: 15\n            periodSeconds: 20\n          readinessProbe:\n            httpGet:\n              path: /readiness\n              port: 8080\n            initialDelaySeconds: 5\n            periodSeconds: 10\n          resources:\n            {{> yaml value=Values.resources}}\n          env:\n            - name: POD_NAMESPACE\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.namespace\n            - name: POD_NAME\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.name\n            - name: POD_IP\n              valueFrom:\n                fieldRef:\n                  fieldPath: status.podIP\n            - name: GITLAB_AGENT_TELEMETRY_installation_method\n              value: helm-chart\n            - name: GITLAB_AGENT_TELEMETRY_helm_chart_version\n              value: {{q chartVersion}}\n            {{#if receptive}}\n            - name: OWN_PRIVATE_API_URL\n              value: {{q ownPrivateApiUrl}}\n            - name: POD_SELECTOR_LABELS\n              value: {{q podSelectorLabels}}\n            {{/if}}\n            - name: SERVICE_ACCOUNT_NAME\n              valueFrom:\n                fieldRef:\n                  fieldPath: spec.serviceAccountName\n            - name: OCS_ENABLED\n              value: {{q (str (set Values.config.operational_container_scanning.enabled))}}\n            {{#if (set Values.config.operational_container_scanning.enabled)}}\n            - name: OCS_SERVICE_ACCOUNT_NAME\n              value: {{q names.ocsServiceAccount}}\n            {{/if}}\n            {{#if limits.cpu}}\n            - name: GOMAXPROCS\n              valueFrom:\n                resourceFieldRef:\n                  resource: limits.cpu\n            {{/if}}\n            {{#if limits.memory}}\n            - name: GOMEMLIMIT\n              valueFrom:\n                resourceFieldRef:\n                  resource: limits.memory\n            {{/if}}\n            {{#if (set Values.extraEnv)}}\n            {{> yaml value=Values.extraEnv}}\n            {{/if}}\n          volumeMounts:\n            - name: service-account-token-volume\n              mountPath: /var/run/secrets/kubernetes.io/serviceaccount\n              readOnly: true\n            {{#if hasSecretVolume}}\n            - name: secret-volume\n              mountPath: /etc/agentk/secrets\n              readOnly: true\n            {{/if}}\n            {{#if (set Values.config.observability.tls.enabled)}}\n            - name: observability-secret-volume\n              mountPath: /etc/agentk/observability-secrets\n              readOnly: true\n            {{/if}}\n            {{#if hasConfigVolume}}\n            - name: config-volume\n              mountPath: /etc/agentk/config\n              readOnly: true\n            {{/if}}\n            {{#if (set Values.extraVolumeMounts)}}\n            {{> yaml value=Values.extraVolumeMounts}}\n            {{/if}}\n      {{#if (set Values.initContainers)}}\n      initContainers:\n        {{> yaml value=Values.initContainers}}\n      {{/if}}\n      {{!-- 0444 is a YAML 1.1 octal literal (292), as Kubernetes reads it --}}\n      volumes:\n        - name: service-account-token-volume\n          projected:\n            defaultMode: 0444\n            sources:\n            - configMap:\n                name: kube-root-ca.crt\n            - downwardAPI:\n                items:\n                - fieldRef:\n                    apiVersion: v1\n                    fieldPath: metadata.namespace\n                  path: namespace\n            - serviceAccountToken:\n                expirationSeconds: 3600\n                path: token\n        {{#if hasSecretVolume}}\n        - name: secret-volume\n          secret:\n            defaultMode: 0444\n            secretName: {{q names.tokenSecret}}\n        {{/if}}\n        {{#if (set Values.config.observability.tls.enabled)}}\n        - name: observability-secret-volume\n          secret:\n            defaultMode: 0444\n            secretName: {{q names.observabilitySecret}}\n        {{/if}}\n        {{#if hasConfigVolume}}\n        - name: config-volume\n          configMap:\n            defaultMode: 0444\n            name: {{q names.configMap}}\n        {{/if}}\n        {{#if (set Values.extraVolumes)}}\n        {{> yaml value=Values.extraVolumes}}\n        {{/if}}\n      {{#if (set Values.nodeSelector)}}\n      nodeSelector:\n        {{> yaml value=Values.nodeSelector}}\n      {{/if}}\n      {{#if (set Values.affinity)}}\n      affinity:\n        {{> yaml value=Values.affinity}}\n      {{/if}}\n      {{#if (set Values.tolerations)}}\n      tolerations:\n        {{> yaml value=Values.tolerations}}\n      {{/if}}\n      {{#if (set Values.hostAliases)}}\n      hostAliases:\n        {{> yaml value=Values.hostAliases}}\n      {{/if}}\n",
  "ingress.yaml": "{{#if (and receptive (set Values.ingress.enabled))}}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  {{> metadata name=names.ingress namespaced=true}}\n  {{!-- the chart prints the key even when empty, which reads as null --}}\n  annotations:\n    {{#if (set ingressAnnotations)}}\n    {{> yaml-in-order value=ingressAnnotations}}\n    {{/if}}\nspec:\n  {{!-- fixed by the chart, whatever ingress-nginx.controller.ingressClassResource.name says --}}\n  ingressClassName: gitlab-agent-nginx\n  rules:\n    - host: {{q Values.ingress.hostname}}\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: {{q names.service}}\n                port:\n                  number: {{q (default Values.service.externalPort 8182)}}\n  {{#if (and (set Values.config.api.tls.enabled) (set Values.ingress.tls.enabled))}}\n  {{!-- the chart reuses the token Secret, which holds tls.crt and tls.key --}}\n  tls:\n    - hosts:\n      - {{q Values.ingress.hostname}}\n      secretName: {{q names.tokenSecret}}\n  {{/if}}\n{{/if}}\n",
  "observability-secret.yaml": "{{#if (and (set Values.config.observability.tls.enabled) (set Values.config.observability.tls.secret.create))}}\napiVersion: v1\nkind: Secret\nmetadata:\n  {{> metadata name=names.observabilitySecret namespaced=true}}\ndata:\n  tls.key: {{q (b64 Values.config.observability.tls.key)}}\n  tls.crt: {{q (b64 Values.config.observability.tls.cert)}}\ntype: kubernetes.io/tls\n{{/if}}\n",
  "ocs/clusterrole.yaml": "{{#if (set Values.config.operational_container_scanning.enabled)}}\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  {{> metadata name=names.ocsClusterRole namespaced=false}}\nrules:\n- apiGroups:\n  - batch\n  resources:\n  - cronjobs\n  - jobs\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - \"\"\n  resources:\n  - pods\n  - replicationcontrollers\n  - serviceaccounts\n  - namespaces\n  - services\n  - configmaps\n  - resourcequotas\n  - limitranges\n  - nodes\n  - secrets\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - apps\n  resources:\n  - replicasets\n  - daemonsets\n  - statefulsets\n  - deployments\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - rbac.authorization.k8s.io\n  resources:\n  - roles\n  - rolebindings\n  - clusterroles\n  - clusterrolebindings\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - networking.k8s.io\n  resources:\n  - networkpolicies\n  - ingresses\n  verbs:\n  - list\n  - get\n{{/if}}\n",
  "ocs/clusterrolebinding.yaml": "{{#if (set Values.config.operational_container_scanning.enabled)}}\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  {{> metadata name=names.ocsClusterRole namespaced=false}}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: {{q names.ocsClusterRole}}\n{{> ocs-subject}}\n{{/if}}\n",
  "ocs/role.yaml": "{{#if (set Values.config.operational_container_scanning.enabled)}}\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  {{> metadata name=names.ocsRole namespaced=true}}\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - configmaps\n  verbs:\n  - create\n{{/if}}\n",
  "ocs/rolebinding.yaml": "{{#if (set Values.config.operational_container_scanning.enabled)}}\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  {{> metadata name=names.ocsRole namespaced=true}}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: {{q names.ocsRole}}\n{{> ocs-subject}}\n{{/if}}\n",
  "ocs/serviceaccount.yaml": "{{#if (set Values.config.operational_container_scanning.enabled)}}\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  {{> metadata name=names.ocsServiceAccount namespaced=true}}\n  {{!-- the chart gives the scanning pods' account the agent account's annotations too --}}\n  {{#if (set Values.serviceAccount.annotations)}}\n  annotations:\n    {{> yaml value=Values.serviceAccount.annotations}}\n  {{/if}}\n{{/if}}\n",
  "secret.yaml": "{{!-- secretName alone creates nothing: the volume then points at an existing Secret --}}\n{{#if (or (set Values.config.token) (set Values.config.api.jwtPublicKey) (set Values.config.api.tls.cert) (set Values.config.api.tls.key) (set Values.config.privateApi.tls.cert) (set Values.config.privateApi.tls.key) receptive)}}\napiVersion: v1\nkind: Secret\nmetadata:\n  {{> metadata name=names.tokenSecret namespaced=true}}\ndata:\n  {{#if (set Values.config.token)}}\n  token: {{q (b64 Values.config.token)}}\n  {{/if}}\n  {{#if (set Values.config.api.jwtPublicKey)}}\n  api-jwt: {{q (b64 Values.config.api.jwtPublicKey)}}\n  {{/if}}\n  {{#if (set Values.config.api.tls.enabled)}}\n  {{#if (set Values.config.api.tls.cert)}}\n  tls.crt: {{q (b64 Values.config.api.tls.cert)}}\n  {{/if}}\n  {{#if (set Values.config.api.tls.key)}}\n  tls.key: {{q (b64 Values.config.api.tls.key)}}\n  {{/if}}\n  {{/if}}\n  {{#if (set Values.config.privateApi.tls.enabled)}}\n  {{#if (set Values.config.privateApi.tls.cert)}}\n  private-api-tls-cert: {{q (b64 Values.config.privateApi.tls.cert)}}\n  {{/if}}\n  {{#if (set Values.config.privateApi.tls.key)}}\n  private-api-tls-key: {{q (b64 Values.config.privateApi.tls.key)}}\n  {{/if}}\n  {{/if}}\n  {{#if receptive}}\n  private-api-jwt: {{q privateApiJwtData}}\n  {{/if}}\ntype: Opaque\n{{/if}}\n",
  "service.yaml": "{{#if (or receptive (set Values.config.observability.enabled))}}\napiVersion: v1\nkind: Service\nmetadata:\n  {{> metadata name=names.service namespaced=true}}\nspec:\n  type: {{q (default Values.service.type \"ClusterIP\")}}\n  {{#if (eq Values.service.type \"LoadBalancer\")}}\n  {{#if (set Values.service.loadBalancerIP)}}\n  loadBalancerIP: {{q (str Values.service.loadBalancerIP)}}\n  {{/if}}\n  {{#if (set Values.service.loadBalancerSourceRanges)}}\n  loadBalancerSourceRanges:\n  {{#each Values.service.loadBalancerSourceRanges}}\n  - {{q (str this)}}\n  {{/each}}\n  {{/if}}\n  {{/if}}\n  ports:\n    {{#if receptive}}\n    - port: {{q (default Values.service.externalPort 8182)}}\n      targetPort: {{q (default Values.service.internalPort 8082)}}\n      protocol: TCP\n      name: {{q (concat \"tcp-\" names.name \"-external-api\")}}\n    {{/if}}\n    {{#if (set Values.config.observability.enabled)}}\n    - port: 8080\n      targetPort: observability\n      protocol: TCP\n      name: {{q (concat \"tcp-\" names.name \"-observability\")}}\n    {{/if}}\n  selector:\n    {{> selector-labels}}\n{{/if}}\n",
  "serviceaccount.yaml": "{{#if (set Values.serviceAccount.create)}}\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  {{> metadata name=names.serviceAccount namespaced=true}}\n  {{#if (set Values.serviceAccount.annotations)}}\n  annotations:\n    {{> yaml value=Values.serviceAccount.annotations}}\n  {{/if}}\n{{/if}}\n",
  "servicemonitor.yaml": "{{!-- rendered whatever config.observability.enabled says, as in the chart --}}\n{{#if (set Values.serviceMonitor.enabled)}}\napiVersion: v1\nkind: Service\nmetadata:\n  name: {{q names.observabilityService}}\n  namespace: {{q Release.Namespace}}\n  labels:\n    {{> selector-labels}}\nspec:\n  type: ClusterIP\n  ports:\n    - port: 8080\n      protocol: TCP\n      name: observability\n  selector:\n    {{> selector-labels}}\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  labels:\n    {{> yaml-in-order value=labels.common}}\n  name: {{q names.observabilityService}}\n  namespace: {{q Release.Namespace}}\nspec:\n  selector:\n    matchLabels:\n      {{> selector-labels}}\n  namespaceSelector:\n    matchNames:\n    - {{q Release.Namespace}}\n  endpoints:\n  - port: observability\n    interval: 30s\n    scrapeTimeout: 25s\n{{/if}}\n"
};

/** chart/partials/*.hbs, keyed by partial name. */
export const PARTIALS: Readonly<Record<string, string>> = {
  "metadata": "{{!-- name, namespace (namespaced objects only) and the common labels, in the chart's order --}}\nname: {{q name}}\n{{#if namespaced}}\nnamespace: {{q @root.Release.Namespace}}\n{{/if}}\nlabels:\n  {{> yaml-in-order value=@root.labels.common}}\n",
  "ocs-subject": "{{!-- The subject of both operational container scanning bindings --}}\nsubjects:\n- kind: ServiceAccount\n  name: {{q @root.names.ocsServiceAccount}}\n  namespace: {{q @root.Release.Namespace}}\n",
  "selector-labels": "{{!-- app.kubernetes.io/name and app.kubernetes.io/instance --}}\n{{toYamlInOrder @root.labels.selector}}\n",
  "yaml-in-order": "{{!-- A map the chart writes key by key, so its order is the chart's, not sorted --}}\n{{toYamlInOrder value}}\n",
  "yaml": "{{!-- Helm's `toYaml | nindent N`: the caller's indentation is applied to every line --}}\n{{toYaml value}}\n"
};
