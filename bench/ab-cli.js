#!/usr/bin/env node
// In-process-free A/B of CLI start: `node -e 0`, `generate` and `validate` of the built CLI, run
// interleaved (a busy moment hits all alike) with NODE_EXTRA_CA_CERTS unset for every process
// (a CA bundle in it adds the same fixed cost to each Node start and hides the ratios).
//
//   node bench/ab-cli.js [--runs N] [--base DIR]
//
// `--base DIR` also times another built checkout's CLI (its bin/), interleaved with the rest.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'gitlab-agent-manifests.js');
const runsIndex = process.argv.indexOf('--runs');
const RUNS = runsIndex === -1 ? 21 : Number(process.argv[runsIndex + 1]);
const ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'GITLAB_AGENT_TOKEN' && name !== 'NODE_EXTRA_CA_CERTS'),
);
const baseIndex = process.argv.indexOf('--base');
const BASE_BIN = baseIndex === -1 ? undefined : join(process.argv[baseIndex + 1], 'bin', 'gitlab-agent-manifests.js');
const GENERATE = ['generate', '--agent-token', 't', '--kas-address', 'wss://kas.example.com'];
const VALIDATE = ['validate', '-f', join(ROOT, 'bench', 'typical-values.yaml')];
const COMMANDS = {
  node: ['-e', '0'],
  generate: [BIN, ...GENERATE],
  validate: [BIN, ...VALIDATE],
  ...(BASE_BIN === undefined ? {} : { baseGenerate: [BASE_BIN, ...GENERATE], baseValidate: [BASE_BIN, ...VALIDATE] }),
};

function time(argv) {
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: ENV });
  if (child.status !== 0) throw new Error(`node ${argv.join(' ')} exited ${child.status}:\n${child.stderr}`);
  return performance.now() - start;
}

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const times = Object.fromEntries(Object.keys(COMMANDS).map((name) => [name, []]));
for (const argv of Object.values(COMMANDS)) time(argv);
for (let r = 0; r < RUNS; r++) for (const [name, argv] of Object.entries(COMMANDS)) times[name].push(time(argv));
const node = median(times.node);
console.log(
  JSON.stringify({
    nodeMs: Number(node.toFixed(1)),
    generateMs: Number(median(times.generate).toFixed(1)),
    validateMs: Number(median(times.validate).toFixed(1)),
    generateRatio: Number((median(times.generate) / node).toFixed(2)),
    validateRatio: Number((median(times.validate) / node).toFixed(2)),
    ...(BASE_BIN === undefined
      ? {}
      : {
          baseGenerateRatio: Number((median(times.baseGenerate) / node).toFixed(2)),
          baseValidateRatio: Number((median(times.baseValidate) / node).toFixed(2)),
        }),
    runs: RUNS,
  }),
);
