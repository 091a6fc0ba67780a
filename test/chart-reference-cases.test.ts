import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHART_REFERENCE_CASES,
  SHARED_REFERENCE_PRESENT,
  SHARED_TO_GOLDEN_FILE_NAMES,
  resolveChartReferenceCase,
  nameSharedReferenceBlock,
} from './support/chart-reference-cases.js';
import { SHARED_REFERENCE_DIR, listCases } from './support/golden-cases.js';

/**
 * Tests read the chart's reference cases from golden/, so they run in any checkout; these are
 * the copies they rely on. The parity test runs the cases ../shared/reference holds beyond them.
 */
describe('chart reference cases in golden/', () => {
  it('holds the 29 cases rendered by the official chart', () => {
    expect(CHART_REFERENCE_CASES.length).toBeGreaterThanOrEqual(29);
  });

  it('refuses a golden case without the chart render', () => {
    expect(() => resolveChartReferenceCase('x-values-stdin')).toThrow('golden/x-values-stdin is not a chart reference case');
  });
});

describe.skipIf(!SHARED_REFERENCE_PRESENT)(nameSharedReferenceBlock('chart reference cases copied into golden/'), () => {
  const copied = listCases(SHARED_REFERENCE_DIR).filter((name) => CHART_REFERENCE_CASES.includes(name));

  it('shares at least 29 cases with golden/', () => {
    expect(copied.length).toBeGreaterThanOrEqual(29);
  });

  it.each(copied)('golden/%s holds every file of the reference case, byte for byte', (name) => {
    for (const file of readdirSync(join(SHARED_REFERENCE_DIR, name))) {
      const copy = join(resolveChartReferenceCase(name), SHARED_TO_GOLDEN_FILE_NAMES[file] ?? file);
      expect(readFileSync(copy, 'utf8'), copy).toBe(readFileSync(join(SHARED_REFERENCE_DIR, name, file), 'utf8'));
    }
  });
});
