import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';
import { writeBillionLaughs } from './support/write-billion-laughs.js';

/**
 * Hostile values files, as CI may feed them: each must be refused with a clear error within
 * 2 seconds and 200 MB. Time and memory are measured in a child process that reads the file from
 * disk and runs the real reading stage (built from src/ with esbuild), so the figures are those
 * of a fresh process: Node's own baseline (about 45 MB) included.
 */
const TIME_LIMIT_MS = 2000;
const MEMORY_LIMIT_MB = 200;

// The limit is measured inside the child. A test's own time also counts building the file and
// starting Node, which a busy machine stretches past Vitest's default 5 s.
vi.setConfig({ testTimeout: 30_000 });

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
  console.log(
    `${name}: ${Math.round(measurement.ms)} ms in the stage, ${Math.round(wallMs)} ms wall, ${Math.round(measurement.maxRssMb)} MB max RSS`,
  );
  return measurement;
}

const HOSTILE: readonly (readonly [string, () => string, string])[] = [
  ['a 20 MB file', () => `config:\n  kasCaCert: "${'A'.repeat(20 * 1024 * 1024)}"\n`, 'too-large'],
  ['a 20 MB file of small keys', () => Array.from({ length: 1_000_000 }, (_, i) => `k${i}: value-${i}`).join('\n'), 'too-large'],
  ['maps nested 10,000 levels deep (flow)', () => `global: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 'too-deep'],
  ['lists nested 10,000 levels deep (flow)', () => `global: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'too-deep'],
  ['lists nested 10,000 levels deep (block)', () => `global:\n  ${'- '.repeat(10_000)}x\n`, 'too-deep'],
  ['a billion laughs (10^9 strings)', () => writeBillionLaughs(9, 10), 'too-large'],
  [
    'a wide alias bomb (one alias repeated 200,000 times)',
    () => `a: &a [1, 2, 3]\nb: [${Array(200_000).fill('*a').join(',')}]\n`,
    'too-large',
  ],
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
