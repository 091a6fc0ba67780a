/**
 * renderFleet in the calling thread (`workers: 0`): results in input order, each identical to
 * what render() gives the same agent, failures per agent naming it, and input pulled only as
 * results are taken. The worker-thread path runs from the built package in
 * test/render-fleet-workers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  FleetAgentError,
  ReleaseNameError,
  ValuesError,
  render,
  renderFleet,
  toYaml,
  type FleetAgent,
  type FleetResult,
} from '../src/index.js';
import { countingAgents, fleetAgent } from './support/fleet-agents.js';

async function collect(results: AsyncIterable<FleetResult>): Promise<FleetResult[]> {
  const all: FleetResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('renderFleet', () => {
  it('yields one result per agent, in input order, each identical to render() of that agent', async () => {
    const agents = Array.from({ length: 12 }, (_, i) => fleetAgent(i));
    const results = await collect(renderFleet(agents, { workers: 0 }));
    expect(results.map((result) => [result.index, result.agent, result.ok])).toEqual(
      agents.map((agent, i) => [i, `${agent.options.namespace}/${agent.options.releaseName}`, true]),
    );
    results.forEach((result, i) => {
      if (!result.ok) throw result.error;
      const direct = render(agents[i]!.values, agents[i]!.options);
      expect(toYaml(result.manifests)).toBe(toYaml(direct));
      expect(result.manifests.map((manifest) => manifest.object)).toEqual(direct.map((manifest) => manifest.object));
    });
  });

  it('takes async iterables, and names agents by their own name when given', async () => {
    async function* agents(): AsyncGenerator<FleetAgent> {
      yield { ...fleetAgent(0), name: 'prod-eu' };
      yield fleetAgent(1);
    }
    const results = await collect(renderFleet(agents(), { workers: 0 }));
    expect(results.map((result) => result.agent)).toEqual(['prod-eu', 'fleet-1/agent-1']);
  });

  it('reports a failing agent as its own result, naming it, and renders the rest', async () => {
    const agents: unknown[] = [
      fleetAgent(0),
      { values: { replica: 3 }, options: { releaseName: 'typo', namespace: 'ns' } },
      { values: {}, options: { releaseName: 'Bad_Name', namespace: 'ns' } },
      'not an agent',
      fleetAgent(4),
    ];
    const results = await collect(renderFleet(agents as FleetAgent[], { workers: 0 }));
    expect(results.map((result) => result.ok)).toEqual([true, false, false, false, true]);
    const failures = results.filter((result) => !result.ok);
    expect(failures.map((failure) => [failure.index, failure.agent, failure.error.code])).toEqual([
      [1, 'ns/typo', 'fleet-agent'],
      [2, 'ns/Bad_Name', 'fleet-agent'],
      [3, '#4', 'fleet-agent'],
    ]);
    const [typo, badName, notAgent] = failures.map((failure) => failure.error);
    expect(typo).toBeInstanceOf(FleetAgentError);
    expect(typo!.cause).toBeInstanceOf(ValuesError);
    expect((typo!.cause as ValuesError).problems[0]).toMatchObject({ code: 'unknown-key', path: 'replica' });
    expect(typo!.message).toMatch(/^agent ns\/typo \(#2\): invalid values/);
    expect(badName!.cause).toBeInstanceOf(ReleaseNameError);
    expect(notAgent!.cause).toBeInstanceOf(TypeError);
    expect(notAgent!.message).toContain('{ values, options: { releaseName, namespace } }');
  });

  it('pulls agents only as results are taken, and closes the input when the caller stops', async () => {
    const agents = countingAgents(1_000);
    const fleet = renderFleet(agents, { workers: 0 });
    for await (const result of fleet) {
      expect(result.ok).toBe(true);
      if (result.index === 2) break;
    }
    expect(agents.pulled).toBe(3);
    expect(agents.closed).toBe(true);
  });

  it('refuses a worker count that is not a whole number', async () => {
    await expect(collect(renderFleet([], { workers: -1 }))).rejects.toThrow(RangeError);
    await expect(collect(renderFleet([], { workers: 1.5 }))).rejects.toThrow(/whole number/);
  });

  it('passes on an error of the input itself, which ends the fleet', async () => {
    function* agents(): Generator<FleetAgent> {
      yield fleetAgent(0);
      throw new Error('input broke');
    }
    await expect(collect(renderFleet(agents(), { workers: 0 }))).rejects.toThrow('input broke');
  });
});
