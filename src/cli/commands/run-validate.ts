import { checkValues } from '../../check/check-values.js';
import { findReleaseErrors } from '../../check/check-release.js';
import { ReleaseNameError, SetExpressionError, ValuesSourceError } from '../../errors.js';
import type { ValuesProblem } from '../../errors.js';
import type { Warning } from '../../types.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_FAILURE, EXIT_OK } from '../reports/describe-error.js';
import type { OriginFinder, ValueOrigin } from '../input/find-value-origin.js';
import { orderByLocation } from '../reports/order-report-entries.js';
import {
  formatCodeQualityReport,
  formatJsonReport,
  formatTextReport,
  isValid,
  type ReportEntry,
  type ValidationReport,
} from '../reports/format-validation-report.js';
import { addFlagHint, addWarningFlagHint } from '../reports/add-flag-hints.js';
import { nameReleaseFlag } from '../reports/format-warning.js';
import { VALIDATE_HELP } from '../help-text.js';
import { readAgentConfigIfGiven } from '../input/read-agent-config-if-given.js';
import { readPrivateApiJwt } from '../input/read-private-api-jwt.js';
import {
  COMMAND_FLAGS,
  DEFAULT_NAMESPACE,
  DEFAULT_RELEASE_NAME,
  listValuesFiles,
  parseCommandArgs,
  type CommandArgs,
} from '../args/parse-command-args.js';
import { reportOnFailure } from './report-on-failure.js';
import { readCommandValues } from '../input/read-command-values.js';

/**
 * `validate`: the same reading and `checkValues` as generate, so the two never disagree, but
 * every outcome becomes a report entry instead of an error. Usage errors stay errors (exit 2),
 * with an empty report on standard output for the machine-readable formats.
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  return reportOnFailure(argv, COMMAND_FLAGS.validate, io, {}, () => validate(argv, io));
}

async function validate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs('validate', argv);
  if (args.help) {
    io.stdout(VALIDATE_HELP);
    return EXIT_OK;
  }
  const entries = await collectEntries(args, io);
  const report: ValidationReport = { releaseName: args.releaseName, namespace: args.namespace, entries };
  switch (args.format) {
    case 'json':
      io.stdout(formatJsonReport(report));
      break;
    case 'codequality':
      io.stdout(
        formatCodeQualityReport(report, {
          cwd: io.cwd,
          valuesFiles: listValuesFiles(args),
        }),
      );
      break;
    default:
      io.stdout(formatTextReport(report));
  }
  const failed = !isValid(report) || (args.strict && entries.some((entry) => entry.severity === 'warning'));
  return failed ? EXIT_FAILURE : EXIT_OK;
}

async function collectEntries(args: CommandArgs, io: CliIo): Promise<ReportEntry[]> {
  const valuesFiles = listValuesFiles(args);
  // Both parts of the release identity are checked first and reported together; the values are
  // then checked under the default name in place of a bad one, so their problems show too.
  const releaseErrors = findReleaseErrors({ releaseName: args.releaseName, namespace: args.namespace });
  const failed = new Set(releaseErrors.map((error) => error.field));
  const entries: LocatedEntry[] = releaseErrors.map((error) => ({ entry: describeReleaseError(nameReleaseFlag(args, error), args) }));
  let input;
  try {
    input = await readCommandValues(args, io);
  } catch (error) {
    if (error instanceof ValuesSourceError) return orderEntries([...entries, { entry: describeSourceError(error) }], valuesFiles);
    throw error;
  }
  for (const notice of input.notices) io.stderr(`${notice}\n`);
  const agentConfig = await readAgentConfigIfGiven(args.agentConfig, io);
  const { problems, warnings } = checkValues(input.values, {
    releaseName: failed.has('releaseName') ? DEFAULT_RELEASE_NAME : args.releaseName,
    namespace: failed.has('namespace') ? DEFAULT_NAMESPACE : args.namespace,
    chartVersion: args.chartVersion,
    gitlabVersion: args.gitlabVersion,
    agentConfig,
    allowMissingToken: args.allowMissingToken,
    privateApiJwt: readPrivateApiJwt(args.privateApiJwtFile, io),
  });
  for (const problem of problems) {
    // A problem may be about a key nobody set below a map someone did: the closest source is the place to look.
    const origin = input.findOrigin(problem.segments);
    entries.push(describeDiagnostic('error', addFlagHint(problem, origin), origin));
  }
  for (const warning of warnings) {
    entries.push(describeDiagnostic('warning', addWarningFlagHint(warning), findWarningCause(warning, input.findOrigin, args)));
  }
  return orderEntries(entries, valuesFiles);
}

/** A report entry and the column of its key, which orders entries on one line but is not printed. */
interface LocatedEntry {
  readonly entry: ReportEntry;
  readonly column?: number;
}

function orderEntries(entries: readonly LocatedEntry[], valuesFiles: readonly string[]): ReportEntry[] {
  const ordered = orderByLocation(
    entries,
    ({ entry, column }) => (entry.location === undefined ? undefined : { ...entry.location, ...(column === undefined ? {} : { column }) }),
    valuesFiles,
  );
  return ordered.map(({ entry }) => entry);
}

/**
 * The source that caused a warning: the one that set the value it is about, never one that only
 * set a sibling key (a version-skew warning is about an image.tag nobody gave, not about whoever
 * set image.repository beside it). A warning caused by a flag rather than a value names it.
 */
function findWarningCause(warning: Warning, findOrigin: OriginFinder, args: CommandArgs): ValueOrigin | undefined {
  const origin = warning.segments.length === 0 ? undefined : findOrigin(warning.segments);
  if (origin?.exact === true) return origin;
  const byGitlabVersion = warning.code === 'version-skew' || warning.code === 'gitlab-newer-than-known';
  if (byGitlabVersion && args.gitlabVersion !== undefined) return { label: '--gitlab-version', origin: 'flag', exact: true };
  return undefined;
}

/** A problem or a warning, with the CLI's advice already added, as a report entry. */
function describeDiagnostic(
  severity: ReportEntry['severity'],
  diagnostic: ValuesProblem | Warning,
  origin: ValueOrigin | undefined,
): LocatedEntry {
  const { code, path, message, hint } = diagnostic;
  const entry: ReportEntry = {
    severity,
    check: code,
    path,
    message,
    ...(hint === undefined ? {} : { hint }),
    ...(origin === undefined
      ? {}
      : { location: { label: origin.label, origin: origin.origin, ...(origin.line === undefined ? {} : { line: origin.line }) } }),
  };
  return { entry, ...(origin?.column === undefined ? {} : { column: origin.column }) };
}

/** A file that is not YAML, a `--set` that does not parse: the error already names file and line or flag. */
function describeSourceError(error: ValuesSourceError): ReportEntry {
  const { source, line } = error.location;
  // The location names the file or flag already; a --set message keeps the key it is about.
  const message = error instanceof SetExpressionError && error.path !== '' ? error.message : error.reason;
  return {
    severity: 'error',
    check: `values-source-${error.problem}`,
    path: '',
    message,
    ...(error.hint === undefined ? {} : { hint: error.hint }),
    location: { label: source, origin: source.startsWith('--') ? 'flag' : 'file', ...(line === undefined ? {} : { line }) },
  };
}

/** Points at the flag that gave the failing input: the namespace, or whichever flag named the release. */
function describeReleaseError(error: ReleaseNameError, args: CommandArgs): ReportEntry {
  const flag = error.field === 'namespace' ? '--namespace' : (args.releaseNameFlag ?? '--release-name');
  return {
    severity: 'error',
    check: 'release-name',
    path: '',
    message: error.message,
    location: { label: flag, origin: 'flag' },
  };
}
