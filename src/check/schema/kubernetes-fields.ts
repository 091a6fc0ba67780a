/**
 * The API's own field sets inside Kubernetes-typed values. kubernetes-models' validators check
 * types and enums but let unknown fields through, and Helm prints them verbatim; the API server's
 * strict field validation (kubectl's default) then refuses the object, and without it the field
 * is silently dropped (`configmap` gives an emptyDir volume). The field sets are the API
 * definitions of chart/kubernetes-definitions.ts.
 */
import { KUBERNETES_REF_PREFIX, loadKubernetesDefinitions, type KubernetesSchema } from '../../chart/kubernetes-definitions.js';
import type { PathSegment } from '../../helm/format-values-path.js';
import { isMap } from '../../util/is-map.js';

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
    const name = schema.$ref.slice(KUBERNETES_REF_PREFIX.length);
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
