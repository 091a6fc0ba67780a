/**
 * Values that render fine but give an agent that cannot work as intended. They only warn: the
 * output is exactly what the chart would print, so a user who knows better is never blocked.
 */
import type { ValuesProblem } from '../../errors.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import { DEFAULT_VALUES } from '../../generated/chart-files.js';
import type { ValuesTree, Warning } from '../../types.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { createWarning } from '../create-diagnostic.js';

export function checkInstallWarnings(merged: ValuesTree): { problems: ValuesProblem[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const ignoredKas = warnIgnoredKasAddress(merged);
  if (ignoredKas) warnings.push(ignoredKas);
  return { problems: [], warnings };
}

/** Receptive agents wait for KAS to connect to them; the chart drops `--kas-address` there. */
function warnIgnoredKasAddress(merged: ValuesTree): Warning | undefined {
  if (!isGoTruthy(getValueAt(merged, ['config', 'receptive', 'enabled']))) return undefined;
  const address = getValueAt(merged, ['config', 'kasAddress']);
  // The default is always present after the merge; only a value the user chose is worth a word.
  if (!isGoTruthy(address) || address === getValueAt(DEFAULT_VALUES, ['config', 'kasAddress'])) return undefined;
  return createWarning({
    code: 'kas-address-ignored',
    segments: ['config', 'kasAddress'],
    message: 'is ignored in receptive mode (config.receptive.enabled): the chart does not pass --kas-address to a receptive agent',
  });
}
