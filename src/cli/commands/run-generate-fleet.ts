/**
 * `generate --fleet FILE --output-dir DIR`: every agent of the fleet file rendered (renderFleet,
 * on worker threads for a large fleet) and written to DIR/<agent name> exactly as
 * `generate --output-dir` writes one agent. An agent that fails is listed at the end and the
 * others are still written; the exit status is 1 if any failed. Directories are checked before
 * anything is rendered, so a target that must not be touched stops the run at once.
 */
import { join, resolve } from 'node:path';
import { escapeControlCharacters, formatProblems, ManifestsError, UsageError, ValuesError, ValuesSourceError } from '../../errors.js';
import type { Manifest } from '../../types.js';
import { defaultFleetWorkers, renderFleet, type FleetAgent } from '../../render-fleet.js';
import { MAX_VALUES_FILE_BYTES } from '../../sources/values-limits.js';
import type { CommandArgs } from '../args/parse-command-args.js';
import type { CliIo } from '../cli-io.js';
import { describeFsError } from '../input/collect-value-sources.js';
import { formatLimit, isInputTooLarge, looksLikeUtf16 } from '../input/read-bounded.js';
import { createFleetAgentReader } from '../input/read-fleet-agent.js';
import { FleetFileError, readFleetFile, type FleetFile, type FleetFileAgent } from '../input/read-fleet-file.js';
import { findSensitiveManifests } from '../output/find-sensitive-manifests.js';
import { FleetProgress } from '../output/fleet-progress.js';
import { checkOutputDirTarget, writeOutputDir } from '../output/write-output-dir.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../reports/describe-error.js';
import { formatClusterAdminNote } from '../reports/format-rbac-explanation.js';
import { formatWarning } from '../reports/format-warning.js';

/** Below this many agents, worker threads cost more to start than they save. */
const MIN_AGENTS_FOR_WORKERS = 32;

interface Failure {
  readonly index: number;
  readonly agent: FleetFileAgent;
  readonly error: unknown;
}

export async function runGenerateFleet(args: CommandArgs & { fleet: string; outputDir: string }, io: CliIo): Promise<number> {
  const fleetPath = resolve(io.cwd, args.fleet);
  let fleet: FleetFile;
  try {
    fleet = readFleetFile(readFleetText(io, fleetPath, args.fleet), args.fleet);
  } catch (error) {
    if (!(error instanceof FleetFileError)) throw error;
    io.stderr(`Error: --fleet: ${args.fleet}: ${error.message}:\n${error.lines.map((line) => `  ${line}\n`).join('')}`);
    return EXIT_USAGE;
  }
  const outputRoot = resolve(io.cwd, args.outputDir);
  const shownDir = (agent: FleetFileAgent): string => join(args.outputDir, agent.name);
  // Before rendering anything: a directory that is not an earlier output is never touched.
  for (const agent of fleet.agents) checkOutputDirTarget(join(outputRoot, agent.name), shownDir(agent));

  const readAgent = createFleetAgentReader(
    io,
    fleetPath,
    fleet.defaults,
    args.managedBy === undefined ? {} : { managedBy: args.managedBy },
  );
  const failures: Failure[] = [];
  /** The fleet file's index of each agent handed to renderFleet, in order (some fail before). */
  const sent: number[] = [];
  function* agents(): Generator<FleetAgent> {
    for (const [index, agent] of fleet.agents.entries()) {
      try {
        const input = readAgent(agent);
        sent.push(index);
        yield input;
      } catch (error) {
        failures.push({ index, agent, error });
      }
    }
  }

  const progress = new FleetProgress(io, fleet.agents.length);
  const workers = args.workers ?? (fleet.agents.length < MIN_AGENTS_FOR_WORKERS ? 0 : defaultFleetWorkers());
  let written = 0;
  let sensitive = 0;
  let clusterAdmin = 0;
  for await (const result of renderFleet(agents(), { workers })) {
    const index = sent[result.index]!;
    const agent = fleet.agents[index]!;
    if (!result.ok) {
      failures.push({ index, agent, error: result.error.cause });
    } else {
      try {
        writeAgent(outputRoot, shownDir(agent), agent, result.manifests);
        written++;
        for (const warning of result.warnings) progress.print(`${agent.name}: ${formatWarning(warning)}`);
        if (findSensitiveManifests(result.manifests).length > 0) sensitive++;
        if (formatClusterAdminNote(result.manifests) !== undefined) clusterAdmin++;
      } catch (error) {
        failures.push({ index, agent, error });
      }
    }
    progress.update(written + failures.length, failures.length);
  }
  progress.clear();

  const total = fleet.agents.length;
  io.stderr(`Wrote ${written} of ${total} agents under ${args.outputDir}: one directory each (manifests and kustomization.yaml)\n`);
  if (sensitive > 0) {
    io.stderr(
      `Note: ${sensitive === total ? 'every agent directory holds' : `${countAgents(sensitive, 'directory holds', 'directories hold')}`} a Secret with the token (files with mode 0600); ` +
        'they are sensitive and must not be committed to version control (token: {secretName: NAME} keeps the token out)\n',
    );
  }
  if (clusterAdmin > 0) {
    io.stderr(
      `Note: ${clusterAdmin === 1 ? '1 agent binds its' : `${clusterAdmin} agents bind their`} ServiceAccount to cluster-admin, the chart's default, which GitLab advises against ` +
        'in production; rbac.profile: least-privilege in the values grants only what the agent needs (see generate --explain-rbac)\n',
    );
  }
  if (failures.length === 0) return EXIT_OK;
  failures.sort((a, b) => a.index - b.index);
  io.stderr(`Error: ${failures.length} of ${total} agents failed:\n`);
  for (const { agent, error } of failures) io.stderr(formatFailure(args.fleet, agent, error));
  return EXIT_FAILURE;
}

/** "1 agent directory holds", "3 agent directories hold". */
function countAgents(count: number, one: string, many: string): string {
  return `${count} agent ${count === 1 ? one : many}`;
}

function writeAgent(outputRoot: string, shownPath: string, agent: FleetFileAgent, manifests: readonly Manifest[]): void {
  writeOutputDir({ path: join(outputRoot, agent.name), shownPath, manifests });
}

/** One failed agent: its name and entry, then why, every line indented under it. */
function formatFailure(fleetPath: string, agent: FleetFileAgent, error: unknown): string {
  const reason =
    error instanceof ValuesError
      ? formatProblems(error.problems)
      : error instanceof ValuesSourceError
        ? escapeControlCharacters(`${error.message}${error.hint ? `; ${error.hint}` : ''}`)
        : error instanceof ManifestsError
          ? escapeControlCharacters(error.message)
          : 'unexpected internal error';
  const [first, ...rest] = reason.split('\n');
  return `  ${agent.name} (${fleetPath}:${agent.line}): ${first}\n${rest.map((line) => `    ${line.trimStart()}\n`).join('')}`;
}

function readFleetText(io: CliIo, path: string, shown: string): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path, MAX_VALUES_FILE_BYTES);
  } catch (error) {
    if (isInputTooLarge(error)) {
      throw new UsageError({
        message: `--fleet: "${shown}" holds more than ${formatLimit(error.limitBytes)}, more than a fleet file may have (reading stopped there); split the fleet into several files`,
        flag: '--fleet',
      });
    }
    throw new UsageError({ message: `--fleet: cannot read "${shown}": ${describeFsError(error)}`, flag: '--fleet' });
  }
  if (looksLikeUtf16(bytes)) {
    throw new UsageError({
      message: `--fleet: "${shown}" looks like UTF-16 text (a byte-order mark or NUL bytes); save it as UTF-8`,
      flag: '--fleet',
    });
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
