/**
 * `generate --fleet FILE`: the fleet file, one YAML file listing many agents with shared
 * defaults. It is read as a values file is (bounded, YAML 1.1 as Helm reads values) and then
 * checked as a whole: every problem is reported at once, each with the file and line, the key's
 * path, and a did-you-mean for a misspelt key. Tokens are never written in the file itself:
 * each agent names where its token is (a file, an environment variable or an existing Secret).
 */
import { escapeControlCharacters } from '../../errors.js';
import { formatValuesPath, type PathSegment } from '../../helm/format-values-path.js';
import { createValuesPathLocator } from '../../sources/locate-values-path.js';
import { parseValuesYaml } from '../../sources/parse-values-file.js';
import type { ValuesTree } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import { suggestKey } from '../../util/suggest-key.js';

/** Where an agent's token comes from; the token itself never appears in the fleet file. */
export type FleetTokenSource =
  /** A file holding the token (one trailing newline removed), relative to the fleet file. */
  | { readonly kind: 'file'; readonly path: string }
  /** An environment variable holding the token. */
  | { readonly kind: 'env'; readonly name: string }
  /** An existing Secret with the token under the key `token`: `config.secretName`. */
  | { readonly kind: 'secretName'; readonly name: string };

/** What an agent and the defaults may both say. */
export interface FleetSettings {
  readonly namespace?: string;
  readonly createNamespace?: boolean;
  readonly chartVersion?: string;
  readonly gitlabVersion?: string;
  /** Values files, relative to the fleet file, in precedence order. */
  readonly valuesFiles: readonly string[];
  /** Values written in the fleet file; they win over the values files beside them. */
  readonly values: ValuesTree | undefined;
}

export interface FleetFileAgent extends FleetSettings {
  /** Its directory under --output-dir, and its name in messages: `name`, else the release name. */
  readonly name: string;
  readonly releaseName: string;
  readonly token: FleetTokenSource | undefined;
  /** 1-based line of the agent's entry in the fleet file. */
  readonly line: number;
}

export interface FleetFile {
  readonly defaults: FleetSettings;
  readonly agents: readonly FleetFileAgent[];
}

const TOP_KEYS = ['defaults', 'agents'] as const;
const SETTING_KEYS = ['namespace', 'createNamespace', 'chartVersion', 'gitlabVersion', 'valuesFiles', 'values'] as const;
const AGENT_KEYS = ['name', 'releaseName', 'token', ...SETTING_KEYS] as const;
const TOKEN_KEYS = ['file', 'env', 'secretName'] as const;

/** A directory name that is the same on every file system, and never `.` or `..`. */
const DIRECTORY_NAME = /^[a-z0-9]([a-z0-9._-]{0,251}[a-z0-9])?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

interface Problem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** Parses and checks the fleet file's text; `shownPath` is the path as the user typed it. */
export function readFleetFile(content: string, shownPath: string): FleetFile {
  const tree = parseValuesYaml(content, shownPath);
  const problems: Problem[] = [];
  const report = (path: readonly PathSegment[], message: string): void => void problems.push({ path, message });

  checkKeys(tree, [], TOP_KEYS, report);
  const defaults =
    isMap(tree['defaults']) || tree['defaults'] === undefined ? readSettings(tree['defaults'] ?? {}, ['defaults'], report) : undefined;
  if (defaults === undefined) report(['defaults'], 'must be a map of settings every agent shares');
  if (isMap(tree['defaults']))
    checkKeys(tree['defaults'], ['defaults'], SETTING_KEYS, report, 'token, name and releaseName are given per agent');

  const agents: FleetFileAgent[] = [];
  const rawAgents = tree['agents'];
  if (!Array.isArray(rawAgents) || rawAgents.length === 0) {
    report(['agents'], 'must be a list of agents, each with at least a releaseName');
  } else {
    const locate = createValuesPathLocator(content);
    const seen = new Map<string, number>();
    rawAgents.forEach((raw: unknown, index) => {
      const path: PathSegment[] = ['agents', index];
      if (!isMap(raw)) {
        report(path, 'must be a map with at least a releaseName');
        return;
      }
      const agent = readAgent(raw, path, report, locate?.(path).line ?? 1);
      if (agent === undefined) return;
      const earlier = seen.get(agent.name);
      if (earlier !== undefined) {
        report(
          [...path, raw['name'] === undefined ? 'releaseName' : 'name'],
          `names the directory "${agent.name}", as agents[${earlier}] does; give one of them another name`,
        );
      }
      seen.set(agent.name, index);
      agents.push(agent);
    });
  }
  if (problems.length > 0) throw fleetFileError(content, shownPath, problems);
  return { defaults: defaults!, agents };
}

function readAgent(
  raw: ValuesTree,
  path: readonly PathSegment[],
  report: (path: readonly PathSegment[], message: string) => void,
  line: number,
): FleetFileAgent | undefined {
  checkKeys(raw, path, AGENT_KEYS, report);
  const settings = readSettings(raw, path, report);
  const releaseName = readString(raw, path, 'releaseName', report, { required: true });
  const name = readString(raw, path, 'name', report) ?? releaseName;
  if (name !== undefined && !DIRECTORY_NAME.test(name)) {
    report(
      [...path, raw['name'] === undefined ? 'releaseName' : 'name'],
      raw['name'] === undefined
        ? 'must be a Helm release name (lower-case letters, digits, "-" and ".", starting and ending with a letter or digit); it also names the agent’s output directory'
        : 'names the agent’s output directory: lower-case letters, digits, ".", "_" and "-", starting and ending with a letter or digit',
    );
  }
  const token = readToken(raw['token'], [...path, 'token'], report);
  if (releaseName === undefined || name === undefined) return undefined;
  return { ...settings, name, releaseName, token, line };
}

function readSettings(
  raw: ValuesTree,
  path: readonly PathSegment[],
  report: (path: readonly PathSegment[], message: string) => void,
): FleetSettings {
  const namespace = readString(raw, path, 'namespace', report);
  const chartVersion = readString(raw, path, 'chartVersion', report);
  const gitlabVersion = readString(raw, path, 'gitlabVersion', report);
  const createNamespace = raw['createNamespace'];
  if (createNamespace !== undefined && typeof createNamespace !== 'boolean') report([...path, 'createNamespace'], 'must be true or false');
  const valuesFiles = readValuesFiles(raw['valuesFiles'], [...path, 'valuesFiles'], report);
  const values = raw['values'];
  if (values !== undefined && !isMap(values)) report([...path, 'values'], 'must be a map of chart values, as in a values file');
  if (isMap(values) && isMap(values['config']) && values['config']['token'] !== undefined) {
    report(
      [...path, 'values', 'config', 'token'],
      'a token must not be written in the fleet file; give the agent token: {file: PATH}, token: {env: NAME} or token: {secretName: NAME}',
    );
  }
  return {
    ...(namespace === undefined ? {} : { namespace }),
    ...(typeof createNamespace === 'boolean' ? { createNamespace } : {}),
    ...(chartVersion === undefined ? {} : { chartVersion }),
    ...(gitlabVersion === undefined ? {} : { gitlabVersion }),
    valuesFiles,
    values: isMap(values) ? values : undefined,
  };
}

function readValuesFiles(
  raw: unknown,
  path: readonly PathSegment[],
  report: (path: readonly PathSegment[], message: string) => void,
): string[] {
  if (raw === undefined) return [];
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || !list.every((item): item is string => typeof item === 'string' && item !== '')) {
    report(path, 'must be a list of values file paths (relative to the fleet file)');
    return [];
  }
  return list;
}

function readToken(
  raw: unknown,
  path: readonly PathSegment[],
  report: (path: readonly PathSegment[], message: string) => void,
): FleetTokenSource | undefined {
  if (raw === undefined) return undefined;
  const how =
    'give exactly one of file: PATH (a file holding the token), env: NAME (an environment variable) or secretName: NAME (an existing Secret)';
  if (typeof raw === 'string') {
    report(path, `a token must not be written in the fleet file; ${how}`);
    return undefined;
  }
  if (!isMap(raw)) {
    report(path, `must be a map; ${how}`);
    return undefined;
  }
  checkKeys(raw, path, TOKEN_KEYS, report);
  const given = TOKEN_KEYS.filter((key) => raw[key] !== undefined);
  if (given.length !== 1) {
    if (Object.keys(raw).every((key) => (TOKEN_KEYS as readonly string[]).includes(key))) report(path, how);
    return undefined;
  }
  const kind = given[0]!;
  const value = raw[kind];
  if (typeof value !== 'string' || value === '') {
    report([...path, kind], 'must be a non-empty string');
    return undefined;
  }
  if (kind === 'env' && !ENV_NAME.test(value)) {
    report([...path, kind], 'must be the name of an environment variable (letters, digits and _, not starting with a digit)');
    return undefined;
  }
  if (kind === 'secretName' && !SECRET_NAME.test(value)) {
    report([...path, kind], 'must be a Secret name (lower-case letters, digits, "-" and ".")');
    return undefined;
  }
  return kind === 'file' ? { kind, path: value } : { kind, name: value };
}

function readString(
  raw: ValuesTree,
  path: readonly PathSegment[],
  key: string,
  report: (path: readonly PathSegment[], message: string) => void,
  { required = false } = {},
): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) {
    if (required) report([...path, key], 'is missing; every agent needs its Helm release name');
    return undefined;
  }
  if (typeof value !== 'string' || value === '') {
    report([...path, key], 'must be a non-empty string');
    return undefined;
  }
  return value;
}

function checkKeys(
  raw: ValuesTree,
  path: readonly PathSegment[],
  known: readonly string[],
  report: (path: readonly PathSegment[], message: string) => void,
  note?: string,
): void {
  for (const key of Object.keys(raw)) {
    if (known.includes(key)) continue;
    const suggestion = suggestKey(key, known);
    const where = path.length === 0 ? 'the fleet file' : formatValuesPath(path);
    report(
      [...path, key],
      `is not a key of ${where}${suggestion === undefined ? `; the keys are ${known.join(', ')}` : `; did you mean ${suggestion}?`}${note === undefined ? '' : ` (${note})`}`,
    );
  }
}

/**
 * Every problem of a fleet file, one line each (`FILE:LINE: path: message`, already escaped).
 * The command prints the lines itself, since one error message would be kept to one line.
 */
export class FleetFileError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`the fleet file has ${lines.length === 1 ? '1 problem' : `${lines.length} problems`}`);
    this.name = 'FleetFileError';
  }
}

function fleetFileError(content: string, shownPath: string, problems: readonly Problem[]): FleetFileError {
  const locate = createValuesPathLocator(content);
  const located = problems.map((problem) => ({ ...problem, line: locate?.(problem.path).line ?? 1 }));
  // In the file's order (sort is stable: problems of one line keep theirs).
  located.sort((a, b) => a.line - b.line);
  return new FleetFileError(
    located.map(({ path, message, line }) =>
      escapeControlCharacters(`${shownPath}:${line}: ${formatValuesPath(path) || '(top level)'}: ${message}`),
    ),
  );
}
