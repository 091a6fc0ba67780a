// Generated from chart/templates and chart/partials by `npm run codegen` (scripts/codegen/generate-template-module.js). Do not edit.
/* eslint-disable */
import {
  HELPERS,
  WRITERS,
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
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown;
  if (passesIf(own(c, "clusterRoleBinding", (c as Indexable)["clusterRoleBinding"]), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n");
    const hash0 = false;
    const hash1 = own(t0 = own(c, "names", (c as Indexable)["names"]), "clusterRoleBinding", (t0 as Indexable)["clusterRoleBinding"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ");
    o.write("q", WRITERS["q"](own(t1 = own(c, "names", (c as Indexable)["names"]), "clusterRole", (t1 as Indexable)["clusterRole"])));
    o.literal("\nsubjects:\n- kind: ServiceAccount\n  name: ");
    o.write("q", WRITERS["q"](own(t2 = own(c, "names", (c as Indexable)["names"]), "serviceAccount", (t2 as Indexable)["serviceAccount"])));
    o.literal("\n  namespace: ");
    o.write("q", WRITERS["q"](own(t3 = own(c, "Release", (c as Indexable)["Release"]), "Namespace", (t3 as Indexable)["Namespace"])));
    o.literal("\n");
  }
}

function renderTemplate1(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown, t8: unknown, t9: unknown, t10: unknown, t11: unknown, t12: unknown, t13: unknown, t14: unknown, t15: unknown, t16: unknown, t17: unknown, t18: unknown;
  if (passesIf(HELPERS["or"](HELPERS["set"](own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "kasCaCert", (t1 as Indexable)["kasCaCert"])), HELPERS["set"](own(t5 = own(t4 = own(t3 = own(t2 = own(c, "Values", (c as Indexable)["Values"]), "config", (t2 as Indexable)["config"]), "privateApi", (t3 as Indexable)["privateApi"]), "tls", (t4 as Indexable)["tls"]), "caCert", (t5 as Indexable)["caCert"]))), c)) {
    o.literal("apiVersion: v1\nkind: ConfigMap\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t6 = own(c, "names", (c as Indexable)["names"]), "configMap", (t6 as Indexable)["configMap"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("data:\n");
    if (passesIf(HELPERS["set"](own(t8 = own(t7 = own(c, "Values", (c as Indexable)["Values"]), "config", (t7 as Indexable)["config"]), "kasCaCert", (t8 as Indexable)["kasCaCert"])), c)) {
      o.literal("  ca.crt: ");
      o.write("q", WRITERS["q"](HELPERS["str"](own(t10 = own(t9 = own(c, "Values", (c as Indexable)["Values"]), "config", (t9 as Indexable)["config"]), "kasCaCert", (t10 as Indexable)["kasCaCert"]))));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t14 = own(t13 = own(t12 = own(t11 = own(c, "Values", (c as Indexable)["Values"]), "config", (t11 as Indexable)["config"]), "privateApi", (t12 as Indexable)["privateApi"]), "tls", (t13 as Indexable)["tls"]), "caCert", (t14 as Indexable)["caCert"])), c)) {
      o.literal("  private-api-ca.crt: ");
      o.write("q", WRITERS["q"](HELPERS["str"](own(t18 = own(t17 = own(t16 = own(t15 = own(c, "Values", (c as Indexable)["Values"]), "config", (t15 as Indexable)["config"]), "privateApi", (t16 as Indexable)["privateApi"]), "tls", (t17 as Indexable)["tls"]), "caCert", (t18 as Indexable)["caCert"]))));
      o.literal("\n");
    }
  }
}

function renderTemplate2(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown, t8: unknown, t9: unknown, t10: unknown, t11: unknown, t12: unknown, t13: unknown, t14: unknown, t15: unknown, t16: unknown, t17: unknown, t18: unknown, t19: unknown, t20: unknown, t21: unknown, t22: unknown, t23: unknown, t24: unknown, t25: unknown, t26: unknown, t27: unknown, t28: unknown, t29: unknown, t30: unknown, t31: unknown, t32: unknown, t33: unknown, t34: unknown, t35: unknown, t36: unknown, t37: unknown, t38: unknown, t39: unknown, t40: unknown, t41: unknown, t42: unknown, t43: unknown, t44: unknown, t45: unknown, t46: unknown, t47: unknown, t48: unknown, t49: unknown, t50: unknown, t51: unknown, t52: unknown, t53: unknown, t54: unknown, t55: unknown, t56: unknown, t57: unknown, t58: unknown, t59: unknown, t60: unknown, t61: unknown, t62: unknown, t63: unknown, t64: unknown, t65: unknown, t66: unknown, t67: unknown, t68: unknown, t69: unknown, t70: unknown, t71: unknown, t72: unknown, t73: unknown, t74: unknown, t75: unknown, t76: unknown, t77: unknown, t78: unknown, t79: unknown, t80: unknown, t81: unknown, t82: unknown, t83: unknown, t84: unknown, t85: unknown, t86: unknown, t87: unknown, t88: unknown, t89: unknown, t90: unknown, t91: unknown, t92: unknown, t93: unknown, t94: unknown, t95: unknown, t96: unknown, t97: unknown, t98: unknown, t99: unknown, t100: unknown, t101: unknown, t102: unknown, t103: unknown, t104: unknown, t105: unknown, t106: unknown, t107: unknown, t108: unknown, t109: unknown, t110: unknown, t111: unknown, t112: unknown, t113: unknown, t114: unknown, t115: unknown, t116: unknown, t117: unknown, t118: unknown, t119: unknown, t120: unknown, t121: unknown, t122: unknown, t123: unknown, t124: unknown, t125: unknown, t126: unknown, t127: unknown, t128: unknown, t129: unknown, t130: unknown, t131: unknown, t132: unknown, t133: unknown, t134: unknown, t135: unknown, t136: unknown, t137: unknown, t138: unknown;
  o.literal("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  # NOTE: the `-v1` suffix was introduced as an epoch version to be able\n  # to gracefully recreate the deployment in case there is no upgrade\n  # path otherwise, e.g. when changing an immutable field.\n  # see https://gitlab.com/gitlab-org/charts/gitlab-agent/-/issues/38 for ctx\n");
  const hash0 = true;
  const hash1 = own(t0 = own(c, "names", (c as Indexable)["names"]), "deployment", (t0 as Indexable)["deployment"]);
  const outer2 = o.beginPartial("  ");
  renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
  o.endPartial(outer2);
  o.literal("spec:\n  replicas: ");
  o.write("q", WRITERS["q"](own(t1 = own(c, "Values", (c as Indexable)["Values"]), "replicas", (t1 as Indexable)["replicas"])));
  o.literal("\n");
  if (passesIf(HELPERS["set"](own(t2 = own(c, "Values", (c as Indexable)["Values"]), "revisionHistoryLimit", (t2 as Indexable)["revisionHistoryLimit"])), c)) {
    o.literal("  revisionHistoryLimit: ");
    o.write("q", WRITERS["q"](own(t3 = own(c, "Values", (c as Indexable)["Values"]), "revisionHistoryLimit", (t3 as Indexable)["revisionHistoryLimit"])));
    o.literal("\n");
  }
  o.literal("  strategy:\n    rollingUpdate:\n      maxSurge: ");
  o.write("q", WRITERS["q"](own(t4 = own(c, "Values", (c as Indexable)["Values"]), "maxSurge", (t4 as Indexable)["maxSurge"])));
  o.literal("\n      maxUnavailable: ");
  o.write("q", WRITERS["q"](own(t5 = own(c, "Values", (c as Indexable)["Values"]), "maxUnavailable", (t5 as Indexable)["maxUnavailable"])));
  o.literal("\n    type: RollingUpdate\n  selector:\n    matchLabels:\n");
  const outer3 = o.beginPartial("      ");
  renderPartial_selector_labels(c, root, o);
  o.endPartial(outer3);
  o.literal("  template:\n    metadata:\n      annotations:\n");
  const hash4 = own(c, "podAnnotations", (c as Indexable)["podAnnotations"]);
  const outer5 = o.beginPartial("        ");
  renderPartial_yaml_in_order({ "value": hash4 }, root, o);
  o.endPartial(outer5);
  o.literal("      labels:\n");
  const hash6 = own(t6 = own(c, "labels", (c as Indexable)["labels"]), "pod", (t6 as Indexable)["pod"]);
  const outer7 = o.beginPartial("        ");
  renderPartial_yaml_in_order({ "value": hash6 }, root, o);
  o.endPartial(outer7);
  o.literal("    spec:\n      automountServiceAccountToken: false\n");
  if (passesIf(HELPERS["set"](own(t7 = own(c, "Values", (c as Indexable)["Values"]), "imagePullSecrets", (t7 as Indexable)["imagePullSecrets"])), c)) {
    o.literal("      imagePullSecrets:\n");
    const hash8 = own(t8 = own(c, "Values", (c as Indexable)["Values"]), "imagePullSecrets", (t8 as Indexable)["imagePullSecrets"]);
    const outer9 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash8 }, root, o);
    o.endPartial(outer9);
  }
  o.literal("      serviceAccountName: ");
  o.write("q", WRITERS["q"](own(t9 = own(c, "names", (c as Indexable)["names"]), "serviceAccount", (t9 as Indexable)["serviceAccount"])));
  o.literal("\n");
  if (passesIf(HELPERS["set"](own(t10 = own(c, "Values", (c as Indexable)["Values"]), "priorityClassName", (t10 as Indexable)["priorityClassName"])), c)) {
    o.literal("      priorityClassName: ");
    o.write("q", WRITERS["q"](HELPERS["str"](own(t11 = own(c, "Values", (c as Indexable)["Values"]), "priorityClassName", (t11 as Indexable)["priorityClassName"]))));
    o.literal("\n");
  }
  if (passesIf(HELPERS["set"](own(t12 = own(c, "Values", (c as Indexable)["Values"]), "runtimeClassName", (t12 as Indexable)["runtimeClassName"])), c)) {
    o.literal("      runtimeClassName: ");
    o.write("q", WRITERS["q"](HELPERS["str"](own(t13 = own(c, "Values", (c as Indexable)["Values"]), "runtimeClassName", (t13 as Indexable)["runtimeClassName"]))));
    o.literal("\n");
  }
  o.literal("      securityContext:\n");
  const hash10 = own(t14 = own(c, "Values", (c as Indexable)["Values"]), "podSecurityContext", (t14 as Indexable)["podSecurityContext"]);
  const outer11 = o.beginPartial("        ");
  renderPartial_yaml({ "value": hash10 }, root, o);
  o.endPartial(outer11);
  o.literal("      containers:\n        - name: gitlab-agent\n          securityContext:\n");
  const hash12 = own(t15 = own(c, "Values", (c as Indexable)["Values"]), "securityContext", (t15 as Indexable)["securityContext"]);
  const outer13 = o.beginPartial("            ");
  renderPartial_yaml({ "value": hash12 }, root, o);
  o.endPartial(outer13);
  o.literal("          image: ");
  o.write("q", WRITERS["q"](own(c, "image", (c as Indexable)["image"])));
  o.literal("\n          imagePullPolicy: ");
  o.write("q", WRITERS["q"](own(t17 = own(t16 = own(c, "Values", (c as Indexable)["Values"]), "image", (t16 as Indexable)["image"]), "pullPolicy", (t17 as Indexable)["pullPolicy"])));
  o.literal("\n          terminationMessagePolicy: ");
  o.write("q", WRITERS["q"](own(t18 = own(c, "Values", (c as Indexable)["Values"]), "terminationMessagePolicy", (t18 as Indexable)["terminationMessagePolicy"])));
  o.literal("\n          args:\n            - --token-file=/etc/agentk/secrets/token\n");
  if (passesIf(own(c, "receptive", (c as Indexable)["receptive"]), c)) {
  } else {
    o.literal("            - ");
    o.write("q", WRITERS["q"](HELPERS["concat"]("--kas-address=", own(t20 = own(t19 = own(c, "Values", (c as Indexable)["Values"]), "config", (t19 as Indexable)["config"]), "kasAddress", (t20 as Indexable)["kasAddress"]))));
    o.literal("\n");
    if (passesIf(HELPERS["set"](own(t22 = own(t21 = own(c, "Values", (c as Indexable)["Values"]), "config", (t21 as Indexable)["config"]), "kasCaCert", (t22 as Indexable)["kasCaCert"])), c)) {
      o.literal("            - --kas-ca-cert-file=/etc/agentk/config/ca.crt\n");
    }
    const each14 = eachItems(own(t24 = own(t23 = own(c, "Values", (c as Indexable)["Values"]), "config", (t23 as Indexable)["config"]), "kasHeaders", (t24 as Indexable)["kasHeaders"]), c);
    for (const item15 of each14.items) {
      o.literal("            - ");
      o.write("q", WRITERS["q"](HELPERS["concat"]("--kas-header=", item15)));
      o.literal("\n");
    }
  }
  if (passesIf(HELPERS["set"](own(t28 = own(t27 = own(t26 = own(t25 = own(c, "Values", (c as Indexable)["Values"]), "config", (t25 as Indexable)["config"]), "observability", (t26 as Indexable)["observability"]), "tls", (t27 as Indexable)["tls"]), "enabled", (t28 as Indexable)["enabled"])), c)) {
    o.literal("            - --observability-cert-file=/etc/agentk/observability-secrets/tls.crt\n            - --observability-key-file=/etc/agentk/observability-secrets/tls.key\n");
  }
  const each16 = eachItems(own(t29 = own(c, "Values", (c as Indexable)["Values"]), "extraArgs", (t29 as Indexable)["extraArgs"]), c);
  for (const item17 of each16.items) {
    o.literal("            - ");
    o.write("q", WRITERS["q"](item17));
    o.literal("\n");
  }
  if (passesIf(own(c, "receptive", (c as Indexable)["receptive"]), c)) {
    if (passesIf(HELPERS["set"](own(t32 = own(t31 = own(t30 = own(c, "Values", (c as Indexable)["Values"]), "config", (t30 as Indexable)["config"]), "api", (t31 as Indexable)["api"]), "listenNetwork", (t32 as Indexable)["listenNetwork"])), c)) {
      o.literal("            - ");
      o.write("q", WRITERS["q"](HELPERS["concat"]("--api-listen-network=", own(t35 = own(t34 = own(t33 = own(c, "Values", (c as Indexable)["Values"]), "config", (t33 as Indexable)["config"]), "api", (t34 as Indexable)["api"]), "listenNetwork", (t35 as Indexable)["listenNetwork"]))));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t38 = own(t37 = own(t36 = own(c, "Values", (c as Indexable)["Values"]), "config", (t36 as Indexable)["config"]), "api", (t37 as Indexable)["api"]), "listenAddress", (t38 as Indexable)["listenAddress"])), c)) {
      o.literal("            - ");
      o.write("q", WRITERS["q"](HELPERS["concat"]("--api-listen-address=", own(t41 = own(t40 = own(t39 = own(c, "Values", (c as Indexable)["Values"]), "config", (t39 as Indexable)["config"]), "api", (t40 as Indexable)["api"]), "listenAddress", (t41 as Indexable)["listenAddress"]))));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t44 = own(t43 = own(t42 = own(c, "Values", (c as Indexable)["Values"]), "config", (t42 as Indexable)["config"]), "api", (t43 as Indexable)["api"]), "jwtPublicKey", (t44 as Indexable)["jwtPublicKey"])), c)) {
      o.literal("            - --api-jwt-file=/etc/agentk/secrets/api-jwt\n");
    }
    if (passesIf(HELPERS["and"](HELPERS["set"](own(t48 = own(t47 = own(t46 = own(t45 = own(c, "Values", (c as Indexable)["Values"]), "config", (t45 as Indexable)["config"]), "api", (t46 as Indexable)["api"]), "tls", (t47 as Indexable)["tls"]), "enabled", (t48 as Indexable)["enabled"])), HELPERS["not"](HELPERS["set"](own(t51 = own(t50 = own(t49 = own(c, "Values", (c as Indexable)["Values"]), "ingress", (t49 as Indexable)["ingress"]), "tls", (t50 as Indexable)["tls"]), "enabled", (t51 as Indexable)["enabled"])))), c)) {
      if (passesIf(HELPERS["set"](own(t55 = own(t54 = own(t53 = own(t52 = own(c, "Values", (c as Indexable)["Values"]), "config", (t52 as Indexable)["config"]), "api", (t53 as Indexable)["api"]), "tls", (t54 as Indexable)["tls"]), "cert", (t55 as Indexable)["cert"])), c)) {
        o.literal("            - --api-cert-file=/etc/agentk/secrets/tls.crt\n");
      }
      if (passesIf(HELPERS["set"](own(t59 = own(t58 = own(t57 = own(t56 = own(c, "Values", (c as Indexable)["Values"]), "config", (t56 as Indexable)["config"]), "api", (t57 as Indexable)["api"]), "tls", (t58 as Indexable)["tls"]), "key", (t59 as Indexable)["key"])), c)) {
        o.literal("            - --api-key-file=/etc/agentk/secrets/tls.key\n");
      }
    }
    o.literal("            - --private-api-jwt-file=/etc/agentk/secrets/private-api-jwt\n");
    if (passesIf(HELPERS["set"](own(t62 = own(t61 = own(t60 = own(c, "Values", (c as Indexable)["Values"]), "config", (t60 as Indexable)["config"]), "privateApi", (t61 as Indexable)["privateApi"]), "listenNetwork", (t62 as Indexable)["listenNetwork"])), c)) {
      o.literal("            - ");
      o.write("q", WRITERS["q"](HELPERS["concat"]("--private-api-listen-network=", own(t65 = own(t64 = own(t63 = own(c, "Values", (c as Indexable)["Values"]), "config", (t63 as Indexable)["config"]), "privateApi", (t64 as Indexable)["privateApi"]), "listenNetwork", (t65 as Indexable)["listenNetwork"]))));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t68 = own(t67 = own(t66 = own(c, "Values", (c as Indexable)["Values"]), "config", (t66 as Indexable)["config"]), "privateApi", (t67 as Indexable)["privateApi"]), "listenAddress", (t68 as Indexable)["listenAddress"])), c)) {
      o.literal("            - ");
      o.write("q", WRITERS["q"](HELPERS["concat"]("--private-api-listen-address=", own(t71 = own(t70 = own(t69 = own(c, "Values", (c as Indexable)["Values"]), "config", (t69 as Indexable)["config"]), "privateApi", (t70 as Indexable)["privateApi"]), "listenAddress", (t71 as Indexable)["listenAddress"]))));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t75 = own(t74 = own(t73 = own(t72 = own(c, "Values", (c as Indexable)["Values"]), "config", (t72 as Indexable)["config"]), "privateApi", (t73 as Indexable)["privateApi"]), "tls", (t74 as Indexable)["tls"]), "enabled", (t75 as Indexable)["enabled"])), c)) {
      if (passesIf(HELPERS["set"](own(t79 = own(t78 = own(t77 = own(t76 = own(c, "Values", (c as Indexable)["Values"]), "config", (t76 as Indexable)["config"]), "privateApi", (t77 as Indexable)["privateApi"]), "tls", (t78 as Indexable)["tls"]), "cert", (t79 as Indexable)["cert"])), c)) {
        o.literal("            - --private-api-cert-file=/etc/agentk/secrets/private-api-tls-cert\n");
      }
      if (passesIf(HELPERS["set"](own(t83 = own(t82 = own(t81 = own(t80 = own(c, "Values", (c as Indexable)["Values"]), "config", (t80 as Indexable)["config"]), "privateApi", (t81 as Indexable)["privateApi"]), "tls", (t82 as Indexable)["tls"]), "key", (t83 as Indexable)["key"])), c)) {
        o.literal("            - --private-api-key-file=/etc/agentk/secrets/private-api-tls-key\n");
      }
      if (passesIf(HELPERS["set"](own(t87 = own(t86 = own(t85 = own(t84 = own(c, "Values", (c as Indexable)["Values"]), "config", (t84 as Indexable)["config"]), "privateApi", (t85 as Indexable)["privateApi"]), "tls", (t86 as Indexable)["tls"]), "caCert", (t87 as Indexable)["caCert"])), c)) {
        o.literal("            - --private-api-ca-cert-file=/etc/agentk/config/private-api-ca.crt\n");
      }
    }
  }
  o.literal("          ports:\n");
  if (passesIf(HELPERS["set"](own(t90 = own(t89 = own(t88 = own(c, "Values", (c as Indexable)["Values"]), "config", (t88 as Indexable)["config"]), "observability", (t89 as Indexable)["observability"]), "enabled", (t90 as Indexable)["enabled"])), c)) {
    o.literal("            - name: observability\n              containerPort: 8080\n              protocol: TCP\n");
  }
  if (passesIf(own(c, "receptive", (c as Indexable)["receptive"]), c)) {
    o.literal("            - containerPort: ");
    o.write("q", WRITERS["q"](own(t92 = own(t91 = own(c, "Values", (c as Indexable)["Values"]), "service", (t91 as Indexable)["service"]), "privateApiPort", (t92 as Indexable)["privateApiPort"])));
    o.literal("\n              name: private-api\n");
  }
  if (passesIf(HELPERS["and"](HELPERS["or"](own(c, "receptive", (c as Indexable)["receptive"]), HELPERS["set"](own(t95 = own(t94 = own(t93 = own(c, "Values", (c as Indexable)["Values"]), "config", (t93 as Indexable)["config"]), "observability", (t94 as Indexable)["observability"]), "enabled", (t95 as Indexable)["enabled"]))), HELPERS["set"](own(t97 = own(t96 = own(c, "Values", (c as Indexable)["Values"]), "service", (t96 as Indexable)["service"]), "internalPort", (t97 as Indexable)["internalPort"]))), c)) {
    o.literal("            - containerPort: ");
    o.write("q", WRITERS["q"](own(t99 = own(t98 = own(c, "Values", (c as Indexable)["Values"]), "service", (t98 as Indexable)["service"]), "internalPort", (t99 as Indexable)["internalPort"])));
    o.literal("\n              name: api\n");
  }
  o.literal("          livenessProbe:\n            httpGet:\n              path: /liveness\n              port: 8080\n            initialDelaySeconds: 15\n            periodSeconds: 20\n          readinessProbe:\n            httpGet:\n              path: /readiness\n              port: 8080\n            initialDelaySeconds: 5\n            periodSeconds: 10\n          resources:\n");
  const hash18 = own(t100 = own(c, "Values", (c as Indexable)["Values"]), "resources", (t100 as Indexable)["resources"]);
  const outer19 = o.beginPartial("            ");
  renderPartial_yaml({ "value": hash18 }, root, o);
  o.endPartial(outer19);
  o.literal("          env:\n            - name: POD_NAMESPACE\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.namespace\n            - name: POD_NAME\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.name\n            - name: POD_IP\n              valueFrom:\n                fieldRef:\n                  fieldPath: status.podIP\n            - name: GITLAB_AGENT_TELEMETRY_installation_method\n              value: ");
  o.write("q", WRITERS["q"](own(c, "installationMethod", (c as Indexable)["installationMethod"])));
  o.literal("\n            - name: GITLAB_AGENT_TELEMETRY_helm_chart_version\n              value: ");
  o.write("q", WRITERS["q"](own(c, "chartVersion", (c as Indexable)["chartVersion"])));
  o.literal("\n");
  if (passesIf(own(c, "receptive", (c as Indexable)["receptive"]), c)) {
    o.literal("            - name: OWN_PRIVATE_API_URL\n              value: ");
    o.write("q", WRITERS["q"](own(c, "ownPrivateApiUrl", (c as Indexable)["ownPrivateApiUrl"])));
    o.literal("\n            - name: POD_SELECTOR_LABELS\n              value: ");
    o.write("q", WRITERS["q"](own(c, "podSelectorLabels", (c as Indexable)["podSelectorLabels"])));
    o.literal("\n");
  }
  o.literal("            - name: SERVICE_ACCOUNT_NAME\n              valueFrom:\n                fieldRef:\n                  fieldPath: spec.serviceAccountName\n            - name: OCS_ENABLED\n              value: ");
  o.write("q", WRITERS["q"](HELPERS["str"](HELPERS["set"](own(t103 = own(t102 = own(t101 = own(c, "Values", (c as Indexable)["Values"]), "config", (t101 as Indexable)["config"]), "operational_container_scanning", (t102 as Indexable)["operational_container_scanning"]), "enabled", (t103 as Indexable)["enabled"])))));
  o.literal("\n");
  if (passesIf(HELPERS["set"](own(t106 = own(t105 = own(t104 = own(c, "Values", (c as Indexable)["Values"]), "config", (t104 as Indexable)["config"]), "operational_container_scanning", (t105 as Indexable)["operational_container_scanning"]), "enabled", (t106 as Indexable)["enabled"])), c)) {
    o.literal("            - name: OCS_SERVICE_ACCOUNT_NAME\n              value: ");
    o.write("q", WRITERS["q"](own(t107 = own(c, "names", (c as Indexable)["names"]), "ocsServiceAccount", (t107 as Indexable)["ocsServiceAccount"])));
    o.literal("\n");
  }
  if (passesIf(own(t108 = own(c, "limits", (c as Indexable)["limits"]), "cpu", (t108 as Indexable)["cpu"]), c)) {
    o.literal("            - name: GOMAXPROCS\n              valueFrom:\n                resourceFieldRef:\n                  resource: limits.cpu\n");
  }
  if (passesIf(own(t109 = own(c, "limits", (c as Indexable)["limits"]), "memory", (t109 as Indexable)["memory"]), c)) {
    o.literal("            - name: GOMEMLIMIT\n              valueFrom:\n                resourceFieldRef:\n                  resource: limits.memory\n");
  }
  if (passesIf(HELPERS["set"](own(t110 = own(c, "Values", (c as Indexable)["Values"]), "extraEnv", (t110 as Indexable)["extraEnv"])), c)) {
    const hash20 = own(t111 = own(c, "Values", (c as Indexable)["Values"]), "extraEnv", (t111 as Indexable)["extraEnv"]);
    const outer21 = o.beginPartial("            ");
    renderPartial_yaml({ "value": hash20 }, root, o);
    o.endPartial(outer21);
  }
  o.literal("          volumeMounts:\n            - name: service-account-token-volume\n              mountPath: /var/run/secrets/kubernetes.io/serviceaccount\n              readOnly: true\n");
  if (passesIf(own(c, "hasSecretVolume", (c as Indexable)["hasSecretVolume"]), c)) {
    o.literal("            - name: secret-volume\n              mountPath: /etc/agentk/secrets\n              readOnly: true\n");
  }
  if (passesIf(HELPERS["set"](own(t115 = own(t114 = own(t113 = own(t112 = own(c, "Values", (c as Indexable)["Values"]), "config", (t112 as Indexable)["config"]), "observability", (t113 as Indexable)["observability"]), "tls", (t114 as Indexable)["tls"]), "enabled", (t115 as Indexable)["enabled"])), c)) {
    o.literal("            - name: observability-secret-volume\n              mountPath: /etc/agentk/observability-secrets\n              readOnly: true\n");
  }
  if (passesIf(own(c, "hasConfigVolume", (c as Indexable)["hasConfigVolume"]), c)) {
    o.literal("            - name: config-volume\n              mountPath: /etc/agentk/config\n              readOnly: true\n");
  }
  if (passesIf(HELPERS["set"](own(t116 = own(c, "Values", (c as Indexable)["Values"]), "extraVolumeMounts", (t116 as Indexable)["extraVolumeMounts"])), c)) {
    const hash22 = own(t117 = own(c, "Values", (c as Indexable)["Values"]), "extraVolumeMounts", (t117 as Indexable)["extraVolumeMounts"]);
    const outer23 = o.beginPartial("            ");
    renderPartial_yaml({ "value": hash22 }, root, o);
    o.endPartial(outer23);
  }
  if (passesIf(HELPERS["set"](own(t118 = own(c, "Values", (c as Indexable)["Values"]), "initContainers", (t118 as Indexable)["initContainers"])), c)) {
    o.literal("      initContainers:\n");
    const hash24 = own(t119 = own(c, "Values", (c as Indexable)["Values"]), "initContainers", (t119 as Indexable)["initContainers"]);
    const outer25 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash24 }, root, o);
    o.endPartial(outer25);
  }
  o.literal("      volumes:\n        - name: service-account-token-volume\n          projected:\n            defaultMode: 0444\n            sources:\n            - configMap:\n                name: kube-root-ca.crt\n            - downwardAPI:\n                items:\n                - fieldRef:\n                    apiVersion: v1\n                    fieldPath: metadata.namespace\n                  path: namespace\n            - serviceAccountToken:\n                expirationSeconds: 3600\n                path: token\n");
  if (passesIf(own(c, "hasSecretVolume", (c as Indexable)["hasSecretVolume"]), c)) {
    o.literal("        - name: secret-volume\n");
    if (passesIf(own(c, "separateSecret", (c as Indexable)["separateSecret"]), c)) {
      o.literal("          projected:\n            defaultMode: 0444\n            sources:\n            - secret:\n                name: ");
      o.write("q", WRITERS["q"](own(t120 = own(c, "names", (c as Indexable)["names"]), "tokenSecret", (t120 as Indexable)["tokenSecret"])));
      o.literal("\n                items:\n                - key: token\n                  path: token\n            - secret:\n                name: ");
      o.write("q", WRITERS["q"](own(t121 = own(c, "names", (c as Indexable)["names"]), "renderedSecret", (t121 as Indexable)["renderedSecret"])));
      o.literal("\n");
    }
    if (passesIf(own(c, "separateSecret", (c as Indexable)["separateSecret"]), c)) {
    } else {
      o.literal("          secret:\n            defaultMode: 0444\n            secretName: ");
      o.write("q", WRITERS["q"](own(t122 = own(c, "names", (c as Indexable)["names"]), "tokenSecret", (t122 as Indexable)["tokenSecret"])));
      o.literal("\n");
    }
  }
  if (passesIf(HELPERS["set"](own(t126 = own(t125 = own(t124 = own(t123 = own(c, "Values", (c as Indexable)["Values"]), "config", (t123 as Indexable)["config"]), "observability", (t124 as Indexable)["observability"]), "tls", (t125 as Indexable)["tls"]), "enabled", (t126 as Indexable)["enabled"])), c)) {
    o.literal("        - name: observability-secret-volume\n          secret:\n            defaultMode: 0444\n            secretName: ");
    o.write("q", WRITERS["q"](own(t127 = own(c, "names", (c as Indexable)["names"]), "observabilitySecret", (t127 as Indexable)["observabilitySecret"])));
    o.literal("\n");
  }
  if (passesIf(own(c, "hasConfigVolume", (c as Indexable)["hasConfigVolume"]), c)) {
    o.literal("        - name: config-volume\n          configMap:\n            defaultMode: 0444\n            name: ");
    o.write("q", WRITERS["q"](own(t128 = own(c, "names", (c as Indexable)["names"]), "configMap", (t128 as Indexable)["configMap"])));
    o.literal("\n");
  }
  if (passesIf(HELPERS["set"](own(t129 = own(c, "Values", (c as Indexable)["Values"]), "extraVolumes", (t129 as Indexable)["extraVolumes"])), c)) {
    const hash26 = own(t130 = own(c, "Values", (c as Indexable)["Values"]), "extraVolumes", (t130 as Indexable)["extraVolumes"]);
    const outer27 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash26 }, root, o);
    o.endPartial(outer27);
  }
  if (passesIf(HELPERS["set"](own(t131 = own(c, "Values", (c as Indexable)["Values"]), "nodeSelector", (t131 as Indexable)["nodeSelector"])), c)) {
    o.literal("      nodeSelector:\n");
    const hash28 = own(t132 = own(c, "Values", (c as Indexable)["Values"]), "nodeSelector", (t132 as Indexable)["nodeSelector"]);
    const outer29 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash28 }, root, o);
    o.endPartial(outer29);
  }
  if (passesIf(HELPERS["set"](own(t133 = own(c, "Values", (c as Indexable)["Values"]), "affinity", (t133 as Indexable)["affinity"])), c)) {
    o.literal("      affinity:\n");
    const hash30 = own(t134 = own(c, "Values", (c as Indexable)["Values"]), "affinity", (t134 as Indexable)["affinity"]);
    const outer31 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash30 }, root, o);
    o.endPartial(outer31);
  }
  if (passesIf(HELPERS["set"](own(t135 = own(c, "Values", (c as Indexable)["Values"]), "tolerations", (t135 as Indexable)["tolerations"])), c)) {
    o.literal("      tolerations:\n");
    const hash32 = own(t136 = own(c, "Values", (c as Indexable)["Values"]), "tolerations", (t136 as Indexable)["tolerations"]);
    const outer33 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash32 }, root, o);
    o.endPartial(outer33);
  }
  if (passesIf(HELPERS["set"](own(t137 = own(c, "Values", (c as Indexable)["Values"]), "hostAliases", (t137 as Indexable)["hostAliases"])), c)) {
    o.literal("      hostAliases:\n");
    const hash34 = own(t138 = own(c, "Values", (c as Indexable)["Values"]), "hostAliases", (t138 as Indexable)["hostAliases"]);
    const outer35 = o.beginPartial("        ");
    renderPartial_yaml({ "value": hash34 }, root, o);
    o.endPartial(outer35);
  }
}

function renderTemplate3(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown, t8: unknown, t9: unknown, t10: unknown, t11: unknown, t12: unknown, t13: unknown, t14: unknown, t15: unknown, t16: unknown, t17: unknown;
  if (passesIf(HELPERS["and"](own(c, "receptive", (c as Indexable)["receptive"]), HELPERS["set"](own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "ingress", (t0 as Indexable)["ingress"]), "enabled", (t1 as Indexable)["enabled"]))), c)) {
    o.literal("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t2 = own(c, "names", (c as Indexable)["names"]), "ingress", (t2 as Indexable)["ingress"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("  annotations:\n");
    if (passesIf(HELPERS["set"](own(c, "ingressAnnotations", (c as Indexable)["ingressAnnotations"])), c)) {
      const hash3 = own(c, "ingressAnnotations", (c as Indexable)["ingressAnnotations"]);
      const outer4 = o.beginPartial("    ");
      renderPartial_yaml_in_order({ "value": hash3 }, root, o);
      o.endPartial(outer4);
    }
    o.literal("spec:\n");
    o.literal("  ingressClassName: gitlab-agent-nginx\n  rules:\n    - host: ");
    o.write("q", WRITERS["q"](own(t4 = own(t3 = own(c, "Values", (c as Indexable)["Values"]), "ingress", (t3 as Indexable)["ingress"]), "hostname", (t4 as Indexable)["hostname"])));
    o.literal("\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ");
    o.write("q", WRITERS["q"](own(t5 = own(c, "names", (c as Indexable)["names"]), "service", (t5 as Indexable)["service"])));
    o.literal("\n                port:\n                  number: ");
    o.write("q", WRITERS["q"](HELPERS["default"](own(t7 = own(t6 = own(c, "Values", (c as Indexable)["Values"]), "service", (t6 as Indexable)["service"]), "externalPort", (t7 as Indexable)["externalPort"]), 8182)));
    o.literal("\n");
    if (passesIf(HELPERS["and"](HELPERS["set"](own(t11 = own(t10 = own(t9 = own(t8 = own(c, "Values", (c as Indexable)["Values"]), "config", (t8 as Indexable)["config"]), "api", (t9 as Indexable)["api"]), "tls", (t10 as Indexable)["tls"]), "enabled", (t11 as Indexable)["enabled"])), HELPERS["set"](own(t14 = own(t13 = own(t12 = own(c, "Values", (c as Indexable)["Values"]), "ingress", (t12 as Indexable)["ingress"]), "tls", (t13 as Indexable)["tls"]), "enabled", (t14 as Indexable)["enabled"]))), c)) {
      o.literal("  tls:\n    - hosts:\n      - ");
      o.write("q", WRITERS["q"](own(t16 = own(t15 = own(c, "Values", (c as Indexable)["Values"]), "ingress", (t15 as Indexable)["ingress"]), "hostname", (t16 as Indexable)["hostname"])));
      o.literal("\n      secretName: ");
      o.write("q", WRITERS["q"](own(t17 = own(c, "names", (c as Indexable)["names"]), "tokenSecret", (t17 as Indexable)["tokenSecret"])));
      o.literal("\n");
    }
  }
}

function renderTemplate4(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown, t8: unknown, t9: unknown, t10: unknown, t11: unknown, t12: unknown, t13: unknown, t14: unknown, t15: unknown, t16: unknown, t17: unknown;
  if (passesIf(HELPERS["and"](HELPERS["set"](own(t3 = own(t2 = own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "observability", (t1 as Indexable)["observability"]), "tls", (t2 as Indexable)["tls"]), "enabled", (t3 as Indexable)["enabled"])), HELPERS["set"](own(t8 = own(t7 = own(t6 = own(t5 = own(t4 = own(c, "Values", (c as Indexable)["Values"]), "config", (t4 as Indexable)["config"]), "observability", (t5 as Indexable)["observability"]), "tls", (t6 as Indexable)["tls"]), "secret", (t7 as Indexable)["secret"]), "create", (t8 as Indexable)["create"]))), c)) {
    o.literal("apiVersion: v1\nkind: Secret\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t9 = own(c, "names", (c as Indexable)["names"]), "observabilitySecret", (t9 as Indexable)["observabilitySecret"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("data:\n  tls.key: ");
    o.write("q", WRITERS["q"](HELPERS["b64"](own(t13 = own(t12 = own(t11 = own(t10 = own(c, "Values", (c as Indexable)["Values"]), "config", (t10 as Indexable)["config"]), "observability", (t11 as Indexable)["observability"]), "tls", (t12 as Indexable)["tls"]), "key", (t13 as Indexable)["key"]))));
    o.literal("\n  tls.crt: ");
    o.write("q", WRITERS["q"](HELPERS["b64"](own(t17 = own(t16 = own(t15 = own(t14 = own(c, "Values", (c as Indexable)["Values"]), "config", (t14 as Indexable)["config"]), "observability", (t15 as Indexable)["observability"]), "tls", (t16 as Indexable)["tls"]), "cert", (t17 as Indexable)["cert"]))));
    o.literal("\ntype: kubernetes.io/tls\n");
  }
}

function renderTemplate5(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown;
  if (passesIf(HELPERS["set"](own(t2 = own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "operational_container_scanning", (t1 as Indexable)["operational_container_scanning"]), "enabled", (t2 as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n");
    const hash0 = false;
    const hash1 = own(t3 = own(c, "names", (c as Indexable)["names"]), "ocsClusterRole", (t3 as Indexable)["ocsClusterRole"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("rules:\n- apiGroups:\n  - batch\n  resources:\n  - cronjobs\n  - jobs\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - \"\"\n  resources:\n  - pods\n  - replicationcontrollers\n  - serviceaccounts\n  - namespaces\n  - services\n  - configmaps\n  - resourcequotas\n  - limitranges\n  - nodes\n  - secrets\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - apps\n  resources:\n  - replicasets\n  - daemonsets\n  - statefulsets\n  - deployments\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - rbac.authorization.k8s.io\n  resources:\n  - roles\n  - rolebindings\n  - clusterroles\n  - clusterrolebindings\n  verbs:\n  - list\n  - get\n- apiGroups:\n  - networking.k8s.io\n  resources:\n  - networkpolicies\n  - ingresses\n  verbs:\n  - list\n  - get\n");
  }
}

function renderTemplate6(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown;
  if (passesIf(HELPERS["set"](own(t2 = own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "operational_container_scanning", (t1 as Indexable)["operational_container_scanning"]), "enabled", (t2 as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n");
    const hash0 = false;
    const hash1 = own(t3 = own(c, "names", (c as Indexable)["names"]), "ocsClusterRole", (t3 as Indexable)["ocsClusterRole"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ");
    o.write("q", WRITERS["q"](own(t4 = own(c, "names", (c as Indexable)["names"]), "ocsClusterRole", (t4 as Indexable)["ocsClusterRole"])));
    o.literal("\n");
    const outer3 = o.beginPartial("");
    renderPartial_ocs_subject(c, root, o);
    o.endPartial(outer3);
  }
}

function renderTemplate7(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown;
  if (passesIf(HELPERS["set"](own(t2 = own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "operational_container_scanning", (t1 as Indexable)["operational_container_scanning"]), "enabled", (t2 as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t3 = own(c, "names", (c as Indexable)["names"]), "ocsRole", (t3 as Indexable)["ocsRole"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("rules:\n- apiGroups:\n  - \"\"\n  resources:\n  - configmaps\n  verbs:\n  - create\n");
  }
}

function renderTemplate8(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown;
  if (passesIf(HELPERS["set"](own(t2 = own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "operational_container_scanning", (t1 as Indexable)["operational_container_scanning"]), "enabled", (t2 as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t3 = own(c, "names", (c as Indexable)["names"]), "ocsRole", (t3 as Indexable)["ocsRole"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: ");
    o.write("q", WRITERS["q"](own(t4 = own(c, "names", (c as Indexable)["names"]), "ocsRole", (t4 as Indexable)["ocsRole"])));
    o.literal("\n");
    const outer3 = o.beginPartial("");
    renderPartial_ocs_subject(c, root, o);
    o.endPartial(outer3);
  }
}

function renderTemplate9(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown;
  if (passesIf(HELPERS["set"](own(t2 = own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "operational_container_scanning", (t1 as Indexable)["operational_container_scanning"]), "enabled", (t2 as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t3 = own(c, "names", (c as Indexable)["names"]), "ocsServiceAccount", (t3 as Indexable)["ocsServiceAccount"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    if (passesIf(HELPERS["set"](own(t5 = own(t4 = own(c, "Values", (c as Indexable)["Values"]), "serviceAccount", (t4 as Indexable)["serviceAccount"]), "annotations", (t5 as Indexable)["annotations"])), c)) {
      o.literal("  annotations:\n");
      const hash3 = own(t7 = own(t6 = own(c, "Values", (c as Indexable)["Values"]), "serviceAccount", (t6 as Indexable)["serviceAccount"]), "annotations", (t7 as Indexable)["annotations"]);
      const outer4 = o.beginPartial("    ");
      renderPartial_yaml({ "value": hash3 }, root, o);
      o.endPartial(outer4);
    }
  }
}

function renderTemplate10(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown, t8: unknown, t9: unknown, t10: unknown, t11: unknown, t12: unknown, t13: unknown, t14: unknown, t15: unknown, t16: unknown, t17: unknown, t18: unknown, t19: unknown, t20: unknown, t21: unknown, t22: unknown, t23: unknown, t24: unknown, t25: unknown, t26: unknown, t27: unknown, t28: unknown, t29: unknown, t30: unknown, t31: unknown, t32: unknown, t33: unknown, t34: unknown, t35: unknown, t36: unknown, t37: unknown, t38: unknown, t39: unknown, t40: unknown, t41: unknown, t42: unknown, t43: unknown, t44: unknown, t45: unknown, t46: unknown, t47: unknown, t48: unknown, t49: unknown, t50: unknown, t51: unknown, t52: unknown, t53: unknown, t54: unknown, t55: unknown, t56: unknown, t57: unknown, t58: unknown, t59: unknown, t60: unknown, t61: unknown, t62: unknown, t63: unknown, t64: unknown, t65: unknown, t66: unknown, t67: unknown, t68: unknown, t69: unknown, t70: unknown, t71: unknown;
  if (passesIf(HELPERS["or"](HELPERS["set"](own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "token", (t1 as Indexable)["token"])), HELPERS["set"](own(t4 = own(t3 = own(t2 = own(c, "Values", (c as Indexable)["Values"]), "config", (t2 as Indexable)["config"]), "api", (t3 as Indexable)["api"]), "jwtPublicKey", (t4 as Indexable)["jwtPublicKey"])), HELPERS["set"](own(t8 = own(t7 = own(t6 = own(t5 = own(c, "Values", (c as Indexable)["Values"]), "config", (t5 as Indexable)["config"]), "api", (t6 as Indexable)["api"]), "tls", (t7 as Indexable)["tls"]), "cert", (t8 as Indexable)["cert"])), HELPERS["set"](own(t12 = own(t11 = own(t10 = own(t9 = own(c, "Values", (c as Indexable)["Values"]), "config", (t9 as Indexable)["config"]), "api", (t10 as Indexable)["api"]), "tls", (t11 as Indexable)["tls"]), "key", (t12 as Indexable)["key"])), HELPERS["set"](own(t16 = own(t15 = own(t14 = own(t13 = own(c, "Values", (c as Indexable)["Values"]), "config", (t13 as Indexable)["config"]), "privateApi", (t14 as Indexable)["privateApi"]), "tls", (t15 as Indexable)["tls"]), "cert", (t16 as Indexable)["cert"])), HELPERS["set"](own(t20 = own(t19 = own(t18 = own(t17 = own(c, "Values", (c as Indexable)["Values"]), "config", (t17 as Indexable)["config"]), "privateApi", (t18 as Indexable)["privateApi"]), "tls", (t19 as Indexable)["tls"]), "key", (t20 as Indexable)["key"])), own(c, "receptive", (c as Indexable)["receptive"])), c)) {
    o.literal("apiVersion: v1\nkind: Secret\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t21 = own(c, "names", (c as Indexable)["names"]), "renderedSecret", (t21 as Indexable)["renderedSecret"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("data:\n");
    if (passesIf(HELPERS["set"](own(t23 = own(t22 = own(c, "Values", (c as Indexable)["Values"]), "config", (t22 as Indexable)["config"]), "token", (t23 as Indexable)["token"])), c)) {
      o.literal("  token: ");
      o.write("q", WRITERS["q"](HELPERS["b64"](own(t25 = own(t24 = own(c, "Values", (c as Indexable)["Values"]), "config", (t24 as Indexable)["config"]), "token", (t25 as Indexable)["token"]))));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t28 = own(t27 = own(t26 = own(c, "Values", (c as Indexable)["Values"]), "config", (t26 as Indexable)["config"]), "api", (t27 as Indexable)["api"]), "jwtPublicKey", (t28 as Indexable)["jwtPublicKey"])), c)) {
      o.literal("  api-jwt: ");
      o.write("q", WRITERS["q"](HELPERS["b64"](own(t31 = own(t30 = own(t29 = own(c, "Values", (c as Indexable)["Values"]), "config", (t29 as Indexable)["config"]), "api", (t30 as Indexable)["api"]), "jwtPublicKey", (t31 as Indexable)["jwtPublicKey"]))));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t35 = own(t34 = own(t33 = own(t32 = own(c, "Values", (c as Indexable)["Values"]), "config", (t32 as Indexable)["config"]), "api", (t33 as Indexable)["api"]), "tls", (t34 as Indexable)["tls"]), "enabled", (t35 as Indexable)["enabled"])), c)) {
      if (passesIf(HELPERS["set"](own(t39 = own(t38 = own(t37 = own(t36 = own(c, "Values", (c as Indexable)["Values"]), "config", (t36 as Indexable)["config"]), "api", (t37 as Indexable)["api"]), "tls", (t38 as Indexable)["tls"]), "cert", (t39 as Indexable)["cert"])), c)) {
        o.literal("  tls.crt: ");
        o.write("q", WRITERS["q"](HELPERS["b64"](own(t43 = own(t42 = own(t41 = own(t40 = own(c, "Values", (c as Indexable)["Values"]), "config", (t40 as Indexable)["config"]), "api", (t41 as Indexable)["api"]), "tls", (t42 as Indexable)["tls"]), "cert", (t43 as Indexable)["cert"]))));
        o.literal("\n");
      }
      if (passesIf(HELPERS["set"](own(t47 = own(t46 = own(t45 = own(t44 = own(c, "Values", (c as Indexable)["Values"]), "config", (t44 as Indexable)["config"]), "api", (t45 as Indexable)["api"]), "tls", (t46 as Indexable)["tls"]), "key", (t47 as Indexable)["key"])), c)) {
        o.literal("  tls.key: ");
        o.write("q", WRITERS["q"](HELPERS["b64"](own(t51 = own(t50 = own(t49 = own(t48 = own(c, "Values", (c as Indexable)["Values"]), "config", (t48 as Indexable)["config"]), "api", (t49 as Indexable)["api"]), "tls", (t50 as Indexable)["tls"]), "key", (t51 as Indexable)["key"]))));
        o.literal("\n");
      }
    }
    if (passesIf(HELPERS["set"](own(t55 = own(t54 = own(t53 = own(t52 = own(c, "Values", (c as Indexable)["Values"]), "config", (t52 as Indexable)["config"]), "privateApi", (t53 as Indexable)["privateApi"]), "tls", (t54 as Indexable)["tls"]), "enabled", (t55 as Indexable)["enabled"])), c)) {
      if (passesIf(HELPERS["set"](own(t59 = own(t58 = own(t57 = own(t56 = own(c, "Values", (c as Indexable)["Values"]), "config", (t56 as Indexable)["config"]), "privateApi", (t57 as Indexable)["privateApi"]), "tls", (t58 as Indexable)["tls"]), "cert", (t59 as Indexable)["cert"])), c)) {
        o.literal("  private-api-tls-cert: ");
        o.write("q", WRITERS["q"](HELPERS["b64"](own(t63 = own(t62 = own(t61 = own(t60 = own(c, "Values", (c as Indexable)["Values"]), "config", (t60 as Indexable)["config"]), "privateApi", (t61 as Indexable)["privateApi"]), "tls", (t62 as Indexable)["tls"]), "cert", (t63 as Indexable)["cert"]))));
        o.literal("\n");
      }
      if (passesIf(HELPERS["set"](own(t67 = own(t66 = own(t65 = own(t64 = own(c, "Values", (c as Indexable)["Values"]), "config", (t64 as Indexable)["config"]), "privateApi", (t65 as Indexable)["privateApi"]), "tls", (t66 as Indexable)["tls"]), "key", (t67 as Indexable)["key"])), c)) {
        o.literal("  private-api-tls-key: ");
        o.write("q", WRITERS["q"](HELPERS["b64"](own(t71 = own(t70 = own(t69 = own(t68 = own(c, "Values", (c as Indexable)["Values"]), "config", (t68 as Indexable)["config"]), "privateApi", (t69 as Indexable)["privateApi"]), "tls", (t70 as Indexable)["tls"]), "key", (t71 as Indexable)["key"]))));
        o.literal("\n");
      }
    }
    if (passesIf(own(c, "receptive", (c as Indexable)["receptive"]), c)) {
      o.literal("  private-api-jwt: ");
      o.write("q", WRITERS["q"](own(c, "privateApiJwtData", (c as Indexable)["privateApiJwtData"])));
      o.literal("\n");
    }
    o.literal("type: Opaque\n");
  }
}

function renderTemplate11(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown, t8: unknown, t9: unknown, t10: unknown, t11: unknown, t12: unknown, t13: unknown, t14: unknown, t15: unknown, t16: unknown, t17: unknown, t18: unknown, t19: unknown, t20: unknown, t21: unknown, t22: unknown, t23: unknown, t24: unknown;
  if (passesIf(HELPERS["or"](own(c, "receptive", (c as Indexable)["receptive"]), HELPERS["set"](own(t2 = own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "config", (t0 as Indexable)["config"]), "observability", (t1 as Indexable)["observability"]), "enabled", (t2 as Indexable)["enabled"]))), c)) {
    o.literal("apiVersion: v1\nkind: Service\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t3 = own(c, "names", (c as Indexable)["names"]), "service", (t3 as Indexable)["service"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    o.literal("spec:\n  type: ");
    o.write("q", WRITERS["q"](HELPERS["default"](own(t5 = own(t4 = own(c, "Values", (c as Indexable)["Values"]), "service", (t4 as Indexable)["service"]), "type", (t5 as Indexable)["type"]), "ClusterIP")));
    o.literal("\n");
    if (passesIf(HELPERS["eq"](own(t7 = own(t6 = own(c, "Values", (c as Indexable)["Values"]), "service", (t6 as Indexable)["service"]), "type", (t7 as Indexable)["type"]), "LoadBalancer"), c)) {
      if (passesIf(HELPERS["set"](own(t9 = own(t8 = own(c, "Values", (c as Indexable)["Values"]), "service", (t8 as Indexable)["service"]), "loadBalancerIP", (t9 as Indexable)["loadBalancerIP"])), c)) {
        o.literal("  loadBalancerIP: ");
        o.write("q", WRITERS["q"](HELPERS["str"](own(t11 = own(t10 = own(c, "Values", (c as Indexable)["Values"]), "service", (t10 as Indexable)["service"]), "loadBalancerIP", (t11 as Indexable)["loadBalancerIP"]))));
        o.literal("\n");
      }
      if (passesIf(HELPERS["set"](own(t13 = own(t12 = own(c, "Values", (c as Indexable)["Values"]), "service", (t12 as Indexable)["service"]), "loadBalancerSourceRanges", (t13 as Indexable)["loadBalancerSourceRanges"])), c)) {
        o.literal("  loadBalancerSourceRanges:\n");
        const each3 = eachItems(own(t15 = own(t14 = own(c, "Values", (c as Indexable)["Values"]), "service", (t14 as Indexable)["service"]), "loadBalancerSourceRanges", (t15 as Indexable)["loadBalancerSourceRanges"]), c);
        for (const item4 of each3.items) {
          o.literal("  - ");
          o.write("q", WRITERS["q"](HELPERS["str"](item4)));
          o.literal("\n");
        }
      }
    }
    o.literal("  ports:\n");
    if (passesIf(own(c, "receptive", (c as Indexable)["receptive"]), c)) {
      o.literal("    - port: ");
      o.write("q", WRITERS["q"](HELPERS["default"](own(t17 = own(t16 = own(c, "Values", (c as Indexable)["Values"]), "service", (t16 as Indexable)["service"]), "externalPort", (t17 as Indexable)["externalPort"]), 8182)));
      o.literal("\n      targetPort: ");
      o.write("q", WRITERS["q"](HELPERS["default"](own(t19 = own(t18 = own(c, "Values", (c as Indexable)["Values"]), "service", (t18 as Indexable)["service"]), "internalPort", (t19 as Indexable)["internalPort"]), 8082)));
      o.literal("\n      protocol: TCP\n      name: ");
      o.write("q", WRITERS["q"](HELPERS["concat"]("tcp-", own(t20 = own(c, "names", (c as Indexable)["names"]), "name", (t20 as Indexable)["name"]), "-external-api")));
      o.literal("\n");
    }
    if (passesIf(HELPERS["set"](own(t23 = own(t22 = own(t21 = own(c, "Values", (c as Indexable)["Values"]), "config", (t21 as Indexable)["config"]), "observability", (t22 as Indexable)["observability"]), "enabled", (t23 as Indexable)["enabled"])), c)) {
      o.literal("    - port: 8080\n      targetPort: observability\n      protocol: TCP\n      name: ");
      o.write("q", WRITERS["q"](HELPERS["concat"]("tcp-", own(t24 = own(c, "names", (c as Indexable)["names"]), "name", (t24 as Indexable)["name"]), "-observability")));
      o.literal("\n");
    }
    o.literal("  selector:\n");
    const outer5 = o.beginPartial("    ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer5);
  }
}

function renderTemplate12(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown;
  if (passesIf(HELPERS["set"](own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "serviceAccount", (t0 as Indexable)["serviceAccount"]), "create", (t1 as Indexable)["create"])), c)) {
    o.literal("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n");
    const hash0 = true;
    const hash1 = own(t2 = own(c, "names", (c as Indexable)["names"]), "serviceAccount", (t2 as Indexable)["serviceAccount"]);
    const outer2 = o.beginPartial("  ");
    renderPartial_metadata({ "name": hash1, "namespaced": hash0 }, root, o);
    o.endPartial(outer2);
    if (passesIf(HELPERS["set"](own(t4 = own(t3 = own(c, "Values", (c as Indexable)["Values"]), "serviceAccount", (t3 as Indexable)["serviceAccount"]), "annotations", (t4 as Indexable)["annotations"])), c)) {
      o.literal("  annotations:\n");
      const hash3 = own(t6 = own(t5 = own(c, "Values", (c as Indexable)["Values"]), "serviceAccount", (t5 as Indexable)["serviceAccount"]), "annotations", (t6 as Indexable)["annotations"]);
      const outer4 = o.beginPartial("    ");
      renderPartial_yaml({ "value": hash3 }, root, o);
      o.endPartial(outer4);
    }
  }
}

function renderTemplate13(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown, t2: unknown, t3: unknown, t4: unknown, t5: unknown, t6: unknown, t7: unknown;
  if (passesIf(HELPERS["set"](own(t1 = own(t0 = own(c, "Values", (c as Indexable)["Values"]), "serviceMonitor", (t0 as Indexable)["serviceMonitor"]), "enabled", (t1 as Indexable)["enabled"])), c)) {
    o.literal("apiVersion: v1\nkind: Service\nmetadata:\n  name: ");
    o.write("q", WRITERS["q"](own(t2 = own(c, "names", (c as Indexable)["names"]), "observabilityService", (t2 as Indexable)["observabilityService"])));
    o.literal("\n  namespace: ");
    o.write("q", WRITERS["q"](own(t3 = own(c, "Release", (c as Indexable)["Release"]), "Namespace", (t3 as Indexable)["Namespace"])));
    o.literal("\n  labels:\n");
    const outer0 = o.beginPartial("    ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer0);
    o.literal("spec:\n  type: ClusterIP\n  ports:\n    - port: 8080\n      protocol: TCP\n      name: observability\n  selector:\n");
    const outer1 = o.beginPartial("    ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer1);
    o.literal("---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  labels:\n");
    const hash2 = own(t4 = own(c, "labels", (c as Indexable)["labels"]), "common", (t4 as Indexable)["common"]);
    const outer3 = o.beginPartial("    ");
    renderPartial_yaml_in_order({ "value": hash2 }, root, o);
    o.endPartial(outer3);
    o.literal("  name: ");
    o.write("q", WRITERS["q"](own(t5 = own(c, "names", (c as Indexable)["names"]), "observabilityService", (t5 as Indexable)["observabilityService"])));
    o.literal("\n  namespace: ");
    o.write("q", WRITERS["q"](own(t6 = own(c, "Release", (c as Indexable)["Release"]), "Namespace", (t6 as Indexable)["Namespace"])));
    o.literal("\nspec:\n  selector:\n    matchLabels:\n");
    const outer4 = o.beginPartial("      ");
    renderPartial_selector_labels(c, root, o);
    o.endPartial(outer4);
    o.literal("  namespaceSelector:\n    matchNames:\n    - ");
    o.write("q", WRITERS["q"](own(t7 = own(c, "Release", (c as Indexable)["Release"]), "Namespace", (t7 as Indexable)["Namespace"])));
    o.literal("\n  endpoints:\n  - port: observability\n    interval: 30s\n    scrapeTimeout: 25s\n");
  }
}

function renderPartial_metadata(c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown;
  o.literal("name: ");
  o.write("q", WRITERS["q"](own(c, "name", (c as Indexable)["name"])));
  o.literal("\n");
  if (passesIf(own(c, "namespaced", (c as Indexable)["namespaced"]), c)) {
    o.literal("namespace: ");
    o.write("q", WRITERS["q"](own(t0 = own(root, "Release", (root as Indexable)["Release"]), "Namespace", (t0 as Indexable)["Namespace"])));
    o.literal("\n");
  }
  o.literal("labels:\n");
  const hash0 = own(t1 = own(root, "labels", (root as Indexable)["labels"]), "common", (t1 as Indexable)["common"]);
  const outer1 = o.beginPartial("  ");
  renderPartial_yaml_in_order({ "value": hash0 }, root, o);
  o.endPartial(outer1);
}

function renderPartial_ocs_subject(_c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown, t1: unknown;
  o.literal("subjects:\n- kind: ServiceAccount\n  name: ");
  o.write("q", WRITERS["q"](own(t0 = own(root, "names", (root as Indexable)["names"]), "ocsServiceAccount", (t0 as Indexable)["ocsServiceAccount"])));
  o.literal("\n  namespace: ");
  o.write("q", WRITERS["q"](own(t1 = own(root, "Release", (root as Indexable)["Release"]), "Namespace", (t1 as Indexable)["Namespace"])));
  o.literal("\n");
}

function renderPartial_selector_labels(_c: unknown, root: unknown, o: TemplateSink): void {
  let t0: unknown;
  o.write("toYamlInOrder", WRITERS["toYamlInOrder"](own(t0 = own(root, "labels", (root as Indexable)["labels"]), "selector", (t0 as Indexable)["selector"])));
  o.literal("\n");
}

function renderPartial_yaml_in_order(c: unknown, _root: unknown, o: TemplateSink): void {
  o.write("toYamlInOrder", WRITERS["toYamlInOrder"](own(c, "value", (c as Indexable)["value"])));
  o.literal("\n");
}

function renderPartial_yaml(c: unknown, _root: unknown, o: TemplateSink): void {
  o.write("toYaml", WRITERS["toYaml"](own(c, "value", (c as Indexable)["value"])));
  o.literal("\n");
}
