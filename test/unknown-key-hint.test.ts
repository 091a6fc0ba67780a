import { describe, expect, it } from 'vitest';
import { checkValues } from '../src/index.js';
import { runCli } from './support/run-cli.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };

describe('the hint for an unknown key with too many neighbours to list', () => {
  it('points the library at the schema the package ships, never at chart/values.yaml', () => {
    const [problem] = checkValues({ qqqqqqqq: 1 } as Record<string, unknown>, RELEASE).problems;
    expect(problem).toMatchObject({ code: 'unknown-key', path: 'qqqqqqqq', fix: 'list-keys' });
    expect(problem?.hint).toBe('the values schema (schemas/values.schema.json in the package) lists the keys this chart accepts');
  });

  it('adds the commands that print the schema and the values on the command line', async () => {
    const result = await runCli(['validate', '--set', 'qqqqqqqq=1']);
    expect(result.stdout).toContain('gitlab-agent-manifests schema prints it; gitlab-agent-manifests values prints the values in effect');
    expect(result.stdout).not.toContain('chart/values.yaml');
  });
});
