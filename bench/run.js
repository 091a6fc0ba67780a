#!/usr/bin/env node
// `npm run bench`: the figures of issue 5, measured against the built dist/ and bin/.
//
//   1. library: render() + toYaml() of the default-token case, warmed up (µs per render, renders/s)
//   2. fleet: 10,000 distinct agents rendered to YAML in one process (seconds, peak RSS)
//   3. CLI cold start: `generate --agent-token t --kas-address wss://kas.example.com` against `node -e 0`
//   4. validation: `validate` of bench/typical-values.yaml cold (a process) and warm (the library)
//
// Every figure is the median of repeated runs. Prints a table and writes bench/results.json.
// `node bench/run.js --quick` runs fewer repetitions (a smoke test, not figures to quote).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'gitlab-agent-manifests.js');
const TYPICAL_VALUES = join(ROOT, 'bench', 'typical-values.yaml');
const RESULTS = join(ROOT, 'bench', 'results.json');
const FLEET_SIZE = 10_000;

const TARGETS = {
  libraryMedianMicros: 200,
  libraryRendersPerSecond: 5_000,
  fleetSeconds: 5,
  fleetPeakRssMb: 300,
  cliRatio: 1.5,
  validateColdRatio: 1.5,
};

const quick = process.argv.includes('--quick');
const REPEATS = {
  libraryRounds: quick ? 5 : 15,
  libraryBatch: quick ? 200 : 500,
  libraryWarmup: quick ? 1_000 : 3_000,
  fleetRuns: quick ? 1 : 5,
  processRuns: quick ? 7 : 31,
  validateRounds: quick ? 5 : 15,
  validateBatch: quick ? 100 : 300,
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (value, digits = 1) => Number(value.toFixed(digits));

async function importLibrary() {
  return import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
}

/** The values and release of golden/default-token (its argv after `generate`). */
function readDefaultTokenCase() {
  const args = JSON.parse(readFileSync(join(ROOT, 'golden', 'default-token', 'args.json'), 'utf8'));
  const sets = [];
  const options = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--set') sets.push({ kind: 'set', expression: value });
    else if (flag === '--release-name') options.releaseName = value;
    else if (flag === '--namespace') options.namespace = value;
    else throw new Error(`bench: unexpected flag ${flag} in golden/default-token/args.json`);
  }
  return { sets, options };
}

/** Median microseconds per call of `work`, over rounds of `batch` calls after a warm-up. */
function timeCalls(work, { rounds, batch, warmup }) {
  for (let i = 0; i < warmup; i++) work();
  const perCall = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) work();
    perCall.push(((performance.now() - start) * 1000) / batch);
  }
  return { medianMicros: median(perCall), minMicros: Math.min(...perCall), maxMicros: Math.max(...perCall) };
}

async function benchLibrary() {
  const { readValues, render, toYaml } = await importLibrary();
  const { sets, options } = readDefaultTokenCase();
  const values = readValues(sets);
  let bytes = 0;
  const timing = timeCalls(() => (bytes += toYaml(render(values, options)).length), {
    rounds: REPEATS.libraryRounds,
    batch: REPEATS.libraryBatch,
    warmup: REPEATS.libraryWarmup,
  });
  if (bytes === 0) throw new Error('bench: nothing rendered');
  return { ...timing, rendersPerSecond: 1e6 / timing.medianMicros, rounds: REPEATS.libraryRounds, batch: REPEATS.libraryBatch };
}

// --- fleet -----------------------------------------------------------------------------------

/** Self-signed P-256 CAs valid for 100 years: `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 36500`. */
const CA_CERTIFICATES = [1, 2, 3, 4].map((n) => readFileSync(join(ROOT, 'bench', 'fixtures', `ca-${n}.crt`), 'utf8'));

/**
 * Agent `i` of the fleet: its own release, namespace, token and proxy exceptions; one of 4 CA
 * certificates, 13 proxies, 7 GitLab hosts and 50 teams; every other agent in receptive mode.
 */
function fleetAgent(i) {
  const receptive = i % 2 === 1;
  return {
    values: {
      config: {
        token: `glagent-${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}${i.toString(36).padStart(12, '0')}`,
        // A receptive agent is called by KAS; it dials nowhere.
        ...(receptive ? {} : { kasAddress: `wss://gitlab-${i % 7}.example.com/-/kubernetes-agent/` }),
        kasCaCert: CA_CERTIFICATES[i % CA_CERTIFICATES.length],
        receptive: { enabled: receptive },
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

/** Runs in a child process, so that its peak RSS is the fleet's alone. */
async function runFleetChild() {
  const { render, toYaml } = await importLibrary();
  const start = performance.now();
  let bytes = 0;
  let receptive = 0;
  for (let i = 0; i < FLEET_SIZE; i++) {
    const { values, options } = fleetAgent(i);
    bytes += toYaml(render(values, options)).length;
    if (values.config.receptive.enabled) receptive++;
  }
  const seconds = (performance.now() - start) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, peakRssMb, bytes, receptive })}\n`);
}

function benchFleet() {
  const runs = [];
  for (let r = 0; r < REPEATS.fleetRuns; r++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--fleet-child'], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench: the fleet run failed:\n${child.stderr}`);
    runs.push(JSON.parse(child.stdout));
  }
  return {
    agents: FLEET_SIZE,
    medianSeconds: median(runs.map((run) => run.seconds)),
    medianPeakRssMb: median(runs.map((run) => run.peakRssMb)),
    agentsPerSecond: FLEET_SIZE / median(runs.map((run) => run.seconds)),
    yamlMegabytes: runs[0].bytes / 1e6,
    receptiveAgents: runs[0].receptive,
    runs: runs.map(({ seconds, peakRssMb }) => ({ seconds: round(seconds, 3), peakRssMb: round(peakRssMb) })),
  };
}

// --- processes -------------------------------------------------------------------------------

/** The environment without a token, so every run reads the same values. */
const PROCESS_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'GITLAB_AGENT_TOKEN'));

/** Wall milliseconds of one process, its output read through a pipe as `| kubectl apply -f -` would. */
function timeProcess(argv) {
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: PROCESS_ENV });
  const elapsed = performance.now() - start;
  if (child.status !== 0) throw new Error(`bench: node ${argv.join(' ')} exited ${child.status}:\n${child.stderr}`);
  return elapsed;
}

/** Medians of the commands, run interleaved so that a busy moment hits all of them alike. */
function benchProcesses(commands) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (const argv of Object.values(commands)) timeProcess(argv); // file cache warm
  for (let r = 0; r < REPEATS.processRuns; r++) {
    for (const [name, argv] of Object.entries(commands)) times[name].push(timeProcess(argv));
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, { medianMs: median(list), minMs: Math.min(...list) }]));
}

async function benchValidateWarm() {
  const { readValues, checkValues } = await importLibrary();
  const content = readFileSync(TYPICAL_VALUES, 'utf8');
  const options = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };
  let problems = 0;
  const timing = timeCalls(
    () => {
      const values = readValues([{ kind: 'file', name: 'typical-values.yaml', content }]);
      problems += checkValues(values, options).problems.length;
    },
    { rounds: REPEATS.validateRounds, batch: REPEATS.validateBatch, warmup: REPEATS.validateBatch },
  );
  if (problems !== 0) throw new Error('bench: bench/typical-values.yaml has problems');
  return timing;
}

// --- report ----------------------------------------------------------------------------------

function describeMachine() {
  const cpuinfo = platform() === 'linux' ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  return { nproc: availableParallelism(), cpu: model, node: process.version, os: `${platform()} ${release()}` };
}

function formatTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  const machine = describeMachine();
  const loadBefore = loadavg()[0];
  process.stderr.write(`bench on ${machine.nproc} × ${machine.cpu}, Node ${machine.node}${quick ? ' (quick)' : ''}\n`);

  process.stderr.write('library…\n');
  const library = await benchLibrary();
  process.stderr.write('fleet…\n');
  const fleet = benchFleet();
  process.stderr.write('processes…\n');
  const processes = benchProcesses({
    node: ['-e', '0'],
    generate: [BIN, 'generate', '--agent-token', 't', '--kas-address', 'wss://kas.example.com'],
    validate: [BIN, 'validate', '-f', TYPICAL_VALUES],
  });
  process.stderr.write('validation, warm…\n');
  const validateWarm = await benchValidateWarm();

  const cliRatio = processes.generate.medianMs / processes.node.medianMs;
  const validateColdRatio = processes.validate.medianMs / processes.node.medianMs;
  const results = {
    date: new Date().toISOString(),
    machine: { ...machine, loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) } },
    quick,
    library: {
      case: 'golden/default-token: render() + toYaml(), warmed up',
      medianMicros: round(library.medianMicros),
      minMicros: round(library.minMicros),
      maxMicros: round(library.maxMicros),
      rendersPerSecond: Math.round(library.rendersPerSecond),
      rounds: library.rounds,
      rendersPerRound: library.batch,
    },
    fleet: {
      agents: fleet.agents,
      medianSeconds: round(fleet.medianSeconds, 3),
      agentsPerSecond: Math.round(fleet.agentsPerSecond),
      medianPeakRssMb: round(fleet.medianPeakRssMb),
      receptiveAgents: fleet.receptiveAgents,
      yamlMegabytes: round(fleet.yamlMegabytes, 1),
      runs: fleet.runs,
    },
    cli: {
      command: 'generate --agent-token t --kas-address wss://kas.example.com',
      nodeMedianMs: round(processes.node.medianMs),
      generateMedianMs: round(processes.generate.medianMs),
      ratio: round(cliRatio, 2),
      runs: REPEATS.processRuns,
    },
    validate: {
      file: 'bench/typical-values.yaml',
      coldMedianMs: round(processes.validate.medianMs),
      coldRatio: round(validateColdRatio, 2),
      warmMedianMicros: round(validateWarm.medianMicros),
      warmPerSecond: Math.round(1e6 / validateWarm.medianMicros),
    },
  };
  results.targets = {
    library: {
      target: `≤ ${TARGETS.libraryMedianMicros} µs (≥ ${TARGETS.libraryRendersPerSecond}/s)`,
      met: library.medianMicros <= TARGETS.libraryMedianMicros,
    },
    fleet: {
      target: `≤ ${TARGETS.fleetSeconds} s, ≤ ${TARGETS.fleetPeakRssMb} MB`,
      met: fleet.medianSeconds <= TARGETS.fleetSeconds && fleet.medianPeakRssMb <= TARGETS.fleetPeakRssMb,
    },
    cli: { target: `≤ ${TARGETS.cliRatio} × node -e 0`, met: cliRatio <= TARGETS.cliRatio },
    validateCold: { target: `≤ ${TARGETS.validateColdRatio} × node -e 0`, met: validateColdRatio <= TARGETS.validateColdRatio },
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const met = (key) => (results.targets[key].met ? 'yes' : 'NO');
  console.log(
    formatTable([
      ['Figure', 'Median', 'Target', 'Met'],
      [
        'Library render() + toYaml(), default-token',
        `${results.library.medianMicros} µs (${results.library.rendersPerSecond}/s)`,
        results.targets.library.target,
        met('library'),
      ],
      [
        'Fleet: 10,000 agents to YAML',
        `${results.fleet.medianSeconds} s, peak RSS ${results.fleet.medianPeakRssMb} MB`,
        results.targets.fleet.target,
        met('fleet'),
      ],
      [
        'CLI generate, cold',
        `${results.cli.generateMedianMs} ms = ${results.cli.ratio} × node -e 0 (${results.cli.nodeMedianMs} ms)`,
        results.targets.cli.target,
        met('cli'),
      ],
      [
        'validate typical values, cold',
        `${results.validate.coldMedianMs} ms = ${results.validate.coldRatio} × node -e 0`,
        results.targets.validateCold.target,
        met('validateCold'),
      ],
      ['validate typical values, warm (library)', `${results.validate.warmMedianMicros} µs`, '-', '-'],
    ]),
  );
  console.log(
    `\n${machine.nproc} × ${machine.cpu}, Node ${machine.node}, load average ${results.machine.loadAverage.before} → ${results.machine.loadAverage.after}; wrote bench/results.json`,
  );
}

if (process.argv.includes('--fleet-child')) await runFleetChild();
else await main();
