/**
 * The Kubernetes API definitions of the values that hold Kubernetes objects (`x-kubernetes-type`
 * in the values schema) and of every type inside them, generated from kubernetes-models
 * (src/generated/kubernetes-definitions.ts) and parsed on first use. The checks walk them for
 * unknown fields; the values schema carries them, so an editor checks inside these values too.
 */
import { KUBERNETES_DEFINITIONS_JSON } from '../generated/kubernetes-definitions.js';
import { isMap } from '../util/is-map.js';

/** The JSON-schema keywords the definitions use. */
export interface KubernetesSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, KubernetesSchema>>;
  readonly additionalProperties?: boolean | KubernetesSchema;
  readonly items?: KubernetesSchema;
  readonly anyOf?: readonly KubernetesSchema[];
  readonly $ref?: string;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
}

export type KubernetesDefinitions = Readonly<Record<string, KubernetesSchema>>;

/** How the definitions refer to each other, and how the values schema refers to them. */
export const KUBERNETES_REF_PREFIX = '#/definitions/';
const KUBERNETES_TYPE_KEYWORD = 'x-kubernetes-type';

let definitions: KubernetesDefinitions | undefined;

/** Every definition by its name (`io.k8s.api.core.v1.Toleration`). */
export function loadKubernetesDefinitions(): KubernetesDefinitions {
  definitions ??= JSON.parse(KUBERNETES_DEFINITIONS_JSON) as KubernetesDefinitions;
  return definitions;
}

/**
 * `schema` made self-contained for JSON-schema tools: the definitions under `definitions`, and
 * every value marked `x-kubernetes-type` held to its definition (through `allOf`, so the value's
 * own description and default still count; draft-07 ignores the siblings of a `$ref`). Changes
 * and returns `schema`.
 */
export function addKubernetesDefinitions(schema: Record<string, unknown>): Record<string, unknown> {
  const walk = (node: unknown): void => {
    if (!isMap(node)) return;
    const typeName = node[KUBERNETES_TYPE_KEYWORD];
    if (typeof typeName === 'string') node['allOf'] = [{ $ref: `${KUBERNETES_REF_PREFIX}${typeName}` }];
    if (isMap(node['properties'])) for (const child of Object.values(node['properties'])) walk(child);
    walk(node['additionalProperties']);
    walk(node['items']);
  };
  walk(schema);
  schema['definitions'] = structuredClone(loadKubernetesDefinitions());
  return schema;
}
