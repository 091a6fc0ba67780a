/**
 * schemas/agent-config.schema.json as the checks read it: the keywords of the JSON Schema subset
 * it uses, its `x-` annotations, `$ref` resolution, and an index of every key by where it is
 * allowed, for did-you-mean hints that point at another level.
 */
import { AGENT_CONFIG_SCHEMA } from '../generated/agent-config.js';
import type { Enforcer } from './check-value-formats.js';
import type { GitlabTier } from './gitlab-tiers.js';
import { formatSchemaPath, type PathSegment } from './format-config-path.js';

/**
 * The keywords the schema uses. The checks interpret exactly these (test/agent-config-schema
 * compares their verdicts with ajv's); a keyword outside this list would be ignored, so the test
 * also refuses any other keyword in the schema.
 */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  /** `not: {}`: the key is never allowed (a removed key). */
  readonly not?: SchemaNode;
  readonly 'x-since'?: string;
  readonly 'x-tier'?: Exclude<GitlabTier, 'free'>;
  readonly 'x-removed'?: string;
  readonly 'x-replacement'?: string;
  readonly 'x-deprecated'?: string;
  readonly 'x-module-removed'?: string;
  readonly 'x-enforced-by'?: Enforcer;
  readonly 'x-effect'?: string;
  readonly 'x-format'?: string;
  readonly 'x-key-format'?: string;
  readonly 'x-message'?: string;
  readonly 'x-hint'?: string;
  /** The hint for a value of the wrong type, where the usual one (quote it, unquote it) misleads. */
  readonly 'x-type-hint'?: string;
  readonly 'x-max-entries'?: boolean;
  readonly 'x-complete-resources'?: boolean;
}

export const ROOT_SCHEMA = AGENT_CONFIG_SCHEMA as unknown as SchemaNode & {
  readonly definitions: Readonly<Record<string, SchemaNode>>;
};

/** The node a `$ref` names, with the referring node's own annotations laid over it. */
export function resolveNode(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const name = node.$ref.replace(/^#\/definitions\//, '');
  const target = ROOT_SCHEMA.definitions[name];
  if (target === undefined) throw new Error(`schema: unknown $ref ${node.$ref}`);
  const { $ref: _ref, ...own } = node;
  return { ...resolveNode(target), ...own };
}

/** The non-null branch of a nullable `anyOf: [X, {type: null}]`, else the node itself. */
export function unwrapNullable(node: SchemaNode): SchemaNode {
  const resolved = resolveNode(node);
  if (resolved.anyOf === undefined) return resolved;
  const branches = resolved.anyOf.map(resolveNode).filter((branch) => !isNullOnly(branch));
  if (branches.length !== 1) return resolved;
  const { anyOf: _anyOf, ...own } = resolved;
  return { ...(branches[0] as SchemaNode), ...own };
}

export function isNullOnly(node: SchemaNode): boolean {
  return node.type === 'null';
}

/** A map node's properties, including those of its `allOf` members. */
export function propertiesOf(node: SchemaNode): Readonly<Record<string, SchemaNode>> {
  const resolved = unwrapNullable(node);
  let properties: Record<string, SchemaNode> = { ...(resolved.properties ?? {}) };
  for (const member of resolved.allOf ?? []) properties = { ...properties, ...propertiesOf(member) };
  return properties;
}

/** The keys a map accepts today: its properties less the removed ones. */
export function currentKeysOf(node: SchemaNode): string[] {
  return Object.entries(propertiesOf(node))
    .filter(([, child]) => child['x-removed'] === undefined)
    .map(([key]) => key);
}

/** The schema node at a path of the file, or undefined when the path leaves the schema. */
export function findSchemaNode(segments: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = ROOT_SCHEMA;
  for (const segment of segments) {
    if (node === undefined) return undefined;
    const current = unwrapNullable(node);
    if (typeof segment === 'number') node = current.items;
    else {
      const property: SchemaNode | undefined = propertiesOf(current)[segment];
      node = property ?? (typeof current.additionalProperties === 'object' ? current.additionalProperties : undefined);
    }
  }
  return node === undefined ? undefined : node;
}

/** Every current key of the schema and the map paths where it is allowed (`ci_access.projects[]`). */
export const KEY_LOCATIONS: ReadonlyMap<string, readonly string[]> = indexKeys();

function indexKeys(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const visit = (node: SchemaNode, segments: PathSegment[], depth: number): void => {
    if (depth > 20) throw new Error('schema: nesting too deep, is there a cycle?');
    const current = unwrapNullable(node);
    if (current.items !== undefined) visit(current.items, [...segments, 0], depth + 1);
    for (const [key, child] of Object.entries(propertiesOf(current))) {
      if (child['x-removed'] !== undefined) continue;
      const where = segments.length === 0 ? '' : formatSchemaPath(segments);
      const locations = index.get(key) ?? [];
      if (!locations.includes(where)) locations.push(where);
      index.set(key, locations);
      visit(child, [...segments, key], depth + 1);
    }
  };
  visit(ROOT_SCHEMA, [], 0);
  return index;
}
