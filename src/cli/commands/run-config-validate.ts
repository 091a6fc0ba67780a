import { validateAgentConfig } from '../../agent-config/validate-agent-config.js';
import type { CliIo } from '../cli-io.js';
import { CONFIG_VALIDATE_FLAGS, parseConfigValidateArgs, type ConfigValidateArgs } from '../args/parse-config-args.js';
import { reportOnFailure } from './report-on-failure.js';
import { CONFIG_VALIDATE_HELP } from '../help-text.js';
import { readAgentConfigFiles } from '../input/read-agent-config-files.js';
import { EXIT_FAILURE, EXIT_OK } from '../reports/describe-error.js';
import {
  collectConfigEntries,
  describeConfigVerdict,
  formatConfigJsonReport,
  type CheckedConfigFile,
} from '../reports/format-agent-config-report.js';
import { formatCodeQualityReport, formatTextReport } from '../reports/format-validation-report.js';

/** GitLab CI sets it to the project's full path: there, the configuration project. */
const CI_PROJECT_PATH = 'CI_PROJECT_PATH';
const FULL_PROJECT_PATH = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*(\/[A-Za-z0-9_.][A-Za-z0-9_.-]*)+$/;

/**
 * `config validate [PATH...]`: every file checked as GitLab reads it, every problem reported,
 * one report for all files. Exit 0 when GitLab would accept them all (warnings allowed, unless
 * --strict), 1 when it would refuse one, 2 for a usage error (then a machine-readable report is empty and the error is on standard error).
 */
export async function runConfigValidate(argv: readonly string[], io: CliIo): Promise<number> {
  return reportOnFailure(argv, CONFIG_VALIDATE_FLAGS, io, { files: [] }, () => validateConfigFiles(argv, io));
}

async function validateConfigFiles(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseConfigValidateArgs(argv);
  if (args.help) {
    io.stdout(CONFIG_VALIDATE_HELP);
    return EXIT_OK;
  }
  const inputs = await readAgentConfigFiles(args.paths, io);
  const files: CheckedConfigFile[] = inputs.map((input) => ({
    label: input.label,
    result: validateAgentConfig(input.content, {
      ...(input.path === undefined ? {} : { path: input.path }),
      ...(input.path === undefined && args.agentName !== undefined ? { agentName: args.agentName } : {}),
      ...validationOptions(args, io),
    }),
  }));
  // With --strict a warning fails the check, so it is reported as a problem in every format.
  const entries = collectConfigEntries(files).map((entry) => (args.strict ? { ...entry, severity: 'error' as const } : entry));
  const valid = entries.every((entry) => entry.severity !== 'error');
  switch (args.format) {
    case 'json':
      io.stdout(formatConfigJsonReport(files, entries, valid));
      break;
    case 'codequality':
      io.stdout(formatCodeQualityReport({ entries }, { cwd: io.cwd, valuesFiles: [] }));
      break;
    default:
      io.stdout(formatTextReport({ entries }, describeConfigVerdict(files)));
  }
  return valid ? EXIT_OK : EXIT_FAILURE;
}

function validationOptions(
  args: ConfigValidateArgs,
  io: CliIo,
): { gitlabVersion?: string; tier?: ConfigValidateArgs['tier']; configProject?: string; maxFileBytes?: number } {
  const fromCi = io.env[CI_PROJECT_PATH];
  const configProject = args.configProject ?? (fromCi !== undefined && FULL_PROJECT_PATH.test(fromCi) ? fromCi : undefined);
  return {
    ...(args.gitlabVersion === undefined ? {} : { gitlabVersion: args.gitlabVersion }),
    ...(args.tier === undefined ? {} : { tier: args.tier }),
    ...(configProject === undefined ? {} : { configProject }),
    ...(args.maxFileBytes === undefined ? {} : { maxFileBytes: args.maxFileBytes }),
  };
}
