import { configDefaults, defineConfig } from 'vitest/config';
import {
  INTEGRATION_PROJECT,
  INTEGRATION_TEST_FILES,
  UNIT_PROJECT,
  UNIT_TIER_MODE,
  UNIT_TIER_ISOLATES_FILES,
  UNIT_TIER_RUNS_SCALE,
} from './test/support/test-tiers.js';

// The tiers are described in test/support/test-tiers.ts. Without `--mode unit` (npm test, or
// `npx vitest run test/<file>`), both projects run at the run counts written in the tests.
export default defineConfig(({ mode }) => {
  const unitTier = mode === UNIT_TIER_MODE;
  const unit = {
    test: {
      name: UNIT_PROJECT,
      include: ['test/**/*.test.ts'],
      exclude: [...configDefaults.exclude, ...INTEGRATION_TEST_FILES],
      ...(unitTier && {
        env: { FC_RUNS_SCALE: process.env['FC_RUNS_SCALE'] ?? String(UNIT_TIER_RUNS_SCALE) },
        isolate: UNIT_TIER_ISOLATES_FILES,
      }),
    },
  };
  const integration = { test: { name: INTEGRATION_PROJECT, include: [...INTEGRATION_TEST_FILES] } };
  return { test: { projects: unitTier ? [unit] : [unit, integration] } };
});
