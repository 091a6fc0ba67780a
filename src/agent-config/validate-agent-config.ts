/**
 * The agent configuration stage: the text of `.gitlab/agents/<agent-name>/config.yaml` in,
 * every problem and warning out, each with its path and its line and column, plus the typed
 * configuration when GitLab would accept it. Pure: no I/O, the same input gives the same output.
 *
 *   validateAgentConfig(text, options) → { valid, problems, warnings, config, agentName }
 *   parseAgentConfig(text, options)    → AgentConfig, or throws AgentConfigError
 *
 * In order: the file's place and name, its size (kas refuses a file over its limit unread), its
 * encoding, YAML as kas reads it, the schema, then GitLab's rules beyond the schema.
 */
import type { MinorVersion } from '../chart/agentk-versions.js';
import { MAX_VALUES_FILE_BYTES } from '../sources/values-limits.js';
import type { AgentConfig } from '../generated/agent-config.js';
import { isMap } from '../util/is-map.js';
import { AgentConfigError, type AgentConfigProblem } from '../errors.js';
import { TIERS, type GitlabTier } from './gitlab-tiers.js';
import { ROOT_SCHEMA } from './agent-config-schema.js';
import { checkAgainstSchema, type Finding } from './check-against-schema.js';
import { checkConfigLocation } from './check-config-location.js';
import { checkConfigRules } from './check-config-rules.js';
import { formatConfigPath, showSegments } from './format-config-path.js';
import { createConfigLocator, type ConfigLocator, type TextPosition } from './locate-config-node.js';
import { readAgentConfigYaml } from './read-agent-config-yaml.js';
import { resolveTargetVersion } from './target-version.js';

/** kas's default `agent.configuration.max_configuration_file_size`: 128 KiB. */
export const DEFAULT_MAX_CONFIG_FILE_BYTES = 128 * 1024;

export interface ValidateAgentConfigOptions {
  /**
   * The file's path in the repository, as `.gitlab/agents/<agent-name>/config.yaml` (absolute
   * paths and `./` work too): its folder gives the agent name, and a file GitLab would not read
   * (`config.yml`) is a problem. Without it, only the content is checked.
   */
  readonly path?: string;
  /** The agent's name, checked against GitLab's rule, when `path` does not give it. */
  readonly agentName?: string;
  /**
   * The GitLab version the file is for (`18.2`, `18.2.1`, `18.2.1-ee`; 16.0 or later). Keys it
   * does not know yet, and keys it still reads that later versions removed, become warnings;
   * GitLab 17 reads at most 500 entries of an access list, GitLab 16 at most 100. Default: the
   * newest GitLab this tool knows.
   */
  readonly gitlabVersion?: string;
  /** The instance's tier: settings of a higher tier become warnings. Default: not checked. */
  readonly tier?: GitlabTier;
  /** Full path of the agent's configuration project, to check that access entries share its top-level group. */
  readonly configProject?: string;
  /** The instance's `max_configuration_file_size` in bytes. Default: 131072 (128 KiB); at most 4 MiB here. */
  readonly maxFileBytes?: number;
}

export interface AgentConfigValidation {
  /** Whether GitLab would accept the file: no problems (warnings allowed). */
  readonly valid: boolean;
  /** What GitLab refuses, sorted by line and column. */
  readonly problems: readonly AgentConfigProblem[];
  /** What GitLab accepts but will not do as written, sorted by line and column. */
  readonly warnings: readonly AgentConfigProblem[];
  /**
   * The configuration as GitLab reads it, when valid: the first YAML document, duplicate keys
   * resolved to their last value, and nulls (which mean "not set") removed. An empty file is `{}`.
   */
  readonly config: AgentConfig | undefined;
  /** The agent name from the path or the options, when it is a valid one. */
  readonly agentName: string | undefined;
}

/**
 * Checks an agent configuration file as GitLab would read it. `input` is the file's text, or its
 * bytes (then invalid UTF-8 is reported, and the size is exact). Throws a TypeError only for
 * invalid options; every problem with the file itself is reported, never thrown.
 */
export function validateAgentConfig(input: string | Uint8Array, options: ValidateAgentConfigOptions = {}): AgentConfigValidation {
  const settings = readOptions(options);
  const location = checkConfigLocation(options.path, options.agentName);
  const findings: PlacedFinding[] = [...location.findings];
  const done = (locator: ConfigLocator | undefined, value?: unknown): AgentConfigValidation =>
    finish({ findings, locator, value, agentName: location.agentName });

  const size = typeof input === 'string' ? measureUtf8(input) : input.byteLength;
  if (size > settings.maxFileBytes) {
    findings.push(
      fileError(
        'file-too-large',
        `the file is ${size} bytes, more than the ${settings.maxFileBytes} bytes GitLab reads (max_configuration_file_size), so GitLab refuses it unread`,
        'split the configuration or remove unused entries; an administrator of a self-managed instance can raise the limit',
      ),
    );
    return done(undefined);
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const invalidAt = findInvalidUtf8(input);
    if (invalidAt !== undefined) {
      const line = countLines(input, invalidAt);
      findings.push({
        ...fileError('invalid-encoding', `line ${line} is not valid UTF-8, so GitLab refuses the file`, 'save the file as UTF-8'),
        position: { line, column: 1 },
      });
      return done(undefined);
    }
    text = new TextDecoder('utf-8').decode(input);
  }
  // A byte order mark is fine for GitLab, and editors do not count it as a column.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const reading = readAgentConfigYaml(text);
  if (!reading.ok) {
    const locator = createConfigLocator(text, undefined);
    findings.push(fileError(reading.failure.code, reading.failure.message, reading.failure.hint, reading.failure.offset));
    return done(locator);
  }
  const locator = createConfigLocator(text, reading.root);
  for (const duplicate of reading.duplicates) {
    const first = locator.positionOf(duplicate.first);
    findings.push({
      severity: 'warning',
      code: 'duplicate-key',
      segments: duplicate.segments,
      message: `is also set on line ${first.line}; GitLab keeps only this later one`,
      hint: 'delete one of the two',
      at: 'key',
      keyword: 'yaml',
    });
  }
  if (reading.ignoredFrom !== undefined) {
    const from = locator.positionOf(reading.ignoredFrom).line;
    findings.push(
      fileError(
        'ignored-documents',
        reading.value === null
          ? `the first YAML document is empty, so GitLab uses an empty configuration and ignores everything from line ${from}`
          : `GitLab reads only the first YAML document and ignores everything from line ${from}`,
        'remove the --- separator and the later documents',
        reading.ignoredFrom,
        'warning',
      ),
    );
  }
  const value = reading.value;
  if (value === null) return done(locator, {});
  if (!isMap(value)) {
    findings.push(
      fileError(
        'not-a-map',
        `the top level must be a map of settings, not ${Array.isArray(value) ? 'a list' : 'a single value'}`,
        'write settings as key: value lines, such as ci_access:',
        reading.root?.start,
      ),
    );
    return done(locator);
  }
  findings.push(...checkAgainstSchema(ROOT_SCHEMA, value, { gitlab: settings.gitlab, tier: settings.tier, sourceOf: locator.sourceOf }));
  findings.push(...checkConfigRules(value, { gitlab: settings.gitlab, configProject: settings.configProject }));
  return done(locator, value);
}

/**
 * The configuration as GitLab reads it. Throws an AgentConfigError listing every problem when
 * GitLab would refuse the file; warnings do not stop it (they are on the error, and dropped here).
 */
export function parseAgentConfig(input: string | Uint8Array, options: ValidateAgentConfigOptions = {}): AgentConfig {
  const result = validateAgentConfig(input, options);
  if (result.config === undefined) {
    throw new AgentConfigError({
      problems: result.problems,
      warnings: result.warnings,
      ...(options.path === undefined ? {} : { source: options.path }),
    });
  }
  return result.config;
}

interface Settings {
  readonly gitlab: MinorVersion;
  readonly tier: GitlabTier | undefined;
  readonly configProject: string | undefined;
  readonly maxFileBytes: number;
}

function readOptions(options: ValidateAgentConfigOptions): Settings {
  const target = resolveTargetVersion(options.gitlabVersion);
  if ('error' in target) throw new TypeError(`gitlabVersion ${target.error}`);
  if (options.tier !== undefined && !TIERS.includes(options.tier)) throw new TypeError(`tier must be one of ${TIERS.join(', ')}`);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_CONFIG_FILE_BYTES;
  if (!Number.isInteger(maxFileBytes) || maxFileBytes < 1 || maxFileBytes > MAX_VALUES_FILE_BYTES) {
    throw new TypeError(`maxFileBytes must be a whole number of bytes from 1 to ${MAX_VALUES_FILE_BYTES}`);
  }
  const configProject = options.configProject?.replace(/^\/+|\/+$/g, '');
  if (configProject !== undefined && !/^[A-Za-z0-9_.][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)+$/.test(configProject)) {
    throw new TypeError('configProject must be the full path of a project, such as group/project');
  }
  return { gitlab: target.version, tier: options.tier, configProject, maxFileBytes };
}

function fileError(
  code: Finding['code'],
  message: string,
  hint: string | undefined,
  offset?: number,
  severity: Finding['severity'] = 'error',
): PlacedFinding {
  return { severity, code, segments: [], message, hint, at: 'key', keyword: 'file', ...(offset === undefined ? {} : { offset }) };
}

/** A finding about the file as a whole may know its offset in the text, or (for bytes) its line. */
type PlacedFinding = Finding & { readonly offset?: number; readonly position?: TextPosition };

interface FinishOptions {
  readonly findings: readonly PlacedFinding[];
  readonly locator: ConfigLocator | undefined;
  readonly value: unknown;
  readonly agentName: string | undefined;
}

function finish(options: FinishOptions): AgentConfigValidation {
  const { locator } = options;
  const placed = options.findings.map((finding, order) => {
    let position: TextPosition = finding.position ?? { line: 1, column: 1 };
    if (locator !== undefined && finding.position === undefined) {
      position =
        finding.offset !== undefined
          ? locator.positionOf(finding.offset)
          : finding.segments.length > 0
            ? locator.locate(finding.segments, finding.at)
            : position;
    }
    const problem: AgentConfigProblem = {
      code: finding.code,
      path: formatConfigPath(finding.segments),
      segments: showSegments(finding.segments),
      message: finding.message,
      ...(finding.hint === undefined ? {} : { hint: finding.hint }),
      line: position.line,
      column: position.column,
    };
    return { problem, severity: finding.severity, order };
  });
  placed.sort((a, b) => a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.order - b.order);
  const problems = placed.filter((entry) => entry.severity === 'error').map((entry) => entry.problem);
  const warnings = placed.filter((entry) => entry.severity === 'warning').map((entry) => entry.problem);
  const valid = problems.length === 0;
  return {
    valid,
    problems,
    warnings,
    config: valid && options.value !== undefined ? (withoutNulls(options.value) as AgentConfig) : undefined,
    agentName: options.agentName,
  };
}

/** A null means "not set" to GitLab; the typed configuration leaves such keys out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isMap(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (value[key] === null) continue;
    Object.defineProperty(copy, key, { value: withoutNulls(value[key]), writable: true, enumerable: true, configurable: true });
  }
  return copy;
}

/** UTF-8 length without encoding: big hostile strings are measured, never copied. */
function measureUtf8(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The offset of the first byte that breaks UTF-8 (go-yaml: "invalid leading UTF-8 octet"). */
function findInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      index += 1;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (index + length > bytes.length) return index;
    let code = lead & (0xff >> (length + 1));
    for (let offset = 1; offset < length; offset += 1) {
      const next = bytes[index + offset] as number;
      if ((next & 0xc0) !== 0x80) return index;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index;
    index += length;
  }
  return undefined;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}
