import { checkValues } from '../../check/check-values.js';
import { ReleaseNameError, SetExpressionError, ValuesSourceError } from '../../errors.js';
import type { ValuesProblem } from '../../errors.js';
import type { PathSegment, Warning } from '../../types.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_FAILURE, EXIT_OK } from '../reports/describe-error.js';
import type { OriginFinder } from '../input/find-value-origin.js';
import {
  formatCodeQualityReport,
  formatJsonReport,
  formatTextReport,
  isValid,
  type ReportEntry,
  type ReportLocation,
  type ValidationReport,
} from '../reports/format-validation-report.js';
import { addFlagHint, addWarningFlagHint } from '../reports/add-flag-hints.js';
import { renameReleaseError } from '../reports/format-warning.js';
import { VALIDATE_HELP } from '../help-text.js';
import { readAgentConfigOption } from '../input/read-agent-config-option.js';
import { readPrivateApiJwt } from '../input/read-private-api-jwt.js';
import { parseCommandArgs, type CommandArgs } from '../args/parse-command-args.js';
import { readCommandValues } from '../input/read-command-values.js';

/**
 * `validate`: the same reading and `checkValues` as generate, so the two never disagree, but
 * every outcome becomes a report entry instead of an error. Usage errors stay errors (exit 2).
 */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
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
          valuesFiles: args.valueFlags.flatMap((flag) => (flag.kind === 'values' ? [flag.path] : [])),
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
  let input;
  try {
    input = await readCommandValues(args, io);
  } catch (error) {
    if (error instanceof ValuesSourceError) return [describeSourceError(error)];
    throw error;
  }
  for (const notice of input.notices) io.stderr(`${notice}\n`);
  try {
    const { problems, warnings } = renameReleaseError(args, () =>
      checkValues(input.values, {
        releaseName: args.releaseName,
        namespace: args.namespace,
        chartVersion: args.chartVersion,
        gitlabVersion: args.gitlabVersion,
        agentConfig: readAgentConfigOption(args.agentConfig, io),
        allowMissingToken: args.allowMissingToken,
        privateApiJwt: readPrivateApiJwt(args.privateApiJwtFile, io),
      }),
    );
    return [
      ...problems.map((problem) => describeProblem(problem, input.findOrigin)),
      ...warnings.map((warning) => describeWarning(warning, input.findOrigin)),
    ];
  } catch (error) {
    if (error instanceof ReleaseNameError) return [describeReleaseError(error, args)];
    throw error;
  }
}

function describeProblem(problem: ValuesProblem, findOrigin: OriginFinder): ReportEntry {
  return describeDiagnostic('error', addFlagHint(problem), findOrigin);
}

function describeWarning(warning: Warning, findOrigin: OriginFinder): ReportEntry {
  return describeDiagnostic('warning', addWarningFlagHint(warning), findOrigin);
}

/** A problem or a warning, with the CLI's flag advice already added, as a report entry. */
function describeDiagnostic(severity: ReportEntry['severity'], diagnostic: ValuesProblem | Warning, findOrigin: OriginFinder): ReportEntry {
  const { code, path, segments, message, hint } = diagnostic;
  const location = locate(segments, findOrigin);
  return {
    severity,
    check: code,
    path,
    message,
    ...(hint === undefined ? {} : { hint }),
    ...(location === undefined ? {} : { location }),
  };
}

function locate(segments: readonly PathSegment[], findOrigin: OriginFinder): ReportLocation | undefined {
  const origin = findOrigin(segments);
  if (origin === undefined) return undefined;
  return { label: origin.label, origin: origin.origin, ...(origin.line === undefined ? {} : { line: origin.line }) };
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
