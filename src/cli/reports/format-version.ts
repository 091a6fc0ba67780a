import { readFileSync } from 'node:fs';
import { CHART } from '../../chart/chart-metadata.js';
import { PROGRAM_NAME } from '../help-text.js';
import { PACKAGE_JSON_URL } from '../package-files.js';

/** `version` and `--version`: this tool, the chart it reproduces and the agentk it deploys by default. */
export function formatVersion(): string {
  return [`${PROGRAM_NAME} ${readToolVersion()}`, `chart ${CHART.name} ${CHART.version}`, `agentk ${CHART.appVersion}`, ''].join('\n');
}

function readToolVersion(): string {
  try {
    const version = (JSON.parse(readFileSync(PACKAGE_JSON_URL, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    // A bundled or relocated copy without its package.json still reports what it renders.
    return 'unknown';
  }
}
