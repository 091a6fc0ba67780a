/**
 * One agent of a fleet file as `renderFleet` takes it: its values read from its sources in
 * precedence order (the defaults' values files, the defaults' values, the agent's values files,
 * the agent's values, then its token), and its release options. Paths in the fleet file are
 * relative to the fleet file; a values file shared by many agents is read once per run.
 * Whatever goes wrong here is that agent's failure, not the fleet's.
 */
import { dirname, resolve } from 'node:path';
import { UsageError, ValuesFileError } from '../../errors.js';
import { quoteString } from '../../helm/yaml-output.js';
import { readValues } from '../../sources/read-values.js';
import { MAX_VALUES_FILE_BYTES } from '../../sources/values-limits.js';
import type { RenderOptions, ValueSource, ValuesTree } from '../../types.js';
import { DEFAULT_NAMESPACE, shouldCreateNamespace } from '../args/parse-command-args.js';
import type { CliIo } from '../cli-io.js';
import { describeFsError, MAX_TOKEN_FILE_BYTES, trimOneNewline } from './collect-value-sources.js';
import type { FleetFileAgent, FleetSettings } from './read-fleet-file.js';
import { formatLimit, isInputTooLarge, looksLikeUtf16 } from './read-bounded.js';

export interface FleetAgentInput {
  readonly name: string;
  readonly values: ValuesTree;
  readonly options: RenderOptions;
}

/** Reads agents of the fleet file at `fleetPath` (resolved), caching the values files they share; `shared` applies to every agent. */
export function createFleetAgentReader(
  io: CliIo,
  fleetPath: string,
  defaults: FleetSettings,
  shared: Pick<RenderOptions, 'managedBy'> = {},
): (agent: FleetFileAgent) => FleetAgentInput {
  const base = dirname(fleetPath);
  const valuesFiles = new Map<string, string>();
  const readValuesFile = (path: string): string => {
    const resolved = resolve(base, path);
    let content = valuesFiles.get(resolved);
    if (content === undefined) {
      content = readText(io, resolved, path, 'valuesFiles', MAX_VALUES_FILE_BYTES);
      valuesFiles.set(resolved, content);
    }
    return content;
  };

  return (agent) => {
    const sources: ValueSource[] = [];
    for (const settings of [defaults, agent]) {
      const where = settings === defaults ? 'defaults' : `agent ${agent.name}`;
      for (const path of settings.valuesFiles) sources.push({ kind: 'file', name: path, content: readValuesFile(path) });
      // JSON is YAML, so values written in the fleet file merge exactly as a values file would.
      if (settings.values !== undefined)
        sources.push({ kind: 'file', name: `values of ${where}`, content: JSON.stringify(settings.values) });
    }
    const token = readToken(io, base, agent);
    if (token !== undefined) sources.push({ kind: 'file', name: `token of agent ${agent.name}`, content: token });

    const namespace = agent.namespace ?? defaults.namespace ?? DEFAULT_NAMESPACE;
    const createNamespace = agent.createNamespace ?? defaults.createNamespace;
    const chartVersion = agent.chartVersion ?? defaults.chartVersion;
    const gitlabVersion = agent.gitlabVersion ?? defaults.gitlabVersion;
    return {
      name: agent.name,
      values: readValues(sources),
      options: {
        releaseName: agent.releaseName,
        namespace,
        createNamespace: shouldCreateNamespace({ createNamespace, namespace }),
        ...(chartVersion === undefined ? {} : { chartVersion }),
        ...(gitlabVersion === undefined ? {} : { gitlabVersion }),
        ...(shared.managedBy === undefined ? {} : { managedBy: shared.managedBy }),
      },
    };
  };
}

/** The token source as a values file: `config.token`, or `config.secretName` for an existing Secret. */
function readToken(io: CliIo, base: string, agent: FleetFileAgent): string | undefined {
  const source = agent.token;
  if (source === undefined) return undefined;
  if (source.kind === 'secretName') return `config:\n  secretName: ${quoteString(source.name)}\n`;
  const token =
    source.kind === 'file'
      ? trimOneNewline(readText(io, resolve(base, source.path), source.path, 'token.file', MAX_TOKEN_FILE_BYTES))
      : trimOneNewline(io.env[source.name] ?? '');
  if (token === '') {
    const where =
      source.kind === 'file' ? `the token file "${source.path}" is empty` : `the environment variable ${source.name} is not set or empty`;
    throw new UsageError({ message: `token: ${where}` });
  }
  return `config:\n  token: ${quoteString(token)}\n`;
}

function readText(io: CliIo, resolved: string, shown: string, key: string, limit: number): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(resolved, limit);
  } catch (error) {
    if (isInputTooLarge(error)) {
      const reason = `the file holds more than ${formatLimit(error.limitBytes)}, more than ${key === 'token.file' ? 'a token file' : 'a values file'} may have (reading stopped there)`;
      if (key === 'token.file') throw new UsageError({ message: `token.file: "${shown}": ${reason}` });
      throw new ValuesFileError({
        problem: 'too-large',
        reason,
        location: { source: shown },
        hint: 'check that this is the values file you meant',
      });
    }
    throw new UsageError({ message: `${key}: cannot read "${shown}": ${describeFsError(error)}` });
  }
  if (looksLikeUtf16(bytes))
    throw new UsageError({ message: `${key}: "${shown}" looks like UTF-16 text (a byte-order mark or NUL bytes); save it as UTF-8` });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
