// Generated from chart/templates and chart/partials by `npm run codegen` (scripts/codegen/generate-template-module.js). Do not edit.
/* eslint-disable */
import {
  HELPERS,
  eachItems,
  own,
  passesIf,
  type CompiledTemplate,
  type Indexable,
  type TemplateSink,
} from '../render/template-runtime.js';
import type { ValuesTree } from '../types.js';

/**
 * Every values path the templates read, with null leaves. The render fills in each one the
 * merged values lack (a key the user deleted with null, or one the chart has no default for),
 * so a strict-mode lookup cannot fail on a value; codegen checks each path against the schema.
 */
export const VALUES_READ_BY_TEMPLATES: ValuesTree = {
  "image": {
    "pullPolicy": null
  },
  "imagePullSecrets": null,
  "replicas": null,
  "revisionHistoryLimit": null,
  "maxSurge": null,
  "maxUnavailable": null,
  "serviceAccount": {
    "create": null,
    "annotations": null
  },
  "podSecurityContext": null,
  "securityContext": null,
  "serviceMonitor": {
    "enabled": null
  },
  "config": {
    "kasAddress": null,
    "kasHeaders": null,
    "token": null,
    "kasCaCert": null,
    "observability": {
      "enabled": null,
      "tls": {
        "enabled": null,
        "cert": null,
        "key": null,
        "secret": {
          "create": null
        }
      }
    },
    "operational_container_scanning": {
      "enabled": null
    },
    "api": {
      "listenNetwork": null,
      "listenAddress": null,
      "jwtPublicKey": null,
      "tls": {
        "enabled": null,
        "cert": null,
        "key": null
      }
    },
    "privateApi": {
      "listenNetwork": null,
      "listenAddress": null,
      "tls": {
        "enabled": null,
        "cert": null,
        "key": null,
        "caCert": null
      }
    }
  },
  "service": {
    "type": null,
    "externalPort": null,
    "internalPort": null,
    "privateApiPort": null,
    "loadBalancerIP": null,
    "loadBalancerSourceRanges": null
  },
  "ingress": {
    "enabled": null,
    "hostname": null,
    "tls": {
      "enabled": null
    }
  },
  "extraEnv": null,
  "extraArgs": null,
  "extraVolumeMounts": null,
  "extraVolumes": null,
  "resources": null,
  "nodeSelector": null,
  "tolerations": null,
  "affinity": null,
  "priorityClassName": null,
  "runtimeClassName": null,
  "hostAliases": null,
  "initContainers": null,
  "terminationMessagePolicy": null
};

/**
 * The top-level keys of VALUES_READ_BY_TEMPLATES (in its order) as one object literal: every
 * render's object has one shape, with its properties in the object itself, which the templates'
 * reads find at once. `fill` gives each key's value from the values' own and the key's index.
 */
export function pickValuesReadByTemplates(values: Indexable, fill: (value: unknown, index: number) => unknown): ValuesTree {
  return {
    "image": fill(values["image"], 0),
    "imagePullSecrets": fill(values["imagePullSecrets"], 1),
    "replicas": fill(values["replicas"], 2),
    "revisionHistoryLimit": fill(values["revisionHistoryLimit"], 3),
    "maxSurge": fill(values["maxSurge"], 4),
    "maxUnavailable": fill(values["maxUnavailable"], 5),
    "serviceAccount": fill(values["serviceAccount"], 6),
    "podSecurityContext": fill(values["podSecurityContext"], 7),
    "securityContext": fill(values["securityContext"], 8),
    "serviceMonitor": fill(values["serviceMonitor"], 9),
    "config": fill(values["config"], 10),
    "service": fill(values["service"], 11),
    "ingress": fill(values["ingress"], 12),
    "extraEnv": fill(values["extraEnv"], 13),
    "extraArgs": fill(values["extraArgs"], 14),
    "extraVolumeMounts": fill(values["extraVolumeMounts"], 15),
    "extraVolumes": fill(values["extraVolumes"], 16),
    "resources": fill(values["resources"], 17),
    "nodeSelector": fill(values["nodeSelector"], 18),
    "tolerations": fill(values["tolerations"], 19),
    "affinity": fill(values["affinity"], 20),
    "priorityClassName": fill(values["priorityClassName"], 21),
    "runtimeClassName": fill(values["runtimeClassName"], 22),
    "hostAliases": fill(values["hostAliases"], 23),
    "initContainers": fill(values["initContainers"], 24),
    "terminationMessagePolicy": fill(values["terminationMessagePolicy"], 25),
  };
}

/** The chart templates in file order, each rendered with the context as `this` and `@root`. */
export const COMPILED_TEMPLATES: readonly CompiledTemplate[] = [
  { name: "clusterrolebinding.yaml", render: (context, output) => renderTemplate0(context, context, output) },
  { name: "configmap.yaml", render: (context, output) => renderTemplate1(context, context, output) },
  { name: "deployment.yaml", render: (context, output) => renderTemplate2(context, context, output) },
  { name: "ingress.yaml", render: (context, output) => renderTemplate3(context, context, output) },
  { name: "observability-secret.yaml", render: (context, output) => renderTemplate4(context, context, output) },
  { name: "ocs/clusterrole.yaml", render: (context, output) => renderTemplate5(context, context, output) },
  { name: "ocs/clusterrolebinding.yaml", render: (context, output) => renderTemplate6(context, context, output) },
  { name: "ocs/role.yaml", render: (context, output) => renderTemplate7(context, context, output) },
  { name: "ocs/rolebinding.yaml", render: (context, output) => renderTemplate8(context, context, output) },
  { name: "ocs/serviceaccount.yaml", render: (context, output) => renderTemplate9(context, context, output) },
  { name: "secret.yaml", render: (context, output) => renderTemplate10(context, context, output) },
  { name: "service.yaml", render: (context, output) => renderTemplate11(context, context, output) },
  { name: "serviceaccount.yaml", render: (context, output) => renderTemplate12(context, context, output) },
  { name: "servicemonitor.yaml", render: (context, output) => renderTemplate13(context, context, output) },
];

function renderTemplate0(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf((c as Indexable)["clusterRoleBinding"], c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n");
    const hash0 = false;
    const hash1 = ((c as Indexable)["names"] as Indexable)["clusterRoleBinding"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["clusterRole"]));
    o.literal("\nsubjects:\n- kind: ServiceAccount\n  name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["serviceAccount"]));
    o.literal("\n  namespace: ");
    o.write("q", o.format("q", ((c as Indexable)["Release"] as Indexable)["Namespace"]));
    o.literal("\n");
  }
}

function renderTemplate1(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["or"](HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["kasCaCert"]), HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["caCert"])), c)) {
    o.literal("apiVersion: v1\nkind: ConfigMap\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["configMap"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("data:\n");
    if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["kasCaCert"]), c)) {
      o.literal("  ca.crt: ");
      o.write("q", o.format("q", HELPERS["str"]((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["kasCaCert"])));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["caCert"]), c)) {
      o.literal("  private-api-ca.crt: ");
      o.write("q", o.format("q", HELPERS["str"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["caCert"])));
      o.literal("\n");
    }
  }
}

function renderTemplate2(c: unknown, root: unknown, o: TemplateSink): void {
  o.literal("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  # NOTE: the `-v1` suffix was introduced as an epoch version to be able\n  # to gracefully recreate the deployment in case there is no upgrade\n  # path otherwise, e.g. when changing an immutable field.\n  # see https://gitlab.com/gitlab-org/charts/gitlab-agent/-/issues/38 for ctx\n");
  const hash0 = true;
  const hash1 = ((c as Indexable)["names"] as Indexable)["deployment"];
  const outer2 = o.beginPartial("  ");
  renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
  o.endPartial(outer2);
  o.literal("spec:\n  replicas: ");
  o.write("q", o.format("q", ((c as Indexable)["Values"] as Indexable)["replicas"]));
  o.literal("\n");
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["revisionHistoryLimit"]), c)) {
    o.literal("  revisionHistoryLimit: ");
    o.write("q", o.format("q", ((c as Indexable)["Values"] as Indexable)["revisionHistoryLimit"]));
    o.literal("\n");
  }
  o.literal("  strategy:\n    rollingUpdate:\n      maxSurge: ");
  o.write("q", o.format("q", ((c as Indexable)["Values"] as Indexable)["maxSurge"]));
  o.literal("\n      maxUnavailable: ");
  o.write("q", o.format("q", ((c as Indexable)["Values"] as Indexable)["maxUnavailable"]));
  o.literal("\n    type: RollingUpdate\n  selector:\n    matchLabels:\n");
  const outer3 = o.beginPartial("      ");
  renderPartial_selector_labels(c, root, o);
  o.endPartial(outer3);
  o.literal("  template:\n    metadata:\n      annotations:\n");
  const hash4 = (c as Indexable)["podAnnotations"];
  const outer5 = o.beginPartial("        ");
  renderPartial_yaml_in_order({ "value": hash4 }, root, o);
  o.endPartial(outer5);
  o.literal("      labels:\n");
  const hash6 = ((c as Indexable)["labels"] as Indexable)["pod"];
  const outer7 = o.beginPartial("        ");
  renderPartial_yaml_in_order({ "value": hash6 }, root, o);
  o.endPartial(outer7);
  o.literal("    spec:\n      automountServiceAccountToken: false\n");
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["imagePullSecrets"]), c)) {
    o.literal("      imagePullSecrets:\n");
    const hash8 = ((c as Indexable)["Values"] as Indexable)["imagePullSecrets"];
    const outer9 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash8 }, root, o);
    o.endPartial(outer9);
  }
  o.literal("      serviceAccountName: ");
  o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["serviceAccount"]));
  o.literal("\n");
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["priorityClassName"]), c)) {
    o.literal("      priorityClassName: ");
    o.write("q", o.format("q", HELPERS["str"](((c as Indexable)["Values"] as Indexable)["priorityClassName"])));
    o.literal("\n");
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["runtimeClassName"]), c)) {
    o.literal("      runtimeClassName: ");
    o.write("q", o.format("q", HELPERS["str"](((c as Indexable)["Values"] as Indexable)["runtimeClassName"])));
    o.literal("\n");
  }
  o.literal("      securityContext:\n");
  const hash10 = ((c as Indexable)["Values"] as Indexable)["podSecurityContext"];
  const outer11 = o.beginPartial("        ");
  renderPartial_yaml({ "value": hash10 }, root, o);
  o.endPartial(outer11);
  o.literal("      containers:\n        - name: gitlab-agent\n          securityContext:\n");
  const hash12 = ((c as Indexable)["Values"] as Indexable)["securityContext"];
  const outer13 = o.beginPartial("            ");
  renderPartial_yaml({ "value": hash12 }, root, o);
  o.endPartial(outer13);
  o.literal("          image: ");
  o.write("q", o.format("q", (c as Indexable)["image"]));
  o.literal("\n          imagePullPolicy: ");
  o.write("q", o.format("q", (((c as Indexable)["Values"] as Indexable)["image"] as Indexable)["pullPolicy"]));
  o.literal("\n          terminationMessagePolicy: ");
  o.write("q", o.format("q", ((c as Indexable)["Values"] as Indexable)["terminationMessagePolicy"]));
  o.literal("\n          args:\n            - --token-file=/etc/agentk/secrets/token\n");
  if (passesIf((c as Indexable)["receptive"], c)) {
  } else {
    o.literal("            - ");
    o.write("q", o.format("q", HELPERS["concat"]("--kas-address=", (((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["kasAddress"])));
    o.literal("\n");
    if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["kasCaCert"]), c)) {
      o.literal("            - --kas-ca-cert-file=/etc/agentk/config/ca.crt\n");
    }
    const each14 = eachItems((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["kasHeaders"], c);
    for (const item15 of each14.items) {
      o.literal("            - ");
      o.write("q", o.format("q", HELPERS["concat"]("--kas-header=", item15)));
      o.literal("\n");
    }
  }
  if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["tls"] as Indexable)["enabled"]), c)) {
    o.literal("            - --observability-cert-file=/etc/agentk/observability-secrets/tls.crt\n            - --observability-key-file=/etc/agentk/observability-secrets/tls.key\n");
  }
  const each16 = eachItems(((c as Indexable)["Values"] as Indexable)["extraArgs"], c);
  for (const item17 of each16.items) {
    o.literal("            - ");
    o.write("q", o.format("q", item17));
    o.literal("\n");
  }
  if (passesIf((c as Indexable)["receptive"], c)) {
    if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["listenNetwork"]), c)) {
      o.literal("            - ");
      o.write("q", o.format("q", HELPERS["concat"]("--api-listen-network=", ((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["listenNetwork"])));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["listenAddress"]), c)) {
      o.literal("            - ");
      o.write("q", o.format("q", HELPERS["concat"]("--api-listen-address=", ((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["listenAddress"])));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["jwtPublicKey"]), c)) {
      o.literal("            - --api-jwt-file=/etc/agentk/secrets/api-jwt\n");
    }
    if (passesIf(HELPERS["and"](HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["enabled"]), HELPERS["not"](HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["ingress"] as Indexable)["tls"] as Indexable)["enabled"]))), c)) {
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["cert"]), c)) {
        o.literal("            - --api-cert-file=/etc/agentk/secrets/tls.crt\n");
      }
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["key"]), c)) {
        o.literal("            - --api-key-file=/etc/agentk/secrets/tls.key\n");
      }
    }
    o.literal("            - --private-api-jwt-file=/etc/agentk/secrets/private-api-jwt\n");
    if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["listenNetwork"]), c)) {
      o.literal("            - ");
      o.write("q", o.format("q", HELPERS["concat"]("--private-api-listen-network=", ((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["listenNetwork"])));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["listenAddress"]), c)) {
      o.literal("            - ");
      o.write("q", o.format("q", HELPERS["concat"]("--private-api-listen-address=", ((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["listenAddress"])));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["enabled"]), c)) {
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["cert"]), c)) {
        o.literal("            - --private-api-cert-file=/etc/agentk/secrets/private-api-tls-cert\n");
      }
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["key"]), c)) {
        o.literal("            - --private-api-key-file=/etc/agentk/secrets/private-api-tls-key\n");
      }
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["caCert"]), c)) {
        o.literal("            - --private-api-ca-cert-file=/etc/agentk/config/private-api-ca.crt\n");
      }
    }
  }
  o.literal("          ports:\n");
  if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["enabled"]), c)) {
    o.literal("            - name: observability\n              containerPort: 8080\n              protocol: TCP\n");
  }
  if (passesIf((c as Indexable)["receptive"], c)) {
    o.literal("            - containerPort: ");
    o.write("q", o.format("q", (((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["privateApiPort"]));
    o.literal("\n              name: private-api\n");
  }
  if (passesIf(HELPERS["and"](HELPERS["or"]((c as Indexable)["receptive"], HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["enabled"])), HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["internalPort"])), c)) {
    o.literal("            - containerPort: ");
    o.write("q", o.format("q", (((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["internalPort"]));
    o.literal("\n              name: api\n");
  }
  o.literal("          livenessProbe:\n            httpGet:\n              path: /liveness\n              port: 8080\n            initialDelaySeconds: 15\n            periodSeconds: 20\n          readinessProbe:\n            httpGet:\n              path: /readiness\n              port: 8080\n            initialDelaySeconds: 5\n            periodSeconds: 10\n          resources:\n");
  const hash18 = ((c as Indexable)["Values"] as Indexable)["resources"];
  const outer19 = o.beginPartial("            ");
  renderPartial_yaml({ "value": hash18 }, root, o);
  o.endPartial(outer19);
  o.literal("          env:\n            - name: POD_NAMESPACE\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.namespace\n            - name: POD_NAME\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.name\n            - name: POD_IP\n              valueFrom:\n                fieldRef:\n                  fieldPath: status.podIP\n            - name: GITLAB_AGENT_TELEMETRY_installation_method\n              value: ");
  o.write("q", o.format("q", (c as Indexable)["installationMethod"]));
  o.literal("\n            - name: GITLAB_AGENT_TELEMETRY_helm_chart_version\n              value: ");
  o.write("q", o.format("q", (c as Indexable)["chartVersion"]));
  o.literal("\n");
  if (passesIf((c as Indexable)["receptive"], c)) {
    o.literal("            - name: OWN_PRIVATE_API_URL\n              value: ");
    o.write("q", o.format("q", (c as Indexable)["ownPrivateApiUrl"]));
    o.literal("\n            - name: POD_SELECTOR_LABELS\n              value: ");
    o.write("q", o.format("q", (c as Indexable)["podSelectorLabels"]));
    o.literal("\n");
  }
  o.literal("            - name: SERVICE_ACCOUNT_NAME\n              valueFrom:\n                fieldRef:\n                  fieldPath: spec.serviceAccountName\n            - name: OCS_ENABLED\n              value: ");
  o.write("q", o.format("q", HELPERS["str"](HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["operational_container_scanning"] as Indexable)["enabled"]))));
  o.literal("\n");
  if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["operational_container_scanning"] as Indexable)["enabled"]), c)) {
    o.literal("            - name: OCS_SERVICE_ACCOUNT_NAME\n              value: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["ocsServiceAccount"]));
    o.literal("\n");
  }
  if (passesIf(((c as Indexable)["limits"] as Indexable)["cpu"], c)) {
    o.literal("            - name: GOMAXPROCS\n              valueFrom:\n                resourceFieldRef:\n                  resource: limits.cpu\n");
  }
  if (passesIf(((c as Indexable)["limits"] as Indexable)["memory"], c)) {
    o.literal("            - name: GOMEMLIMIT\n              valueFrom:\n                resourceFieldRef:\n                  resource: limits.memory\n");
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["extraEnv"]), c)) {
    const hash20 = ((c as Indexable)["Values"] as Indexable)["extraEnv"];
    const outer21 = o.beginPartial("            ");
    renderPartial_yaml({ "value": hash20 }, root, o);
    o.endPartial(outer21);
  }
  o.literal("          volumeMounts:\n            - name: service-account-token-volume\n              mountPath: /var/run/secrets/kubernetes.io/serviceaccount\n              readOnly: true\n");
  if (passesIf((c as Indexable)["hasSecretVolume"], c)) {
    o.literal("            - name: secret-volume\n              mountPath: /etc/agentk/secrets\n              readOnly: true\n");
  }
  if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["tls"] as Indexable)["enabled"]), c)) {
    o.literal("            - name: observability-secret-volume\n              mountPath: /etc/agentk/observability-secrets\n              readOnly: true\n");
  }
  if (passesIf((c as Indexable)["hasConfigVolume"], c)) {
    o.literal("            - name: config-volume\n              mountPath: /etc/agentk/config\n              readOnly: true\n");
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["extraVolumeMounts"]), c)) {
    const hash22 = ((c as Indexable)["Values"] as Indexable)["extraVolumeMounts"];
    const outer23 = o.beginPartial("            ");
    renderPartial_yaml({ "value": hash22 }, root, o);
    o.endPartial(outer23);
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["initContainers"]), c)) {
    o.literal("      initContainers:\n");
    const hash24 = ((c as Indexable)["Values"] as Indexable)["initContainers"];
    const outer25 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash24 }, root, o);
    o.endPartial(outer25);
  }
  o.literal("      volumes:\n        - name: service-account-token-volume\n          projected:\n            defaultMode: 0444\n            sources:\n            - configMap:\n                name: kube-root-ca.crt\n            - downwardAPI:\n                items:\n                - fieldRef:\n                    apiVersion: v1\n                    fieldPath: metadata.namespace\n                  path: namespace\n            - serviceAccountToken:\n                expirationSeconds: 3600\n                path: token\n");
  if (passesIf((c as Indexable)["hasSecretVolume"], c)) {
    o.literal("        - name: secret-volume\n");
    if (passesIf((c as Indexable)["separateSecret"], c)) {
      o.literal("          projected:\n            defaultMode: 0444\n            sources:\n            - secret:\n                name: ");
      o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["tokenSecret"]));
      o.literal("\n                items:\n                - key: token\n                  path: token\n            - secret:\n                name: ");
      o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["renderedSecret"]));
      o.literal("\n");
    }
    if (passesIf((c as Indexable)["separateSecret"], c)) {
    } else {
      o.literal("          secret:\n            defaultMode: 0444\n            secretName: ");
      o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["tokenSecret"]));
      o.literal("\n");
    }
  }
  if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["tls"] as Indexable)["enabled"]), c)) {
    o.literal("        - name: observability-secret-volume\n          secret:\n            defaultMode: 0444\n            secretName: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["observabilitySecret"]));
    o.literal("\n");
  }
  if (passesIf((c as Indexable)["hasConfigVolume"], c)) {
    o.literal("        - name: config-volume\n          configMap:\n            defaultMode: 0444\n            name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["configMap"]));
    o.literal("\n");
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["extraVolumes"]), c)) {
    const hash26 = ((c as Indexable)["Values"] as Indexable)["extraVolumes"];
    const outer27 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash26 }, root, o);
    o.endPartial(outer27);
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["nodeSelector"]), c)) {
    o.literal("      nodeSelector:\n");
    const hash28 = ((c as Indexable)["Values"] as Indexable)["nodeSelector"];
    const outer29 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash28 }, root, o);
    o.endPartial(outer29);
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["affinity"]), c)) {
    o.literal("      affinity:\n");
    const hash30 = ((c as Indexable)["Values"] as Indexable)["affinity"];
    const outer31 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash30 }, root, o);
    o.endPartial(outer31);
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["tolerations"]), c)) {
    o.literal("      tolerations:\n");
    const hash32 = ((c as Indexable)["Values"] as Indexable)["tolerations"];
    const outer33 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash32 }, root, o);
    o.endPartial(outer33);
  }
  if (passesIf(HELPERS["set"](((c as Indexable)["Values"] as Indexable)["hostAliases"]), c)) {
    o.literal("      hostAliases:\n");
    const hash34 = ((c as Indexable)["Values"] as Indexable)["hostAliases"];
    const outer35 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash34 }, root, o);
    o.endPartial(outer35);
  }
}

function renderTemplate3(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["and"]((c as Indexable)["receptive"], HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["ingress"] as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["ingress"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("  annotations:\n");
    if (passesIf(HELPERS["set"]((c as Indexable)["ingressAnnotations"]), c)) {
      const hash3 = (c as Indexable)["ingressAnnotations"];
      const outer4 = o.beginPartial("    ");
      renderPartial_yaml_in_order({ "value": hash3 }, root, o);
      o.endPartial(outer4);
    }
    o.literal("spec:\n");
    o.literal("  ingressClassName: gitlab-agent-nginx\n  rules:\n    - host: ");
    o.write("q", o.format("q", (((c as Indexable)["Values"] as Indexable)["ingress"] as Indexable)["hostname"]));
    o.literal("\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["service"]));
    o.literal("\n                port:\n                  number: ");
    o.write("q", o.format("q", HELPERS["default"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["externalPort"], 8182)));
    o.literal("\n");
    if (passesIf(HELPERS["and"](HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["enabled"]), HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["ingress"] as Indexable)["tls"] as Indexable)["enabled"])), c)) {
      o.literal("  tls:\n    - hosts:\n      - ");
      o.write("q", o.format("q", (((c as Indexable)["Values"] as Indexable)["ingress"] as Indexable)["hostname"]));
      o.literal("\n      secretName: ");
      o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["tokenSecret"]));
      o.literal("\n");
    }
  }
}

function renderTemplate4(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["and"](HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["tls"] as Indexable)["enabled"]), HELPERS["set"](((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["tls"] as Indexable)["secret"] as Indexable)["create"])), c)) {
    o.literal("apiVersion: v1\nkind: Secret\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["observabilitySecret"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("data:\n  tls.key: ");
    o.write("q", o.format("q", HELPERS["b64"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["tls"] as Indexable)["key"])));
    o.literal("\n  tls.crt: ");
    o.write("q", o.format("q", HELPERS["b64"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["tls"] as Indexable)["cert"])));
    o.literal("\ntype: kubernetes.io/tls\n");
  }
}

function renderTemplate5(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["operational_container_scanning"] as Indexable)["enabled"]), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n");
    const hash0 = false;
    const hash1 = ((c as Indexable)["names"] as Indexable)["ocsClusterRole"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("rules:\n- apiGroups:\n  - batch\n  resources:\n  - cronjobs\n  - jobs\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - \"\"\n  resources:\n  - pods\n  - replicationcontrollers\n  - serviceaccounts\n  - namespaces\n  - services\n  - configmaps\n  - resourcequotas\n  - limitranges\n  - nodes\n  - secrets\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - apps\n  resources:\n  - replicasets\n  - daemonsets\n  - statefulsets\n  - deployments\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - rbac.authorization.k8s.io\n  resources:\n  - roles\n  - rolebindings\n  - clusterroles\n  - clusterrolebindings\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - networking.k8s.io\n  resources:\n  - networkpolicies\n  - ingresses\n  verbs:\n  - list\n  - get\n");
  }
}

function renderTemplate6(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["operational_container_scanning"] as Indexable)["enabled"]), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n");
    const hash0 = false;
    const hash1 = ((c as Indexable)["names"] as Indexable)["ocsClusterRole"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["ocsClusterRole"]));
    o.literal("\n");
    const outer3 = o.beginPartial("");
    renderPartial_ocs_subject(c, root, o);
    o.endPartial(outer3);
  }
}

function renderTemplate7(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["operational_container_scanning"] as Indexable)["enabled"]), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["ocsRole"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("rules:\n- apiGroups:\n  - \"\"\n  resources:\n  - configmaps\n  verbs:\n  - create\n");
  }
}

function renderTemplate8(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["operational_container_scanning"] as Indexable)["enabled"]), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["ocsRole"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["ocsRole"]));
    o.literal("\n");
    const outer3 = o.beginPartial("");
    renderPartial_ocs_subject(c, root, o);
    o.endPartial(outer3);
  }
}

function renderTemplate9(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["operational_container_scanning"] as Indexable)["enabled"]), c)) {
    o.literal("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["ocsServiceAccount"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["serviceAccount"] as Indexable)["annotations"]), c)) {
      o.literal("  annotations:\n");
      const hash3 = (((c as Indexable)["Values"] as Indexable)["serviceAccount"] as Indexable)["annotations"];
      const outer4 = o.beginPartial("    ");
      renderPartial_yaml({ "value": hash3 }, root, o);
      o.endPartial(outer4);
    }
  }
}

function renderTemplate10(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["or"](HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["token"]), HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["jwtPublicKey"]), HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["cert"]), HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["key"]), HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["cert"]), HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["key"]), (c as Indexable)["receptive"]), c)) {
    o.literal("apiVersion: v1\nkind: Secret\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["renderedSecret"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("data:\n");
    if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["token"]), c)) {
      o.literal("  token: ");
      o.write("q", o.format("q", HELPERS["b64"]((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["token"])));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["jwtPublicKey"]), c)) {
      o.literal("  api-jwt: ");
      o.write("q", o.format("q", HELPERS["b64"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["jwtPublicKey"])));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["enabled"]), c)) {
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["cert"]), c)) {
        o.literal("  tls.crt: ");
        o.write("q", o.format("q", HELPERS["b64"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["cert"])));
        o.literal("\n");
      }
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["key"]), c)) {
        o.literal("  tls.key: ");
        o.write("q", o.format("q", HELPERS["b64"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["api"] as Indexable)["tls"] as Indexable)["key"])));
        o.literal("\n");
      }
    }
    if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["enabled"]), c)) {
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["cert"]), c)) {
        o.literal("  private-api-tls-cert: ");
        o.write("q", o.format("q", HELPERS["b64"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["cert"])));
        o.literal("\n");
      }
      if (passesIf(HELPERS["set"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["key"]), c)) {
        o.literal("  private-api-tls-key: ");
        o.write("q", o.format("q", HELPERS["b64"]((((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["privateApi"] as Indexable)["tls"] as Indexable)["key"])));
        o.literal("\n");
      }
    }
    if (passesIf((c as Indexable)["receptive"], c)) {
      o.literal("  private-api-jwt: ");
      o.write("q", o.format("q", (c as Indexable)["privateApiJwtData"]));
      o.literal("\n");
    }
    o.literal("type: Opaque\n");
  }
}

function renderTemplate11(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown;
  if (passesIf(HELPERS["or"]((c as Indexable)["receptive"], HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: v1\nkind: Service\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["service"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("spec:\n  type: ");
    o.write("q", o.format("q", HELPERS["default"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["type"], "ClusterIP")));
    o.literal("\n");
    if (passesIf(HELPERS["eq"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["type"], "LoadBalancer"), c)) {
      if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["loadBalancerIP"]), c)) {
        o.literal("  loadBalancerIP: ");
        o.write("q", o.format("q", HELPERS["str"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["loadBalancerIP"])));
        o.literal("\n");
      }
      if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["loadBalancerSourceRanges"]), c)) {
        o.literal("  loadBalancerSourceRanges:\n");
        const each3 = eachItems((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["loadBalancerSourceRanges"], c);
        for (const item4 of each3.items) {
          o.literal("  - ");
          o.write("q", o.format("q", HELPERS["str"](item4)));
          o.literal("\n");
        }
      }
    }
    o.literal("  ports:\n");
    if (passesIf((c as Indexable)["receptive"], c)) {
      o.literal("    - port: ");
      o.write("q", o.format("q", HELPERS["default"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["externalPort"], 8182)));
      o.literal("\n      targetPort: ");
      o.write("q", o.format("q", HELPERS["default"]((((c as Indexable)["Values"] as Indexable)["service"] as Indexable)["internalPort"], 8082)));
      o.literal("\n      protocol: TCP\n      name: ");
      o.write("q", o.format("q", HELPERS["concat"]("tcp-", own(t0 = (c as Indexable)["names"], "name", (t0 as Indexable)["name"]), "-external-api")));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](((((c as Indexable)["Values"] as Indexable)["config"] as Indexable)["observability"] as Indexable)["enabled"]), c)) {
      o.literal("    - port: 8080\n      targetPort: observability\n      protocol: TCP\n      name: ");
      o.write("q", o.format("q", HELPERS["concat"]("tcp-", own(t1 = (c as Indexable)["names"], "name", (t1 as Indexable)["name"]), "-observability")));
      o.literal("\n");
    }
    o.literal("  selector:\n");
    const outer5 = o.beginPartial("    ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer5);
  }
}

function renderTemplate12(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["serviceAccount"] as Indexable)["create"]), c)) {
    o.literal("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n");
    const hash0 = true;
    const hash1 = ((c as Indexable)["names"] as Indexable)["serviceAccount"];
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["serviceAccount"] as Indexable)["annotations"]), c)) {
      o.literal("  annotations:\n");
      const hash3 = (((c as Indexable)["Values"] as Indexable)["serviceAccount"] as Indexable)["annotations"];
      const outer4 = o.beginPartial("    ");
      renderPartial_yaml({ "value": hash3 }, root, o);
      o.endPartial(outer4);
    }
  }
}

function renderTemplate13(c: unknown, root: unknown, o: TemplateSink): void {
  if (passesIf(HELPERS["set"]((((c as Indexable)["Values"] as Indexable)["serviceMonitor"] as Indexable)["enabled"]), c)) {
    o.literal("apiVersion: v1\nkind: Service\nmetadata:\n  name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["observabilityService"]));
    o.literal("\n  namespace: ");
    o.write("q", o.format("q", ((c as Indexable)["Release"] as Indexable)["Namespace"]));
    o.literal("\n  labels:\n");
    const outer0 = o.beginPartial("    ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer0);
    o.literal("spec:\n  type: ClusterIP\n  ports:\n    - port: 8080\n      protocol: TCP\n      name: observability\n  selector:\n");
    const outer1 = o.beginPartial("    ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer1);
    o.literal("---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  labels:\n");
    const hash2 = ((c as Indexable)["labels"] as Indexable)["common"];
    const outer3 = o.beginPartial("    ");
    renderPartial_yaml_in_order({ "value": hash2 }, root, o);
    o.endPartial(outer3);
    o.literal("  name: ");
    o.write("q", o.format("q", ((c as Indexable)["names"] as Indexable)["observabilityService"]));
    o.literal("\n  namespace: ");
    o.write("q", o.format("q", ((c as Indexable)["Release"] as Indexable)["Namespace"]));
    o.literal("\nspec:\n  selector:\n    matchLabels:\n");
    const outer4 = o.beginPartial("      ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer4);
    o.literal("  namespaceSelector:\n    matchNames:\n    - ");
    o.write("q", o.format("q", ((c as Indexable)["Release"] as Indexable)["Namespace"]));
    o.literal("\n  endpoints:\n  - port: observability\n    interval: 30s\n    scrapeTimeout: 25s\n");
  }
}

function renderPartial_metadata(c: unknown, root: unknown, o: TemplateSink): void {
  o.literal("name: ");
  o.write("q", o.format("q", own(c, "name", (c as Indexable)["name"])));
  o.literal("\n");
  if (passesIf((c as Indexable)["namespaced"], c)) {
    o.literal("namespace: ");
    o.write("q", o.format("q", ((root as Indexable)["Release"] as Indexable)["Namespace"]));
    o.literal("\n");
  }
  o.literal("labels:\n");
  const hash0 = ((root as Indexable)["labels"] as Indexable)["common"];
  const outer1 = o.beginPartial("  ");
  renderPartial_yaml_in_order({ "value": hash0 }, root, o);
  o.endPartial(outer1);
}

function renderPartial_ocs_subject(_c: unknown, root: unknown, o: TemplateSink): void {
  o.literal("subjects:\n- kind: ServiceAccount\n  name: ");
  o.write("q", o.format("q", ((root as Indexable)["names"] as Indexable)["ocsServiceAccount"]));
  o.literal("\n  namespace: ");
  o.write("q", o.format("q", ((root as Indexable)["Release"] as Indexable)["Namespace"]));
  o.literal("\n");
}

function renderPartial_selector_labels(_c: unknown, root: unknown, o: TemplateSink): void {
  o.write("toYamlInOrder", o.format("toYamlInOrder", ((root as Indexable)["labels"] as Indexable)["selector"]));
  o.literal("\n");
}

function renderPartial_yaml_in_order(c: unknown, _root: unknown, o: TemplateSink): void {
  o.write("toYamlInOrder", o.format("toYamlInOrder", (c as Indexable)["value"]));
  o.literal("\n");
}

function renderPartial_yaml(c: unknown, _root: unknown, o: TemplateSink): void {
  o.write("toYaml", o.format("toYaml", (c as Indexable)["value"]));
  o.literal("\n");
}
