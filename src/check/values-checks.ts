/**
 * The one registry of the checks that run after the schema, in the order their problems and
 * warnings are reported. Each rule lives in its own file under rules/ and keeps the signature
 * that suits it; the entry here adapts it. A new rule is a file plus one line here.
 * Values of the wrong type are the schema's to report: every rule skips what it cannot read.
 */
import type { ChartModel } from '../chart/chart-model.js';
import type { ValuesProblem } from '../errors.js';
import type { ValuesTree } from '../types.js';
import type { CheckOutcome } from './create-diagnostic.js';
import { checkAddresses } from './rules/check-addresses.js';
import { checkAgentVersion } from './rules/check-agent-version.js';
import { checkCertificates } from './rules/check-certificates.js';
import { checkChartRules } from './rules/check-chart-rules.js';
import { checkExtraEnv } from './rules/check-extra-env.js';
import { checkExtraManifests } from './rules/check-extra-manifests.js';
import { checkImage } from './rules/check-image.js';
import { checkInstallWarnings } from './rules/check-install-warnings.js';
import { checkJwtPublicKey } from './rules/check-jwt-public-key.js';
import { checkLeastPrivilegeRbac } from './rules/check-least-privilege-rbac.js';
import { checkKasAddress } from './rules/check-kas-address.js';
import { checkMetadataKeys } from './rules/check-metadata-keys.js';
import { checkObjectNames } from './rules/check-object-names.js';
import { checkPodSpec } from './rules/check-pod-spec.js';
import { checkRedactedMarker } from './rules/check-redacted-marker.js';
import { checkReleaseFeatures } from './rules/check-release-features.js';
import { checkRollingUpdate } from './rules/check-rolling-update.js';
import { checkToken } from './rules/check-token.js';
import { checkMissingToken } from './rules/check-missing-token.js';
import { checkServiceAccount } from './rules/check-service-account.js';
import { checkReceptiveAuth } from './rules/check-receptive-auth.js';
import { checkPrivateApiJwt } from './rules/check-private-api-jwt.js';
import { checkEnvCredentials } from './rules/check-env-credentials.js';

/** The render options that decide a check: deliberate escapes and what the caller pins. */
export interface ValuesCheckRenderOptions {
  /** `allowMissingToken`: render without any token on purpose. */
  readonly allowMissingToken: boolean;
  /** `privateApiJwt` is given, so the receptive-mode JWT is the same on every render. */
  readonly privateApiJwtPinned: boolean;
}

/** What every check may read: the merged values (and the user's), the chart model derived from them, the time and the render options. */
export interface ValuesCheckInput {
  readonly values: ValuesTree;
  /** The user's values before the merge, for a rule that only looks for what the user wrote. */
  readonly user: ValuesTree;
  readonly model: ChartModel;
  /** The moment certificates must be valid at. */
  readonly now: Date;
  readonly render: ValuesCheckRenderOptions;
}

export interface ValuesCheck {
  /** A name for the rule, as its file is named (`check-token.ts` is `token`). */
  readonly name: string;
  readonly run: (input: ValuesCheckInput) => CheckOutcome;
}

const problemsOnly = (problems: ValuesProblem[]): CheckOutcome => ({ problems, warnings: [] });

export const VALUES_CHECKS: readonly ValuesCheck[] = [
  { name: 'chart-rules', run: ({ values }) => problemsOnly(checkChartRules(values)) },
  { name: 'install-warnings', run: ({ values }) => checkInstallWarnings(values) },
  { name: 'missing-token', run: ({ values, render }) => problemsOnly(checkMissingToken(values, render)) },
  { name: 'service-account', run: ({ values, model }) => problemsOnly(checkServiceAccount(values, model)) },
  { name: 'receptive-auth', run: ({ values, model }) => problemsOnly(checkReceptiveAuth(values, model)) },
  { name: 'private-api-jwt', run: ({ model, render }) => checkPrivateApiJwt(model, render) },
  { name: 'agent-version', run: ({ values, model }) => checkAgentVersion(values, model) },
  { name: 'kas-address', run: ({ values }) => problemsOnly(checkKasAddress(values)) },
  { name: 'token', run: ({ values }) => checkToken(values) },
  { name: 'redacted-marker', run: ({ user }) => problemsOnly(checkRedactedMarker(user)) },
  { name: 'jwt-public-key', run: ({ values }) => problemsOnly(checkJwtPublicKey(values)) },
  { name: 'certificates', run: ({ values, now }) => checkCertificates(values, { now }) },
  { name: 'extra-env', run: ({ values }) => checkExtraEnv(values) },
  { name: 'env-credentials', run: ({ values }) => checkEnvCredentials(values) },
  { name: 'pod-spec', run: ({ values, model }) => problemsOnly(checkPodSpec(values, model)) },
  { name: 'addresses', run: ({ values }) => problemsOnly(checkAddresses(values)) },
  { name: 'image', run: ({ values }) => problemsOnly(checkImage(values)) },
  { name: 'rolling-update', run: ({ values }) => problemsOnly(checkRollingUpdate(values)) },
  { name: 'metadata-keys', run: ({ values }) => problemsOnly(checkMetadataKeys(values)) },
  { name: 'object-names', run: ({ values, model }) => problemsOnly(checkObjectNames(values, model)) },
  { name: 'release-features', run: ({ values, model }) => problemsOnly(checkReleaseFeatures(values, model)) },
  { name: 'extra-manifests', run: ({ model }) => problemsOnly(checkExtraManifests(model)) },
  { name: 'least-privilege-rbac', run: ({ values, model }) => checkLeastPrivilegeRbac(values, model) },
];

/** Runs every registered check, problems and warnings each in registry order. */
export function runValuesChecks(input: ValuesCheckInput): CheckOutcome {
  const problems: ValuesProblem[] = [];
  const warnings: CheckOutcome['warnings'] = [];
  for (const check of VALUES_CHECKS) {
    const outcome = check.run(input);
    // Most rules find nothing: a loop appends without spreading (and copying) every outcome's arrays.
    for (const problem of outcome.problems) problems.push(problem);
    for (const warning of outcome.warnings) warnings.push(warning);
  }
  return { problems, warnings };
}
