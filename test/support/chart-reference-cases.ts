import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_EXPECTED_ERROR, CHART_EXPECTED_OUTPUT, GOLDEN_DIR, SHARED_REFERENCE_DIR, listCases } from './golden-cases.js';

/**
 * The official chart's reference cases, as tests read them: the golden cases that carry the
 * chart's own render or refusal. Each is a copy of a case of ../shared/reference, inputs and
 * all, with the chart's expected files renamed (SHARED_TO_GOLDEN_FILE_NAMES), so the tests that
 * read them run in any checkout. test/chart-reference-cases.test.ts checks the copies whenever
 * ../shared/reference sits beside the repository.
 */
export const CHART_REFERENCE_CASES: readonly string[] = listCases(GOLDEN_DIR).filter(
  (name) => existsSync(join(GOLDEN_DIR, name, CHART_EXPECTED_OUTPUT)) || existsSync(join(GOLDEN_DIR, name, CHART_EXPECTED_ERROR)),
);

/** A file of ../shared/reference/<case>, by the name its copy has in golden/<case>. */
export const SHARED_TO_GOLDEN_FILE_NAMES: Readonly<Record<string, string>> = {
  'expected.yaml': CHART_EXPECTED_OUTPUT,
  'expected-error.txt': CHART_EXPECTED_ERROR,
};

/** Whether ../shared/reference sits beside the repository, as it does in CI. */
export const SHARED_REFERENCE_PRESENT = existsSync(SHARED_REFERENCE_DIR);

/**
 * The title of a block that reads ../shared/reference and is skipped without it: when skipped,
 * it says so and names the folder it looked for.
 */
export function nameSharedReferenceBlock(subject: string): string {
  return SHARED_REFERENCE_PRESENT
    ? `${subject}, over ${SHARED_REFERENCE_DIR}`
    : `${subject}: skipped, no reference renders at ${SHARED_REFERENCE_DIR} (../shared/reference beside the repository)`;
}

export function resolveChartReferenceCase(name: string): string {
  if (!CHART_REFERENCE_CASES.includes(name)) throw new Error(`golden/${name} is not a chart reference case`);
  return join(GOLDEN_DIR, name);
}

/** A file of a chart reference case: an input its args.json names, or the chart's expected file. */
export function readChartReferenceFile(name: string, file: string): string {
  return readFileSync(join(resolveChartReferenceCase(name), file), 'utf8');
}
