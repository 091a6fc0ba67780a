import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENT_CONFIG_SCHEMA } from '../src/generated/agent-config.js';
import { ROOT_SCHEMA } from '../src/agent-config/agent-config-schema.js';
import { checkAgainstSchema } from '../src/agent-config/check-against-schema.js';
import { readAgentConfigYaml } from '../src/agent-config/read-agent-config-yaml.js';
import { NEWEST_GITLAB } from '../src/agent-config/target-version.js';
import { isMap } from '../src/util/is-map.js';
import { listAgentConfigCases, readAgentConfigCase } from './support/agent-config-cases.js';
import { runs } from './support/fast-check-settings.js';
import { REPO_ROOT } from './support/golden-cases.js';

/**
 * schemas/agent-config.schema.json is read two ways: by editors and CI tools as standard JSON
 * Schema (draft-07), and by `config validate`, which interprets a subset of it with GitLab's
 * reading of nulls and its own messages. These tests hold the two readings together.
 */
const SCHEMA_TEXT = readFileSync(join(REPO_ROOT, 'schemas/agent-config.schema.json'), 'utf8');
const SCHEMA = JSON.parse(SCHEMA_TEXT) as Record<string, unknown>;

/** The keywords check-against-schema.ts interprets, plus annotations that never validate. */
const INTERPRETED = new Set([
  '$ref',
  'type',
  'properties',
  'additionalProperties',
  'required',
  'items',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
]);
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', 'examples', 'deprecated', 'definitions', 'tsType']);
const EXTENSIONS = [
  'x-since',
  'x-tier',
  'x-removed',
  'x-replacement',
  'x-deprecated',
  'x-module-removed',
  'x-enforced-by',
  'x-effect',
  'x-format',
  'x-key-format',
  'x-message',
  'x-hint',
  'x-type-hint',
  'x-max-entries',
  'x-complete-resources',
  'x-note',
];
/** The keywords whose failure standard JSON Schema reports too (the rest are GitLab's rules). */
const STANDARD_KEYWORDS = new Set([...INTERPRETED, 'bounds'].filter((keyword) => keyword !== '$ref'));

function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, allowMatchingProperties: true });
  ajv.addVocabulary(['tsType', ...EXTENSIONS]);
  return ajv;
}

function visitSchema(node: unknown, visit: (node: Record<string, unknown>, path: string) => void, path = '#'): void {
  if (Array.isArray(node)) node.forEach((item, index) => visitSchema(item, visit, `${path}/${index}`));
  else if (isMap(node)) {
    visit(node, path);
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'enum' && key !== 'default' && key !== 'examples' && key !== 'required') visitSchema(child, visit, `${path}/${key}`);
    }
  }
}

describe('the schema file', () => {
  it('is embedded, unchanged, in the generated module', () => {
    expect(AGENT_CONFIG_SCHEMA).toEqual(SCHEMA);
    const generated = readFileSync(join(REPO_ROOT, 'src/generated/agent-config.ts'), 'utf8');
    expect(generated.startsWith('// Generated from schemas/agent-config.schema.json by `npm run codegen`')).toBe(true);
    expect(generated).toContain('export interface AgentConfig {');
  });

  it('uses only keywords the checks interpret, annotations and our x- extensions', () => {
    const unknown = new Set<string>();
    visitSchema(SCHEMA, (node, path) => {
      const inProperties = /\/(properties|definitions)$/.test(path);
      if (inProperties) return;
      for (const key of Object.keys(node)) {
        if (!INTERPRETED.has(key) && !ANNOTATIONS.has(key) && !EXTENSIONS.includes(key)) unknown.add(`${path}: ${key}`);
      }
    });
    expect([...unknown]).toEqual([]);
  });

  it('is valid draft-07 for ajv in strict mode', () => {
    expect(() => createAjv().compile(SCHEMA)).not.toThrow();
  });

  it('names the version and tier of every key in its description, for editors', () => {
    const missing: string[] = [];
    visitSchema(SCHEMA, (node, path) => {
      const description = typeof node['description'] === 'string' ? node['description'] : '';
      const since = node['x-since'];
      // Keys from before 15.0 predate every GitLab this tool targets (16.0 and later).
      if (typeof since === 'string' && Number(since.split('.')[0]) >= 15 && !description.includes(`GitLab ${since}`)) {
        missing.push(`${path}: no "GitLab ${since}"`);
      }
      const tier = node['x-tier'];
      const tierText = tier === 'premium' ? 'Premium and Ultimate only' : 'Ultimate only';
      if (tier !== undefined && !description.includes(tierText)) missing.push(`${path}: no "${tierText}"`);
      if (node['x-removed'] !== undefined && !description.includes(`removed in GitLab ${String(node['x-removed'])}`)) {
        missing.push(`${path}: no "removed in GitLab ${String(node['x-removed'])}"`);
      }
    });
    expect(missing).toEqual([]);
  });
});

describe('config validate and standard JSON Schema agree', () => {
  const validate = createAjv().compile(SCHEMA);
  /** Whether our checks find a problem that standard JSON Schema also finds. */
  const oursRefuse = (value: unknown): boolean =>
    checkAgainstSchema(ROOT_SCHEMA, value, { gitlab: NEWEST_GITLAB, tier: undefined, sourceOf: () => undefined }).some((finding) =>
      STANDARD_KEYWORDS.has(finding.keyword),
    );

  const values = listAgentConfigCases().flatMap((name) => {
    const reading = readAgentConfigYaml(new TextDecoder().decode(readAgentConfigCase(name).bytes));
    return reading.ok && isMap(reading.value) ? [[name, reading.value] as const] : [];
  });

  it.each(values)('on golden/agent-config/%s', (_name, value) => {
    expect(oursRefuse(value)).toBe(!validate(value));
  });

  it('on the golden values with one value replaced anywhere', () => {
    const replacements = fc.oneof(
      fc.constantFrom(null, true, false, 0, -1, 1.5, '', 'x', '0', '3600s', '1h', [], {}, [null], { agent: {} }, ['a']),
      fc.string(),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...values.map(([, value]) => value)), fc.nat(), replacements, (value, pick, replacement) => {
        const mutated = replaceOneValue(value, pick, replacement);
        expect(oursRefuse(mutated)).toBe(!validate(mutated));
      }),
      runs(300),
    );
  });
});

/** A copy of `value` with the `pick`-th node (in depth-first order, modulo their count) replaced. */
function replaceOneValue(value: unknown, pick: number, replacement: unknown): unknown {
  const count = countNodes(value);
  let index = pick % count;
  const copy = (node: unknown): unknown => {
    if (index === 0) {
      index -= 1;
      return structuredClone(replacement);
    }
    index -= 1;
    if (Array.isArray(node)) return node.map(copy);
    if (isMap(node)) return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, copy(child)]));
    return node;
  };
  return copy(value);
}

function countNodes(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce<number>((sum, item) => sum + countNodes(item), 0);
  if (isMap(value)) return 1 + Object.values(value).reduce<number>((sum, child) => sum + countNodes(child), 0);
  return 1;
}
