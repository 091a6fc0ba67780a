/**
 * The API's own field sets inside Kubernetes-typed values. kubernetes-models' validators check
 * types and enums but let unknown fields through, and Helm prints them verbatim; the API server's
 * strict field validation (kubectl's default) then refuses the object, and without it the field
 * is silently dropped (`configmap` gives an emptyDir volume). The definitions come from
 * kubernetes-models through codegen (src/generated/kubernetes-definitions.ts), parsed on first use.
 */
import { KUBERNETES_DEFINITIONS_JSON } from '../../generated/kubernetes-definitions.js';
import type { PathSegment } from '../../helm/format-values-path.js';
import { isMap } from '../../util/is-map.js';

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

const REF_PREFIX = '#/definitions/';
let definitions: KubernetesDefinitions | undefined;

/** Every definition by its name (`io.k8s.api.core.v1.Toleration`). */
export function loadKubernetesDefinitions(): KubernetesDefinitions {
  definitions ??= JSON.parse(KUBERNETES_DEFINITIONS_JSON) as KubernetesDefinitions;
  return definitions;
}

/** One definition, or an error naming a type codegen did not generate (a schema typo). */
export function getKubernetesDefinition(typeName: string): KubernetesSchema {
  const all = loadKubernetesDefinitions();
  const found = Object.hasOwn(all, typeName) ? all[typeName] : undefined;
  if (!found) throw new Error(`no Kubernetes definition for ${typeName}: run npm run codegen`);
  return found;
}

/** The field names of a Kubernetes type, for a did-you-mean. */
export function listKubernetesFields(typeName: string): string[] {
  return Object.keys(getKubernetesDefinition(typeName).properties ?? {});
}

export interface UnknownKubernetesField {
  /** From the Kubernetes-typed value to the unknown field, the field last. */
  readonly segments: PathSegment[];
  /** The type whose field set lacks it (`io.k8s.api.core.v1.NodeAffinity`). */
  readonly typeName: string;
}

/** Every field of `value`, at any depth, that its Kubernetes type does not have. */
export function findUnknownKubernetesFields(value: unknown, typeName: string): UnknownKubernetesField[] {
  const found: UnknownKubernetesField[] = [];
  walk(value, getKubernetesDefinition(typeName), typeName, [], found);
  return found;
}

function walk(value: unknown, schema: KubernetesSchema, typeName: string, path: PathSegment[], found: UnknownKubernetesField[]): void {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.slice(REF_PREFIX.length);
    walk(value, getKubernetesDefinition(name), name, path, found);
    return;
  }
  if (schema.anyOf) {
    // Only `X or null` unions occur; null has nothing inside.
    for (const branch of schema.anyOf) walk(value, branch, typeName, path, found);
    return;
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items) value.forEach((item: unknown, index) => walk(item, items, typeName, [...path, index], found));
    return;
  }
  if (!isMap(value)) return;
  const properties = schema.properties ?? {};
  for (const [key, child] of Object.entries(value)) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (property) walk(child, property, typeName, [...path, key], found);
    else if (typeof schema.additionalProperties === 'object') walk(child, schema.additionalProperties, typeName, [...path, key], found);
    else if (schema.additionalProperties === false) found.push({ segments: [...path, key], typeName });
  }
}
