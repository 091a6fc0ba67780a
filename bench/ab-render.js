#!/usr/bin/env node
// In-process A/B of the library's render path: `render()` + `toYaml()` of golden/default-token
// (warm), against js-yaml's `load` of that same output, interleaved round by round so that a busy
// moment on a shared machine hits both alike. The ratio is what to compare between runs; the
// microseconds move with the machine. `--fleet` also times distinct agents of the benchmark's
// fleet (bench/fleet-agents.js; each round takes agents not rendered before, so their strings
// are new to every cache, as in a real fleet), with the base build too when given.
//
//   node bench/ab-render.js [--rounds N] [--batch N] [--dist DIR] [--base DIR] [--fleet]
//
// With --base, two child processes, each loading one build first (see below), and the means.
//
// `--base DIR` also renders with another build's dist/ (another checkout's, say main's), in the
// same rounds: its ratio to the same js-yaml load is the before of a before/after.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { readDefaultTokenCase } from './default-token-case.js';
import { fleetAgent } from './fleet-agents.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const ROUNDS = Number(argValue('--rounds', 21));
const BATCH = Number(argValue('--batch', 400));
const DIST = resolve(ROOT, argValue('--dist', 'dist'));

const baseDir = argValue('--base', undefined);
// The build loaded first into a process runs 15-30 % faster than the second (measured with the same
// build loaded twice), so with --base the comparison is run twice, in two child processes, each
// build loaded first once; each figure is the mean of the two.
const BASE_FIRST = process.argv.includes('--base-first');
const CHILD = process.argv.includes('--child');
if (baseDir !== undefined && !CHILD) {
  const runChild = (extra) => {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2), '--child', ...extra], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
    return JSON.parse(child.stdout);
  };
  const runs = [runChild([]), runChild(['--base-first'])];
  const mean = (key) => Number(((runs[0][key] + runs[1][key]) / 2).toFixed(3));
  const combined = Object.fromEntries(
    Object.keys(runs[0]).map((key) => [key, typeof runs[0][key] === 'number' ? mean(key) : runs[0][key]]),
  );
  console.log(JSON.stringify({ ...combined, ratioToBase: Number((combined.ratio / combined.baseRatio).toFixed(3)), runs }));
  process.exit(0);
}
const loadBuild = async (dir) => (dir === undefined ? undefined : import(pathToFileURL(join(resolve(dir), 'index.js')).href));
const [firstDir, secondDir] = BASE_FIRST ? [baseDir, DIST] : [DIST, baseDir];
const [first, second] = [await loadBuild(firstDir), await loadBuild(secondDir)];
const { readValues, render, toYaml } = BASE_FIRST ? second : first;
const baseBuild = BASE_FIRST ? first : second;

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const { sets, options } = readDefaultTokenCase();
const values = readValues(sets);
const output = toYaml(render(values, options));
// The CLI adds a Namespace (createNamespace); the library call, as bench/run.js makes it, does not.
const expected = readFileSync(join(ROOT, 'golden', 'default-token', 'expected.yaml'), 'utf8').replace(
  /^---\n# Source: gitlab-agent-manifests\/namespace\.yaml\n[^]*?(?=^---$)/m,
  '',
);
if (output !== expected) throw new Error('ab-render: the render differs from golden/default-token/expected.yaml');

const FLEET = process.argv.includes('--fleet');
/** Each build renders the same agents, in the same order, each agent once. */
const nextAgent = { render: 0, base: 0 };
const renderFleetAgent = (build, counter) => {
  const { values, options } = fleetAgent(nextAgent[counter]++);
  return build.toYaml(build.render(values, options)).length;
};

let sink = 0;
const work = {
  render: () => (sink += toYaml(render(values, options)).length),
  jsYamlLoad: () => (sink += yaml.loadAll(output).length),
  ...(baseBuild === undefined ? {} : { base: () => (sink += baseBuild.toYaml(baseBuild.render(values, options)).length) }),
  ...(FLEET ? { fleet: () => (sink += renderFleetAgent({ render, toYaml }, 'render')) } : {}),
  ...(FLEET && baseBuild !== undefined ? { fleetBase: () => (sink += renderFleetAgent(baseBuild, 'base')) } : {}),
};
for (let i = 0; i < 3000; i++) for (const fn of Object.values(work)) fn();

// Wall time, and this process's CPU time (user + system): on a machine shared with other jobs the
// CPU time moves less, since waiting for a core is not counted.
const perCall = Object.fromEntries(Object.keys(work).map((name) => [name, []]));
const cpuPerCall = Object.fromEntries(Object.keys(work).map((name) => [name, []]));
const ratios = [];
const cpuRatios = [];
const baseRatios = [];
for (let r = 0; r < ROUNDS; r++) {
  const times = {};
  const cpuTimes = {};
  for (const [name, fn] of Object.entries(work)) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < BATCH; i++) fn();
    times[name] = ((performance.now() - start) * 1000) / BATCH;
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes[name] = (cpu.user + cpu.system) / BATCH;
    perCall[name].push(times[name]);
    cpuPerCall[name].push(cpuTimes[name]);
  }
  ratios.push(times.render / times.jsYamlLoad);
  cpuRatios.push(cpuTimes.render / cpuTimes.jsYamlLoad);
  if (baseBuild !== undefined) baseRatios.push(times.base / times.jsYamlLoad);
}
const result = {
  renderMicros: Number(median(perCall.render).toFixed(1)),
  jsYamlLoadMicros: Number(median(perCall.jsYamlLoad).toFixed(1)),
  ratio: Number(median(ratios).toFixed(3)),
  renderCpuMicros: Number(median(cpuPerCall.render).toFixed(1)),
  jsYamlLoadCpuMicros: Number(median(cpuPerCall.jsYamlLoad).toFixed(1)),
  cpuRatio: Number(median(cpuRatios).toFixed(3)),
  ...(baseBuild === undefined
    ? {}
    : { baseMicros: Number(median(perCall.base).toFixed(1)), baseRatio: Number(median(baseRatios).toFixed(3)) }),
  ...(FLEET ? { fleetAgentMicros: Number(median(perCall.fleet).toFixed(1)) } : {}),
  ...(FLEET && baseBuild !== undefined
    ? {
        baseFleetAgentMicros: Number(median(perCall.fleetBase).toFixed(1)),
        fleetRatioToBase: Number(median(perCall.fleet.map((micros, round) => micros / perCall.fleetBase[round])).toFixed(3)),
      }
    : {}),
  outputBytes: output.length,
  rounds: ROUNDS,
  batch: BATCH,
};
console.log(JSON.stringify(result));
if (sink === 0) throw new Error('unreachable');
