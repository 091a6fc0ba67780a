import { describe, expect, it } from 'vitest';
import { validateAgentConfig } from '../src/agent-config/validate-agent-config.js';
import { MAX_NESTING_DEPTH, MAX_VALUES_FILE_BYTES, MAX_VALUE_NODES } from '../src/sources/values-limits.js';
import { HOSTILE_CONFIGS, MANY_DOCUMENTS } from './support/hostile-agent-configs.js';
import { writeBillionLaughs } from './support/write-billion-laughs.js';

/**
 * Hostile agent configuration files, as `config validate` meets them in CI: each is refused with
 * one problem of one line, never a crash or a stack trace, as values files are
 * (test/hostile-input.test.ts). Their time and memory are measured in a fresh process by
 * agent-config-hostile-resources.test.ts.
 */
describe('hostile agent configuration files', () => {
  it.each(HOSTILE_CONFIGS.map((config) => [config.name, config] as const))('refuses %s with one problem', (_name, config) => {
    const result = validateAgentConfig(config.build(), { maxFileBytes: config.limit });
    expect(result.problems.map((problem) => problem.code)).toEqual([config.code]);
    expect(result.problems[0]?.message).not.toContain('\n');
  });

  it('reads only the first of 300,000 documents, as go-yaml does', () => {
    const result = validateAgentConfig(MANY_DOCUMENTS(), { maxFileBytes: MAX_VALUES_FILE_BYTES });
    expect(result.valid).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['ignored-documents']);
  });
});

describe('agent configuration reader limits', () => {
  const codes = (text: string, maxFileBytes = MAX_VALUES_FILE_BYTES): string[] =>
    validateAgentConfig(text, { maxFileBytes }).problems.map((problem) => problem.code);

  it(`accepts ${MAX_NESTING_DEPTH} levels and refuses one more, naming the line`, () => {
    const nest = (depth: number): string => `${'{a: '.repeat(depth - 1)}1${'}'.repeat(depth - 1)}`;
    expect(codes(`flux: ${nest(MAX_NESTING_DEPTH - 1)}\n`)).toEqual(['unknown-key']);
    const problems = validateAgentConfig(`# comment\nflux: ${nest(MAX_NESTING_DEPTH)}\n`).problems;
    expect(problems).toMatchObject([{ code: 'too-deep', line: 2 }]);
  });

  it(`refuses more than ${MAX_VALUE_NODES} parsed nodes`, () => {
    expect(codes(`flux: [${Array(MAX_VALUE_NODES).fill('1').join(',')}]\n`)).toEqual(['too-large']);
  });

  it('refuses aliases that expand past the node limit, and accepts small ones', () => {
    expect(codes(writeBillionLaughs(5, 10))).toEqual(['too-large']);
    expect(codes(writeBillionLaughs(2, 10))).toEqual(['unknown-key', 'unknown-key', 'unknown-key']);
  });

  it('keeps __proto__ an ordinary (unknown) key', () => {
    const result = validateAgentConfig('flux:\n  __proto__: { polluted: true }\n');
    expect(result.problems.map((problem) => problem.path)).toEqual(['flux.__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
