import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';
import { INTEGRATION_TEST_FILES } from './support/test-tiers.js';

/** Calls whose effect outlives a test file when files share their modules, as the fast tier's do. */
const LEAKING_CALLS = /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/;

describe('test tiers', () => {
  it('lists only integration files that exist, so a renamed one does not slip into the fast tier', () => {
    expect(INTEGRATION_TEST_FILES.filter((file) => !existsSync(join(REPO_ROOT, file)))).toEqual([]);
  });

  it('leaves no module mock or stubbed global behind in the fast tier, whose files share modules', () => {
    const unitFiles = readdirSync(join(REPO_ROOT, 'test'))
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `test/${name}`)
      .filter((file) => !INTEGRATION_TEST_FILES.includes(file));
    expect(unitFiles.length).toBeGreaterThan(40);
    const leaking = unitFiles.filter((file) => LEAKING_CALLS.test(readFileSync(join(REPO_ROOT, file), 'utf8')));
    expect(leaking, 'move such a file to INTEGRATION_TEST_FILES, which runs each file in its own process').toEqual([]);
  });
});
