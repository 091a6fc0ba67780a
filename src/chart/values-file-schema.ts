/**
 * The values schema as editors and other JSON-schema tools use it, on a values file: the file
 * gives only what it changes, so the maps the chart's defaults always provide are not required
 * of it (Helm, like `checkValues`, validates the merged values, where they are present unless
 * nulled, and a null is refused by their type anyway); and the schema is self-contained, with
 * the Kubernetes definitions of its Kubernetes-typed values.
 */
import { isMap } from '../util/is-map.js';
import { addKubernetesDefinitions } from './kubernetes-definitions.js';

/** Changes and returns `schema`. */
export function toValuesFileSchema(schema: Record<string, unknown>): Record<string, unknown> {
  // Only maps reached through `properties` from the top are the chart's own; list items
  // (rbac.leastPrivilege.identityBindings[]) are written whole by the user, and keep theirs.
  const dropDefaultedRequired = (node: unknown): void => {
    if (!isMap(node)) return;
    delete node['required'];
    if (isMap(node['properties'])) for (const child of Object.values(node['properties'])) dropDefaultedRequired(child);
  };
  dropDefaultedRequired(schema);
  return addKubernetesDefinitions(schema);
}
