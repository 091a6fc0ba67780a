import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readFastCheckKnob, runs, scaleRuns } from './support/fast-check-settings.js';

const TEST_DIR = fileURLToPath(new URL('.', import.meta.url));
const FAST_CHECK_RUNNERS = new Set(['fc.assert', 'fc.check']);

/**
 * Each `fc.assert`/`fc.check` call in a test file whose settings are not `runs(<count>)`, nor a
 * constant the file sets to it, as `file:line`.
 */
function findUnsharedSettings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const isRunsCall = (node: ts.Node | undefined): boolean =>
    node !== undefined && ts.isCallExpression(node) && node.expression.getText(source) === 'runs';
  const constantsOfRuns = new Set<string>();
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isRunsCall(node.initializer)) constantsOfRuns.add(node.name.text);
    if (ts.isCallExpression(node) && FAST_CHECK_RUNNERS.has(node.expression.getText(source))) calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls
    .filter((call) => {
      const settings = call.arguments[1];
      return !isRunsCall(settings) && !(settings !== undefined && ts.isIdentifier(settings) && constantsOfRuns.has(settings.text));
    })
    .map((call) => `${file}:${source.getLineAndCharacterOfPosition(call.getStart(source)).line + 1}`);
}

describe('the seed and run-count knob', () => {
  it('is where every property test takes its settings from', () => {
    const testFiles = readdirSync(TEST_DIR)
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => ({ name, text: readFileSync(join(TEST_DIR, name), 'utf8') }))
      // Parsing is the slow part: only files that call fast-check are parsed.
      .filter(({ text }) => /\bfc\.(assert|check)\b/.test(text));
    expect(testFiles.length).toBeGreaterThanOrEqual(8);
    expect(testFiles.flatMap(({ name, text }) => findUnsharedSettings(name, text))).toEqual([]);
  });

  it('finds a property test that hard-codes its settings or has none', () => {
    const text = [
      'fc.assert(p, { seed: 1, numRuns: 5 });',
      'await fc.check(p);',
      'fc.assert(p, runs(9));',
      'const settings = runs(9);',
      'fc.assert(p, settings);',
      'fc.assert(p, other);',
    ].join('\n');
    expect(findUnsharedSettings('x.test.ts', text)).toEqual(['x.test.ts:1', 'x.test.ts:2', 'x.test.ts:6']);
  });
});

describe('FC_SEED and FC_RUNS_SCALE', () => {
  it('default to the fixed seed and the counts written in the tests, as CI runs them', () => {
    const knob = readFastCheckKnob({});
    expect(knob).toEqual({ seed: 20261122, runsScale: 1 });
    expect(scaleRuns(3000, knob.runsScale)).toBe(3000);
  });

  it('replace the seed and scale every count, keeping at least one run', () => {
    const knob = readFastCheckKnob({ FC_SEED: '-1734011587', FC_RUNS_SCALE: '0.1' });
    expect(knob).toEqual({ seed: -1734011587, runsScale: 0.1 });
    expect([3000, 60, 3].map((count) => scaleRuns(count, knob.runsScale))).toEqual([300, 6, 1]);
  });

  it('stop the run on a value that is not a number, rather than fall back', () => {
    expect(() => readFastCheckKnob({ FC_SEED: 'abc' })).toThrow('FC_SEED must be an integer');
    expect(() => readFastCheckKnob({ FC_SEED: '1.5' })).toThrow('FC_SEED must be an integer');
    expect(() => readFastCheckKnob({ FC_RUNS_SCALE: '0' })).toThrow('FC_RUNS_SCALE must be a positive number, not "0"');
    expect(() => readFastCheckKnob({ FC_RUNS_SCALE: 'ten' })).toThrow('FC_RUNS_SCALE must be a positive number');
  });

  it('are what runs() applies in this run', () => {
    const knob = readFastCheckKnob(process.env);
    expect(runs(400)).toEqual({ seed: knob.seed, numRuns: scaleRuns(400, knob.runsScale) });
  });
});
