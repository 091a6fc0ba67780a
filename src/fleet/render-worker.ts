/**
 * A fleet's worker thread (`renderFleet({ workers })`): renders the agents of each request in
 * order and answers with their outcomes. Loaded by URL from the built package, never imported.
 */
import { parentPort } from 'node:worker_threads';
import { renderManifests } from '../render-manifests.js';
import { toWireError, toWireRendered, type FleetRequest, type FleetResponse, type WireOutcome } from './fleet-wire.js';

function renderForWire(agent: FleetRequest['agents'][number]): WireOutcome {
  try {
    const { manifests, warnings } = renderManifests(agent.values, agent.options);
    return { ok: true, rendered: toWireRendered(manifests, warnings) };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}

if (parentPort === null) throw new Error('render-worker runs as a worker thread of renderFleet');
const port = parentPort;
port.on('message', (request: FleetRequest) => {
  const response: FleetResponse = { batch: request.batch, outcomes: request.agents.map(renderForWire) };
  port.postMessage(response);
});
