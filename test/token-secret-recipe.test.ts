/**
 * The README's recipe for a token in an existing Secret works on an empty cluster as written: the
 * namespace is created before the Secret that lives in it, and the Secret holds exactly the token,
 * without the newline its file ends in (which breaks the agent). Each kubectl command runs in
 * kubectl's client-side dry run, since the tests have no API server.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';
import { runKubectlDryRun, secretValue } from './support/kubectl-dry-run.js';
import { MARKED_TOKEN } from './support/run-cli.js';

/** The commands of the README example, from its comment to the generate command it prepares. */
function readRecipe(): { kubectl: string[]; generate: string } {
  const lines = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('# Token in an existing Secret'));
  expect(start).toBeGreaterThan(-1);
  const kubectl: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) continue;
    if (line.startsWith('gitlab-agent-manifests generate')) return { kubectl, generate: line };
    kubectl.push(line);
  }
  throw new Error('the recipe has no generate command');
}

describe("the README's existing-Secret recipe", () => {
  const cwd = mkdtempSync(join(tmpdir(), 'token-secret-recipe-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it.each([
    ['a newline', `${MARKED_TOKEN}\n`],
    ['a Windows line end', `${MARKED_TOKEN}\r\n`],
    ['no line end', MARKED_TOKEN],
  ])('creates the namespace, then the Secret with the token alone, from a file ending in %s', (_ending, file) => {
    writeFileSync(join(cwd, 'token.txt'), file);
    const { kubectl, generate } = readRecipe();
    const [namespace, secret, ...rest] = runKubectlDryRun(kubectl, cwd);
    expect(rest).toEqual([]);
    expect(namespace).toMatchObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'gitlab-agent' } });
    expect(secret).toMatchObject({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gitlab-agent-token', namespace: 'gitlab-agent' } });
    expect(Object.keys(secret?.['data'] ?? {})).toEqual(['token']);
    expect(secretValue(secret!, 'token')).toBe(MARKED_TOKEN);
    // The Secret is the one the generate command names, in the namespace it renders into.
    expect(generate).toContain(`config.secretName=${secret?.['metadata']['name']}`);
    expect(generate).not.toMatch(/ -n | --namespace /);
  });

  it('never puts the token on a command line', () => {
    const { kubectl } = readRecipe();
    expect(kubectl.join('\n')).not.toMatch(/--from-literal|\$\(/);
  });
});
