/**
 * The `config validate` report: the same three formats as `validate`'s, built by
 * format-validation-report.ts from entries that point at each file's line and column. The JSON
 * report also lists the files checked, each with its agent and verdict.
 */
import type { AgentConfigValidation } from '../../agent-config/validate-agent-config.js';
import { escapeControlCharacters, type AgentConfigProblem } from '../../errors.js';
import { formatReportEntryJson, type ReportEntry, type Severity, type TextReportOptions } from './format-validation-report.js';

export interface CheckedConfigFile {
  /** The file as shown: relative to the working directory, or `-`. */
  readonly label: string;
  readonly result: AgentConfigValidation;
}

/** Every problem and warning, file by file, in the order of the file's lines. */
export function collectConfigEntries(files: readonly CheckedConfigFile[]): ReportEntry[] {
  return files.flatMap(({ label, result }) => {
    const shown = escapeControlCharacters(label);
    const entry =
      (severity: Severity) =>
      (problem: AgentConfigProblem): ReportEntry => ({
        severity,
        check: problem.code,
        path: problem.path,
        segments: problem.segments,
        message: problem.message,
        ...(problem.hint === undefined ? {} : { hint: problem.hint }),
        location: { label: shown, origin: 'file', line: problem.line, column: problem.column },
      });
    const entries = [...result.problems.map(entry('error')), ...result.warnings.map(entry('warning'))];
    // Compiler style: in the order of the file's lines, whatever the severity (the sort is stable).
    return entries.sort(
      (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0),
    );
  });
}

/** `the agent configuration is valid`, or `2 of 3 agent configurations are invalid`. */
export function describeConfigVerdict(files: readonly CheckedConfigFile[]): TextReportOptions {
  const invalid = files.filter((file) => !file.result.valid).length;
  if (files.length === 1) return { valid: 'the agent configuration is valid', invalid: 'the agent configuration is invalid' };
  return {
    valid: `the ${files.length} agent configurations are valid`,
    invalid: `${invalid} of ${files.length} agent configurations ${invalid === 1 ? 'is' : 'are'} invalid`,
  };
}

export function formatConfigJsonReport(files: readonly CheckedConfigFile[], entries: readonly ReportEntry[], valid: boolean): string {
  const json = {
    valid,
    files: files.map(({ label, result }) => ({ path: label, agentName: result.agentName ?? null, valid: result.valid })),
    problems: entries.filter((entry) => entry.severity === 'error').map(formatReportEntryJson),
    warnings: entries.filter((entry) => entry.severity === 'warning').map(formatReportEntryJson),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
