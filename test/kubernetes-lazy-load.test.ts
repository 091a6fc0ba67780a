/**
 * Runs without a Kubernetes-typed value pay nothing for them: validating the chart's defaults
 * (empty maps and lists) loads no Kubernetes validator and parses no API definitions.
 * Checked in a fresh process, where nothing else has loaded them before.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';

// Building the probe and starting Node take a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const scratch = mkdtempSync(join(tmpdir(), 'kubernetes-lazy-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function source(path: string): string {
  return JSON.stringify(join(REPO_ROOT, 'src', ...path.split('/')));
}

describe('loading the Kubernetes checks', () => {
  it('loads nothing for the defaults and empty Kubernetes-typed values, then loads on the first real one', () => {
    const entry = join(scratch, 'probe-entry.ts');
    writeFileSync(
      entry,
      `import { checkValues } from ${source('check/check-values.ts')};
import { KUBERNETES_DEFINITIONS_JSON } from ${source('generated/kubernetes-definitions.ts')};
import { createRequire } from 'node:module';
const counts = { validatorLoads: 0, definitionParses: 0 };
const loadedValidators = () => Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('kubernetes-validators')).length;
const parse = JSON.parse;
JSON.parse = (text, reviver) => { if (text === KUBERNETES_DEFINITIONS_JSON) counts.definitionParses += 1; return parse(text, reviver); };
const release = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };
const empty = { config: { token: 'glagent-t' }, resources: {}, tolerations: [], extraVolumes: [], affinity: {}, securityContext: {} };
const report = [];
report.push({ problems: checkValues(empty, release).problems.length, ...counts, validatorLoads: loadedValidators() });
report.push({ problems: checkValues({ ...empty, tolerations: [{ operator: 'Exists' }] }, release).problems.length, ...counts, validatorLoads: loadedValidators() });
process.stdout.write(JSON.stringify(report));
`,
    );
    const probe = join(scratch, 'probe.mjs');
    buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: probe,
      logLevel: 'error',
      // The validators are files of their own, read at run time: from the source tree here.
      define: { __KUBERNETES_VALIDATORS_DIR__: JSON.stringify(join(REPO_ROOT, 'src', 'generated', 'kubernetes-validators')) },
    });
    const child = spawnSync(process.execPath, [probe], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual([
      { problems: 0, validatorLoads: 0, definitionParses: 0 },
      { problems: 0, validatorLoads: 1, definitionParses: 1 },
    ]);
  });
});
