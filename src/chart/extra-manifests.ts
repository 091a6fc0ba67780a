/**
 * `extraManifests` (chart 2.30.0 on): extra Kubernetes objects rendered as documents of their own.
 * An item is a map, or a string holding one YAML mapping (the form a values file can paste an
 * existing manifest in). Items never pass through a template engine: `{{ … }}` stays text, so a
 * value can never inject template code. Each item must be one object with `apiVersion`, `kind`
 * and a `metadata.name`; a namespaced object without a namespace gets the release namespace.
 * Read here once, for the checks (which report each item's problem) and the renderer alike.
 */
import { YAMLException, loadAll } from 'js-yaml';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';
import { MAX_NESTING_DEPTH, MAX_VALUE_NODES } from '../sources/values-limits.js';
import { isMap } from '../util/is-map.js';
import { isClusterScoped } from './kubernetes-scopes.js';

/** A string item's size limit: a manifest, even a CRD, is far below it. */
export const MAX_EXTRA_MANIFEST_BYTES = 256 * 1024;

export type ExtraManifestProblem =
  /** Neither a map nor a string: the schema reports it, so the checks say nothing more. */
  | { readonly code: 'wrong-type'; readonly message: string; readonly hint: string }
  | { readonly code: 'not-an-object'; readonly message: string; readonly hint: string }
  | { readonly code: 'yaml'; readonly message: string; readonly hint: string }
  | { readonly code: 'missing-field'; readonly field: 'apiVersion' | 'kind' | 'metadata.name'; readonly message: string; readonly hint: string };

export type ExtraManifest =
  | {
      readonly ok: true;
      readonly index: number;
      /** The object as it will be written: the item, with the release namespace where it needs one. */
      readonly object: Record<string, unknown>;
      readonly apiVersion: string;
      readonly kind: string;
      readonly name: string;
      readonly namespace: string | undefined;
      /** The item was a YAML string (so positions in problems refer into it). */
      readonly fromString: boolean;
    }
  | { readonly ok: false; readonly index: number; readonly problem: ExtraManifestProblem };

export function readExtraManifests(items: unknown, releaseNamespace: string): ExtraManifest[] {
  if (!Array.isArray(items)) return [];
  return items.map((item: unknown, index) => readItem(item, index, releaseNamespace));
}

function readItem(item: unknown, index: number, releaseNamespace: string): ExtraManifest {
  let object: unknown = item;
  const fromString = typeof item === 'string';
  if (typeof item === 'string') {
    const parsed = parseYamlItem(item);
    if ('problem' in parsed) return { ok: false, index, problem: parsed.problem };
    object = parsed.object;
  }
  if (!isMap(object)) {
    return {
      ok: false,
      index,
      problem: {
        code: fromString ? 'not-an-object' : 'wrong-type',
        message: `is ${describeType(object)}, not a Kubernetes object`,
        hint: 'give each item as a map with apiVersion, kind and metadata, or as a string holding one such YAML document',
      },
    };
  }
  const apiVersion = object['apiVersion'];
  const kind = object['kind'];
  const metadata = object['metadata'];
  const name = isMap(metadata) ? metadata['name'] : undefined;
  for (const [field, value] of [['apiVersion', apiVersion], ['kind', kind], ['metadata.name', name]] as const) {
    if (typeof value !== 'string' || value === '') {
      return {
        ok: false,
        index,
        problem: {
          code: 'missing-field',
          field,
          message: `has no ${field}`,
          hint: `every extra manifest is one Kubernetes object with apiVersion, kind and metadata.name; set ${field}`,
        },
      };
    }
  }
  const given = isMap(metadata) ? metadata['namespace'] : undefined;
  const namespaced = !isClusterScoped(apiVersion as string, kind as string);
  let namespace = typeof given === 'string' && given !== '' ? given : undefined;
  let written = object;
  if (namespaced && namespace === undefined) {
    namespace = releaseNamespace;
    written = { ...object, metadata: { ...(metadata as Record<string, unknown>), namespace } };
  }
  return {
    ok: true,
    index,
    object: written,
    apiVersion: apiVersion as string,
    kind: kind as string,
    name: name as string,
    namespace: namespaced ? namespace : undefined,
    fromString,
  };
}

function parseYamlItem(text: string): { object: unknown } | { problem: ExtraManifestProblem } {
  if (Buffer.byteLength(text, 'utf8') > MAX_EXTRA_MANIFEST_BYTES) {
    return {
      problem: {
        code: 'yaml',
        message: `is more than ${MAX_EXTRA_MANIFEST_BYTES / 1024} KiB of YAML`,
        hint: 'an extra manifest is one Kubernetes object; apply larger ones on their own',
      },
    };
  }
  let documents: unknown[];
  try {
    // The yaml.v2 rules kubectl's decoder follows. js-yaml shares aliased nodes; the copy below
    // expands them within the same node budget as a values file, so an alias bomb stops there.
    documents = loadAll(text, null, { schema: HELM_VALUES_SCHEMA }).filter(
      (document) => document !== null && document !== undefined,
    );
  } catch (error) {
    const reason = error instanceof YAMLException ? error.reason : 'unreadable YAML';
    const line = error instanceof YAMLException ? ` (line ${error.mark.line + 1} of the string)` : '';
    return { problem: { code: 'yaml', message: `is not valid YAML: ${reason}${line}`, hint: 'fix the YAML of this item' } };
  }
  if (documents.length !== 1) {
    return {
      problem: {
        code: 'not-an-object',
        message: `holds ${documents.length} YAML documents`,
        hint: 'give one object per item: split the documents into items of their own',
      },
    };
  }
  const budget = { nodes: 0 };
  const object = copyWithinBudget(documents[0], budget, 0);
  if (object === OVER_BUDGET) {
    return {
      problem: {
        code: 'yaml',
        message: `expands to more than ${MAX_VALUE_NODES} nodes or nests deeper than ${MAX_NESTING_DEPTH} levels`,
        hint: 'an extra manifest is one Kubernetes object; check its aliases and indentation',
      },
    };
  }
  return { object };
}

const OVER_BUDGET = Symbol('over budget');

function copyWithinBudget(value: unknown, budget: { nodes: number }, depth: number): unknown {
  budget.nodes += 1;
  if (budget.nodes > MAX_VALUE_NODES || depth > MAX_NESTING_DEPTH) return OVER_BUDGET;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const item of value) {
      const copy = copyWithinBudget(item, budget, depth + 1);
      if (copy === OVER_BUDGET) return OVER_BUDGET;
      list.push(copy);
    }
    return list;
  }
  if (isMap(value)) {
    const map: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const copy = copyWithinBudget(value[key], budget, depth + 1);
      if (copy === OVER_BUDGET) return OVER_BUDGET;
      Object.defineProperty(map, key, { value: copy, writable: true, enumerable: true, configurable: true });
    }
    return map;
  }
  return value;
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
