/** `extraEnv`: names Kubernetes accepts, and a word when one overrides the chart's own or repeats. */
import type { ValuesProblem } from '../../errors.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import { getValueAt } from '../../helm/format-values-path.js';
import type { ValuesTree, Warning } from '../../types.js';
import { createProblem, createWarning, type CheckOutcome } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';

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
export function checkExtraEnv(values: ValuesTree): CheckOutcome {
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
