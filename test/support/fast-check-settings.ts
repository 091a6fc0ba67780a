import fc from 'fast-check';

/**
 * The one seed and run-count knob of every property and fuzz test: each `fc.assert` takes its
 * settings from `runs(count)`, never a literal seed or `numRuns` (test/fast-check-settings.test.ts
 * checks this).
 *
 * - `FC_SEED=<integer>` replaces the fixed seed. On failure fast-check prints the seed and the
 *   counterexample's path, so `FC_SEED=<seed> npx vitest run test/<file>` reproduces it. The
 *   cases a seed generates come in the same order whatever the run count, so a failure of the
 *   fast tier (fewer runs) reproduces at full counts too.
 * - `FC_RUNS_SCALE=<factor>` multiplies every run count: `npm test` (CI) runs them at 1, the
 *   counts written at each site; `npm run test:unit` at the factor in test/support/test-tiers.ts;
 *   `FC_RUNS_SCALE=10` runs ten times as many cases. Every property runs at least once.
 */
export interface FastCheckKnob {
  readonly seed: number;
  readonly runsScale: number;
}

export const FAST_CHECK_KNOB = readFastCheckKnob(process.env);

export function runs(count: number): { seed: number; numRuns: number } {
  return { seed: FAST_CHECK_KNOB.seed, numRuns: scaleRuns(count, FAST_CHECK_KNOB.runsScale) };
}

export function scaleRuns(count: number, runsScale: number): number {
  return Math.max(1, Math.round(count * runsScale));
}

/** Reads FC_SEED and FC_RUNS_SCALE; a typo stops the run rather than fall back to another seed or NaN runs. */
export function readFastCheckKnob(env: Readonly<Record<string, string | undefined>>): FastCheckKnob {
  return { seed: readSeed(env['FC_SEED']), runsScale: readRunsScale(env['FC_RUNS_SCALE']) };
}

function readSeed(text: string | undefined): number {
  if (text === undefined || text === '') return 20261122;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`FC_SEED must be an integer (fast-check prints one on failure), not ${JSON.stringify(text)}`);
  }
  return seed;
}

function readRunsScale(text: string | undefined): number {
  if (text === undefined || text === '') return 1;
  const scale = Number(text);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`FC_RUNS_SCALE must be a positive number, not ${JSON.stringify(text)}`);
  }
  return scale;
}

/** The strings the issue lists, and more that YAML 1.1 or 1.2 readers take for something else. */
export const YAML_SPECIAL_STRINGS: readonly string[] = [
  ': ',
  'a: b',
  'key: value: more',
  ' #',
  'a #b',
  '#comment',
  '---',
  '--- x',
  '...',
  '"',
  "'",
  '"quoted"',
  "'single'",
  'it\'s "both"',
  '\\',
  '\\n',
  'C:\\agent\\path',
  '\n',
  'line\nbreak',
  'trailing newline\n',
  '\r\n',
  '\t',
  'tab\tinside',
  '*alias',
  '&anchor',
  '!tag',
  '!!str x',
  '%directive',
  '@at',
  '`tick',
  '|',
  '>',
  '[a, b]',
  '{a: b}',
  ',',
  '?',
  '? x',
  '- x',
  '-',
  ':x',
  '=',
  '<<',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'Y',
  'N',
  'True',
  'FALSE',
  '007',
  '0755',
  '08',
  '1e3',
  '1E3',
  '0x1F',
  '0o17',
  '0b101',
  '1_000',
  '.5',
  '-.inf',
  '.NaN',
  '+1',
  '~',
  'null',
  'NULL',
  '',
  ' ',
  ' lead',
  'trail ',
  '12:30',
  '1:20:30',
  '2024-01-01',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10',
  '\u0000',
  '\u0007bell',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\uffff',
  'é',
  '日本語',
  '😀',
  '👩‍👩‍👧',
  'a\u0301',
];

/** Unicode text of every kind, mixed with the special strings and with pieces of them. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...YAML_SPECIAL_STRINGS) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...YAML_SPECIAL_STRINGS), fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), {
        maxLength: 6,
      })
      .map((parts) => parts.join('')),
  },
);
