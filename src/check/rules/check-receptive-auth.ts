/**
 * In receptive mode KAS connects to the agent's API. GitLab authenticates to it either with a JWT
 * (the agent checks it against `config.api.jwtPublicKey`) or with a TLS client certificate (agentk's
 * `--api-mtls` and `--api-client-ca-cert-file`, which the chart has no values for, so they come
 * through `extraArgs`). With neither, the API accepts anyone who reaches it, with the agent's access.
 */
import type { ChartModel } from '../../chart/chart-model.js';
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';

/** agentk's client-certificate flags: `--api-mtls` (or `=true`), or the CA it checks clients against. */
const CLIENT_AUTH_ARG = /^--api-mtls(?:=(?!false$|0$).*)?$|^--api-client-ca-cert-file=./;

export function checkReceptiveAuth(values: ValuesTree, model: ChartModel): ValuesProblem[] {
  if (!model.receptive || isGoTruthy(getValueAt(values, ['config', 'api', 'jwtPublicKey']))) return [];
  const extraArgs = getValueAt(values, ['extraArgs']);
  if (Array.isArray(extraArgs) && extraArgs.some((arg: unknown) => typeof arg === 'string' && CLIENT_AUTH_ARG.test(arg))) return [];
  return [
    createProblem({
      code: 'missing-required',
      segments: ['config', 'api', 'jwtPublicKey'],
      message:
        'is not set in receptive mode, and no TLS client authentication is configured: the agent API that KAS connects to ' +
        "(config.api.listenAddress, behind the Service and any Ingress) accepts every connection, so anyone who reaches it acts with the agent's access",
      hint:
        "set config.api.jwtPublicKey to the public key GitLab returns for the agent's URL configuration; " +
        'for a URL configuration with a client certificate instead, serve TLS (config.api.tls) and pass --api-mtls and ' +
        '--api-client-ca-cert-file=<path of the CA, from extraVolumes> in extraArgs',
    }),
  ];
}
