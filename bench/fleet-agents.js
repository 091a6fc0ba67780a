// The benchmark's fleet: distinct agents, as a platform team's fleet differs agent by agent.
// bench/run.js renders 10,000 of them; bench/ab-render.js --fleet times them against another build.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Self-signed P-256 CAs valid for 100 years: `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 36500`. */
const CA_CERTIFICATES = [1, 2, 3, 4].map((n) => readFileSync(join(ROOT, 'bench', 'fixtures', `ca-${n}.crt`), 'utf8'));

/** Raw 32-byte Ed25519 public keys in base64, as GitLab shows a receptive agent's `jwtPublicKey`. */
const JWT_PUBLIC_KEYS = ['iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=', 'Wq4y3hV0m2p6tWl0qgM6b0l8Zp5w0VtJ7k1bR2s9XyA='];

/**
 * Agent `i` of the fleet: its own release, namespace, token and proxy exceptions; one of 4 CA
 * certificates, 13 proxies, 7 GitLab hosts and 50 teams; every other agent in receptive mode.
 */
export function fleetAgent(i) {
  const receptive = i % 2 === 1;
  return {
    values: {
      config: {
        token: `glagent-${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}${i.toString(36).padStart(12, '0')}`,
        // A receptive agent is called by KAS; it dials nowhere.
        ...(receptive ? {} : { kasAddress: `wss://gitlab-${i % 7}.example.com/-/kubernetes-agent/` }),
        kasCaCert: CA_CERTIFICATES[i % CA_CERTIFICATES.length],
        receptive: { enabled: receptive },
        // KAS authenticates itself to a receptive agent with a JWT signed by GitLab's key.
        ...(receptive ? { api: { jwtPublicKey: JWT_PUBLIC_KEYS[i % JWT_PUBLIC_KEYS.length] } } : {}),
      },
      extraEnv: [
        { name: 'HTTPS_PROXY', value: `http://proxy-${i % 13}.example.com:3128` },
        { name: 'NO_PROXY', value: `10.0.0.0/8,.svc,.cluster.local,agent-${i}.internal` },
      ],
      podLabels: { team: `team-${i % 50}` },
    },
    options: { releaseName: `agent-${i}`, namespace: `fleet-${i}` },
  };
}
