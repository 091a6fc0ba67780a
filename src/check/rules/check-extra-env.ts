/** `extraEnv`: names Kubernetes accepts, and a word when one overrides the chart's own or repeats. */
import type { ValuesProblem } from '../../errors.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree, Warning } from '../../types.js';
import { createProblem, createWarning, type CheckOutcome } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';

/** Kubernetes' rule for env names (C_IDENTIFIER, relaxed to allow `-` and `.`). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
/** The chart sets telemetry variables under this prefix; agentk reads them as its own. */
const TELEMETRY_PREFIX = 'GITLAB_AGENT_TELEMETRY_';

/** The env variables the chart sets whatever the values (spec §5.1c). */
const ALWAYS_SET = new Set(['POD_NAMESPACE', 'POD_NAME', 'POD_IP', 'SERVICE_ACCOUNT_NAME', 'OCS_ENABLED']);

/** `value` when it is a map (as getValueAt walks one), else undefined. */
function mapOf(value: unknown): Record<string, unknown> | undefined {
  return isMap(value) ? value : undefined;
}

/** Whether the chart itself sets the env variable `name` for these values (spec §5.1c). */
function isChartEnvName(values: ValuesTree, name: string): boolean {
  if (ALWAYS_SET.has(name)) return true;
  const config = mapOf(values['config']);
  switch (name) {
    case 'OWN_PRIVATE_API_URL':
    case 'POD_SELECTOR_LABELS':
      return isGoTruthy(mapOf(config?.['receptive'])?.['enabled']);
    case 'OCS_SERVICE_ACCOUNT_NAME':
      return isGoTruthy(mapOf(config?.['operational_container_scanning'])?.['enabled']);
    case 'GOMAXPROCS':
      return isGoTruthy(mapOf(mapOf(values['resources'])?.['limits'])?.['cpu']);
    case 'GOMEMLIMIT':
      return isGoTruthy(mapOf(mapOf(values['resources'])?.['limits'])?.['memory']);
    default:
      return false;
  }
}

/** Names Kubernetes refuses are problems; overriding the chart's variables, or one's own, warns. */
export function checkExtraEnv(values: ValuesTree): CheckOutcome {
  const problems: ValuesProblem[] = [];
  const warnings: Warning[] = [];
  const items = values['extraEnv'];
  if (!Array.isArray(items)) return { problems, warnings };
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
    if (isChartEnvName(values, name) || name.startsWith(TELEMETRY_PREFIX)) {
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
