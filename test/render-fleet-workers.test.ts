/**
 * renderFleet on worker threads, from the built package (`npm test` builds dist/ first): the
 * worker module is loaded by URL from dist/, as a consumer's process would load it. Results must
 * be what render() of the same build gives, in input order, with errors of the package's own
 * classes, and the input pulled only a few batches ahead of the results taken.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Api from '../src/index.js';
import { countingAgents, fleetAgent } from './support/fleet-agents.js';
import { REPO_ROOT } from './support/golden-cases.js';

const api = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href)) as typeof Api;

async function collect(results: AsyncIterable<Api.FleetResult>): Promise<Api.FleetResult[]> {
  const all: Api.FleetResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('renderFleet on worker threads (built package)', () => {
  it('gives, in input order, for each agent what render() gives it', async () => {
    const agents = Array.from({ length: 40 }, (_, i) => fleetAgent(i));
    const results = await collect(api.renderFleet(agents, { workers: 2 }));
    expect(results.map((result) => result.index)).toEqual(agents.map((_, i) => i));
    results.forEach((result, i) => {
      if (!result.ok) throw result.error;
      const direct = api.renderManifests(agents[i]!.values, agents[i]!.options);
      expect(toComparable(result.manifests)).toEqual(toComparable(direct.manifests));
      expect(api.toYaml(result.manifests)).toBe(api.toYaml(direct.manifests));
      expect(result.warnings).toEqual(direct.warnings);
      // As JSON too (the object included), keys in the same order.
      expect(JSON.stringify(result.manifests)).toBe(JSON.stringify(direct.manifests));
    });
  });

  it('reports failures per agent with the package’s own error classes, and goes on', async () => {
    const agents = [
      fleetAgent(0),
      { values: { replica: 3, config: { secretName: 'typo-token' } }, options: { releaseName: 'typo', namespace: 'ns' } },
      { values: { config: { token: 'x', secretName: () => 'not data' } }, options: { releaseName: 'fn', namespace: 'ns' } },
      fleetAgent(3),
    ];
    const results = await collect(api.renderFleet(agents as Api.FleetAgent[], { workers: 1 }));
    expect(results.map((result) => result.ok)).toEqual([true, false, false, true]);
    const typo = results[1] as Api.FleetFailed;
    expect(typo.error).toBeInstanceOf(api.FleetAgentError);
    expect(typo.error.cause).toBeInstanceOf(api.ValuesError);
    expect(typo.error.cause).toMatchObject({
      code: 'values-invalid',
      name: 'ValuesError',
      problems: [{ code: 'unknown-key', path: 'replica' }],
    });
    // A value no worker can be sent is rendered in this thread instead, and fails as render() would.
    const withFunction = results[2] as Api.FleetFailed;
    expect(withFunction.agent).toBe('ns/fn');
    expect(withFunction.error.cause).toBeInstanceOf(api.ValuesError);
  });

  it('pulls the input only a few batches ahead of the results taken, and closes it on stop', async () => {
    const agents = countingAgents(5_000);
    for await (const result of api.renderFleet(agents, { workers: 2 })) {
      if (result.index === 0) break;
    }
    expect(agents.pulled).toBeLessThanOrEqual(8 * 5);
    expect(agents.closed).toBe(true);
  });
});

describe('generate --fleet on worker threads (built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-workers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes what the calling thread writes, each agent in its own directory', () => {
    const agents = Array.from(
      { length: 40 },
      (_, i) => `  - releaseName: agent-${i}\n    namespace: fleet-${i % 3}\n    token: {secretName: token-${i}}\n`,
    );
    // One agent fails: its error crosses from a worker of the minified bundle, and must be reported as in the calling thread.
    agents.push('  - releaseName: broken\n    token: {secretName: broken-token}\n    values: {tolerations: [{key: k, operator: Bogus}]}\n');
    writeFileSync(
      join(dir, 'fleet.yaml'),
      `defaults:\n  values: {config: {kasAddress: "wss://kas.example.com"}}\nagents:\n${agents.join('')}`,
    );
    const generate = (workers: string, out: string) =>
      spawnSync(
        process.execPath,
        [
          join(REPO_ROOT, 'bin', 'gitlab-agent-manifests.js'),
          'generate',
          '--fleet',
          'fleet.yaml',
          '--output-dir',
          out,
          '--workers',
          workers,
        ],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
    const onWorkers = generate('2', 'on-workers');
    expect(onWorkers.stderr).toContain('Wrote 40 of 41 agents under on-workers');
    expect(onWorkers.stderr).toContain(
      '  broken (fleet.yaml:124): invalid values, 1 problem:\n    tolerations[0].operator: must be one of Equal, Exists',
    );
    expect(onWorkers.status).toBe(1);
    const inThread = generate('0', 'in-thread');
    expect(inThread.status).toBe(1);
    expect(onWorkers.stderr.replaceAll('on-workers', 'in-thread')).toBe(inThread.stderr);
    expect(readTree(join(dir, 'on-workers'))).toEqual(readTree(join(dir, 'in-thread')));
    expect(readdirSync(join(dir, 'on-workers'))).toHaveLength(40);
  });
});

function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(root.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** Manifests as plain data: their fields and the parsed object (read, so a lazy one is built). */
function toComparable(manifests: readonly Api.Manifest[]): unknown[] {
  return manifests.map((manifest) => ({ ...manifest, object: manifest.object }));
}
