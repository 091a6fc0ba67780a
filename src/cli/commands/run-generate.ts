import { resolve } from 'node:path';
import { toYaml } from '../../manifests/format-manifests.js';
import { renderManifests } from '../../render-manifests.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_OK } from '../reports/describe-error.js';
import { findSensitiveManifests, formatSensitiveNotice } from '../output/find-sensitive-manifests.js';
import { formatManifestList } from '../output/format-manifest-list.js';
import { formatWarning, renameReleaseError } from '../reports/format-warning.js';
import { GENERATE_HELP } from '../help-text.js';
import { parseCommandArgs, shouldCreateNamespace } from '../args/parse-command-args.js';
import { readCommandValues } from '../input/read-command-values.js';
import { writeOutputDir } from '../output/write-output-dir.js';
import { readAgentConfigOption } from '../input/read-agent-config-option.js';
import { checkValues } from '../../check/check-values.js';
import { ValuesError } from '../../errors.js';
import { formatClusterAdminNote, formatRbacExplanation } from '../reports/format-rbac-explanation.js';

export async function runGenerate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs('generate', argv);
  if (args.help) {
    io.stdout(GENERATE_HELP);
    return EXIT_OK;
  }
  const { values, notices } = await readCommandValues(args, io);
  const agentConfig = readAgentConfigOption(args.agentConfig, io);
  if (args.explainRbac) {
    const checked = renameReleaseError(args, () =>
      checkValues(values, {
        releaseName: args.releaseName,
        namespace: args.namespace,
        chartVersion: args.chartVersion,
        gitlabVersion: args.gitlabVersion,
        agentConfig,
      }),
    );
    if (checked.problems.length > 0) throw new ValuesError({ problems: checked.problems });
    for (const warning of checked.warnings) io.stderr(formatWarning(warning));
    io.stdout(formatRbacExplanation(checked.model));
    return EXIT_OK;
  }
  for (const notice of notices) io.stderr(`${notice}\n`);
  const { manifests, warnings } = renameReleaseError(args, () =>
    renderManifests(values, {
      releaseName: args.releaseName,
      namespace: args.namespace,
      createNamespace: shouldCreateNamespace(args),
      ...(args.chartVersion === undefined ? {} : { chartVersion: args.chartVersion }),
      ...(args.gitlabVersion === undefined ? {} : { gitlabVersion: args.gitlabVersion }),
      ...(agentConfig === undefined ? {} : { agentConfig }),
    }),
  );
  for (const warning of warnings) io.stderr(formatWarning(warning));
  // Said after the output is written, so a failure stays one Error line.
  const clusterAdminNote = formatClusterAdminNote(manifests) ?? '';
  const sensitive = findSensitiveManifests(manifests);

  if (args.outputDir !== undefined) {
    const written = writeOutputDir({ path: resolve(io.cwd, args.outputDir), shownPath: args.outputDir, manifests });
    io.stderr(
      `${written.replaced ? 'Replaced' : 'Wrote'} ${args.outputDir}: ${written.files.length} manifests and kustomization.yaml` +
        `${written.secretFiles.length > 0 ? ` (Secret files with mode 0600: ${written.secretFiles.join(', ')})` : ''}\n`,
    );
    if (sensitive.length > 0) io.stderr(formatSensitiveNotice(sensitive, `the directory ${args.outputDir}`));
    if (clusterAdminNote !== '') io.stderr(clusterAdminNote);
    return EXIT_OK;
  }
  // Rendered in full before anything is written, so a failure never leaves half a stream.
  io.stdout(args.output === 'json' ? formatManifestList(manifests) : toYaml(manifests));
  if (sensitive.length > 0) io.stderr(formatSensitiveNotice(sensitive, 'the output'));
  if (clusterAdminNote !== '') io.stderr(clusterAdminNote);
  return EXIT_OK;
}
