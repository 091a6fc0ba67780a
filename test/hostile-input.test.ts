import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValuesError } from '../src/errors.js';
import { render } from '../src/render-manifests.js';
import { run } from '../src/cli/run.js';
import { parseValuesYaml } from '../src/sources/parse-values-file.js';
import { MAX_VALUES_FILE_BYTES, MAX_VALUE_NODES, MAX_NESTING_DEPTH } from '../src/sources/values-limits.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { REPO_ROOT } from './support/golden-cases.js';
import { refuseValuesFile } from './support/refuse-values-file.js';

/**
 * Hostile values files, as CI may feed them: each must be refused with a clear error within
 * 2 seconds and 200 MB. Time and memory are measured in a child process that reads the file from
 * disk and runs the real reading stage (built from src/ with esbuild), so the figures are those
 * of a fresh process: Node's own baseline (about 45 MB) included.
 */
const TIME_LIMIT_MS = 2000;
const MEMORY_LIMIT_MB = 200;

interface Measurement {
  readonly outcome: { readonly accepted: boolean; readonly name?: string; readonly problem?: string; readonly message?: string };
  readonly ms: number;
  readonly maxRssMb: number;
}

let scratch: string;
let probe: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hostile-'));
  const entry = join(scratch, 'probe-entry.ts');
  writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';
import { readValues } from ${JSON.stringify(join(REPO_ROOT, 'src', 'sources', 'read-values.ts'))};
const start = performance.now();
const content = readFileSync(process.argv[2], 'utf8');
let outcome;
try {
  readValues([{ kind: 'file', name: 'hostile.yaml', content }]);
  outcome = { accepted: true };
} catch (error) {
  outcome = { accepted: false, name: error.constructor.name, problem: error.problem, message: error.message };
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ outcome, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`,
  );
  probe = join(scratch, 'probe.mjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: probe, logLevel: 'error' });
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function measure(name: string, content: string): Measurement {
  const file = join(scratch, `${name}.yaml`);
  writeFileSync(file, content);
  const started = performance.now();
  const child = spawnSync(process.execPath, [probe, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wallMs = performance.now() - started;
  rmSync(file);
  if (child.status !== 0) throw new Error(`probe failed (${child.status}): ${child.stderr}`);
  const measurement = JSON.parse(child.stdout) as Measurement;
  // Logged so a CI run shows the figures; the wall time includes starting Node.
  console.log(`${name}: ${Math.round(measurement.ms)} ms in the stage, ${Math.round(wallMs)} ms wall, ${Math.round(measurement.maxRssMb)} MB max RSS`);
  return measurement;
}

function billionLaughs(levels: number, width: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level <= levels; level += 1) {
    lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

const HOSTILE: readonly (readonly [string, () => string, string])[] = [
  ['a 20 MB file', () => `config:\n  kasCaCert: "${'A'.repeat(20 * 1024 * 1024)}"\n`, 'too-large'],
  ['a 20 MB file of small keys', () => Array.from({ length: 1_000_000 }, (_, i) => `k${i}: value-${i}`).join('\n'), 'too-large'],
  ['maps nested 10,000 levels deep (flow)', () => `global: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 'too-deep'],
  ['lists nested 10,000 levels deep (flow)', () => `global: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'too-deep'],
  ['lists nested 10,000 levels deep (block)', () => `global:\n  ${'- '.repeat(10_000)}x\n`, 'too-deep'],
  ['a billion laughs (10^9 strings)', () => billionLaughs(9, 10), 'too-large'],
  ['a wide alias bomb (one alias repeated 200,000 times)', () => `a: &a [1, 2, 3]\nb: [${Array(200_000).fill('*a').join(',')}]\n`, 'too-large'],
  ['3 MB of list items', () => `global:\n${'- 1\n'.repeat(750_000)}`, 'too-large'],
  ['a duplicate key', () => `config:\n  token: glagent-a\n  kasAddress: wss://kas.gitlab.com\n  token: glagent-b\n`, 'duplicate-key'],
];

describe('hostile values files', () => {
  it.each(HOSTILE)('refuses %s within 2 s and 200 MB', (name, build, problem) => {
    const { outcome, ms, maxRssMb } = measure(name.replace(/\W+/g, '-'), build());
    expect(outcome).toMatchObject({ accepted: false, name: 'ValuesFileError', problem });
    expect(outcome.message).toMatch(/^hostile\.yaml: /);
    expect(outcome.message).not.toContain('\n');
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    expect(maxRssMb).toBeLessThan(MEMORY_LIMIT_MB);
  });

  it('reads only the first of 400,000 documents, as yaml.v2 does, without parsing the rest', () => {
    const { outcome, ms, maxRssMb } = measure('documents', 'a: 1\n---\n'.repeat(400_000));
    expect(outcome.accepted).toBe(true);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    expect(maxRssMb).toBeLessThan(MEMORY_LIMIT_MB);
  });
});

describe('values file limits', () => {
  it('refuses a file over the size limit before parsing it, and accepts one just under', () => {
    const under = `a: "${'x'.repeat(MAX_VALUES_FILE_BYTES - 10)}"\n`;
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(MAX_VALUES_FILE_BYTES);
    expect(parseValuesYaml(under, 'v.yaml')['a']).toHaveLength(MAX_VALUES_FILE_BYTES - 10);
    expect(refuseValuesFile(`a: "${'x'.repeat(MAX_VALUES_FILE_BYTES)}"\n`)).toMatchObject({
      problem: 'too-large',
      location: { source: 'values.yaml' },
    });
  });

  it('measures the limit in UTF-8 bytes', () => {
    const text = `a: "${'é'.repeat(MAX_VALUES_FILE_BYTES / 2)}"\n`;
    expect(text.length).toBeLessThan(MAX_VALUES_FILE_BYTES);
    expect(refuseValuesFile(text).problem).toBe('too-large');
  });

  it(`accepts ${MAX_NESTING_DEPTH} levels and refuses one more, naming the line`, () => {
    const nest = (depth: number): string => `${'{a: '.repeat(depth - 1)}1${'}'.repeat(depth - 1)}`;
    // The top-level map is one level, each `{a: ` another, and the scalar the last.
    expect(() => parseValuesYaml(`x: ${nest(MAX_NESTING_DEPTH - 1)}\n`, 'v.yaml')).not.toThrow();
    expect(refuseValuesFile(`# comment\nx: ${nest(MAX_NESTING_DEPTH)}\n`)).toMatchObject({ problem: 'too-deep', location: { line: 2 } });
  });

  it(`refuses more than ${MAX_VALUE_NODES} parsed nodes`, () => {
    expect(refuseValuesFile(`a: [${Array(MAX_VALUE_NODES).fill('1').join(',')}]\n`).problem).toBe('too-large');
    expect(() => parseValuesYaml(`a: [${Array(MAX_VALUE_NODES / 2).fill('1').join(',')}]\n`, 'v.yaml')).not.toThrow();
  });

  it('copies aliases, but refuses an expansion past the node limit', () => {
    expect(refuseValuesFile(billionLaughs(5, 10)).message).toMatch(/aliases/);
    expect(parseValuesYaml(billionLaughs(3, 10), 'v.yaml')['l3']).toHaveLength(10);
  });

  it('stops at the end of the first document, whatever follows', () => {
    expect(parseValuesYaml('a: 1\n---\n: : [\n', 'v.yaml')).toEqual({ a: 1 });
    expect(parseValuesYaml('---\n---\na: 1\n', 'v.yaml')).toEqual({});
    expect(refuseValuesFile('a: [1\n---\nb: 2\n').problem).toBe('syntax');
  });

  it('names the duplicated key and its line, never its value', () => {
    const error = refuseValuesFile('config:\n  token: glagent-FIRST\n  token: glagent-SECOND\n');
    expect(error).toMatchObject({ problem: 'duplicate-key', key: 'token', location: { line: 3 } });
    expect(error.message).toContain('"token"');
    expect(error.message).toContain('line 3');
    expect(error.message).not.toMatch(/FIRST|SECOND/);
  });
});

describe('hostile values through the CLI', () => {
  it.each([
    ['a duplicate key', 'replicas: 1\nreplicas: 2\n'],
    ['deep nesting', `global: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['a billion laughs', billionLaughs(9, 10)],
  ])('exits 1 with one error line for %s', async (_, content) => {
    const memory = createMemoryIo({ files: { 'values.yaml': content } });
    const exitCode = await run(['generate', '-f', 'values.yaml'], memory.io);
    expect(exitCode).toBe(1);
    expect(memory.stdout()).toBe('');
    expect(memory.stderr()).toMatch(/^Error: values\.yaml: [^\n]+\n$/);
  });
});

describe('hostile values passed to the library', () => {
  const options = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };

  function refused(values: unknown): ValuesError {
    try {
      render(values as Record<string, unknown>, options);
    } catch (error) {
      if (error instanceof ValuesError) return error;
      throw error;
    }
    throw new Error('expected the values to be refused');
  }

  it('refuses a tree nested 100,000 levels deep with a ValuesError, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 100_000; level += 1) deep = { a: deep };
    for (const values of [{ global: deep }, { podLabels: deep }, { affinity: deep }, { extraEnv: [deep] }]) {
      const error = refused(values);
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]?.message).toMatch(/levels deep/);
    }
  });

  it('refuses a reference cycle', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    expect(refused({ global: cycle }).problems[0]).toMatchObject({ path: 'global.self', message: expect.stringMatching(/itself/) });
  });

  it('accepts a subtree shared without a cycle, as aliases give', () => {
    const shared = { team: 'a' };
    expect(() => render({ podLabels: shared, additionalLabels: shared }, options)).not.toThrow();
  });

  it('refuses values JSON cannot hold, and more values than any chart needs', () => {
    expect(refused({ global: { when: new Date(0) } }).problems[0]).toMatchObject({ path: 'global.when' });
    expect(refused({ global: { f: () => 1 } }).problems[0]).toMatchObject({ path: 'global.f' });
    expect(refused({ global: { n: Number.NaN } }).problems[0]).toMatchObject({ path: 'global.n' });
    expect(refused({ global: { big: 10n } }).problems[0]).toMatchObject({ path: 'global.big' });
    expect(refused({ global: new Array(MAX_VALUE_NODES + 1).fill(0) }).problems[0]?.message).toMatch(/more than/);
    expect(refused([]).problems[0]).toMatchObject({ code: 'wrong-type', path: '' });
    expect(refused(null).problems[0]).toMatchObject({ code: 'wrong-type', path: '' });
  });

  it('treats undefined as absent, as JSON does (process.env.X may be unset)', () => {
    expect(() => render({ config: { token: undefined, kasAddress: 'wss://kas.gitlab.com' } }, options)).not.toThrow();
  });
});
