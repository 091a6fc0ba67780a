// Rewrites the expected files of every golden case from the built CLI (dist/). The only thing
// that writes golden files: the test run compares, never writes. Review the diff before committing.
//
//   npm run golden:update            every case
//   npm run golden:update -- x-foo   only the named cases
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED_ERROR, EXPECTED_OUTPUT, EXPECTED_WARNINGS, GOLDEN_DIR, listCases, runCase } from '../test/support/golden-cases.js';

// The built CLI, as users run it. Imported by URL so that typechecking does not need a build;
// its type is the source's it is built from.
/** @type {typeof import('../src/cli/run.js')} */
const { run } = await import(new URL('../dist/cli/run.js', import.meta.url).href);

const only = process.argv.slice(2);
const cases = listCases(GOLDEN_DIR).filter((name) => only.length === 0 || only.includes(name));
const unknown = only.filter((name) => !existsSync(join(GOLDEN_DIR, name, 'args.json')));
if (unknown.length > 0) {
  process.stderr.write(`no such golden case: ${unknown.join(', ')}\n`);
  process.exit(2);
}

for (const name of cases) {
  const caseDir = join(GOLDEN_DIR, name);
  const result = await runCase(run, caseDir);
  const ok = result.exitCode === 0;
  writeOrRemove(join(caseDir, EXPECTED_OUTPUT), ok ? result.stdout : undefined);
  writeOrRemove(join(caseDir, EXPECTED_WARNINGS), ok && result.stderr !== '' ? result.stderr : undefined);
  writeOrRemove(join(caseDir, EXPECTED_ERROR), ok ? undefined : result.stderr);
  process.stdout.write(`${ok ? 'ok   ' : `exit ${result.exitCode}`} ${name}\n`);
}

/**
 * @param {string} path
 * @param {string | undefined} text removes the file when undefined
 */
function writeOrRemove(path, text) {
  if (text === undefined) rmSync(path, { force: true });
  else writeFileSync(path, text);
}
