import type { CliIo } from '../cli-io.js';
import { findMachineReportFormat } from '../args/find-report-format.js';
import type { FlagSpec } from '../args/parse-flags.js';
import { describeError } from '../reports/describe-error.js';
import { formatFailedRunReport } from '../reports/format-validation-report.js';

/**
 * Runs a report command; if it fails before its report is written (bad flags, a file that cannot
 * be read), standard output still gets a valid report of the machine-readable `--format` asked
 * for (`[]` for Code Quality), and the error is rethrown for standard error and the exit code.
 */
export async function reportOnFailure(
  argv: readonly string[],
  specs: readonly FlagSpec[],
  io: CliIo,
  emptyFields: Record<string, unknown>,
  action: () => Promise<number>,
): Promise<number> {
  try {
    return await action();
  } catch (error) {
    const format = findMachineReportFormat(argv, specs);
    if (format !== undefined) {
      const line = describeError(error, io.env)
        .text.replace(/^Error: /, '')
        .trimEnd();
      io.stdout(formatFailedRunReport(format, line, emptyFields));
    }
    throw error;
  }
}
