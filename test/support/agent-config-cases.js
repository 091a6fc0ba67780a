// The data-driven suite of agent configuration files, golden/agent-config/<case>/: shared by
// test/agent-config-golden.test.ts (running src/) and scripts/update-agent-config-golden.js
// (running dist/), so both read a case and summarise a result the same way. Plain ESM
// JavaScript because the update script runs under bare Node; types are in agent-config-cases.d.ts.
//
// A case is a folder with config.yaml (the file's bytes), optionally options.yaml (the
// options of validateAgentConfig; `path` defaults to .gitlab/agents/<case>/config.yaml) and
// expected.yaml: the verdict, and each problem and warning by code, path, line and column.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { GOLDEN_DIR, listCases } from './golden-cases.js';

export const AGENT_CONFIG_GOLDEN_DIR = join(GOLDEN_DIR, 'agent-config');
export const CASE_CONFIG = 'config.yaml';
export const CASE_OPTIONS = 'options.yaml';
export const CASE_EXPECTED = 'expected.yaml';

export function listAgentConfigCases() {
  return listCases(AGENT_CONFIG_GOLDEN_DIR);
}

export function readAgentConfigCase(name) {
  const dir = join(AGENT_CONFIG_GOLDEN_DIR, name);
  const bytes = new Uint8Array(readFileSync(join(dir, CASE_CONFIG)));
  const optionsPath = join(dir, CASE_OPTIONS);
  const given = existsSync(optionsPath) ? (yaml.load(readFileSync(optionsPath, 'utf8')) ?? {}) : {};
  const options = { path: `.gitlab/agents/${name}/${CASE_CONFIG}`, ...given };
  const expectedPath = join(dir, CASE_EXPECTED);
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : undefined;
  return { bytes, options, expected };
}

/** What a case asserts: the verdict and each entry's code, path, line and column. */
export function summariseValidation(result) {
  const entry = (problem) => ({ code: problem.code, path: problem.path, line: problem.line, column: problem.column });
  return { valid: result.valid, problems: result.problems.map(entry), warnings: result.warnings.map(entry) };
}

/** expected.yaml: one flow map per entry, so a case reads as a list of findings. */
export function formatExpected(summary) {
  const list = (entries) =>
    entries.length === 0
      ? ' []'
      : `\n${entries.map((e) => `  - { code: ${e.code}, path: ${JSON.stringify(e.path)}, line: ${e.line}, column: ${e.column} }`).join('\n')}`;
  return `valid: ${summary.valid}\nproblems:${list(summary.problems)}\nwarnings:${list(summary.warnings)}\n`;
}
