/**
 * The build ships, beside the bundled CLI, the template plans of the common configurations
 * (scripts/template-plan-runs.js, scripts/bundle-cli.js), and the CLI takes them in before it
 * renders. They must be exactly the plans this code makes for those runs (a drift check: run
 * `npm run build` after changing the templates or the plans), and a CLI that uses them must print
 * what a CLI without them prints. (npm test builds bin/'s bundle first.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { exportTemplatePlans, type TemplatePlansData } from '../src/manifests/render-template-manifests.js';
import { resetRenderCaches } from '../src/util/render-caches.js';
import { TEMPLATE_PLAN_RUNS } from '../scripts/template-plan-runs.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { REPO_ROOT } from './support/golden-cases.js';

const BIN = join(REPO_ROOT, 'bin', 'gitlab-agent-manifests.js');
const SHIPPED = join(REPO_ROOT, 'dist', 'cli', 'template-plans.json');
const ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'GITLAB_AGENT_TOKEN'));
/** Receptive mode draws a random JWT for its Secret. */
const withoutJwt = (text: string): string => text.replace(/private-api-jwt: .*/g, 'private-api-jwt: (random)');

/** Each template's plans, in an order that does not depend on the order they were made in. */
function byPath(data: TemplatePlansData): unknown {
  return data.templates.map(({ name, paths }) => ({
    name,
    paths: paths.map((path) => JSON.stringify(path)).sort(),
  }));
}

describe('the template plans shipped with the CLI', () => {
  it('are the plans this code makes for the common configurations', async () => {
    resetRenderCaches();
    for (const argv of TEMPLATE_PLAN_RUNS) {
      // A path's plan is made when it is seen the second time.
      for (let time = 0; time < 2; time++) expect(await run([...argv], createMemoryIo({ cwd: REPO_ROOT }).io)).toBe(0);
    }
    const shipped = JSON.parse(readFileSync(SHIPPED, 'utf8')) as TemplatePlansData;
    expect(byPath(shipped)).toEqual(byPath(exportTemplatePlans()));
    expect(shipped.templates.every(({ paths }) => paths.length > 0)).toBe(true);
  });

  it('change nothing the built CLI prints', async () => {
    for (const argv of TEMPLATE_PLAN_RUNS) {
      const memory = createMemoryIo({ cwd: REPO_ROOT });
      expect(await run([...argv], memory.io)).toBe(0);
      const built = spawnSync(process.execPath, [BIN, ...argv], { cwd: REPO_ROOT, env: ENV, encoding: 'utf8' });
      expect(built.status).toBe(0);
      expect(withoutJwt(built.stdout)).toBe(withoutJwt(memory.stdout()));
      expect(built.stderr).toBe(memory.stderr());
    }
  }, 60_000);
});
