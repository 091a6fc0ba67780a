/**
 * Receptive agents share a secret for their private API (`private-api-jwt`). Helm keeps the value
 * it finds in the cluster; a render that cannot see the cluster draws a new one every time, as
 * `helm template` does. So every render changes the Secret: a re-apply swaps the secret under the
 * running agents, and a GitOps repository gets a change on every render. A warning, since the
 * first render is fine; pinning the value (`privateApiJwt`) makes renders stable.
 */
import type { ChartModel } from '../../chart/chart-model.js';
import { createWarning, type CheckOutcome } from '../create-diagnostic.js';

export function checkPrivateApiJwt(model: ChartModel, options: { readonly privateApiJwtPinned: boolean }): CheckOutcome {
  if (!model.receptive || options.privateApiJwtPinned) return { problems: [], warnings: [] };
  return {
    problems: [],
    warnings: [
      createWarning({
        code: 'private-api-jwt-random',
        segments: ['config', 'receptive', 'enabled'],
        message:
          `gives the agents a private API secret (private-api-jwt in the Secret ${model.names.renderedSecret}) that is drawn at random on every render: ` +
          'each render changes that Secret, so applying a new render swaps it under the running agents, and a GitOps repository gets a change every time',
        hint: 'pin it with the render option privateApiJwt: at least 32 random characters, kept as secret as the token',
      }),
    ],
  };
}
