/**
 * The chart starts agentk with `--token-file=/etc/agentk/secrets/token` whatever the values say.
 * Without `config.token` and `config.secretName` no Secret is mounted there, so the pod can never
 * start: an error, unless the token reaches that path another way, which the user says
 * deliberately (`allowMissingToken`) or shows with a volume of their own mounted there.
 */
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree } from '../../types.js';
import { isMap } from '../../util/is-map.js';
import { createProblem } from '../create-diagnostic.js';

/** Where agentk reads the token; the chart's secret volume is mounted on the folder. */
export const TOKEN_FILE_PATH = '/etc/agentk/secrets/token';

export function checkMissingToken(values: ValuesTree, options: { readonly allowMissingToken: boolean }): ValuesProblem[] {
  if (isGoTruthy(getValueAt(values, ['config', 'token'])) || isGoTruthy(getValueAt(values, ['config', 'secretName']))) return [];
  if (options.allowMissingToken || mountsTokenFile(getValueAt(values, ['extraVolumeMounts']))) return [];
  return [
    createProblem({
      code: 'missing-required',
      segments: ['config', 'token'],
      message: `is not set, nor is config.secretName: no Secret holds the agent's token, but the agent reads it from ${TOKEN_FILE_PATH}, so its pod cannot start`,
      hint:
        'give the token in config.token, or name the Secret that holds it (under the key "token") with config.secretName: ' +
        'one created with kubectl, by External Secrets or Sealed Secrets, or by an extraManifests item; ' +
        `to render without a token on purpose, because a volume or patch of your own provides ${TOKEN_FILE_PATH}, set the render option allowMissingToken`,
      fix: 'give-token',
    }),
  ];
}

/** An `extraVolumeMounts` item that puts a volume of the user's at the token file or its folder. */
function mountsTokenFile(mounts: unknown): boolean {
  if (!Array.isArray(mounts)) return false;
  return mounts.some((mount: unknown) => {
    if (!isMap(mount) || typeof mount['mountPath'] !== 'string') return false;
    const path = mount['mountPath'].replace(/\/+$/, '');
    return path === TOKEN_FILE_PATH || path === TOKEN_FILE_PATH.slice(0, TOKEN_FILE_PATH.lastIndexOf('/'));
  });
}
