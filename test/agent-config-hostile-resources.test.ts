import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_VALUES_FILE_BYTES } from '../src/sources/values-limits.js';
import { REPO_ROOT } from './support/golden-cases.js';
import { HOSTILE_CONFIGS, MANY_DOCUMENTS } from './support/hostile-agent-configs.js';

/**
 * Hostile agent configuration files are refused within the 2 seconds and 200 MB of hostile
 * values files (test/hostile-input-resources.test.ts), measured the same way: in a child process
 * that reads the file from disk and runs the real stage (built from src/ with esbuild), so the
 * figures are those of a fresh process, Node's own baseline included.
 */
const TIME_LIMIT_MS = 2000;
const MEMORY_LIMIT_MB = 200;

// The limit is measured inside the child. A test's own time also counts building the file and
// starting Node, which a busy machine stretches past Vitest's default 5 s.
vi.setConfig({ testTimeout: 30_000 });

interface Measurement {
  readonly outcome: { readonly valid: boolean; readonly codes: readonly string[] };
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
const outcome = { valid: result.valid, codes: result.problems.map((p) => p.code) };
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
  const file = join(scratch, `${name.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, content);
  const child = spawnSync(process.execPath, [probe, file, String(maxFileBytes)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  rmSync(file);
  if (child.status !== 0) throw new Error(`probe failed (${child.status}): ${child.stderr}`);
  const measurement = JSON.parse(child.stdout) as Measurement;
  // Logged so a CI run shows the figures.
  console.log(`${name}: ${Math.round(measurement.ms)} ms, ${Math.round(measurement.maxRssMb)} MB max RSS`);
  return measurement;
}

describe('hostile agent configuration files, measured', () => {
  it.each(HOSTILE_CONFIGS.map((config) => [config.name, config] as const))('refuses %s within 2 s and 200 MB', (name, config) => {
    const { outcome, ms, maxRssMb } = measure(name, config.build(), config.limit);
    expect(outcome.codes).toEqual([config.code]);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    expect(maxRssMb).toBeLessThan(MEMORY_LIMIT_MB);
  });

  it('reads only the first of 300,000 documents within 2 s and 200 MB', () => {
    const { outcome, ms, maxRssMb } = measure('documents', MANY_DOCUMENTS(), MAX_VALUES_FILE_BYTES);
    expect(outcome.valid).toBe(true);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    expect(maxRssMb).toBeLessThan(MEMORY_LIMIT_MB);
  });
});
