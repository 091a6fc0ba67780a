import fc from 'fast-check';

/**
 * One seed for every property and fuzz test, so a failure in CI reproduces locally:
 * `FC_SEED=<seed> npx vitest run test/property-…`. fast-check prints the seed and the
 * counterexample's path on failure. `FC_RUNS_SCALE=10` runs ten times as many cases.
 */
export const FC_SEED = Number(process.env['FC_SEED'] ?? 20261122);
const RUNS_SCALE = Number(process.env['FC_RUNS_SCALE'] ?? 1);

export function runs(count: number): { seed: number; numRuns: number } {
  return { seed: FC_SEED, numRuns: Math.max(1, Math.round(count * RUNS_SCALE)) };
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
