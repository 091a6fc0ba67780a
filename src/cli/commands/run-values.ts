import { checkValues } from '../../check/check-values.js';
import { formatProblems } from '../../errors.js';
import { dumpYaml } from '../../helm/yaml-output.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_FAILURE, EXIT_OK } from '../reports/describe-error.js';
import { addSourceHints } from '../reports/add-flag-hints.js';
import { formatWarning, renameReleaseError } from '../reports/format-warning.js';
import { VALUES_HELP } from '../help-text.js';
import { listValuesFiles, parseCommandArgs } from '../args/parse-command-args.js';
import { readCommandValues } from '../input/read-command-values.js';
import { readPrivateApiJwt } from '../input/read-private-api-jwt.js';
import { redactValues } from '../output/redact-values.js';

/**
 * `values`: the merged values generate would render, as YAML with Helm's key order. They are
 * printed even when they would not render, since finding out why is what this command is for;
 * the problems then go to standard error and the exit status is 1.
 */
export async function runValues(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs('values', argv);
  if (args.help) {
    io.stdout(VALUES_HELP);
    return EXIT_OK;
  }
  const { values, notices, findOrigin } = await readCommandValues(args, io);
  for (const notice of notices) io.stderr(`${notice}\n`);
  const { merged, problems, warnings } = renameReleaseError(args, () =>
    checkValues(values, {
      releaseName: args.releaseName,
      namespace: args.namespace,
      chartVersion: args.chartVersion,
      gitlabVersion: args.gitlabVersion,
      allowMissingToken: args.allowMissingToken,
      privateApiJwt: readPrivateApiJwt(args.privateApiJwtFile, io),
    }),
  );
  const redacted = redactValues(merged);
  io.stdout(`${dumpYaml(args.showSecrets ? merged : redacted.values)}\n`);
  for (const warning of warnings) io.stderr(formatWarning(warning));
  if (args.showSecrets && redacted.redacted.length > 0) {
    io.stderr(
      `Note: the output holds secrets (${redacted.redacted.join(', ')}); it is sensitive and must not be committed to version control\n`,
    );
  }
  if (problems.length > 0) {
    io.stderr(`Error: ${formatProblems(addSourceHints(problems, findOrigin, listValuesFiles(args)))}\n`);
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}
