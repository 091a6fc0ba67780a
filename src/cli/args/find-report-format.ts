import type { FlagSpec } from './parse-flags.js';
import type { ReportFormat } from './parse-command-args.js';

const MACHINE_FORMATS: ReadonlySet<string> = new Set<ReportFormat>(['json', 'codequality']);

/**
 * The `--format` a command line asks for, read without failing: when the flags cannot be
 * parsed, a CI job that redirects a JSON or Code Quality report into a file must still get a
 * valid report, so the format is looked for as pflag would read it (the last `--format` wins, a
 * known flag's value is never taken for a flag), skipping whatever is malformed. Undefined for
 * text, or when no valid machine-readable format is named.
 */
export function findMachineReportFormat(argv: readonly string[], specs: readonly FlagSpec[]): Exclude<ReportFormat, 'text'> | undefined {
  let format: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const body = arg.slice(2);
      const equals = body.indexOf('=');
      const name = equals === -1 ? body : body.slice(0, equals);
      const spec = specs.find((candidate) => candidate.name === name);
      let value: string | undefined;
      if (equals !== -1) value = body.slice(equals + 1);
      else if (spec !== undefined && spec.boolean !== true) {
        index += 1;
        value = argv[index];
      }
      if (name === 'format' && value !== undefined) format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      // Short flags take the rest of the word, or the next argument, as their value.
      for (let letter = 1; letter < arg.length; letter += 1) {
        const spec = specs.find((candidate) => candidate.short === arg.charAt(letter));
        if (spec === undefined || spec.boolean === true) continue;
        if (letter === arg.length - 1) index += 1;
        break;
      }
    }
  }
  return format !== undefined && MACHINE_FORMATS.has(format) ? (format as Exclude<ReportFormat, 'text'>) : undefined;
}
