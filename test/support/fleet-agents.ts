/** Small fleets for the renderFleet and `generate --fleet` tests. */
import type { FleetAgent } from '../../src/index.js';

export const FLEET_JWT = 'j'.repeat(64);

/** Agent `i`: its own release, namespace and token; every third one in receptive mode. */
export function fleetAgent(i: number): FleetAgent {
  const receptive = i % 3 === 2;
  return {
    values: {
      config: {
        token: `glagent-${String(i).padStart(4, '0')}${'t'.repeat(40)}`,
        ...(receptive ? {} : { kasAddress: `wss://kas-${i % 4}.example.com` }),
        receptive: { enabled: receptive },
        ...(receptive ? { api: { jwtPublicKey: 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=' } } : {}),
      },
      podLabels: { team: `team-${i % 5}` },
    },
    options: { releaseName: `agent-${i}`, namespace: `fleet-${i}`, createNamespace: i % 2 === 0, privateApiJwt: FLEET_JWT },
  };
}

/** An iterable that records how many agents were taken from it, and whether it was closed. */
export function countingAgents(count: number): Iterable<FleetAgent> & { pulled: number; closed: boolean } {
  const state = {
    pulled: 0,
    closed: false,
    *[Symbol.iterator](): Generator<FleetAgent> {
      try {
        for (let i = 0; i < count; i++) {
          state.pulled++;
          yield fleetAgent(i);
        }
      } finally {
        state.closed = true;
      }
    },
  };
  return state;
}
