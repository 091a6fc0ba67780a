// Generated from chart/Chart.yaml and chart/values.yaml by `npm run codegen` (scripts/codegen/generate-chart-module.js). Do not edit.

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
