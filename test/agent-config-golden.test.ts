import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { currentKeysOf, propertiesOf, ROOT_SCHEMA, unwrapNullable, type SchemaNode } from '../src/agent-config/agent-config-schema.js';
import type { AgentConfigProblemCode } from '../src/errors.js';
import { formatSchemaPath, type PathSegment } from '../src/agent-config/format-config-path.js';
import { readAgentConfigYaml } from '../src/agent-config/read-agent-config-yaml.js';
import { validateAgentConfig } from '../src/agent-config/validate-agent-config.js';
import { isMap } from '../src/util/is-map.js';
import {
  CASE_EXPECTED,
  formatExpected,
  listAgentConfigCases,
  readAgentConfigCase,
  summariseValidation,
  type ValidationSummary,
} from './support/agent-config-cases.js';

/**
 * The data-driven suite of agent configuration files (golden/agent-config/): each case is a
 * config.yaml, its options, and the expected verdict with every problem and warning by code,
 * path, line and column. This test only compares; `npm run golden:update:agent-config` writes
 * expected.yaml.
 */
const cases = listAgentConfigCases();

function expectationOf(name: string): ValidationSummary {
  const { expected } = readAgentConfigCase(name);
  if (expected === undefined) throw new Error(`golden/agent-config/${name} has no ${CASE_EXPECTED} (npm run golden:update:agent-config)`);
  return yaml.load(expected) as ValidationSummary;
}

describe('agent configuration cases', () => {
  it('has at least 40 cases, valid and invalid', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const verdicts = cases.map((name) => expectationOf(name).valid);
    expect(verdicts.filter(Boolean).length).toBeGreaterThanOrEqual(15);
    expect(verdicts.filter((valid) => !valid).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s', (name) => {
    const { bytes, options, expected } = readAgentConfigCase(name);
    const summary = summariseValidation(validateAgentConfig(bytes, options));
    expect(summary).toEqual(expectationOf(name));
    // The file is written by the update script in exactly this form.
    expect(formatExpected(summary)).toBe(expected);
  });

  it('never names a CLI flag in a message or hint: the library speaks of the file', () => {
    const texts = cases.flatMap((name) => {
      const { bytes, options } = readAgentConfigCase(name);
      const result = validateAgentConfig(bytes, options);
      return [...result.problems, ...result.warnings].flatMap((entry) => [entry.message, entry.hint ?? '']);
    });
    expect(texts.filter((text) => /(^|[\s(])--[a-z]/.test(text))).toEqual([]);
  });

  it.each(cases)('%s gives the same result every time, from bytes or text', (name) => {
    const { bytes, options } = readAgentConfigCase(name);
    const first = JSON.stringify(validateAgentConfig(bytes, options));
    for (let round = 0; round < 2; round += 1) expect(JSON.stringify(validateAgentConfig(bytes, options))).toBe(first);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (!text.includes('\uFFFD')) expect(JSON.stringify(validateAgentConfig(text, options))).toBe(first);
  });
});

describe('what the cases cover', () => {
  it('every key of the schema appears in a case, and in a valid case unless it was removed', () => {
    // A key of a shared definition (an access_as of projects, groups or instance) counts once.
    const schemaKeys = collectSchemaKeys(ROOT_SCHEMA, []);
    const inAny = new Set<string>();
    const inValid = new Set<string>();
    for (const name of cases) {
      const { bytes, options } = readAgentConfigCase(name);
      const reading = readAgentConfigYaml(new TextDecoder().decode(bytes));
      if (!reading.ok) continue;
      const keys = collectKeyPaths(reading.value, []).flatMap((path) => schemaKeys.get(path)?.id ?? []);
      for (const key of keys) inAny.add(key);
      if (validateAgentConfig(bytes, options).valid) for (const key of keys) inValid.add(key);
    }
    const all = [...new Set([...schemaKeys.values()].map((key) => JSON.stringify(key)))].map((key) => JSON.parse(key) as SchemaKey);
    expect(all.filter((key) => !key.removed && !inValid.has(key.id)).map((key) => key.id)).toEqual([]);
    expect(all.filter((key) => key.removed && !inAny.has(key.id)).map((key) => key.id)).toEqual([]);
  });

  it('every problem and warning code appears in a case', () => {
    const seen = new Set<string>();
    for (const name of cases) {
      const expected = expectationOf(name);
      for (const entry of [...expected.problems, ...expected.warnings]) seen.add(entry.code);
    }
    const codes: readonly AgentConfigProblemCode[] = [
      'file-too-large',
      'invalid-encoding',
      'yaml-syntax',
      'yaml-version',
      'too-large',
      'non-finite-number',
      'not-a-map',
      'unknown-key',
      'removed-key',
      'wrong-type',
      'invalid-value',
      'missing-required',
      'conflicting-keys',
      'invalid-agent-name',
      'file-not-read',
      'duplicate-key',
      'ignored-documents',
      'removed-module',
      'needs-newer-gitlab',
      'needs-higher-tier',
      'placeholder',
      'not-enabled',
      'invalid-full-path',
      'duplicate-entry',
      'too-many-entries',
      'outside-top-level-group',
      'missing-access-as',
      'numeric-log-level',
      'internal-setting',
      'limited-effect',
      'nothing-scanned',
      'frequent-schedule',
      'outside-agents-folder',
    ];
    // too-deep is covered by test/agent-config-hostile.test.ts: such a file is no fit for the suite.
    expect(codes.filter((code) => !seen.has(code))).toEqual([]);
  });
});

/** Map paths with list items as `[]`: `ci_access.projects[].access_as.agent`. */
function collectKeyPaths(value: unknown, segments: PathSegment[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => collectKeyPaths(item, [...segments, 0]));
  if (!isMap(value)) return [];
  return Object.keys(value).flatMap((key) => [formatSchemaPath([...segments, key]), ...collectKeyPaths(value[key], [...segments, key])]);
}

interface SchemaKey {
  /** The key where it is defined: `CiAccessAs.agent`, or its path for a key of an inline map. */
  readonly id: string;
  readonly removed: boolean;
}

/** Every key path of the schema (`ci_access.projects[].id`) and the key it is. */
function collectSchemaKeys(node: SchemaNode, segments: PathSegment[], keys = new Map<string, SchemaKey>()): Map<string, SchemaKey> {
  const current = unwrapNullable(node);
  if (current.items !== undefined) collectSchemaKeys(current.items, [...segments, 0], keys);
  const owner = (current as { title?: string }).title ?? current.allOf?.map((member) => (member as { title?: string }).title).find(Boolean);
  const properties = propertiesOf(current);
  const current_ = new Set(currentKeysOf(current));
  for (const [key, child] of Object.entries(properties)) {
    const path = formatSchemaPath([...segments, key]);
    keys.set(path, { id: owner === undefined ? path : `${owner}.${key}`, removed: !current_.has(key) });
    collectSchemaKeys(child, [...segments, key], keys);
  }
  return keys;
}
