import { resolve } from 'node:path';
import type { KasDiscovery } from '../../gitlab/discover-kas.js';
import { toYaml } from '../../manifests/format-manifests.js';
import { renderManifests, type RenderResult } from '../../render-manifests.js';
import type { ValuesTree } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_OK } from '../reports/describe-error.js';
import { findSensitiveManifests, formatSensitiveNotice } from '../output/find-sensitive-manifests.js';
import { formatManifestList } from '../output/format-manifest-list.js';
import { formatWarning, renameReleaseError } from '../reports/format-warning.js';
import { GENERATE_HELP } from '../help-text.js';
import { listValuesFiles, parseCommandArgs, shouldCreateNamespace, type CommandArgs } from '../args/parse-command-args.js';
import { readCommandValues } from '../input/read-command-values.js';
import { readGitlabConnection } from '../input/read-gitlab-connection.js';
import { writeOutputDir } from '../output/write-output-dir.js';
import { readAgentConfigIfGiven } from '../input/read-agent-config-if-given.js';
import { readPrivateApiJwt } from '../input/read-private-api-jwt.js';
import { checkValues } from '../../check/check-values.js';
import { ValuesError } from '../../errors.js';
import type { OriginFinder } from '../input/find-value-origin.js';
import { addSourceHints } from '../reports/add-flag-hints.js';
import type { AgentConfig } from '../../generated/agent-config.js';
import { formatClusterAdminNote, formatRbacExplanation } from '../reports/format-rbac-explanation.js';
import { formatApplySetNote } from '../reports/format-applyset-note.js';

export async function runGenerate(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs('generate', argv);
  if (args.help) {
    io.stdout(GENERATE_HELP);
    return EXIT_OK;
  }
  if (args.fleet !== undefined && args.outputDir !== undefined) {
    // Loaded only for a fleet, so a single generate starts no faster or slower for it.
    return (await import('./run-generate-fleet.js')).runGenerateFleet({ ...args, fleet: args.fleet, outputDir: args.outputDir }, io);
  }
  await generate(args, io, {});
  return EXIT_OK;
}

/** What `bootstrap` adds to the values of `generate`, below every value the user gave. */
export interface GenerateDefaults {
  /** `config.token`, unless the user set `config.token` or `config.secretName`. */
  readonly token?: string;
  /** `config.secretName`, unless the user set `config.token` or `config.secretName`. */
  readonly secretName?: string;
}

/** The user's values, read once, what GitLab's metadata said, `--agent-config` and `--private-api-jwt-file`. */
export interface GenerateInput {
  readonly values: ValuesTree;
  /** Which source set a values path, so each problem's hint is phrased for it. */
  readonly findOrigin: OriginFinder;
  readonly kas: KasDiscovery | undefined;
  readonly agentConfig: AgentConfig | undefined;
  readonly privateApiJwt: string | undefined;
}

/** `generate` after its flags are parsed. */
export async function generate(args: CommandArgs, io: CliIo, defaults: GenerateDefaults): Promise<void> {
  const input = await readGenerateInput(args, io, undefined);
  if (args.explainRbac) {
    explainRbac(args, io, input);
    return;
  }
  await io.loadTemplatePlans?.();
  writeGenerated(args, io, renderGenerate(args, input, defaults));
}

/** `--explain-rbac`: the least-privilege rules and why each is granted, instead of the manifests. */
function explainRbac(args: CommandArgs, io: CliIo, input: GenerateInput): void {
  const gitlabVersion = args.gitlabVersion ?? input.kas?.gitlabVersion;
  const checked = renameReleaseError(args, () =>
    checkValues(input.values, {
      releaseName: args.releaseName,
      namespace: args.namespace,
      chartVersion: args.chartVersion,
      gitlabVersion,
      agentConfig: input.agentConfig,
      // The report prints no manifests, so no token Secret: the rules do not depend on the token.
      allowMissingToken: true,
      privateApiJwt: input.privateApiJwt,
    }),
  );
  if (checked.problems.length > 0) throw hintForSources(new ValuesError({ problems: checked.problems }), input.findOrigin, args);
  for (const warning of checked.warnings) io.stderr(formatWarning(warning));
  io.stdout(formatRbacExplanation(checked.model));
}

/**
 * Reads the values (standard input at most once) and, with --gitlab-url, the metadata, unless
 * `kas` was read already (bootstrap).
 */
export async function readGenerateInput(args: CommandArgs, io: CliIo, kas: KasDiscovery | undefined): Promise<GenerateInput> {
  const read = await readCommandValues(args, io);
  for (const notice of read.notices) io.stderr(`${notice}\n`);
  const agentConfig = await readAgentConfigIfGiven(args.agentConfig, io);
  const privateApiJwt = readPrivateApiJwt(args.privateApiJwtFile, io);
  return {
    values: read.values,
    findOrigin: read.findOrigin,
    kas: kas ?? (await readKasFromGitlab(args, configOf(read.values), io)),
    agentConfig,
    privateApiJwt,
  };
}

/** Renders; throws on values that cannot render. Writes nothing, so bootstrap can try it first. */
export function renderGenerate(args: CommandArgs, input: GenerateInput, defaults: GenerateDefaults): RenderResult {
  const userConfig = configOf(input.values);
  const { kas } = input;
  const added: Record<string, unknown> = {};
  if (kas !== undefined && userConfig['kasAddress'] === undefined) added['kasAddress'] = kas.kasAddress;
  if (userConfig['token'] === undefined && userConfig['secretName'] === undefined) {
    if (defaults.token !== undefined) added['token'] = defaults.token;
    if (defaults.secretName !== undefined) added['secretName'] = defaults.secretName;
  }
  const values: ValuesTree = Object.keys(added).length === 0 ? input.values : { ...input.values, config: { ...userConfig, ...added } };
  const gitlabVersion = args.gitlabVersion ?? kas?.gitlabVersion;
  try {
    return renameReleaseError(args, () =>
      renderManifests(values, {
        releaseName: args.releaseName,
        namespace: args.namespace,
        // An ApplySet must not hold the Namespace (see manifests/applyset.ts); an explicit
        // --create-namespace still asks for it, and the render says why it cannot be.
        createNamespace: args.applySet !== undefined && args.createNamespace === undefined ? false : shouldCreateNamespace(args),
        ...(args.managedBy === undefined ? {} : { managedBy: args.managedBy }),
        ...(args.applySet === undefined ? {} : { applySet: args.applySet }),
        ...(args.chartVersion === undefined ? {} : { chartVersion: args.chartVersion }),
        ...(gitlabVersion === undefined ? {} : { gitlabVersion }),
        ...(input.agentConfig === undefined ? {} : { agentConfig: input.agentConfig }),
        ...(input.privateApiJwt === undefined ? {} : { privateApiJwt: input.privateApiJwt }),
        allowMissingToken: args.allowMissingToken,
      }),
    );
  } catch (error) {
    throw hintForSources(error, input.findOrigin, args);
  }
}

/** A ValuesError with each hint phrased for its source, in `validate`'s order; anything else as it is. */
function hintForSources(error: unknown, findOrigin: OriginFinder, args: CommandArgs): unknown {
  if (!(error instanceof ValuesError)) return error;
  return new ValuesError({ problems: addSourceHints(error.problems, findOrigin, listValuesFiles(args)) });
}

/** Prints the warnings and writes the manifests: the stream on standard output, or --output-dir. */
export function writeGenerated(args: CommandArgs, io: CliIo, rendered: RenderResult): void {
  const { manifests, warnings } = rendered;
  for (const warning of warnings) io.stderr(formatWarning(warning));
  const sensitive = findSensitiveManifests(manifests);
  // Said after the output is written, so a failure stays one Error line.
  const clusterAdminNote = formatClusterAdminNote(manifests) ?? '';
  const applySetNote = args.applySet === undefined ? '' : formatApplySetNote(args.applySet, args.namespace, manifests);

  if (args.outputDir !== undefined) {
    const written = writeOutputDir({ path: resolve(io.cwd, args.outputDir), shownPath: args.outputDir, manifests });
    io.stderr(
      `${written.replaced ? 'Replaced' : 'Wrote'} ${args.outputDir}: ${written.files.length} manifests and kustomization.yaml` +
        `${written.secretFiles.length > 0 ? ` (Secret files with mode 0600: ${written.secretFiles.join(', ')})` : ''}\n`,
    );
    if (sensitive.length > 0) io.stderr(formatSensitiveNotice(sensitive, `the directory ${args.outputDir}`));
    if (clusterAdminNote !== '') io.stderr(clusterAdminNote);
    if (applySetNote !== '') io.stderr(applySetNote);
    return;
  }
  // Rendered in full before anything is written, so a failure never leaves half a stream.
  io.stdout(args.output === 'json' ? formatManifestList(manifests) : toYaml(manifests));
  if (sensitive.length > 0) io.stderr(formatSensitiveNotice(sensitive, 'the output'));
  if (clusterAdminNote !== '') io.stderr(clusterAdminNote);
  if (applySetNote !== '') io.stderr(applySetNote);
}

function configOf(values: ValuesTree): Record<string, unknown> {
  return isMap(values['config']) ? values['config'] : {};
}

/**
 * With --gitlab-url, GitLab's metadata supplies what the user did not set: `config.kasAddress`
 * and the GitLab version. When both are set, GitLab is not asked.
 */
async function readKasFromGitlab(args: CommandArgs, userConfig: Record<string, unknown>, io: CliIo): Promise<KasDiscovery | undefined> {
  const gitlabUrl = args.gitlab.gitlabUrl;
  if (gitlabUrl === undefined) return undefined;
  if (userConfig['kasAddress'] !== undefined && args.gitlabVersion !== undefined) return undefined;
  const connection = await readGitlabConnection({ ...args.gitlab, gitlabUrl }, io);
  // Imported here: the HTTP client loads node:https and node:tls, which a run without
  // --gitlab-url (most of them) would pay for at start-up.
  const { discoverKasIfAvailable } = await import('./register-with-gitlab.js');
  const { kas, note } = await discoverKasIfAvailable(connection);
  if (note !== undefined) io.stderr(`${note}\n`);
  if (kas !== undefined) {
    const used = [
      ...(userConfig['kasAddress'] === undefined ? [`KAS address ${kas.kasAddress}`] : []),
      ...(args.gitlabVersion === undefined ? [`GitLab version ${kas.gitlabVersion}`] : []),
    ];
    io.stderr(`Note: ${used.join(' and ')} read from ${new URL(gitlabUrl).origin}.\n`);
  }
  return kas;
}
