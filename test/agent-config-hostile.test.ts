import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAgentConfig } from '../src/agent-config/validate-agent-config.js';
import { MAX_NESTING_DEPTH, MAX_VALUES_FILE_BYTES, MAX_VALUE_NODES } from '../src/sources/values-limits.js';
import { REPO_ROOT } from './support/golden-cases.js';

/**
 * Hostile agent configuration files, as `config validate` meets them in CI: each is refused with
 * one problem (never a crash or a stack trace), as values files are (test/hostile-input.test.ts),
 * and within the same 2 seconds and 200 MB, measured in a fresh process that reads the file from
 * disk. With kas's default 128 KiB limit most are refused unread, so they are also checked at
 * the largest limit the options allow (4 MiB), where the reader's own bounds must hold.
 */
const TIME_LIMIT_MS = 2000;
const MEMORY_LIMIT_MB = 200;

interface Measurement {
  readonly outcome: { readonly valid: boolean; readonly codes: readonly string[]; readonly messages: readonly string[] };
  readonly ms: number;
  readonly maxRssMb: number;
}

let scratch: string;
let probe: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hostile-config-'));
  const entry = join(scratch, 'probe-entry.ts');
  writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';
import { validateAgentConfig } from ${JSON.stringify(join(REPO_ROOT, 'src', 'agent-config', 'validate-agent-config.ts'))};
const start = performance.now();
const bytes = new Uint8Array(readFileSync(process.argv[2]));
const result = validateAgentConfig(bytes, { maxFileBytes: Number(process.argv[3]) });
const ms = performance.now() - start;
const outcome = { valid: result.valid, codes: result.problems.map((p) => p.code), messages: result.problems.map((p) => p.message) };
process.stdout.write(JSON.stringify({ outcome, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
`,
  );
  probe = join(scratch, 'probe.mjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: probe, logLevel: 'error' });
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function measure(name: string, content: string, maxFileBytes: number): Measurement {
  const file = join(scratch, `${name}.yaml`);
  writeFileSync(file, content);
  const child = spawnSync(process.execPath, [probe, file, String(maxFileBytes)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  rmSync(file);
  if (child.status !== 0) throw new Error(`probe failed (${child.status}): ${child.stderr}`);
  const measurement = JSON.parse(child.stdout) as Measurement;
  console.log(`${name}: ${Math.round(measurement.ms)} ms, ${Math.round(measurement.maxRssMb)} MB max RSS`);
  return measurement;
}

function billionLaughs(levels: number, width: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level <= levels; level += 1) {
    lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Anchors that each nest 60 levels around the one before: shallow as written, deep once expanded. */
function deepAliasChain(links: number): string {
  const lines = ['c0: &c0 x'];
  for (let link = 1; link <= links; link += 1) lines.push(`c${link}: &c${link} ${'['.repeat(60)}*c${link - 1}${']'.repeat(60)}`);
  return `${lines.join('\n')}\n`;
}

const DEFAULT_LIMIT = 128 * 1024;

const HOSTILE: readonly (readonly [string, () => string, number, string])[] = [
  ['a 20 MB file', () => `flux:\n  webhook_receiver_url: "${'A'.repeat(20 * 1024 * 1024)}"\n`, DEFAULT_LIMIT, 'file-too-large'],
  ['a billion laughs within 128 KiB', () => billionLaughs(9, 10), DEFAULT_LIMIT, 'too-large'],
  ['an alias chain 6,000 levels deep once expanded', () => deepAliasChain(100), DEFAULT_LIMIT, 'too-deep'],
  ['maps nested 10,000 levels deep (flow)', () => `flux: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, MAX_VALUES_FILE_BYTES, 'too-deep'],
  ['lists nested 10,000 levels deep (block)', () => `flux:\n  ${'- '.repeat(10_000)}x\n`, MAX_VALUES_FILE_BYTES, 'too-deep'],
  ['a wide alias bomb (one alias 200,000 times)', () => `a: &a [1, 2, 3]\nb: [${Array(200_000).fill('*a').join(',')}]\n`, MAX_VALUES_FILE_BYTES, 'too-large'],
  ['3 MB of list items', () => `ci_access:\n  projects:\n${'  - 1\n'.repeat(500_000)}`, MAX_VALUES_FILE_BYTES, 'too-large'],
];

describe('hostile agent configuration files', () => {
  it.each(HOSTILE)('refuses %s with one problem, within 2 s and 200 MB', (name, build, limit, code) => {
    const { outcome, ms, maxRssMb } = measure(name.replace(/\W+/g, '-'), build(), limit);
    expect(outcome.valid).toBe(false);
    expect(outcome.codes).toEqual([code]);
    expect(outcome.messages[0]).not.toContain('\n');
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    expect(maxRssMb).toBeLessThan(MEMORY_LIMIT_MB);
  });

  it('reads only the first of 300,000 documents, as go-yaml does', () => {
    const { outcome, ms, maxRssMb } = measure('documents', 'flux: {}\n---\n'.repeat(300_000), MAX_VALUES_FILE_BYTES);
    expect(outcome.valid).toBe(true);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    expect(maxRssMb).toBeLessThan(MEMORY_LIMIT_MB);
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
    expect(codes(billionLaughs(5, 10))).toEqual(['too-large']);
    expect(codes(billionLaughs(2, 10))).toEqual(['unknown-key', 'unknown-key', 'unknown-key']);
  });

  it('keeps __proto__ an ordinary (unknown) key', () => {
    const result = validateAgentConfig('flux:\n  __proto__: { polluted: true }\n');
    expect(result.problems.map((problem) => problem.path)).toEqual(['flux.__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
