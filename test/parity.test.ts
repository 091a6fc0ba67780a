import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_REFERENCE_CASES, SHARED_REFERENCE_PRESENT, nameSharedReferenceBlock } from './support/chart-reference-cases.js';
import { compareWithChart } from './support/compare-manifests.js';
import {
  CASE_STDIN,
  CHART_EXPECTED_ERROR,
  CHART_EXPECTED_OUTPUT,
  GOLDEN_DIR,
  REPO_ROOT,
  SHARED_REFERENCE_DIR,
  listCases,
  readCaseArgs,
  readOptionalFile,
} from './support/golden-cases.js';

/**
 * Parity with the official chart: the real built CLI (what users run), as a child process, on
 * every case that has a render of the chart by `helm template`. `npm test` builds dist/ first.
 */
const BIN = join(REPO_ROOT, 'bin', 'gitlab-agent-manifests.js');
/** The chart release of every chart render in golden/ (chart-expected.*) and ../shared/reference. */
const REFERENCE_CHART_VERSION = '2.15.0';
const BUILT_CLI = join(REPO_ROOT, 'dist', 'cli', 'main.js');

interface ChartExpectation {
  readonly output: string | undefined;
  readonly error: string | undefined;
}

/**
 * Cases the chart renders and we refuse on purpose (the README's "Where we differ from the chart,
 * on purpose"): on the chart's own arguments we must fail with this problem, and once the
 * deliberate escape the problem names is added, render exactly the chart's objects.
 */
const DELIBERATE_DIFFERENCES: Readonly<Record<string, { readonly problem: string; readonly escape: readonly string[] }>> = {
  // No token and no Secret name: the pod could never start.
  'no-token': { problem: '  config.token: is not set, nor is config.secretName:', escape: ['--allow-missing-token'] },
  // The namespace's default ServiceAccount would get cluster-admin; naming it says so on purpose.
  'sa-external-default': {
    problem: '  serviceAccount.name: is not set while serviceAccount.create is false,',
    escape: ['--set', 'serviceAccount.name=default'],
  },
};

function runBuiltCli(caseDir: string, extraArgs: readonly string[] = []): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run \`npm run build\` (npm test does)`);
  // The reference renders are the official chart 2.15.0's; our default is the newest release.
  // `--managed-by helm` keeps the chart's `managed-by: Helm` and `helm-chart`, which by default name this tool.
  const argv = [
    BIN,
    'generate',
    '--chart-version',
    REFERENCE_CHART_VERSION,
    '--managed-by',
    'helm',
    ...readCaseArgs(caseDir),
    ...extraArgs,
  ];
  const result = spawnSync(process.execPath, argv, {
    cwd: caseDir,
    input: readOptionalFile(join(caseDir, CASE_STDIN)) ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The namespace both renders were given: the last `--namespace`/`-n`, as pflag reads it. */
function namespaceOf(args: readonly string[]): string {
  let namespace: string | undefined;
  args.forEach((arg, index) => {
    if (arg === '--namespace' || arg === '-n') namespace = args[index + 1];
    else if (arg.startsWith('--namespace=')) namespace = arg.slice('--namespace='.length);
  });
  if (namespace === undefined) throw new Error('parity cases must pass --namespace, since our default differs from Helm');
  return namespace;
}

/**
 * The message our stderr must repeat: the text of the chart's `fail` (port checks) after
 * `execution error at (…): `, or Helm's release-name error. Other chart errors only require
 * that we fail too.
 */
function requiredMessage(chartError: string): string | undefined {
  const line = chartError.split('\n', 1)[0] ?? '';
  const execution = /^Error: execution error at \([^)]*\): (.+)$/.exec(line);
  if (execution) return execution[1];
  if (line.startsWith('Error: release name ')) return line.slice('Error: '.length);
  return undefined;
}

function checkCase(caseDir: string, expected: ChartExpectation): void {
  const deliberate = DELIBERATE_DIFFERENCES[basename(caseDir)];
  if (deliberate !== undefined) {
    expect(expected.error, 'a deliberate difference is a render of the chart that we refuse').toBeUndefined();
    const refused = runBuiltCli(caseDir);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    // That problem alone: everything else about the values matches the chart.
    expect(refused.stderr.startsWith(`Error: invalid values, 1 problem:\n${deliberate.problem}`), refused.stderr).toBe(true);
  }
  const result = runBuiltCli(caseDir, deliberate?.escape ?? []);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // never a stack trace
  if (expected.error !== undefined) {
    expect(result.status, 'the chart refuses these values, so must we').not.toBe(0);
    expect(result.stdout).toBe('');
    const message = requiredMessage(expected.error);
    if (message !== undefined) expect(result.stderr).toContain(message);
    return;
  }
  // Warnings and notes (a missing token, output holding secrets) may accompany a render; errors may not.
  expect(
    result.stderr.split('\n').filter((line) => line !== '' && !/^(Warning|Note): /.test(line)),
    'stderr',
  ).toEqual([]);
  expect(result.status).toBe(0);
  const differences = compareWithChart(result.stdout, expected.output ?? '', { namespace: namespaceOf(readCaseArgs(caseDir)) });
  expect(differences).toEqual([]);
}

describe('parity with the chart, over golden/ cases that carry a chart render', () => {
  it('has the 29 reference cases', () => {
    expect(CHART_REFERENCE_CASES.length).toBeGreaterThanOrEqual(29);
  });

  it('names only reference cases in its deliberate differences', () => {
    for (const name of Object.keys(DELIBERATE_DIFFERENCES)) expect(CHART_REFERENCE_CASES).toContain(name);
  });

  it.each(CHART_REFERENCE_CASES)('%s', (name) => {
    const caseDir = join(GOLDEN_DIR, name);
    checkCase(caseDir, {
      output: readOptionalFile(join(caseDir, CHART_EXPECTED_OUTPUT)),
      error: readOptionalFile(join(caseDir, CHART_EXPECTED_ERROR)),
    });
  });
});

// The shared folder sits beside the clone only in CI; it may hold cases added after golden/ was copied.
describe.skipIf(!SHARED_REFERENCE_PRESENT)(nameSharedReferenceBlock('parity with the chart'), () => {
  const cases = listCases(SHARED_REFERENCE_DIR);

  it('holds reference cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (name) => {
    const caseDir = join(SHARED_REFERENCE_DIR, name);
    checkCase(caseDir, {
      output: readOptionalFile(join(caseDir, 'expected.yaml')),
      error: readOptionalFile(join(caseDir, 'expected-error.txt')),
    });
  });
});
