/**
 * Turns ajv's errors into one ValuesProblem per values path, in plain English, with a hint.
 * ajv reports every branch of an anyOf/oneOf and several keywords per value; a user wants one
 * line per mistake. Messages never quote the offending value (it may be a token or a key):
 * they name the path, what was expected and what kind of value was found.
 */
import type { ErrorObject } from 'ajv';
import type { ProblemCode, ValueFix, ValuesProblem } from '../../errors.js';
import { createProblem } from '../create-diagnostic.js';
import { formatValuesPath, getValueAt, parseInstancePath, type PathSegment } from '../../helm/format-values-path.js';
import { KUBERNETES_TYPE_KEYWORD } from './kubernetes-types.js';
import { listKubernetesFields } from './kubernetes-fields.js';
import { suggestKey } from '../../util/suggest-key.js';

/** The parts of a JSON schema node this module reads, including our `x-` annotations. */
export interface SchemaNode {
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: boolean | SchemaNode;
  readonly propertyNames?: SchemaNode;
  readonly items?: SchemaNode;
  readonly 'x-kubernetes-type'?: string;
  /** Replaces the generic message of a value error (not of a type error). */
  readonly 'x-message'?: string;
  readonly 'x-hint'?: string;
  /** Replaces `x-hint` for a value error, where `x-hint` is advice about the type (quote it). */
  readonly 'x-value-hint'?: string;
  readonly 'x-problem-code'?: ProblemCode;
  /** The slip `x-hint` is about, when it is how the value was typed; see `ValueFix`. */
  readonly 'x-fix'?: ValueFix;
}

export interface ConvertSchemaErrorsOptions {
  readonly errors: readonly ErrorObject[];
  readonly values: unknown;
  readonly schema: SchemaNode;
}

/** Keywords that only say "a branch failed"; the branch's own errors say why. */
const COMBINATOR_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', 'propertyNames']);
const MAX_LISTED_KEYS = 15;

interface ErrorGroup {
  readonly segments: PathSegment[];
  /** Set when the error is about a map key itself (propertyNames), not its value. */
  readonly isKey: boolean;
  readonly errors: ErrorObject[];
}

export function convertSchemaErrors(options: ConvertSchemaErrorsOptions): ValuesProblem[] {
  const { values, schema } = options;
  const groups = new Map<string, ErrorGroup>();
  const addToGroup = (segments: PathSegment[], isKey: boolean, error: ErrorObject): void => {
    const id = JSON.stringify([isKey, segments]);
    const group = groups.get(id) ?? { segments, isKey, errors: [] };
    group.errors.push(error);
    groups.set(id, group);
  };

  for (const error of options.errors) {
    const segments = parseInstancePath(error.instancePath, values);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'additionalProperties') {
      addToGroup([...segments, String(params['additionalProperty'])], false, error);
    } else if (error.keyword === 'required') {
      addToGroup([...segments, String(params['missingProperty'])], false, error);
    } else if (error.propertyName !== undefined) {
      addToGroup([...segments, error.propertyName], true, error);
    } else if (error.keyword === 'propertyNames' && typeof params['propertyName'] === 'string') {
      addToGroup([...segments, params['propertyName']], true, error);
    } else {
      addToGroup(segments, false, error);
    }
  }

  const problems: ValuesProblem[] = [];
  for (const group of groups.values()) {
    const problem = describeGroup(group, values, schema);
    if (problem) problems.push(problem);
  }
  return problems;
}

function describeGroup(group: ErrorGroup, values: unknown, schema: SchemaNode): ValuesProblem | undefined {
  const { segments } = group;
  const location = locateSchemaNode(schema, segments, group.isKey);
  const kubernetes = group.errors.some(isKubernetesError);
  const [first] = group.errors;
  if (!first) return undefined;

  if (first.keyword === 'additionalProperties') {
    const typeName = (first.params as Record<string, unknown>)[KUBERNETES_TYPE_KEYWORD];
    if (kubernetes && typeof typeName === 'string') return describeUnknownKubernetesField(segments, typeName);
    const hint = suggestKeyHint(schema, segments);
    return createProblem({
      code: 'unknown-key',
      segments,
      message: 'is not a key of this chart',
      hint,
      ...(hint === LIST_KEYS_HINT ? { fix: 'list-keys' as const } : {}),
    });
  }
  if (first.keyword === 'required') {
    const typeName = kubernetes ? location.kubernetesType : undefined;
    return createProblem({
      code: kubernetes ? 'kubernetes-schema' : 'missing-required',
      segments,
      message: typeName ? `is required by the Kubernetes ${typeName} schema` : 'is required',
      hint: typeName ? undefined : 'the chart needs it: remove the null that deleted its default, or give it a value',
    });
  }

  const node = location.node;
  const value = group.isKey ? String(group.segments.at(-1)) : getValueAt(values, group.segments);
  const errors = group.errors.filter((error) => !COMBINATOR_KEYWORDS.has(error.keyword));
  const expected = new Set(
    errors.filter((e) => e.keyword === 'type').flatMap((e) => String((e.params as { type: unknown }).type).split(',')),
  );
  const actual = describeJsonType(value);
  const code = (fallback: ProblemCode): ProblemCode => (kubernetes ? 'kubernetes-schema' : fallback);
  const kubernetesHint = location.kubernetesType ? `checked against the Kubernetes ${location.kubernetesType} schema` : undefined;

  // Inside an anyOf/oneOf, a value error next to type errors means some branch took the type
  // (a string that fails its pattern): the pattern is the news, not the other branches' types.
  const hasCombinator = group.errors.some((error) => COMBINATOR_KEYWORDS.has(error.keyword));
  const hasValueError = errors.some((error) => error.keyword !== 'type');
  const typeMismatch = expected.size > 0 && !matchesType(actual, expected) && !(hasCombinator && hasValueError);
  if (typeMismatch) {
    const allowed = errors.find((e) => e.keyword === 'enum')?.params as { allowedValues?: unknown[] } | undefined;
    const choices = allowed?.allowedValues ? ` (one of ${allowed.allowedValues.join(', ')})` : '';
    // With fixed choices, quoting is not the fix: the choices are. A schema hint names its own slip.
    const typeFix = choices ? undefined : suggestTypeFix(expected, actual);
    const customHint = node?.['x-hint'];
    return createProblem({
      code: code('wrong-type'),
      segments,
      message: `must be ${describeExpectedTypes(expected)}${choices}, got ${ARTICLES[actual]}`,
      hint: customHint ?? typeFix?.hint ?? kubernetesHint,
      fix: customHint === undefined ? typeFix?.fix : node?.['x-fix'],
    });
  }

  const detail = pickValueError(errors);
  return createProblem({
    code: code(node?.['x-problem-code'] ?? 'invalid-value'),
    segments,
    message: node?.['x-message'] ?? (detail ? describeValueError(detail) : 'does not match any allowed form'),
    hint: node?.['x-value-hint'] ?? node?.['x-hint'] ?? kubernetesHint,
  });
}

/** A field the Kubernetes type lacks, reported like an unknown key of the chart. */
function describeUnknownKubernetesField(segments: readonly PathSegment[], typeName: string): ValuesProblem {
  const parentSegments = segments.slice(0, -1);
  const fields = listKubernetesFields(typeName);
  const match = suggestKey(String(segments.at(-1)), fields);
  const where = formatValuesPath(parentSegments);
  let hint: string;
  if (match !== undefined) hint = `did you mean ${formatValuesPath([...parentSegments, match])}?`;
  else if (fields.length <= MAX_LISTED_KEYS) hint = `valid fields under ${where}: ${fields.join(', ')}`;
  else hint = `the Kubernetes API reference lists the fields of ${where}`;
  return createProblem({
    code: 'unknown-key',
    segments,
    message: `is not a field of the Kubernetes ${typeName.split('.').at(-1) ?? typeName}, so the API server refuses it`,
    hint,
  });
}

function isKubernetesError(error: ErrorObject): boolean {
  return error.schemaPath.endsWith(`/${KUBERNETES_TYPE_KEYWORD}`);
}

/** The most telling non-type error: a wrong choice beats a wrong format beats a wrong size. */
function pickValueError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const priority = [
    'const',
    'enum',
    'format',
    'pattern',
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
  ];
  for (const keyword of priority) {
    const found = errors.find((error) => error.keyword === keyword);
    if (found) return found;
  }
  return errors.find((error) => error.keyword !== 'type');
}

function describeValueError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`;
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
    case 'format':
      return params['format'] === 'quantity'
        ? 'must be a Kubernetes quantity, such as 500m, 2 or 128Mi'
        : `must be in ${String(params['format'])} format`;
    case 'pattern':
      return 'is not in the expected format';
    case 'minLength':
      return `must be at least ${String(params['limit'])} characters long`;
    case 'maxLength':
      return `must be at most ${String(params['limit'])} characters long`;
    case 'minimum':
      return `must be at least ${String(params['limit'])}`;
    case 'maximum':
      return `must be at most ${String(params['limit'])}`;
    case 'exclusiveMinimum':
      return `must be more than ${String(params['limit'])}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(params['limit'])}`;
    case 'minItems':
      return `must have at least ${String(params['limit'])} items`;
    case 'maxItems':
      return `must have at most ${String(params['limit'])} items`;
    case 'uniqueItems':
      return 'must not repeat items';
    default:
      return 'is not allowed here';
  }
}

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

const ARTICLES: Readonly<Record<JsonType, string>> = {
  null: 'null',
  boolean: 'a boolean',
  integer: 'an integer',
  number: 'a decimal number',
  string: 'a string',
  array: 'a list',
  object: 'a map',
};

const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  ...ARTICLES,
  boolean: 'a boolean (true or false)',
  number: 'a number',
};

function describeJsonType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'boolean' || typeof value === 'string') return typeof value as JsonType;
  return 'object';
}

function matchesType(actual: JsonType, expected: ReadonlySet<string>): boolean {
  return expected.has(actual) || (actual === 'integer' && expected.has('number'));
}

function describeExpectedTypes(expected: ReadonlySet<string>): string {
  const names = [...expected].map((type) => EXPECTED_NAMES[type] ?? type);
  return names.length <= 1 ? (names[0] ?? 'something else') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

interface TypeFix {
  readonly hint: string;
  readonly fix?: ValueFix;
}

/** The usual Helm slip behind each type mismatch, said in terms of values (the CLI adds its flags). */
function suggestTypeFix(expected: ReadonlySet<string>, actual: JsonType): TypeFix | undefined {
  if (expected.has('string') && (actual === 'integer' || actual === 'number' || actual === 'boolean')) {
    return { hint: 'quote the value in YAML ("...")', fix: 'quote-string' };
  }
  if ((expected.has('integer') || expected.has('number')) && actual === 'string') {
    return { hint: 'write the number without quotes', fix: 'unquote-number' };
  }
  if (expected.has('boolean') && actual === 'string') return { hint: 'use true or false without quotes', fix: 'unquote-boolean' };
  if (expected.has('array')) return { hint: 'give a YAML list', fix: 'give-list' };
  if (expected.has('object')) return { hint: 'give a map of keys and values' };
  return undefined;
}

interface SchemaLocation {
  /** The schema node for the path, when the path stays inside our schema. */
  readonly node: SchemaNode | undefined;
  /** The Kubernetes type validating the path, when the path is inside one. */
  readonly kubernetesType: string | undefined;
}

function locateSchemaNode(schema: SchemaNode, segments: readonly PathSegment[], isKey: boolean): SchemaLocation {
  let node: SchemaNode | undefined = schema;
  let kubernetesType: string | undefined;
  const steps = isKey ? segments.slice(0, -1) : segments;
  for (const segment of steps) {
    if (!node) break;
    kubernetesType = node[KUBERNETES_TYPE_KEYWORD] ?? kubernetesType;
    node = childSchema(node, segment);
  }
  kubernetesType = node?.[KUBERNETES_TYPE_KEYWORD] ?? kubernetesType;
  if (isKey) node = node?.propertyNames;
  return { node, kubernetesType: kubernetesType?.split('.').at(-1) };
}

function childSchema(node: SchemaNode, segment: PathSegment): SchemaNode | undefined {
  if (node[KUBERNETES_TYPE_KEYWORD]) return undefined;
  if (typeof segment === 'number') return node.items;
  const property = node.properties?.[segment];
  if (property) return property;
  return typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
}

/**
 * A sibling key that looks like a typo of the unknown key, else the same key elsewhere in the
 * chart (`token` at the top level means `config.token`), else the list of valid keys.
 */
/** Too many keys to list: the schema ships in the package (chart/values.yaml does not). */
const LIST_KEYS_HINT = 'the values schema (schemas/values.schema.json in the package) lists the keys this chart accepts';

function suggestKeyHint(schema: SchemaNode, segments: readonly PathSegment[]): string | undefined {
  const key = String(segments.at(-1));
  const parentSegments = segments.slice(0, -1);
  const parent = locateSchemaNode(schema, parentSegments, false).node;
  const siblings = Object.keys(parent?.properties ?? {});
  const sibling = suggestKey(key, siblings);
  if (sibling !== undefined) return `did you mean ${formatValuesPath([...parentSegments, sibling])}?`;

  const elsewhere = findKeyElsewhere(schema, key);
  if (elsewhere) return `did you mean ${elsewhere}?`;
  if (siblings.length === 0) return undefined;
  if (siblings.length > MAX_LISTED_KEYS) return LIST_KEYS_HINT;
  const where = parentSegments.length === 0 ? 'at the top level' : `under ${formatValuesPath(parentSegments)}`;
  return `valid keys ${where}: ${siblings.join(', ')}`;
}

/** The one chart path whose last key matches `key` (as a typo or exactly), if only one does. */
function findKeyElsewhere(schema: SchemaNode, key: string): string | undefined {
  const paths = new Map<string, PathSegment[][]>();
  const walk = (node: SchemaNode, prefix: PathSegment[]): void => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const path = [...prefix, name];
      paths.set(name, [...(paths.get(name) ?? []), path]);
      walk(child, path);
    }
  };
  walk(schema, []);
  const match = suggestKey(key, [...paths.keys()]);
  const candidates = match === undefined ? [] : (paths.get(match) ?? []);
  const [only] = candidates;
  return candidates.length === 1 && only ? formatValuesPath(only) : undefined;
}
