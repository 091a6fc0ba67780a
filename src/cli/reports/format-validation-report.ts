/**
 * The `validate` report in its three formats: text for people, JSON for scripts, and GitLab
 * Code Quality (`artifacts:reports:codequality`) for merge requests. Every entry is built from
 * our own messages, which name paths and flags and never hold a secret value.
 */
import { sha256Hex } from '../../util/sha256.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { PathSegment } from '../../types.js';
import type { SourceOrigin } from '../input/collect-value-sources.js';

export type Severity = 'error' | 'warning';

export interface ReportLocation {
  /** The `-f` path as typed, the flag, or the environment variable. */
  readonly label: string;
  readonly origin: SourceOrigin;
  readonly line?: number;
  /** 1-based column in the line, where the source is a file and the column is known. */
  readonly column?: number;
}

export interface ReportEntry {
  readonly severity: Severity;
  /**
   * A stable rule name: the problem code (`unknown-key`) or the warning code (`version-skew`),
   * `values-source-<problem>` for a source that cannot be read, or `release-name`.
   */
  readonly check: string;
  /** The values path; empty when the entry is about a whole source or the release name. */
  readonly path: string;
  /** The same path as keys and list indexes, when the reporter has them (shown in JSON). */
  readonly segments?: readonly PathSegment[];
  readonly message: string;
  readonly hint?: string;
  readonly location?: ReportLocation;
}

export interface ValidationReport {
  readonly releaseName: string;
  readonly namespace: string;
  readonly entries: readonly ReportEntry[];
}

export interface CodeQualityOptions {
  /** Paths are made relative to this directory, as GitLab expects them relative to the repository. */
  readonly cwd: string;
  /** The `-f` files in the order given: entries without a source point at line 1 of the last one. */
  readonly valuesFiles: readonly string[];
}

/** Where an entry without a source (a value nobody set) points when no values file was given. */
export const CHART_DEFAULTS_LOCATION = '(chart defaults)';

export function isValid(report: ValidationReport): boolean {
  return report.entries.every((entry) => entry.severity !== 'error');
}

/** The summary line's subject, for a report about something other than values. */
export interface TextReportOptions {
  /** `the values are valid`, `the agent configuration is valid`. */
  readonly valid: string;
  readonly invalid: string;
}

const VALUES_SUMMARY: TextReportOptions = { valid: 'the values are valid', invalid: 'the values are invalid' };

/** Compiler style, one line each (`values.yaml:3: error: replica: unknown key; …`), then a summary. */
export function formatTextReport(report: Pick<ValidationReport, 'entries'>, summaryText: TextReportOptions = VALUES_SUMMARY): string {
  const lines = report.entries.map((entry) => {
    const where = entry.location === undefined ? '' : `${formatLocation(entry.location)}: `;
    return `${where}${entry.severity}: ${describeEntry(entry)}`;
  });
  const problems = report.entries.filter((entry) => entry.severity === 'error').length;
  const warnings = report.entries.length - problems;
  const counted = [count(problems, 'problem'), count(warnings, 'warning')].filter((part) => part !== '');
  const summary =
    problems > 0
      ? `${summaryText.invalid}: ${counted.join(', ')}`
      : `${summaryText.valid}${warnings > 0 ? ` (${counted.join(', ')})` : ''}`;
  return `${[...lines, summary].join('\n')}\n`;
}

/** One entry of a JSON report; `segments` only where the reporter gave them. */
export function formatReportEntryJson(entry: ReportEntry): Record<string, unknown> {
  return {
    check: entry.check,
    path: entry.path,
    ...(entry.segments === undefined ? {} : { segments: entry.segments }),
    message: entry.message,
    ...(entry.hint === undefined ? {} : { hint: entry.hint }),
    source: entry.location === undefined ? null : { ...entry.location },
  };
}

export function formatJsonReport(report: ValidationReport): string {
  const json = {
    valid: isValid(report),
    releaseName: report.releaseName,
    namespace: report.namespace,
    problems: report.entries.filter((entry) => entry.severity === 'error').map(formatReportEntryJson),
    warnings: report.entries.filter((entry) => entry.severity === 'warning').map(formatReportEntryJson),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * The report of a run that could not check anything (a usage error, a file that cannot be read):
 * still valid JSON, so a CI job that redirects it into an artifact uploads a report GitLab can
 * read, while the error itself goes to standard error. Code Quality: an empty list; JSON: no
 * entries, `valid: false` and the same one-line error. `extra` adds the report's own empty fields.
 */
export function formatFailedRunReport(format: 'json' | 'codequality', error: string, extra: Record<string, unknown> = {}): string {
  if (format === 'codequality') return '[]\n';
  return `${JSON.stringify({ valid: false, error, ...extra, problems: [], warnings: [] }, null, 2)}\n`;
}

/**
 * GitLab Code Quality: a JSON array of issues. `location.path` is the values file that set the
 * bad key (relative to the working directory) and `lines.begin` its line; a value set by a flag
 * points at the flag (`--set`) and line 1, since there is no file to open; a value nobody set
 * points at line 1 of the last `-f` file, or at `(chart defaults)` without one.
 */
export function formatCodeQualityReport(report: Pick<ValidationReport, 'entries'>, options: CodeQualityOptions): string {
  const fallbackFile = options.valuesFiles[options.valuesFiles.length - 1];
  const issues = report.entries.map((entry) => {
    const location = entry.location;
    let path: string;
    let line = 1;
    if (location === undefined) {
      path = fallbackFile === undefined ? CHART_DEFAULTS_LOCATION : toRepositoryPath(fallbackFile, options.cwd);
    } else if (location.origin === 'file') {
      path = toRepositoryPath(location.label, options.cwd);
      line = location.line ?? 1;
    } else {
      path = location.label;
    }
    const description = describeEntry(entry);
    return {
      description,
      check_name: entry.check,
      // Stable across runs and line moves, distinct per rule, key, file and message.
      fingerprint: sha256Hex([entry.check, entry.path, path, entry.message].join('\0')),
      severity: entry.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}

function describeEntry(entry: ReportEntry): string {
  const path = entry.path === '' ? '' : `${entry.path}: `;
  return `${path}${entry.message}${entry.hint ? `; ${entry.hint}` : ''}`;
}

function formatLocation(location: ReportLocation): string {
  if (location.line === undefined) return location.label;
  return location.column === undefined ? `${location.label}:${location.line}` : `${location.label}:${location.line}:${location.column}`;
}

function count(n: number, noun: string): string {
  if (n === 0) return '';
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `./values.yaml` and `/repo/values.yaml` (cwd `/repo`) both give `values.yaml`; `-` stays. */
function toRepositoryPath(label: string, cwd: string): string {
  if (label === '-') return label;
  const absolute = resolve(cwd, label);
  const inside = relative(cwd, absolute);
  const shown = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? label : inside;
  return shown.split(sep).join('/');
}
