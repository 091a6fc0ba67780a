/**
 * The two test tiers, in one place; vitest.config.ts builds its projects from this module.
 *
 * - `npm run test:unit` (`vitest run --mode unit`), the edit loop: the `unit` project alone
 *   (every test file but the ones below), with property and fuzz run counts scaled by
 *   UNIT_TIER_RUNS_SCALE. It needs no `npm run build`. `npm run test:unit -- <file>` runs one
 *   file of the tier the same way.
 * - `npm test`, what CI runs: build, typecheck, then both projects at full run counts.
 *
 * A file belongs to the `integration` project when it needs dist/, `npm pack`, or many child
 * processes; everything else stays in the fast tier, property tests included, at fewer runs.
 */

/** The Vitest project of the fast tier; `vitest run --project unit` runs it at full run counts. */
export const UNIT_PROJECT = 'unit';
/** The Vitest project of the files only the full tier runs: `vitest run --project integration`. */
export const INTEGRATION_PROJECT = 'integration';

/** The Vitest mode (`vitest run --mode unit`) that selects the fast tier. */
export const UNIT_TIER_MODE = 'unit';

/**
 * The run-count factor of the fast tier: a tenth of each site's count. Every property still
 * runs, on the same seed, so the cases it tries are the first of those the full tier tries.
 * FC_RUNS_SCALE, when set, wins.
 */
export const UNIT_TIER_RUNS_SCALE = 0.1;

/**
 * The fast tier runs its files in one process that keeps the modules it loaded, instead of a
 * fresh process per file: loading src/ and its dependencies again for each file is most of the
 * tier's time. No test mocks a module or stubs a global, which sharing would leak into the next
 * file (test/test-tiers.test.ts checks this); CI (`npm test`) still runs each file in isolation.
 */
export const UNIT_TIER_ISOLATES_FILES = false;

export const INTEGRATION_TEST_FILES: readonly string[] = [
  // The built CLI (dist/) as a child process, once per chart reference case, twice over.
  'test/parity.test.ts',
  // `npm pack`, then `npm install` of the tarball, dependencies from the registry.
  'test/cli-packed-binary.test.ts',
  // `npm pack --dry-run`: the files a user installs.
  'test/package-metadata.test.ts',
  // scripts/codegen.js as a child process four times, over the tree and over a copy of it.
  'test/codegen-drift.test.ts',
  // Ten child processes, each timed reading a hostile file of up to 20 MB against a 2 s limit
  // that a machine busy with other work can miss.
  'test/hostile-input-resources.test.ts',
  // The same measurement for hostile agent configuration files, eight child processes.
  'test/agent-config-hostile-resources.test.ts',
  // The package as a consumer loads it by name (import and require), from the built dist/.
  'test/commonjs-entry.test.ts',
  // The built CLI against endless and huge inputs, each in a process of its own, timed.
  'test/bounded-input-resources.test.ts',
  // renderFleet's worker threads, loaded by URL from the built dist/.
  'test/render-fleet-workers.test.ts',
  // The real kubectl as a child process, a dozen times, against a fake API server.
  'test/kubectl-applyset.test.ts',
  // The built CLI's synchronous output through slow and closed pipes, a megabyte each.
  'test/cli-process-output.test.ts',
  // The template plans the build ships beside the bundle in dist/, and the built CLI with them.
  'test/shipped-template-plans.test.ts',
];
