/**
 * The checks the official chart makes with `fail` before rendering (its `_helpers.tpl`),
 * with the chart's exact messages. They only run in receptive mode. Helm stops at the first
 * failure; we report each failing check (at most one per listener, since the port check only
 * makes sense once the address has a `:`), in the chart's order, so the first is Helm's.
 * The chart's other failure in receptive mode, a non-boolean `config.privateApi.tls.enabled`
 * (Go's `eq` refuses it), is a type rule, so the schema reports it.
 */
import type { ValuesProblem } from '../../errors.js';
import type { ValuesTree } from '../../types.js';
import { formatGoValue } from '../../helm/format-go-value.js';
import { getValueAt, type PathSegment } from '../../helm/format-values-path.js';
import { createProblem } from '../create-diagnostic.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import { DEFAULT_VALUES } from '../../generated/chart-files.js';

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

  return problems;
}

interface ListenerPortCheckOptions {
  readonly values: ValuesTree;
  readonly addressPath: readonly PathSegment[];
  readonly portPath: readonly PathSegment[];
  readonly formatMessage: (port: string, listenPort: string) => string;
}

function checkListenerPort(options: ListenerPortCheckOptions): ValuesProblem | undefined {
  const addressValue = getValueAt(options.values, options.addressPath);
  const portValue = getValueAt(options.values, options.portPath);
  // The check reads these two values only, and the chart's defaults pass it
  // (test/check-chart-rules.test.ts): the same two values pass again, without formatting them.
  if (addressValue === getValueAt(DEFAULT_VALUES, options.addressPath) && portValue === getValueAt(DEFAULT_VALUES, options.portPath)) {
    return undefined;
  }
  const addressPath = options.addressPath.join('.');
  const address = formatGoValue(addressValue);
  if (!address.includes(':')) {
    return createProblem({
      code: 'invalid-value',
      segments: options.addressPath,
      message: `${addressPath} must be in the format of host:port or :port.`,
      hint: `for example ":8082" or "0.0.0.0:8082"`,
    });
  }
  // Text after the last ':' (the chart splits on ':'), compared as text with the port's %v form.
  const listenPort = address.slice(address.lastIndexOf(':') + 1);
  const port = formatGoValue(portValue);
  if (listenPort === port) return undefined;
  const portPath = options.portPath.join('.');
  return createProblem({
    code: 'invalid-value',
    segments: options.portPath,
    message: options.formatMessage(port, listenPort),
    hint: `set ${portPath} and the port of ${addressPath} to the same number`,
  });
}
