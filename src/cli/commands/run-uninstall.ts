import { UsageError } from '../../errors.js';
import { parseApplySetParent } from '../../manifests/applyset.js';
import { toDeleteManifests } from '../../manifests/delete-stream.js';
import { toYaml } from '../../manifests/format-manifests.js';
import type { CliIo } from '../cli-io.js';
import { UNINSTALL_HELP } from '../help-text.js';
import { parseCommandArgs, shouldCreateNamespace } from '../args/parse-command-args.js';
import { EXIT_OK } from '../reports/describe-error.js';
import { formatWarning } from '../reports/format-warning.js';
import { readGenerateInput, renderGenerate } from './run-generate.js';

/** Shaped like a GitLab agent token so that no token check warns about it. */
const UNINSTALL_STAND_IN_TOKEN = `glagent-${'0'.repeat(50)}`;

/**
 * `uninstall`: the objects of one agent, as `generate` with the same flags renders them, named
 * for `kubectl delete -f -`. The Namespace only with --delete-namespace, since deleting it
 * deletes every other agent in it.
 */
export async function runUninstall(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs('uninstall', argv);
  if (args.help) {
    io.stdout(UNINSTALL_HELP);
    return EXIT_OK;
  }
  if (args.deleteNamespace && !shouldCreateNamespace({ createNamespace: undefined, namespace: args.namespace })) {
    throw new UsageError({
      message: `--delete-namespace: the namespace ${args.namespace} is one every cluster has, and generate never creates it; it is never deleted`,
      flag: '--delete-namespace',
    });
  }
  const parent = args.applySet === undefined ? undefined : parseApplySetParent(args.applySet, args.namespace);
  const input = await readGenerateInput(args, io, undefined);
  // Names do not depend on who manages the objects; the chart's labels keep the render minimal.
  // The token is not needed to delete anything, nor is a stable private API secret; but the
  // install made a token Secret unless config.secretName names the user's own, so a stand-in
  // token (never printed: only identities are) makes the render list that Secret too.
  const rendered = renderGenerate(
    { ...args, createNamespace: args.deleteNamespace, applySet: undefined, managedBy: 'helm', allowMissingToken: true },
    input,
    { token: UNINSTALL_STAND_IN_TOKEN },
  );
  for (const warning of rendered.warnings) if (warning.code !== 'private-api-jwt-random') io.stderr(formatWarning(warning));
  io.stdout(
    toYaml(
      toDeleteManifests(rendered.manifests, {
        deleteNamespace: args.deleteNamespace,
        ...(parent === undefined ? {} : { applySet: parent }),
      }),
    ),
  );
  io.stderr(
    `Note: delete with \`kubectl delete --ignore-not-found -f -\`; ` +
      (args.deleteNamespace
        ? `the Namespace ${args.namespace} goes last, with anything else still in it.\n`
        : `the Namespace ${args.namespace} is kept, as other agents may share it (--delete-namespace deletes it too).\n`),
  );
  return EXIT_OK;
}
