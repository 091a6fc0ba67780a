/**
 * `renderFleet()`: many agents, each rendered exactly as `renderManifests()` renders it, results
 * in input order, streamed. It pulls agents from the input only as results are taken, so memory
 * is bounded by a few batches, not by the fleet. An agent that cannot render gives a failed
 * result naming it, and the fleet goes on. With `workers`, agents render on worker threads.
 */
import { availableParallelism } from 'node:os';
import { FleetAgentError } from './errors.js';
import { checkFleetAgentShape, nameFleetAgent, type FleetAgent } from './fleet/fleet-agent.js';
import { fromWireError, fromWireRendered, type FleetRequest, type WireOutcome } from './fleet/fleet-wire.js';
import { FleetWorkerPool } from './fleet/worker-pool.js';
import { renderManifests } from './render-manifests.js';
import type { Manifest, Warning } from './types.js';

export type { FleetAgent } from './fleet/fleet-agent.js';

export interface RenderFleetOptions {
  /**
   * Worker threads to render on; 0 renders in the calling thread, between results. Default
   * (`defaultFleetWorkers()`): one per CPU but one (`os.availableParallelism()`), at most 8; none on 2 CPUs or fewer. A worker is started
   * only when the ones running are all busy, so a small fleet starts few.
   */
  readonly workers?: number;
}

/** One agent's outcome; `index` is its position in the input, from 0. */
export type FleetResult = FleetRendered | FleetFailed;

export interface FleetRendered {
  readonly ok: true;
  readonly index: number;
  /** The agent's `name`, else `<namespace>/<releaseName>`. */
  readonly agent: string;
  readonly manifests: Manifest[];
  readonly warnings: Warning[];
}

export interface FleetFailed {
  readonly ok: false;
  readonly index: number;
  readonly agent: string;
  /** Names the agent; `error.cause` is what rendering it threw (a ValuesError, …). */
  readonly error: FleetAgentError;
}

/** Agents sent to a worker at a time: few enough to keep results flowing, enough to spread the messaging cost. */
const BATCH_SIZE = 8;
/** Requests each worker may hold: one it renders, one waiting, so it never idles between them. */
const REQUESTS_PER_WORKER = 2;
const MAX_DEFAULT_WORKERS = 8;

/** The worker's module, beside this one in the built package (and beside the bundled CLI). */
const WORKER_URL = new URL('./fleet/render-worker.js', import.meta.url);

/**
 * One worker per CPU but one, at most 8: the calling thread needs a CPU of its own to take the
 * results in (and a render thread uses more than one CPU with its garbage collection). On 2 CPUs
 * none: there the benchmark's fleet renders faster in the calling thread than on workers.
 */
export function defaultFleetWorkers(): number {
  const cpus = availableParallelism();
  return cpus <= 2 ? 0 : Math.min(cpus - 1, MAX_DEFAULT_WORKERS);
}

/**
 * Renders every agent of `agents` (an iterable or an async iterable of `{ values, options,
 * name? }`), yielding one result per agent in input order. Throws only for the fleet as a
 * whole: the input's own errors, or a worker thread that cannot start or crashes.
 */
export async function* renderFleet(
  agents: Iterable<FleetAgent> | AsyncIterable<FleetAgent>,
  options: RenderFleetOptions = {},
): AsyncGenerator<FleetResult, void, undefined> {
  const workers = options.workers ?? defaultFleetWorkers();
  if (!Number.isInteger(workers) || workers < 0) throw new RangeError(`renderFleet: workers must be a whole number ≥ 0, not ${workers}`);
  if (workers === 0) yield* renderInThisThread(agents);
  else yield* renderOnWorkers(agents, workers);
}

async function* renderInThisThread(agents: Iterable<FleetAgent> | AsyncIterable<FleetAgent>): AsyncGenerator<FleetResult> {
  let index = 0;
  for await (const agent of agents) {
    yield renderOne(agent, index);
    index++;
  }
}

function renderOne(agent: unknown, index: number): FleetResult {
  const name = nameFleetAgent(agent, index);
  try {
    checkFleetAgentShape(agent);
    const { manifests, warnings } = renderManifests(agent.values, agent.options);
    return { ok: true, index, agent: name, manifests, warnings };
  } catch (error) {
    return failed(index, name, error);
  }
}

function failed(index: number, agent: string, cause: unknown): FleetFailed {
  const error = cause instanceof Error ? cause : new Error(String(cause));
  return { ok: false, index, agent, error: new FleetAgentError({ index, agent, cause: error }) };
}

interface Slot {
  readonly index: number;
  readonly agent: unknown;
  readonly name: string;
}

async function* renderOnWorkers(agents: Iterable<FleetAgent> | AsyncIterable<FleetAgent>, workers: number): AsyncGenerator<FleetResult> {
  const iterator: Iterator<FleetAgent> | AsyncIterator<FleetAgent> =
    Symbol.asyncIterator in agents ? agents[Symbol.asyncIterator]() : agents[Symbol.iterator]();
  const pool = new FleetWorkerPool(WORKER_URL, workers);
  const inFlight: Promise<FleetResult[]>[] = [];
  let nextIndex = 0;
  let exhausted = false;

  const takeBatch = async (): Promise<Slot[]> => {
    const slots: Slot[] = [];
    while (slots.length < BATCH_SIZE) {
      const next = await iterator.next();
      if (next.done === true) {
        exhausted = true;
        break;
      }
      slots.push({ index: nextIndex, agent: next.value, name: nameFleetAgent(next.value, nextIndex) });
      nextIndex++;
    }
    return slots;
  };
  // Keeps every worker's requests full; a batch waits in `inFlight` until its turn to be yielded.
  const fill = async (): Promise<void> => {
    while (!exhausted && inFlight.length < workers * REQUESTS_PER_WORKER) {
      const slots = await takeBatch();
      if (slots.length === 0) break;
      const results = dispatch(pool, slots);
      results.catch(() => {}); // awaited in turn below; a failure before then is not unhandled
      inFlight.push(results);
    }
  };

  try {
    await fill();
    while (inFlight.length > 0) {
      const results = await inFlight.shift()!;
      await fill();
      yield* results;
    }
  } finally {
    await pool.close();
    if (!exhausted) await iterator.return?.();
  }
}

/** Renders the well-formed agents of `slots` on a worker; the others fail where they stand. */
async function dispatch(pool: FleetWorkerPool, slots: readonly Slot[]): Promise<FleetResult[]> {
  const results: (FleetResult | undefined)[] = [];
  const sent: { slot: Slot; position: number }[] = [];
  const request: FleetRequest['agents'][number][] = [];
  slots.forEach((slot, position) => {
    try {
      checkFleetAgentShape(slot.agent);
    } catch (error) {
      results[position] = failed(slot.index, slot.name, error);
      return;
    }
    sent.push({ slot, position });
    request.push({ values: slot.agent.values as FleetRequest['agents'][number]['values'], options: slot.agent.options });
  });
  if (request.length > 0) {
    let outcomes: readonly WireOutcome[] | undefined;
    try {
      outcomes = await pool.render(request);
    } catch (error) {
      if ((error as { name?: unknown }).name !== 'DataCloneError') throw error;
    }
    sent.forEach(({ slot, position }, i) => {
      // Values a worker cannot be sent (a structured clone refused them): rendered here instead.
      results[position] = outcomes === undefined ? renderOne(slot.agent, slot.index) : fromOutcome(outcomes[i]!, slot);
    });
  }
  return results as FleetResult[];
}

function fromOutcome(outcome: WireOutcome, slot: Slot): FleetResult {
  if (!outcome.ok) return failed(slot.index, slot.name, fromWireError(outcome.error));
  return { ok: true, index: slot.index, agent: slot.name, ...fromWireRendered(outcome.rendered) };
}
