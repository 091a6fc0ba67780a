import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import {
  EXPECTED_ERROR,
  EXPECTED_OUTPUT,
  EXPECTED_WARNINGS,
  GOLDEN_DIR,
  PRIVATE_API_JWT_PLACEHOLDER,
  listCases,
  normaliseOutput,
  readCaseArgs,
  readOptionalFile,
  runCase,
} from './support/golden-cases.js';
import { reverseYamlKeys } from './support/reorder-yaml-keys.js';

/**
 * Golden cases: each folder under golden/ is one CLI invocation (args.json, run with cwd = the
 * folder) and our exact expected bytes. This test only compares; `npm run golden:update`
 * rewrites the expected files.
 */
const cases = listCases(GOLDEN_DIR);

interface Expectation {
  readonly output: string | undefined;
  readonly error: string | undefined;
  readonly warnings: string;
}

function expectationOf(name: string): Expectation {
  const dir = join(GOLDEN_DIR, name);
  return {
    output: readOptionalFile(join(dir, EXPECTED_OUTPUT)),
    error: readOptionalFile(join(dir, EXPECTED_ERROR)),
    warnings: readOptionalFile(join(dir, EXPECTED_WARNINGS)) ?? '',
  };
}

const successCases = cases.filter((name) => expectationOf(name).output !== undefined);

describe('golden cases', () => {
  it('has the reference cases and our own', () => {
    expect(cases.length).toBeGreaterThanOrEqual(44);
    expect(cases.filter((name) => name.startsWith('x-')).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s', async (name) => {
    const expected = expectationOf(name);
    expect(
      (expected.output === undefined) !== (expected.error === undefined),
      `golden/${name} needs exactly one of ${EXPECTED_OUTPUT} and ${EXPECTED_ERROR} (npm run golden:update)`,
    ).toBe(true);
    const result = await runCase(run, join(GOLDEN_DIR, name));
    if (expected.error !== undefined) {
      expect(result.exitCode).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(expected.error);
    } else {
      expect(result.stderr).toBe(expected.warnings);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toBe(expected.output);
    }
  });
});

describe('determinism', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'golden-determinism-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each(successCases)('%s renders the same bytes every time', async (name) => {
    const outputs = new Set<string>();
    for (let round = 0; round < 3; round += 1) {
      outputs.add((await runCase(run, join(GOLDEN_DIR, name))).stdout);
    }
    expect([...outputs]).toEqual([expectationOf(name).output]);
  });

  const reorderableFlags = successCases.filter((name) => reorderSetFlags(readCaseArgs(join(GOLDEN_DIR, name))) !== undefined);

  it('finds cases whose --set flags can be reordered', () => {
    expect(reorderableFlags.length).toBeGreaterThanOrEqual(10);
  });

  it.each(reorderableFlags)('%s gives the same bytes with its --set flags in reverse order', async (name) => {
    const args = reorderSetFlags(readCaseArgs(join(GOLDEN_DIR, name))) as string[];
    const result = await runCase(run, join(GOLDEN_DIR, name), args);
    expect(result.stdout).toBe(expectationOf(name).output);
  });

  const withValuesFiles = successCases.filter((name) => valuesFilesOf(readCaseArgs(join(GOLDEN_DIR, name))).length > 0);

  it('finds cases with values files', () => {
    expect(withValuesFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(withValuesFiles)('%s gives the same bytes with the keys of its values files reversed', async (name) => {
    const caseDir = join(scratch, name);
    cpSync(join(GOLDEN_DIR, name), caseDir, { recursive: true });
    let changed = 0;
    for (const file of valuesFilesOf(readCaseArgs(caseDir))) {
      const original = readFileSync(join(caseDir, file), 'utf8');
      const reversed = reverseYamlKeys(original);
      // The reordering itself must keep the meaning, or this test would prove nothing.
      expect(yaml.load(reversed, { json: true })).toEqual(yaml.load(original, { json: true }));
      if (reversed !== original) changed += 1;
      writeFileSync(join(caseDir, file), reversed);
    }
    expect(changed, 'no values file of this case has two keys to swap').toBeGreaterThan(0);
    const result = await runCase(run, caseDir);
    expect(result.stdout).toBe(expectationOf(name).output);
  });
});

const SET_FLAGS = new Set(['--set', '--set-string', '--set-json', '--set-file', '--set-literal']);

/**
 * The args with every `--set*` flag moved to the end in reverse order, when that cannot change
 * the values: Helm applies the flags by kind, and within a kind only flags of the same key
 * interact, so this needs one single-key expression per flag and unrelated keys. Undefined when
 * there are fewer than two such flags or the keys overlap.
 */
function reorderSetFlags(args: readonly string[]): string[] | undefined {
  const kept: string[] = [];
  const setFlags: (readonly [string, string])[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (SET_FLAGS.has(arg) && index + 1 < args.length) {
      setFlags.push([arg, args[index + 1] as string]);
      index += 1;
    } else {
      kept.push(arg);
    }
  }
  if (setFlags.length < 2) return undefined;
  const keys = setFlags.map(([, expression]) => expression.split('=', 1)[0] as string);
  // Conservative: any key that is a prefix of another counts as overlapping (`a` and `a.b`).
  const overlapping = keys.some((key, i) => key.includes(',') || keys.some((other, j) => i !== j && other.startsWith(key)));
  if (overlapping) return undefined;
  return [...kept, ...setFlags.reverse().flat()];
}

/** The `-f`/`--values` files of a case (not `-`), as written in its args. */
function valuesFilesOf(args: readonly string[]): string[] {
  const files: string[] = [];
  args.forEach((arg, index) => {
    const next = args[index + 1];
    if ((arg === '-f' || arg === '--values') && next !== undefined) files.push(...next.split(','));
    else if (arg.startsWith('--values=')) files.push(...arg.slice('--values='.length).split(','));
  });
  return files.filter((file) => file !== '-');
}

describe('normaliseOutput', () => {
  const jwt = Buffer.from(Buffer.from('k'.repeat(64)).toString('base64')).toString('base64');

  it('replaces a well-formed private-api-jwt, quoted or plain, with the placeholder', () => {
    expect(normaliseOutput(`data:\n  private-api-jwt: "${jwt}"\n`)).toBe(`data:\n  private-api-jwt: "${PRIVATE_API_JWT_PLACEHOLDER}"\n`);
    expect(normaliseOutput(`  private-api-jwt: ${jwt}\n`)).toBe(`  private-api-jwt: ${PRIVATE_API_JWT_PLACEHOLDER}\n`);
  });

  it('leaves a value of the wrong shape, so the golden comparison fails on it', () => {
    const short = Buffer.from(Buffer.from('k'.repeat(63)).toString('base64')).toString('base64');
    const unprintable = Buffer.from(Buffer.from('\u0001'.repeat(64)).toString('base64')).toString('base64');
    for (const value of [short, unprintable, `${jwt.slice(0, -1)}!`]) {
      const line = `  private-api-jwt: "${value}"\n`;
      expect(normaliseOutput(line)).toBe(line);
    }
  });
});
