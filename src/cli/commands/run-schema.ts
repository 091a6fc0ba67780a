import { UsageError } from '../../errors.js';
import { selectChartRelease } from '../../chart/select-chart-release.js';
import { parseBooleanFlag, parseFlags } from '../args/parse-flags.js';
import type { CliIo } from '../cli-io.js';
import { SCHEMA_HELP } from '../help-text.js';
import { readValuesSchema } from '../input/read-values-schema.js';
import { EXIT_OK } from '../reports/describe-error.js';

/** `schema [--chart-version VERSION]`: the values schema of a chart release. */
export function runSchema(argv: readonly string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(argv, [{ name: 'help', short: 'h', boolean: true }, { name: 'chart-version' }]);
  let chartVersion: string | undefined;
  for (const flag of flags) {
    if (flag.name === 'help' && parseBooleanFlag(flag)) {
      io.stdout(SCHEMA_HELP);
      return Promise.resolve(EXIT_OK);
    }
    if (flag.name === 'chart-version') chartVersion = flag.value;
  }
  if (positionals.length > 0) throw new UsageError({ message: 'this command takes no arguments; see --help' });
  const selection = selectChartRelease({ chartVersion });
  if (!selection.ok) throw new UsageError({ message: `--chart-version: ${selection.message}; ${selection.hint}`, flag: '--chart-version' });
  io.stdout(readValuesSchema(selection.release));
  return Promise.resolve(EXIT_OK);
}
