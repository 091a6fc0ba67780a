/**
 * Checks the file's JSON value against schemas/agent-config.schema.json the way kas decodes it
 * (protojson, then its generated validators), reporting every problem instead of the first:
 * - a null is "not set" wherever a field is expected, so a null property is skipped (a required
 *   one is then missing), but a null list item or map value is an error;
 * - the constraints of a node apply with the severity of its `x-enforced-by` (kas and agentk
 *   reject the whole file; Rails, Kubernetes and advice give warnings); a type error always
 *   rejects the file, because kas cannot decode it;
 * - a digit string where an integer is expected is an integer, as protojson reads it, so
 *   `minimum` and `maximum` apply to it too;
 * - keys are checked against the targeted GitLab version and tier (`x-since`, `x-tier`,
 *   `x-removed`, `x-module-removed`).
 * Messages never quote a value; where YAML 1.1 changed a word (`no` read as false), the word is
 * named only when it is one of YAML's fixed words.
 */
import { compareMinorVersions, formatMinor, type MinorVersion } from '../chart/agentk-versions.js';
import { suggestKey } from '../util/suggest-key.js';
import { isMap } from '../util/is-map.js';
import type { AgentConfigProblemCode } from '../errors.js';
import { TIERS, type GitlabTier } from './gitlab-tiers.js';
import { KEY_LOCATIONS, currentKeysOf, isNullOnly, resolveNode, type SchemaNode } from './agent-config-schema.js';
import { VALUE_FORMATS, rejectsFile, type Enforcer } from './check-value-formats.js';
import { formatSchemaPath, showKey, type PathSegment } from './format-config-path.js';
import { parseMinor } from './target-version.js';

export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly code: AgentConfigProblemCode;
  readonly segments: readonly PathSegment[];
  readonly message: string;
  readonly hint?: string | undefined;
  /** Whether the finding is about the key itself (an unknown key) or its value. */
  readonly at: 'key' | 'value';
  /**
   * The JSON Schema keyword that failed (`type`, `additionalProperties`…), or the annotation or
   * rule behind a finding JSON Schema cannot make (`x-format`, `x-since`, `rule`…).
   */
  readonly keyword: string;
}

export interface SchemaCheckOptions {
  readonly gitlab: MinorVersion;
  readonly tier: GitlabTier | undefined;
  /** The source text of the scalar at a path (its key with `at: 'key'`), for YAML 1.1 hints. */
  readonly sourceOf: (segments: readonly PathSegment[], at: 'key' | 'value') => string | undefined;
}

interface Walk {
  readonly options: SchemaCheckOptions;
  readonly findings: Finding[];
}

/** YAML 1.1 words that go-yaml reads as booleans or null; only these are ever quoted back. */
const YAML11_WORDS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'on',
  'On',
  'ON',
  'true',
  'True',
  'TRUE',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'off',
  'Off',
  'OFF',
  'false',
  'False',
  'FALSE',
  '~',
  'null',
  'Null',
  'NULL',
]);
const MAX_LISTED_KEYS = 12;

export function checkAgainstSchema(root: SchemaNode, value: unknown, options: SchemaCheckOptions): Finding[] {
  const walk: Walk = { options, findings: [] };
  checkNode(root, value, [], walk);
  return walk.findings;
}

function checkNode(schema: SchemaNode, value: unknown, segments: readonly PathSegment[], walk: Walk): void {
  const node = resolveNode(schema);
  for (const member of node.allOf ?? []) checkNode(member, value, segments, walk);
  if (node.anyOf !== undefined) {
    checkAnyOf(node, value, segments, walk);
    return;
  }
  if (value === null) {
    if (!allowsType(node, 'null')) reportNull(node, segments, walk);
    return;
  }
  const actual = jsonTypeOf(value);
  const types = typesOf(node);
  if (types !== undefined && !types.some((type) => type === actual || (type === 'number' && actual === 'integer'))) {
    const integerString = actual === 'string' && types.includes('integer') && types.includes('string');
    if (!integerString) {
      reportWrongType(node, value, types, segments, walk);
      return;
    }
  }
  const enforcer = node['x-enforced-by'] ?? 'kas';
  if (node.enum !== undefined && !node.enum.some((allowed) => allowed === value)) {
    const names = node.enum.filter((allowed) => typeof allowed === 'string' && allowed !== '');
    if (types === undefined && !node.enum.some((allowed) => jsonTypeOf(allowed) === actual)) {
      reportWrongType(node, value, [...new Set(node.enum.filter((e) => e !== null).map(jsonTypeOf))], segments, walk);
      return;
    }
    report(walk, enforcer, 'enum', {
      code: 'invalid-value',
      segments,
      message: `must be one of ${names.join(', ')}`,
      hint: node['x-hint'],
      at: 'value',
    });
    return;
  }
  if (typeof value === 'string') checkString(node, value, segments, walk, enforcer);
  else if (typeof value === 'number') checkNumber(node, value, segments, walk, enforcer);
  else if (Array.isArray(value)) checkList(node, value, segments, walk, enforcer);
  else if (isMap(value)) checkMap(node, value, segments, walk);
  if (node.oneOf !== undefined && isMap(value)) checkOneOf(node.oneOf, value, segments, walk);
}

/** Only `[X, {type: null}]` and unions of differently typed branches occur in the schema. */
function checkAnyOf(node: SchemaNode, value: unknown, segments: readonly PathSegment[], walk: Walk): void {
  const branches = (node.anyOf ?? []).map(resolveNode);
  if (value === null && branches.some(isNullOnly)) return;
  const typed = branches.filter((branch) => !isNullOnly(branch));
  const matching = typed.filter((branch) => matchesType(branch, value));
  const chosen = matching[0] ?? (typed.length === 1 ? typed[0] : undefined);
  if (chosen !== undefined) {
    checkNode({ ...chosen, ...annotationsOf(node) }, value, segments, walk);
    return;
  }
  const types = [...new Set(typed.flatMap((branch) => typesOf(branch) ?? []))];
  reportWrongType(node, value, types, segments, walk);
}

/** The referring node's messages and enforcement, carried into the branch. */
function annotationsOf(node: SchemaNode): SchemaNode {
  const carried: Record<string, unknown> = {};
  for (const key of ['x-hint', 'x-message', 'x-enforced-by'] as const) if (node[key] !== undefined) carried[key] = node[key];
  return carried;
}

function matchesType(node: SchemaNode, value: unknown): boolean {
  const types = typesOf(node);
  if (types === undefined) return true;
  const actual = jsonTypeOf(value);
  return types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
}

function checkString(node: SchemaNode, value: string, segments: readonly PathSegment[], walk: Walk, enforcer: Enforcer): void {
  const types = typesOf(node) ?? [];
  if (types.includes('integer') && node.pattern !== undefined) {
    checkIntegerString(node, value, segments, walk, enforcer);
    return;
  }
  const fail = (keyword: string, message: string): void =>
    report(walk, enforcer, keyword, { code: 'invalid-value', segments, message, hint: node['x-hint'], at: 'value' });
  if (node.minLength !== undefined && [...value].length < node.minLength) {
    fail('minLength', node.minLength === 1 ? 'must not be empty' : `must be at least ${node.minLength} characters long`);
    return;
  }
  if (node.maxLength !== undefined && [...value].length > node.maxLength) {
    fail('maxLength', `must be at most ${node.maxLength} characters long`);
    return;
  }
  if (node.pattern !== undefined && !new RegExp(node.pattern, 'u').test(value)) {
    fail('pattern', node['x-message'] ?? 'is not in the expected format');
    return;
  }
  const format = node['x-format'] === undefined ? undefined : VALUE_FORMATS[node['x-format']];
  if (format !== undefined) {
    const issue = format.check(value);
    if (issue !== undefined) {
      report(walk, format.enforcedBy, 'x-format', {
        code: node['x-format'] === 'project-path' || node['x-format'] === 'group-path' ? 'invalid-full-path' : 'invalid-value',
        segments,
        message: issue.message,
        hint: issue.hint,
        at: 'value',
      });
    }
  }
}

/** protojson reads a decimal string as the integer it spells. */
function checkIntegerString(node: SchemaNode, value: string, segments: readonly PathSegment[], walk: Walk, enforcer: Enforcer): void {
  if (!new RegExp(node.pattern as string, 'u').test(value)) {
    report(walk, 'kas', 'pattern', {
      code: 'wrong-type',
      segments,
      message: 'must be a whole number (digits, in quotes or not)',
      hint: node['x-hint'],
      at: 'value',
    });
    return;
  }
  checkBounds(node, BigInt(value), segments, walk, enforcer, 'x-integer-string');
}

function checkNumber(node: SchemaNode, value: number, segments: readonly PathSegment[], walk: Walk, enforcer: Enforcer): void {
  const types = typesOf(node) ?? [];
  if (types.includes('integer') && !types.includes('number') && !Number.isInteger(value)) {
    report(walk, 'kas', 'type', {
      code: 'wrong-type',
      segments,
      message: 'must be a whole number, got a decimal number',
      hint: node['x-hint'],
      at: 'value',
    });
    return;
  }
  if (Number.isInteger(value)) checkBounds(node, BigInt(value), segments, walk, enforcer, 'bounds');
}

/** `keyword`: `bounds` for a number (JSON Schema's minimum or maximum), `x-integer-string` for a digit string. */
function checkBounds(
  node: SchemaNode,
  value: bigint,
  segments: readonly PathSegment[],
  walk: Walk,
  enforcer: Enforcer,
  keyword: string,
): void {
  const low = node.minimum === undefined ? undefined : BigInt(node.minimum);
  const high = node.maximum === undefined ? undefined : BigInt(node.maximum);
  if ((low !== undefined && value < low) || (high !== undefined && value > high)) {
    const range =
      low !== undefined && high !== undefined ? `from ${low} to ${high}` : low !== undefined ? `at least ${low}` : `at most ${high}`;
    const standard = keyword === 'bounds' ? (low !== undefined && value < low ? 'minimum' : 'maximum') : keyword;
    report(walk, enforcer, standard, { code: 'invalid-value', segments, message: `must be ${range}`, hint: node['x-hint'], at: 'value' });
  }
}

function checkList(node: SchemaNode, value: readonly unknown[], segments: readonly PathSegment[], walk: Walk, enforcer: Enforcer): void {
  if (node.minItems !== undefined && value.length < node.minItems) {
    report(walk, enforcer, 'minItems', {
      code: node.minItems === 1 && value.length === 0 ? 'missing-required' : 'invalid-value',
      segments,
      message: node.minItems === 1 ? 'must have at least one item' : `must have at least ${node.minItems} items`,
      at: 'value',
    });
  }
  if (node.items === undefined) return;
  value.forEach((item, index) => checkNode(node.items as SchemaNode, item, [...segments, index], walk));
}

function checkMap(node: SchemaNode, value: Readonly<Record<string, unknown>>, segments: readonly PathSegment[], walk: Walk): void {
  const properties = node.properties ?? {};
  const additional = node.additionalProperties;
  const keyFormat = node['x-key-format'] === undefined ? undefined : VALUE_FORMATS[node['x-key-format']];
  for (const key of Object.keys(value)) {
    const child = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const childSegments = [...segments, key];
    if (child !== undefined) {
      if (child['x-removed'] !== undefined) reportRemovedKey(child, childSegments, walk);
      else {
        if (value[key] !== null) noteVersionAndTier(resolveNode(child), childSegments, walk);
        if (value[key] !== null) checkNode(child, value[key], childSegments, walk);
      }
    } else if (typeof additional === 'object') {
      const issue = keyFormat?.check(key);
      if (issue !== undefined && keyFormat !== undefined) {
        report(walk, keyFormat.enforcedBy, 'x-key-format', {
          code: 'invalid-value',
          segments: childSegments,
          message: issue.message,
          hint: issue.hint,
          at: 'key',
        });
      }
      checkNode(additional, value[key], childSegments, walk);
    } else if (additional === false) {
      reportUnknownKey(node, key, childSegments, walk);
    }
  }
  for (const key of node.required ?? []) {
    if (value[key] === undefined || value[key] === null) {
      report(walk, node['x-enforced-by'] ?? 'kas', 'required', {
        code: 'missing-required',
        segments: [...segments, key],
        message: 'is required',
        hint: requiredHint(properties[key], key),
        at: 'value',
      });
    }
  }
}

function requiredHint(node: SchemaNode | undefined, key: string): string | undefined {
  if (key === 'id') return 'every entry needs the full path of its project or group';
  if (key === 'cadence') return "give a cron schedule, quoted: cadence: '0 18 * * *'";
  return node === undefined ? undefined : resolveNode(node)['x-hint'];
}

/**
 * A choose-one (`access_as`, `ref`): each branch requires one member to be set (non-null). None
 * set, or two set, is refused by kas.
 */
function checkOneOf(
  branches: readonly SchemaNode[],
  value: Readonly<Record<string, unknown>>,
  segments: readonly PathSegment[],
  walk: Walk,
): void {
  const members = branches.map((branch) => resolveNode(branch).required?.[0] ?? '');
  const takesMap = branches.some((branch) => resolveNode(branch).properties?.[members[0] ?? '']?.type === 'object');
  const set = members.filter((member) => member !== '' && value[member] !== undefined && value[member] !== null);
  if (set.length === 1) return;
  if (set.length === 0) {
    const empty = members.filter((member) => value[member] === null);
    report(walk, 'kas', 'oneOf', {
      code: 'missing-required',
      segments,
      message: `needs exactly one of ${members.join(', ')}`,
      hint:
        empty.length > 0
          ? `${empty[0]}: with no value is null, which counts as not set; write ${empty[0]}: {} (with braces)`
          : takesMap
            ? `add one, for example ${members[0]}: {}`
            : `add one, for example ${members[1] ?? members[0]}: main`,
      at: 'value',
    });
    return;
  }
  report(walk, 'kas', 'oneOf', {
    code: 'conflicting-keys',
    segments,
    message: `sets ${set.join(' and ')}, but takes exactly one of ${members.join(', ')}`,
    hint: 'keep the one you mean and delete the others',
    at: 'value',
  });
}

function noteVersionAndTier(node: SchemaNode, segments: readonly PathSegment[], walk: Walk): void {
  const { gitlab, tier } = walk.options;
  const since = node['x-since'] === undefined ? undefined : parseMinor(node['x-since']);
  if (since !== undefined && compareMinorVersions(gitlab, since) < 0) {
    report(walk, 'advice', 'x-since', {
      code: 'needs-newer-gitlab',
      segments,
      message: `appeared in GitLab ${formatMinor(since)}; GitLab ${formatMinor(gitlab)} does not know it and rejects the whole file`,
      hint: `remove it until GitLab is upgraded to ${formatMinor(since)} or later`,
      at: 'key',
    });
  }
  const needed = node['x-tier'];
  if (tier !== undefined && needed !== undefined && TIERS.indexOf(tier) < TIERS.indexOf(needed)) {
    report(walk, 'advice', 'x-tier', {
      code: 'needs-higher-tier',
      segments,
      message: `needs GitLab ${needed === 'premium' ? 'Premium or Ultimate' : 'Ultimate'}; on ${capitalise(tier)} it has no effect`,
      at: 'key',
    });
  }
  const moduleRemoved = node['x-module-removed'] === undefined ? undefined : parseMinor(node['x-module-removed']);
  if (moduleRemoved !== undefined) {
    const deprecated = node['x-deprecated'] ?? formatMinor(moduleRemoved);
    const message =
      compareMinorVersions(gitlab, moduleRemoved) < 0
        ? `is deprecated since GitLab ${deprecated} and does nothing from ${formatMinor(moduleRemoved)} on`
        : gitlab.major < 18
          ? `does nothing since GitLab ${formatMinor(moduleRemoved)}: the agent accepts the section but deploys nothing, and GitLab 18.0 is expected to reject the whole file`
          : `was removed in GitLab ${formatMinor(moduleRemoved)}: the agent deploys nothing from it, and GitLab 18.0 and later are expected to reject the whole file`;
    report(walk, 'advice', 'x-module-removed', {
      code: 'removed-module',
      segments,
      message,
      hint: 'migrate the manifest projects to Flux, then delete the section',
      at: 'key',
    });
  }
}

function reportRemovedKey(node: SchemaNode, segments: readonly PathSegment[], walk: Walk): void {
  const { gitlab } = walk.options;
  const removed = parseMinor(node['x-removed'] as string) as MinorVersion;
  const since = node['x-since'] === undefined ? undefined : parseMinor(node['x-since']);
  const stillRead = since !== undefined && compareMinorVersions(gitlab, since) >= 0 && compareMinorVersions(gitlab, removed) < 0;
  report(walk, stillRead ? 'advice' : 'kas', 'not', {
    code: 'removed-key',
    segments,
    message: stillRead
      ? `was removed in GitLab ${formatMinor(removed)}, which rejects the whole file with it; GitLab ${formatMinor(gitlab)} still reads it`
      : `was removed in GitLab ${formatMinor(removed)}; GitLab rejects the whole file with it`,
    hint: node['x-replacement'],
    at: 'key',
  });
}

function reportUnknownKey(parent: SchemaNode, key: string, segments: readonly PathSegment[], walk: Walk): void {
  const parentSegments = segments.slice(0, -1);
  const siblings = currentKeysOf(parent);
  const where = parentSegments.length === 0 ? 'the configuration' : formatSchemaPath(parentSegments);
  const takesNothing = siblings.length === 0;
  report(walk, 'kas', 'additionalProperties', {
    code: 'unknown-key',
    segments,
    message: takesNothing ? `is not allowed: ${where} takes no settings` : `is not a key of ${where}`,
    hint: takesNothing
      ? `write ${String(parentSegments.at(-1))}: {} with nothing inside`
      : suggestForUnknownKey(key, siblings, segments, walk),
    at: 'key',
  });
}

/**
 * In order: the key in snake_case, a sibling it is a typo of, the places the key belongs, a typo
 * of a key elsewhere, a YAML 1.1 word read as a boolean, a top-level anchor holder, the valid keys.
 */
function suggestForUnknownKey(key: string, siblings: readonly string[], segments: readonly PathSegment[], walk: Walk): string | undefined {
  const parentSegments = segments.slice(0, -1);
  if (showKey(key) !== key) return `valid keys here: ${listKeys(siblings)}`;
  const snake = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  if (snake !== key && siblings.includes(snake)) return `keys are snake_case: write ${snake}`;
  const sibling = suggestKey(key, siblings);
  if (sibling !== undefined) return `did you mean ${sibling}?`;

  // A key of another level, or a typo of one, is worth naming where it belongs when that place
  // is near (it shares a section with here) or few; a common word (`enabled`) belongs in too many.
  const here = parentSegments.length === 0 ? '' : formatSchemaPath(parentSegments);
  const elsewhere = closestLocations(
    (KEY_LOCATIONS.get(key) ?? []).filter((location) => location !== here),
    here,
  );
  if (elsewhere.length > 0 && (sharesSection(elsewhere[0] as string, here) || elsewhere.length <= 2)) {
    return `${key} belongs ${describeLocations(elsewhere)}, not here`;
  }
  const typoOf = elsewhere.length > 0 ? undefined : suggestKey(key, [...KEY_LOCATIONS.keys()]);
  if (typoOf !== undefined) {
    const locations = closestLocations(KEY_LOCATIONS.get(typoOf) ?? [], here);
    // Short keys are one edit away from too many words (`kind`, `kinds`) unless the place is near.
    if (sharesSection(locations[0] ?? '', here) || (key.length >= 6 && locations.length <= 2)) {
      return `did you mean ${typoOf}, a key ${describeLocations(locations)}?`;
    }
  }
  const source = walk.options.sourceOf(segments, 'key');
  if ((key === 'true' || key === 'false' || key === 'null') && source !== undefined && YAML11_WORDS.has(source) && source !== key) {
    return `YAML 1.1 reads the key ${source} as ${key}; quote it ("${source}") if you meant the word`;
  }
  if (parentSegments.length === 0 && (key === 'apiVersion' || key === 'kind')) {
    return `this looks like a Kubernetes object or a kubeconfig, not an agent configuration; valid keys here: ${listKeys(siblings)}`;
  }
  if (parentSegments.length === 0 && /^x[-_]/i.test(key)) {
    return 'top-level helper keys are not allowed, even to hold YAML anchors: define anchors inside a real section';
  }
  return `valid keys here: ${listKeys(siblings)}`;
}

/** Whether two schema locations start with the same top-level section. */
function sharesSection(location: string, here: string): boolean {
  return here !== '' && location.split('.')[0] === here.split('.')[0];
}

/** The locations that share the most leading keys with `here`: `user_access` for `user_access.projects[]`. */
function closestLocations(locations: readonly string[], here: string): string[] {
  const split = (location: string): string[] => (location === '' ? [] : location.split('.'));
  const shared = (location: string): number => {
    const a = split(location);
    const b = split(here);
    let count = 0;
    while (count < a.length && count < b.length && a[count] === b[count]) count += 1;
    return count;
  };
  const best = Math.max(0, ...locations.map(shared));
  return locations.filter((location) => shared(location) === best);
}

function describeLocations(locations: readonly string[]): string {
  const top = locations.includes('') ? ['the top level'] : [];
  const named = [...top, ...locations.filter((location) => location !== '')].slice(0, 3);
  const more = locations.length > named.length ? ' and elsewhere' : '';
  const list = named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
  return `${named[0] === 'the top level' && named.length === 1 ? 'at' : 'under'} ${list}${more}`;
}

function listKeys(keys: readonly string[]): string {
  return keys.length > MAX_LISTED_KEYS ? `${keys.slice(0, MAX_LISTED_KEYS).join(', ')}, …` : keys.join(', ');
}

function reportNull(node: SchemaNode, segments: readonly PathSegment[], walk: Walk): void {
  const inList = typeof segments.at(-1) === 'number';
  report(walk, 'kas', 'type', {
    code: 'wrong-type',
    segments,
    message: inList
      ? 'is an empty list item (null), which GitLab refuses'
      : `must be ${describeTypes(node, typesOf(node) ?? [])}, got null`,
    hint: inList ? 'delete the empty "- " line or give the item a value' : 'write "" for an empty value',
    at: 'value',
  });
}

function reportWrongType(node: SchemaNode, value: unknown, types: readonly string[], segments: readonly PathSegment[], walk: Walk): void {
  const actual = jsonTypeOf(value);
  report(walk, 'kas', 'type', {
    code: 'wrong-type',
    segments,
    message: `must be ${describeTypes(node, types)}, got ${ARTICLES[actual]}`,
    hint: hintForType(node, value, types, segments, walk),
    at: 'value',
  });
}

type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

const ARTICLES: Readonly<Record<JsonType, string>> = {
  null: 'null',
  boolean: 'a boolean',
  integer: 'a number',
  number: 'a decimal number',
  string: 'a string',
  array: 'a list',
  object: 'a map',
};

const EXPECTED: Readonly<Record<string, string>> = {
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  array: 'a list',
  object: 'a map',
};

function describeTypes(node: SchemaNode, types: readonly string[]): string {
  // A whole number that may also be written as digits in quotes, as protojson reads it.
  if (types.includes('integer') && types.includes('string') && node.pattern !== undefined) return 'a whole number';
  const names = node.enum?.filter((value) => typeof value === 'string' && value !== '');
  if (names !== undefined && names.length > 0) return `one of ${names.join(', ')}`;
  const shown = [...new Set(types.filter((type) => type !== 'null').map((type) => EXPECTED[type] ?? type))];
  return shown.length <= 1 ? (shown[0] ?? 'something else') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

function hintForType(
  node: SchemaNode,
  value: unknown,
  types: readonly string[],
  segments: readonly PathSegment[],
  walk: Walk,
): string | undefined {
  const actual = jsonTypeOf(value);
  if (node['x-type-hint'] !== undefined) return node['x-type-hint'];
  const source = walk.options.sourceOf(segments, 'value');
  if (types.includes('string') && (actual === 'boolean' || actual === 'null') && source !== undefined && YAML11_WORDS.has(source)) {
    return `YAML 1.1 reads ${source} as ${String(value)}; quote it: "${source}"`;
  }
  if (types.includes('integer') && actual === 'number') return node['x-hint'] ?? 'give a whole number';
  if (types.includes('string') && (actual === 'integer' || actual === 'number' || actual === 'boolean')) {
    return `YAML reads it as ${actual === 'boolean' ? 'a boolean' : 'a number'}; quote it to keep it a string`;
  }
  if (types.includes('boolean') && actual === 'string') return 'write true or false, without quotes';
  if ((types.includes('integer') || types.includes('number')) && actual === 'string') return 'write the number without quotes';
  if (types.includes('array')) {
    const items = node.items === undefined ? undefined : resolveNode(node.items);
    if (items !== undefined && typesOf(items)?.includes('object')) {
      const key = currentKeysOf(items)[0];
      return key === undefined ? 'start each entry with "- "' : `write a list of entries, each starting with "- ": - ${key}: …`;
    }
    return 'write a list: [a, b], or one "- item" per line';
  }
  if (types.includes('object')) {
    const keys = currentKeysOf(node);
    const last = segments.at(-1);
    if (Array.isArray(value) && value.length === 0) return `write ${String(last ?? 'it')}: {} for an empty map`;
    if (actual === 'array') return 'remove the "- ": this is a map, not a list';
    if (typeof last === 'number') return keys.length === 0 ? 'write each item as {}' : `write each item as a map: - ${keys[0]}: …`;
    const name = String(last ?? 'it');
    if (keys.length === 0) return `write ${name}: {} (with braces)`;
    return `write a map under ${name}, with keys such as ${listKeys(keys)}`;
  }
  return undefined;
}

function report(walk: Walk, enforcer: Enforcer, keyword: string, finding: Omit<Finding, 'severity' | 'keyword'>): void {
  walk.findings.push({ severity: rejectsFile(enforcer) ? 'error' : 'warning', keyword, ...finding });
}

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean' || typeof value === 'string') return typeof value as JsonType;
  return 'object';
}

function typesOf(node: SchemaNode): readonly string[] | undefined {
  if (node.type === undefined) return undefined;
  return typeof node.type === 'string' ? [node.type] : node.type;
}

function allowsType(node: SchemaNode, type: string): boolean {
  const types = typesOf(node);
  if (types !== undefined) return types.includes(type);
  return node.enum !== undefined && node.enum.includes(null);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
