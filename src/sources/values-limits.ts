/** Bounds on values from any source, so hostile input is refused early and cheaply. */

/**
 * The limits for one values file. The chart's values are a few hundred nodes and a few KB, with
 * certificates; an umbrella file for many charts is still far below these. Each limit keeps a
 * hostile file within a fraction of a second and tens of MB.
 */
export const MAX_VALUES_FILE_BYTES = 4 * 1024 * 1024;
/** Parsed nodes (maps, lists, scalars, keys), and nodes after alias expansion. */
export const MAX_VALUE_NODES = 100_000;
/** Kubernetes objects in values (affinity, volumes) nest about ten levels deep. */
export const MAX_NESTING_DEPTH = 64;
