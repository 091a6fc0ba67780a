/**
 * The worker threads of one `renderFleet` run. A worker is started only when every running one
 * already has a request, so a small fleet starts few; each request goes to the least busy worker.
 * A worker that fails (it cannot load, or crashes) fails every request it holds and the pool.
 */
import { Worker } from 'node:worker_threads';
import type { FleetRequest, FleetResponse, WireOutcome } from './fleet-wire.js';

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (outcomes: readonly WireOutcome[]) => void; reject: (error: Error) => void }>;
}

export class FleetWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private nextBatch = 0;
  private failure: Error | undefined;

  constructor(
    private readonly workerUrl: URL,
    private readonly maxWorkers: number,
  ) {}

  /** The outcomes of `agents`, in order. */
  render(agents: FleetRequest['agents']): Promise<readonly WireOutcome[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const target = this.chooseWorker();
    const batch = this.nextBatch++;
    return new Promise((resolve, reject) => {
      target.pending.set(batch, { resolve, reject });
      try {
        target.worker.postMessage({ batch, agents } satisfies FleetRequest);
      } catch (error) {
        // A value a structured clone cannot carry (a function, say): nothing was sent.
        target.pending.delete(batch);
        reject(error as Error);
      }
    });
  }

  /** Stops every worker; requests still held fail. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  private chooseWorker(): PoolWorker {
    const idle = this.workers.find((candidate) => candidate.pending.size === 0);
    if (idle !== undefined) return idle;
    if (this.workers.length < this.maxWorkers) return this.startWorker();
    return this.workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
  }

  private startWorker(): PoolWorker {
    const worker = new Worker(this.workerUrl);
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on('message', (response: FleetResponse) => {
      const request = entry.pending.get(response.batch);
      entry.pending.delete(response.batch);
      request?.resolve(response.outcomes);
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const request of entry.pending.values()) request.reject(error);
      entry.pending.clear();
    };
    worker.on('error', (error) => fail(new Error(`a renderFleet worker thread failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => {
      if (entry.pending.size > 0) fail(new Error(`a renderFleet worker thread exited (code ${code}) with agents still to render`));
    });
    this.workers.push(entry);
    return entry;
  }
}
