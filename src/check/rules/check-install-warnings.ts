/**
 * Values that render fine but give an agent that cannot work as intended. They only warn: the
 * output is exactly what the chart would print, so a user who knows better is never blocked.
 */
import type { ValuesProblem } from '../../errors.js';
import { CHART } from '../../chart/chart-metadata.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import { DEFAULT_VALUES } from '../../generated/chart-files.js';
import type { ValuesTree, Warning } from '../../types.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { createWarning } from '../create-diagnostic.js';

/**
 * GitLab's minor releases per major since 15.x end at `.11` (16.11, 17.11), so the minor before
 * `X.0` is `(X-1).11`. Only used when the chart's agentk is a `.0` release.
 */
const LAST_MINOR_OF_A_MAJOR = 11;

/** `v17.11.2`, `17.11`, `v17.11.2-rc1`, `v17.11.2-fips@sha256:…`; anything else (`stable`, a digest) is not compared. */
const VERSION_TAG = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+@].*)?$/;

export interface AgentkMinor {
  readonly major: number;
  readonly minor: number;
}

export function checkInstallWarnings(merged: ValuesTree): { problems: ValuesProblem[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const noToken = warnWithoutToken(merged);
  if (noToken) warnings.push(noToken);
  const ignoredKas = warnIgnoredKasAddress(merged);
  if (ignoredKas) warnings.push(ignoredKas);
  const oldTag = warnOldImageTag(merged);
  if (oldTag) warnings.push(oldTag);
  return { problems: [], warnings };
}

/**
 * The chart passes agentk `--token-file` whatever the values say, so without a Secret the pod never
 * starts. The hint speaks of values; the CLI names its own ways of giving the token.
 */
function warnWithoutToken(merged: ValuesTree): Warning | undefined {
  if (isGoTruthy(getValueAt(merged, ['config', 'token'])) || isGoTruthy(getValueAt(merged, ['config', 'secretName']))) {
    return undefined;
  }
  return createWarning({
    code: 'missing-token',
    segments: ['config', 'token'],
    message: 'neither config.token nor config.secretName is set, but the agent is still started with --token-file, so its pod cannot start',
    hint: 'give the token in config.token or name an existing Secret with config.secretName',
  });
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

/** GitLab supports agentk of the previous, the same and the next minor version only. */
function warnOldImageTag(merged: ValuesTree): Warning | undefined {
  const tag = getValueAt(merged, ['image', 'tag']);
  if (typeof tag !== 'string') return undefined;
  const version = parseVersionTag(tag);
  if (version === undefined) return undefined;
  const oldest = previousMinor(parseVersionTag(CHART.appVersion) as AgentkMinor);
  if (compareMinors(version, oldest) >= 0) return undefined;
  return createWarning({
    code: 'old-agent-version',
    segments: ['image', 'tag'],
    message:
      `agentk ${version.major}.${version.minor} is older than ${oldest.major}.${oldest.minor}, the oldest minor version supported next to ` +
      `the chart's ${CHART.appVersion} (GitLab supports the previous, same and next minor only); unset image.tag to use ${CHART.appVersion}`,
  });
}

export function parseVersionTag(tag: string): AgentkMinor | undefined {
  const match = VERSION_TAG.exec(tag);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

export function previousMinor(version: AgentkMinor): AgentkMinor {
  if (version.minor > 0) return { major: version.major, minor: version.minor - 1 };
  return { major: version.major - 1, minor: LAST_MINOR_OF_A_MAJOR };
}

function compareMinors(a: AgentkMinor, b: AgentkMinor): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}
