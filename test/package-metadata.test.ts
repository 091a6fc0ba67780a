import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';

/**
 * What a user installing the tarball (or, later, the registry package) gets: the licence file
 * that `license` names, and no file the package does not need. `npm pack --dry-run` lists the
 * files without building (the list comes from `files` in package.json).
 */
interface PackListing {
  files: { path: string }[];
}

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  license: string;
  files: string[];
  engines: { node: string };
};

function packedFiles(): string[] {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(pack.status, pack.stderr).toBe(0);
  const [listing] = JSON.parse(pack.stdout) as PackListing[];
  return (listing as PackListing).files.map((file) => file.path);
}

describe('the package metadata', () => {
  const files = packedFiles();

  it('ships the LICENSE file that the license field names', () => {
    expect(files).toContain('LICENSE');
    const licenseText = readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8');
    expect(packageJson.license).toBe('MIT');
    expect(licenseText.split('\n')[0]).toBe('MIT License');
    expect(licenseText).toContain('Permission is hereby granted, free of charge');
  });

  it('ships the README, the binary shim and the library entry, and no tests or sources', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'bin/gitlab-agent-manifests.js', 'bin/load-cli.cjs']));
    expect(files.some((path) => path.startsWith('test/') || path.startsWith('src/') || path.startsWith('golden/'))).toBe(false);
  });

  it('declares the Node version it is tested on', () => {
    expect(packageJson.engines.node).toBe('>=20');
  });
});
