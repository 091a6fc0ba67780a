/**
 * The checks the official chart makes with `fail` before rendering (its `_helpers.tpl`),
 * with the chart's exact messages. They only run in receptive mode. Helm stops at the first
 * failure; we report each failing check (at most one per listener, since the port check only
 * makes sense once the address has a `:`), in the chart's order, so the first is Helm's.
 */
import { ChartRuleError, type ValuesProblem } from '../errors.js';
import type { ValuesTree } from '../types.js';
import { formatGoValue } from './format-go-value.js';
import { getValueAt, type PathSegment } from './format-values-path.js';
import { isGoTruthy } from '../render/go-semantics.js';

/** Where Helm reports each rule: `execution error at (<template>): <message>`. */
const RULE_TEMPLATES: Readonly<Record<string, string>> = {
  'config.api.listenAddress': 'gitlab-agent/templates/deployment.yaml:9:4',
  'service.internalPort': 'gitlab-agent/templates/deployment.yaml:9:4',
  'config.privateApi.listenAddress': 'gitlab-agent/templates/deployment.yaml:10:4',
  'service.privateApiPort': 'gitlab-agent/templates/deployment.yaml:10:4',
};
const DEPLOYMENT_TEMPLATE = 'gitlab-agent/templates/deployment.yaml';

export function checkChartRules(values: ValuesTree): ValuesProblem[] {
  if (!isGoTruthy(getValueAt(values, ['config', 'receptive', 'enabled']))) return [];
  const problems: ValuesProblem[] = [];

  const apiProblem = checkListenerPort({
    values,
    addressPath: ['config', 'api', 'listenAddress'],
    portPath: ['service', 'internalPort'],
    formatMessage: (port, listenPort) =>
      `The service.internalPort "${port}" must be equal to the port that is set in config.api.listenAddress "${listenPort}"`,
  });
  if (apiProblem) problems.push(apiProblem);

  const privateApiProblem = checkListenerPort({
    values,
    addressPath: ['config', 'privateApi', 'listenAddress'],
    portPath: ['service', 'privateApiPort'],
    formatMessage: (port, listenPort) =>
      `service.privateApiPort "${port}" must be equal to the port that is set in config.privateApi.listenAddress "${listenPort}"`,
  });
  if (privateApiProblem) problems.push(privateApiProblem);

  // The chart compares this with `eq … true`; Go's eq refuses to compare a bool with another type.
  const tlsEnabled = getValueAt(values, ['config', 'privateApi', 'tls', 'enabled']);
  if (tlsEnabled !== undefined && tlsEnabled !== null && typeof tlsEnabled !== 'boolean') {
    problems.push({
      code: 'invalid-value',
      path: 'config.privateApi.tls.enabled',
      message:
        'must be a boolean or null: in receptive mode the chart compares it with true, and Helm fails with "error calling eq: incompatible types for comparison"',
      hint: 'use true or false without quotes (--set, not --set-string)',
    });
  }
  return problems;
}

/** The ChartRuleError Helm would raise for a problem from checkChartRules. */
export function toChartRuleError(problem: ValuesProblem): ChartRuleError {
  return new ChartRuleError(problem.message, RULE_TEMPLATES[problem.path] ?? DEPLOYMENT_TEMPLATE);
}

interface ListenerPortCheckOptions {
  readonly values: ValuesTree;
  readonly addressPath: readonly PathSegment[];
  readonly portPath: readonly PathSegment[];
  readonly formatMessage: (port: string, listenPort: string) => string;
}

function checkListenerPort(options: ListenerPortCheckOptions): ValuesProblem | undefined {
  const addressPath = options.addressPath.join('.');
  const address = formatGoValue(getValueAt(options.values, options.addressPath));
  if (!address.includes(':')) {
    return {
      code: 'invalid-value',
      path: addressPath,
      message: `${addressPath} must be in the format of host:port or :port.`,
      hint: `for example ":8082" or "0.0.0.0:8082"`,
    };
  }
  // Text after the last ':' (the chart splits on ':'), compared as text with the port's %v form.
  const listenPort = address.slice(address.lastIndexOf(':') + 1);
  const port = formatGoValue(getValueAt(options.values, options.portPath));
  if (listenPort === port) return undefined;
  const portPath = options.portPath.join('.');
  return {
    code: 'invalid-value',
    path: portPath,
    message: options.formatMessage(port, listenPort),
    hint: `set ${portPath} and the port of ${addressPath} to the same number`,
  };
}
