/**
 * Checks beyond the schema: values of the right type that agentk or the API server would still
 * refuse (a KAS address with an https scheme, a token with a trailing newline, a truncated
 * certificate, a JWT key of the wrong size, an env name Kubernetes rejects, derived object names
 * that break Kubernetes' rules), and warnings for what works but is probably a mistake (a token
 * without the `glagent-` prefix, an expired certificate, an env variable that overrides the
 * chart's own). Every message names a path and never quotes a token or a key.
 */
import type { ValuesProblem } from '../../errors.js';
import type { ChartModel } from '../../chart/chart-model.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree, Warning } from '../../types.js';
import { checkAddresses } from './check-addresses.js';
import { checkCertificates } from './check-certificates.js';
import { checkKasAddress } from './check-kas-address.js';
import { checkObjectNames } from './check-object-names.js';
import { checkPodSpec } from './check-pod-spec.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { createProblem, createWarning } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';

export interface SemanticCheckOptions {
  /** What the chart derives from the same values; `checkValues` computes it once for every check. */
  readonly model: ChartModel;
  /** The moment certificates must be valid at. Default: now. */
  readonly now?: Date;
}

export interface SemanticCheckResult {
  readonly problems: ValuesProblem[];
  readonly warnings: Warning[];
}

/** Runs every semantic check over merged values; values of the wrong type are left to the schema. */
export function checkSemantics(values: ValuesTree, options: SemanticCheckOptions): SemanticCheckResult {
  const certificates = checkCertificates(values, { now: options.now ?? new Date() });
  const token = checkToken(values);
  const environment = checkExtraEnv(values);
  return {
    problems: [
      ...checkKasAddress(values),
      ...token.problems,
      ...checkJwtPublicKey(values),
      ...certificates.problems,
      ...environment.problems,
      ...checkPodSpec(values, options.model),
      ...checkAddresses(values),
      ...checkImage(values),
      ...checkRollingUpdate(values),
      ...checkMetadataKeys(values),
      ...checkObjectNames(values, options.model),
    ],
    warnings: [...token.warnings, ...certificates.warnings, ...environment.warnings],
  };
}

// --- the agent token --------------------------------------------------------------------

const TOKEN_PREFIX = 'glagent-';
const TOKEN_BREAK = /[\s\p{Cc}]/u;

/** GitLab agent tokens are one word starting with `glagent-`; a trailing newline from a file is the usual slip. */
export function checkToken(values: ValuesTree): SemanticCheckResult {
  const token = getValueAt(values, ['config', 'token']);
  if (typeof token !== 'string' || token === '') return { problems: [], warnings: [] };
  if (TOKEN_BREAK.test(token)) {
    return {
      problems: [
        createProblem({
          code: 'invalid-value',
          segments: ['config', 'token'],
          message: 'contains whitespace, a line break or a control character',
          hint: 'an agent token is one word, without spaces or line breaks: copy it again from GitLab',
        }),
      ],
      warnings: [],
    };
  }
  if (token.startsWith(TOKEN_PREFIX)) return { problems: [], warnings: [] };
  return {
    problems: [],
    warnings: [
      createWarning({
        code: 'token-without-prefix',
        segments: ['config', 'token'],
        message: `does not start with "${TOKEN_PREFIX}" as GitLab agent tokens do; check that it is the agent's token`,
      }),
    ],
  };
}

// --- the receptive-mode JWT public key ---------------------------------------------------

/** Standard base64 with padding, after removing CR and LF, which Go's decoder skips. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ED25519_PUBLIC_KEY_BYTES = 32;
const JWT_KEY_HINT = 'give the base64 of the raw 32-byte Ed25519 public key, as GitLab shows it (44 characters ending in "=")';

/** `config.api.jwtPublicKey` verifies KAS's JWTs: the base64 of a raw 32-byte Ed25519 public key. */
export function checkJwtPublicKey(values: ValuesTree): ValuesProblem[] {
  const key = getValueAt(values, ['config', 'api', 'jwtPublicKey']);
  if (typeof key !== 'string' || key === '') return [];
  const problem = (message: string): ValuesProblem[] => [
    createProblem({ code: 'invalid-value', segments: ['config', 'api', 'jwtPublicKey'], message, hint: JWT_KEY_HINT }),
  ];
  if (key.includes('-----BEGIN')) return problem('is PEM text, not the base64 of the key itself');
  const compact = key.replace(/[\r\n]/g, '');
  if (!BASE64.test(compact)) return problem('is not base64');
  const length = Buffer.from(compact, 'base64').length;
  if (length !== ED25519_PUBLIC_KEY_BYTES) {
    return problem(`decodes to ${length} bytes; an Ed25519 public key is ${ED25519_PUBLIC_KEY_BYTES} bytes`);
  }
  return [];
}

// --- extra environment variables ---------------------------------------------------------

/** Kubernetes' rule for env names (C_IDENTIFIER, relaxed to allow `-` and `.`). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
/** The chart sets telemetry variables under this prefix; agentk reads them as its own. */
const TELEMETRY_PREFIX = 'GITLAB_AGENT_TELEMETRY_';

/** The env variables the chart itself sets for these values (spec §5.1c). */
function listChartEnvNames(values: ValuesTree): Set<string> {
  const names = new Set(['POD_NAMESPACE', 'POD_NAME', 'POD_IP', 'SERVICE_ACCOUNT_NAME', 'OCS_ENABLED']);
  if (isGoTruthy(getValueAt(values, ['config', 'receptive', 'enabled']))) {
    names.add('OWN_PRIVATE_API_URL');
    names.add('POD_SELECTOR_LABELS');
  }
  if (isGoTruthy(getValueAt(values, ['config', 'operational_container_scanning', 'enabled']))) {
    names.add('OCS_SERVICE_ACCOUNT_NAME');
  }
  if (isGoTruthy(getValueAt(values, ['resources', 'limits', 'cpu']))) names.add('GOMAXPROCS');
  if (isGoTruthy(getValueAt(values, ['resources', 'limits', 'memory']))) names.add('GOMEMLIMIT');
  return names;
}

/** Names Kubernetes refuses are problems; overriding the chart's variables, or one's own, warns. */
export function checkExtraEnv(values: ValuesTree): SemanticCheckResult {
  const problems: ValuesProblem[] = [];
  const warnings: Warning[] = [];
  const items = getValueAt(values, ['extraEnv']);
  if (!Array.isArray(items)) return { problems, warnings };
  const chartNames = listChartEnvNames(values);
  const seen = new Set<string>();
  items.forEach((item: unknown, index) => {
    if (!isMap(item) || typeof item['name'] !== 'string') return;
    const name = item['name'];
    const segments = ['extraEnv', index, 'name'];
    if (!ENV_NAME.test(name)) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments,
          message: 'is not a valid environment variable name',
          hint: "use letters, digits, '_', '-' and '.', not starting with a digit (HTTPS_PROXY, for example)",
        }),
      );
      return;
    }
    if (chartNames.has(name) || name.startsWith(TELEMETRY_PREFIX)) {
      const message = `overrides ${name}, which the chart sets itself; the value from extraEnv wins`;
      warnings.push(createWarning({ code: 'env-overrides-chart', segments, message }));
    } else if (seen.has(name)) {
      const message = `sets ${name} a second time in extraEnv; the last one wins`;
      warnings.push(createWarning({ code: 'env-repeated', segments, message }));
    }
    seen.add(name);
  });
  return { problems, warnings };
}

// --- the image ----------------------------------------------------------------------------

const IMAGE_BREAK = /[\s\p{Cc}]/u;

/** `<repository>:<tag>` is an image reference, which has no whitespace (the API server refuses it at the ends). */
export function checkImage(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  for (const key of ['repository', 'tag']) {
    const value = getValueAt(values, ['image', key]);
    if (typeof value === 'string' && IMAGE_BREAK.test(value)) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments: ['image', key],
          message: 'contains whitespace or a control character',
          hint: 'an image reference has none: registry.example.com/path/agentk and a tag such as v18.0.0',
        }),
      );
    }
  }
  return problems;
}

// --- the rolling update ------------------------------------------------------------------

/** 0 and 0% both mean none; an unset value means Kubernetes' default, 25%. */
function isZeroPods(value: unknown): boolean {
  return value === 0 || value === '0%';
}

/** The API server refuses a Deployment whose rolling update may neither add nor remove a pod. */
export function checkRollingUpdate(values: ValuesTree): ValuesProblem[] {
  if (!isZeroPods(values['maxSurge']) || !isZeroPods(values['maxUnavailable'])) return [];
  return [
    createProblem({
      code: 'invalid-value',
      segments: ['maxUnavailable'],
      message: 'is 0 while maxSurge is 0 too, which Kubernetes refuses: the rollout could never replace a pod',
      hint: 'set maxSurge or maxUnavailable to at least 1 (the chart defaults are maxSurge 1, maxUnavailable 0)',
    }),
  ];
}

// --- label and annotation keys -----------------------------------------------------------

/** Maps whose keys are label or annotation keys. The schema checks their form, not the prefix length. */
const METADATA_KEY_MAPS: readonly (readonly string[])[] = [
  ['podLabels'],
  ['additionalLabels'],
  ['nodeSelector'],
  ['podAnnotations'],
  ['serviceAccount', 'annotations'],
  ['ingress', 'annotations'],
];
const MAX_KEY_PREFIX_LENGTH = 253;

/** The `example.com/` prefix of a label or annotation key is a DNS subdomain: at most 253 characters. */
export function checkMetadataKeys(values: ValuesTree): ValuesProblem[] {
  const problems: ValuesProblem[] = [];
  for (const segments of METADATA_KEY_MAPS) {
    const map = getValueAt(values, segments);
    if (!isMap(map)) continue;
    for (const key of Object.keys(map)) {
      const slash = key.indexOf('/');
      if (slash > MAX_KEY_PREFIX_LENGTH) {
        problems.push(
          createProblem({
            code: 'invalid-value',
            segments: [...segments, key],
            message: `has a prefix of ${slash} characters; Kubernetes allows at most ${MAX_KEY_PREFIX_LENGTH}`,
            hint: 'shorten the part before the "/"',
          }),
        );
      }
    }
  }
  return problems;
}
