/**
 * The package is ES modules only, and CommonJS callers load it with `require()`, which Node
 * supports for ES modules from 20.19 (and 22.12) on. This runs both entry points as a consumer
 * would, by package name, against the built dist/ (`npm test` builds it first).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';

const CONSUMER = `
const { render, toYaml, ValuesError } = LOAD;
const manifests = render({ config: { token: 'glagent-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ' } }, { releaseName: 'cjs', namespace: 'agents' });
let refused = false;
try { render({ replica: 3 }, { releaseName: 'cjs', namespace: 'agents' }); } catch (error) { refused = error instanceof ValuesError; }
process.stdout.write(JSON.stringify({ kinds: manifests.map((m) => m.kind), refused, yaml: toYaml(manifests).startsWith('---') }));
`;

describe('package entry points', () => {
  const consumer = mkdtempSync(join(tmpdir(), 'gam-consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(REPO_ROOT, join(consumer, 'node_modules', 'gitlab-agent-manifests'), 'dir');
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  const runConsumer = (file: string, load: string): unknown => {
    writeFileSync(join(consumer, file), CONSUMER.replace('LOAD', load));
    return JSON.parse(execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' }));
  };

  const expected = { kinds: expect.arrayContaining(['Deployment', 'Secret', 'ServiceAccount']), refused: true, yaml: true };

  it('loads with import from an ES module', () => {
    expect(runConsumer('consumer.mjs', "await import('gitlab-agent-manifests')")).toEqual(expected);
  });

  it('loads with require() from a CommonJS module', () => {
    expect(runConsumer('consumer.cjs', "require('gitlab-agent-manifests')")).toEqual(expected);
  });
});
