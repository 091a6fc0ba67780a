#!/usr/bin/env node
// `npm run bench`: the figures of issues 5 and 13, measured against the built dist/ and bin/.
//
//   1. library: render() + toYaml() of the default-token case, warmed up, against js-yaml's
//      `loadAll` of that very output, interleaved (µs per render, and the ratio)
//   2. fleet: 10,000 distinct agents through renderFleet() to YAML, in a child process each,
//      in the calling thread and on 1 and 2 worker threads (seconds, peak RSS), against js-yaml's
//      `loadAll` of the fleet's own output
//   3. CLI cold start: `generate --agent-token t --kas-address wss://kas.example.com` against
//      `node -e 0`, with NODE_EXTRA_CA_CERTS unset for both and, separately, as this
//      environment runs them
//   4. validation: `validate` of bench/typical-values.yaml cold (a process, as 3) and warm (the
//      library, against js-yaml's `load` of the file)
//
// Every figure is the median of repeated runs, and every one is also a ratio to a reference
// measured in the same run, which a busy machine slows alike. Prints a table and writes
// bench/results.json. `node bench/run.js --quick` runs fewer repetitions (a smoke test, not
// figures to quote).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { readDefaultTokenCase } from './default-token-case.js';
import { fleetAgent } from './fleet-agents.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'gitlab-agent-manifests.js');
const TYPICAL_VALUES = join(ROOT, 'bench', 'typical-values.yaml');
const RESULTS = join(ROOT, 'bench', 'results.json');
const FLEET_SIZE = 10_000;

const TARGETS = {
  /** render() + toYaml() against js-yaml's loadAll of the same output (issue 13). */
  libraryRatio: 0.12,
  fleetSeconds: 2,
  fleetPeakRssMb: 300,
  /** Against `node -e 0`, both with NODE_EXTRA_CA_CERTS unset (issue 13). */
  cliRatio: 1.7,
  validateColdRatio: 1.7,
};
/** Worker threads of the fleet runs: 0 is the calling thread (the figure before renderFleet). */
const FLEET_WORKERS = [0, 1, 2];

const quick = process.argv.includes('--quick');
const REPEATS = {
  libraryRounds: quick ? 5 : 15,
  libraryBatch: quick ? 200 : 500,
  libraryWarmup: quick ? 1_000 : 3_000,
  fleetRuns: quick ? 1 : 5,
  /** Agents of the fleet whose output js-yaml reads for the fleet's reference. */
  fleetReferenceAgents: quick ? 100 : 500,
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

/** Microseconds per call of one batch. */
function timeBatch(work, batch) {
  const start = performance.now();
  for (let i = 0; i < batch; i++) work();
  return ((performance.now() - start) * 1000) / batch;
}

/**
 * `work` against `reference`, in alternate rounds of `batch` calls after a warm-up of both, so
 * that a busy moment slows both alike; the ratio is the median of the rounds' ratios.
 */
function timeAgainst(work, reference, { rounds, batch, warmup }) {
  for (let i = 0; i < warmup; i++) {
    work();
    reference();
  }
  const workMicros = [];
  const referenceMicros = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    workMicros.push(timeBatch(work, batch));
    referenceMicros.push(timeBatch(reference, batch));
    ratios.push(workMicros[r] / referenceMicros[r]);
  }
  return {
    medianMicros: median(workMicros),
    minMicros: Math.min(...workMicros),
    maxMicros: Math.max(...workMicros),
    referenceMedianMicros: median(referenceMicros),
    ratio: median(ratios),
    minRatio: Math.min(...ratios),
    maxRatio: Math.max(...ratios),
  };
}

/** What js-yaml's `load` does with its default (YAML 1.2 core, plus 1.1-ish merge keys and timestamps) schema: every document. */
function loadYamlStream(text) {
  return yaml.loadAll(text, null, { schema: yaml.DEFAULT_SCHEMA });
}

async function benchLibrary() {
  const { readValues, render, toYaml } = await importLibrary();
  const { sets, options } = readDefaultTokenCase();
  const values = readValues(sets);
  const output = toYaml(render(values, options));
  let bytes = 0;
  let documents = 0;
  const timing = timeAgainst(
    () => (bytes += toYaml(render(values, options)).length),
    () => (documents += loadYamlStream(output).length),
    { rounds: REPEATS.libraryRounds, batch: REPEATS.libraryBatch, warmup: REPEATS.libraryWarmup },
  );
  if (bytes === 0 || documents === 0) throw new Error('bench: nothing rendered');
  return {
    ...timing,
    rendersPerSecond: 1e6 / timing.medianMicros,
    outputBytes: output.length,
    rounds: REPEATS.libraryRounds,
    batch: REPEATS.libraryBatch,
  };
}

// --- fleet -----------------------------------------------------------------------------------

/** The fleet's agents; `counts.receptive` says how many were in receptive mode. */
function* fleetAgents(counts) {
  for (let i = 0; i < FLEET_SIZE; i++) {
    const agent = fleetAgent(i);
    if (agent.values.config.receptive.enabled) counts.receptive++;
    yield agent;
  }
}

/** Runs in a child process, so that its peak RSS is the fleet's alone: renderFleet() with `workers`. */
async function runFleetChild(workers) {
  const { renderFleet, toYaml } = await importLibrary();
  const start = performance.now();
  let bytes = 0;
  const counts = { receptive: 0 };
  for await (const result of renderFleet(fleetAgents(counts), { workers })) {
    if (!result.ok) throw result.error;
    bytes += toYaml(result.manifests).length;
  }
  const { receptive } = counts;
  const seconds = (performance.now() - start) / 1000;
  const usage = process.resourceUsage();
  // CPU time of every thread (workers, GC and compiler threads included): what the fleet cost the machine.
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, peakRssMb: usage.maxRSS / 1024, bytes, receptive })}\n`);
}

/**
 * The fleet's reference: js-yaml's `loadAll` of the YAML of a sample of its agents (every
 * FLEET_SIZE / n-th), per agent, times the fleet's size; in this process, warmed up.
 */
async function benchFleetReference() {
  const { render, toYaml } = await importLibrary();
  const step = Math.floor(FLEET_SIZE / REPEATS.fleetReferenceAgents);
  const outputs = [];
  for (let i = 0; i < FLEET_SIZE; i += step) {
    const { values, options } = fleetAgent(i);
    outputs.push(toYaml(render(values, options)));
  }
  let documents = 0;
  const loadAll = () => {
    for (const output of outputs) documents += loadYamlStream(output).length;
  };
  loadAll();
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    loadAll();
    rounds.push((performance.now() - start) / 1000);
  }
  if (documents === 0) throw new Error('bench: the fleet reference read nothing');
  return { seconds: (median(rounds) * FLEET_SIZE) / outputs.length, sampledAgents: outputs.length };
}

/** Each worker count in turn, run after run (interleaved, as the processes are), each run a child process. */
function benchFleet() {
  const runs = Object.fromEntries(FLEET_WORKERS.map((workers) => [workers, []]));
  for (let r = 0; r < REPEATS.fleetRuns; r++) {
    for (const workers of FLEET_WORKERS) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--fleet-child', String(workers)], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`bench: the fleet run on ${workers} workers failed:\n${child.stderr}`);
      runs[workers].push(JSON.parse(child.stdout));
    }
  }
  return FLEET_WORKERS.map((workers) => {
    const list = runs[workers];
    const medianSeconds = median(list.map((run) => run.seconds));
    return {
      workers,
      agents: FLEET_SIZE,
      medianSeconds,
      medianPeakRssMb: median(list.map((run) => run.peakRssMb)),
      medianCpuSeconds: median(list.map((run) => run.cpuSeconds)),
      agentsPerSecond: FLEET_SIZE / medianSeconds,
      yamlMegabytes: list[0].bytes / 1e6,
      receptiveAgents: list[0].receptive,
      runs: list.map(({ seconds, cpuSeconds, peakRssMb }) => ({
        seconds: round(seconds, 3),
        cpuSeconds: round(cpuSeconds, 2),
        peakRssMb: round(peakRssMb),
      })),
    };
  });
}

// --- processes -------------------------------------------------------------------------------

/** The environment without a token, so every run reads the same values: as this environment runs processes. */
const PROCESS_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'GITLAB_AGENT_TOKEN'));
/**
 * The same without NODE_EXTRA_CA_CERTS: with it, Node reads and parses that bundle of
 * certificates at start-up (about 200 KB here), in every process alike, `node -e 0` included.
 */
const PROCESS_ENV_WITHOUT_EXTRA_CA = Object.fromEntries(Object.entries(PROCESS_ENV).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'));

/** Wall milliseconds of one process, its output read through a pipe as `| kubectl apply -f -` would. */
function timeProcess({ argv, env }) {
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env });
  const elapsed = performance.now() - start;
  if (child.status !== 0) throw new Error(`bench: node ${argv.join(' ')} exited ${child.status}:\n${child.stderr}`);
  return elapsed;
}

/** Medians of the commands, run interleaved so that a busy moment hits all of them alike. */
function benchProcesses(commands) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (const command of Object.values(commands)) timeProcess(command); // file cache warm
  for (let r = 0; r < REPEATS.processRuns; r++) {
    for (const [name, command] of Object.entries(commands)) times[name].push(timeProcess(command));
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, { medianMs: median(list), minMs: Math.min(...list) }]));
}

async function benchValidateWarm() {
  const { readValues, checkValues } = await importLibrary();
  const content = readFileSync(TYPICAL_VALUES, 'utf8');
  const options = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };
  let problems = 0;
  let keys = 0;
  const timing = timeAgainst(
    () => {
      const values = readValues([{ kind: 'file', name: 'typical-values.yaml', content }]);
      problems += checkValues(values, options).problems.length;
    },
    () => (keys += Object.keys(yaml.load(content, { schema: yaml.DEFAULT_SCHEMA })).length),
    { rounds: REPEATS.validateRounds, batch: REPEATS.validateBatch, warmup: REPEATS.validateBatch },
  );
  if (keys === 0) throw new Error('bench: bench/typical-values.yaml is empty');
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
  const fleetReference = await benchFleetReference();
  const fleets = benchFleet();
  process.stderr.write('processes…\n');
  const generateArgv = [BIN, 'generate', '--agent-token', 't', '--kas-address', 'wss://kas.example.com'];
  const validateArgv = [BIN, 'validate', '-f', TYPICAL_VALUES];
  const processes = benchProcesses({
    node: { argv: ['-e', '0'], env: PROCESS_ENV_WITHOUT_EXTRA_CA },
    generate: { argv: generateArgv, env: PROCESS_ENV_WITHOUT_EXTRA_CA },
    validate: { argv: validateArgv, env: PROCESS_ENV_WITHOUT_EXTRA_CA },
    nodeHere: { argv: ['-e', '0'], env: PROCESS_ENV },
    generateHere: { argv: generateArgv, env: PROCESS_ENV },
    validateHere: { argv: validateArgv, env: PROCESS_ENV },
  });
  process.stderr.write('validation, warm…\n');
  const validateWarm = await benchValidateWarm();

  const ratioTo = (name, reference) => processes[name].medianMs / processes[reference].medianMs;
  const extraCa = process.env['NODE_EXTRA_CA_CERTS'];
  const results = {
    date: new Date().toISOString(),
    machine: { ...machine, loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) } },
    quick,
    library: {
      case: 'golden/default-token: render() + toYaml(), warmed up, against js-yaml loadAll of its output',
      medianMicros: round(library.medianMicros),
      minMicros: round(library.minMicros),
      maxMicros: round(library.maxMicros),
      rendersPerSecond: Math.round(library.rendersPerSecond),
      yamlLoadMedianMicros: round(library.referenceMedianMicros),
      ratio: round(library.ratio, 3),
      minRatio: round(library.minRatio, 3),
      maxRatio: round(library.maxRatio, 3),
      outputBytes: library.outputBytes,
      rounds: library.rounds,
      rendersPerRound: library.batch,
    },
    fleet: {
      agents: FLEET_SIZE,
      yamlLoadSeconds: round(fleetReference.seconds, 3),
      yamlLoadSampledAgents: fleetReference.sampledAgents,
      byWorkers: fleets.map((fleet) => ({
        workers: fleet.workers,
        medianSeconds: round(fleet.medianSeconds, 3),
        ratio: round(fleet.medianSeconds / fleetReference.seconds, 3),
        agentsPerSecond: Math.round(fleet.agentsPerSecond),
        medianPeakRssMb: round(fleet.medianPeakRssMb),
        medianCpuSeconds: round(fleet.medianCpuSeconds, 2),
        receptiveAgents: fleet.receptiveAgents,
        yamlMegabytes: round(fleet.yamlMegabytes, 1),
        runs: fleet.runs,
      })),
    },
    cli: {
      command: 'generate --agent-token t --kas-address wss://kas.example.com',
      nodeMedianMs: round(processes.node.medianMs),
      generateMedianMs: round(processes.generate.medianMs),
      ratio: round(ratioTo('generate', 'node'), 2),
      asThisEnvironment: {
        nodeExtraCaCerts: extraCa ?? null,
        nodeMedianMs: round(processes.nodeHere.medianMs),
        generateMedianMs: round(processes.generateHere.medianMs),
        ratio: round(ratioTo('generateHere', 'nodeHere'), 2),
      },
      runs: REPEATS.processRuns,
    },
    validate: {
      file: 'bench/typical-values.yaml',
      coldMedianMs: round(processes.validate.medianMs),
      coldRatio: round(ratioTo('validate', 'node'), 2),
      coldAsThisEnvironment: { medianMs: round(processes.validateHere.medianMs), ratio: round(ratioTo('validateHere', 'nodeHere'), 2) },
      warmMedianMicros: round(validateWarm.medianMicros),
      warmPerSecond: Math.round(1e6 / validateWarm.medianMicros),
      warmYamlLoadMedianMicros: round(validateWarm.referenceMedianMicros),
      warmRatio: round(validateWarm.ratio, 2),
    },
  };
  const fleetMet = (fleet) => fleet.medianSeconds <= TARGETS.fleetSeconds && fleet.medianPeakRssMb <= TARGETS.fleetPeakRssMb;
  results.targets = {
    library: { target: `≤ ${TARGETS.libraryRatio} × js-yaml loadAll of its output`, met: library.ratio <= TARGETS.libraryRatio },
    fleet: {
      target: `≤ ${TARGETS.fleetSeconds} s, ≤ ${TARGETS.fleetPeakRssMb} MB (on the 2 workers)`,
      met: fleetMet(results.fleet.byWorkers.find((fleet) => fleet.workers === 2)),
    },
    cli: { target: `≤ ${TARGETS.cliRatio} × node -e 0, NODE_EXTRA_CA_CERTS unset`, met: results.cli.ratio <= TARGETS.cliRatio },
    validateCold: {
      target: `≤ ${TARGETS.validateColdRatio} × node -e 0, NODE_EXTRA_CA_CERTS unset`,
      met: results.validate.coldRatio <= TARGETS.validateColdRatio,
    },
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const yesNo = (met) => (met ? 'yes' : 'NO');
  const fleetRows = results.fleet.byWorkers.map((fleet) => [
    `Fleet: 10,000 agents to YAML, ${fleet.workers === 0 ? 'calling thread' : `${fleet.workers} worker${fleet.workers === 1 ? '' : 's'}`}`,
    `${fleet.medianSeconds} s = ${fleet.ratio} × loadAll (${results.fleet.yamlLoadSeconds} s), CPU ${fleet.medianCpuSeconds} s, peak RSS ${fleet.medianPeakRssMb} MB`,
    `≤ ${TARGETS.fleetSeconds} s, ≤ ${TARGETS.fleetPeakRssMb} MB`,
    yesNo(fleetMet(fleet)),
  ]);
  const here = extraCa === undefined ? 'as run here (NODE_EXTRA_CA_CERTS unset here too)' : 'as run here, NODE_EXTRA_CA_CERTS set';
  console.log(
    formatTable([
      ['Figure', 'Median', 'Target', 'Met'],
      [
        'Library render() + toYaml(), default-token',
        `${results.library.medianMicros} µs (${results.library.rendersPerSecond}/s) = ${results.library.ratio} × loadAll (${results.library.yamlLoadMedianMicros} µs)`,
        results.targets.library.target,
        yesNo(results.targets.library.met),
      ],
      ...fleetRows,
      [
        'CLI generate, cold',
        `${results.cli.generateMedianMs} ms = ${results.cli.ratio} × node -e 0 (${results.cli.nodeMedianMs} ms)`,
        results.targets.cli.target,
        yesNo(results.targets.cli.met),
      ],
      [
        'validate typical values, cold',
        `${results.validate.coldMedianMs} ms = ${results.validate.coldRatio} × node -e 0`,
        results.targets.validateCold.target,
        yesNo(results.targets.validateCold.met),
      ],
      [
        `CLI generate, cold, ${here}`,
        `${results.cli.asThisEnvironment.generateMedianMs} ms = ${results.cli.asThisEnvironment.ratio} × node -e 0 (${results.cli.asThisEnvironment.nodeMedianMs} ms)`,
        '-',
        '-',
      ],
      [
        `validate, cold, ${here}`,
        `${results.validate.coldAsThisEnvironment.medianMs} ms = ${results.validate.coldAsThisEnvironment.ratio} × node -e 0`,
        '-',
        '-',
      ],
      [
        'validate typical values, warm (library)',
        `${results.validate.warmMedianMicros} µs = ${results.validate.warmRatio} × js-yaml load of the file (${results.validate.warmYamlLoadMedianMicros} µs)`,
        '-',
        '-',
      ],
    ]),
  );
  console.log(
    `\n${machine.nproc} × ${machine.cpu}, Node ${machine.node}, load average ${results.machine.loadAverage.before} → ${results.machine.loadAverage.after}; wrote bench/results.json`,
  );
}

const fleetChildAt = process.argv.indexOf('--fleet-child');
if (fleetChildAt !== -1) await runFleetChild(Number(process.argv[fleetChildAt + 1]));
else await main();
