import { readFileSync } from 'node:fs';
import { CHART } from '../../chart/chart-metadata.js';
import { CHART_RELEASES, NEWEST_CHART_RELEASE } from '../../chart/chart-releases.js';
import { PROGRAM_NAME } from '../help-text.js';
import { PACKAGE_JSON_URL } from '../package-files.js';

/**
 * `version` and `--version`: this tool, the chart release it renders by default and its agentk
 * (the first three lines, for scripts), then the whole catalogue, newest first.
 */
export function formatVersion(): string {
  const rows = [...CHART_RELEASES].reverse().map((release) => {
    const evidence = release.verification === 'verified' ? "verified against the official chart's output" : 'reconstructed';
    const marks = [evidence, ...(release === NEWEST_CHART_RELEASE ? ['default'] : []), ...release.features];
    return `  ${release.version.padEnd(8)}${release.appVersion.padEnd(10)}${marks.join(', ')}`;
  });
  return [
    `${PROGRAM_NAME} ${readToolVersion()}`,
    `chart ${CHART.name} ${NEWEST_CHART_RELEASE.version}`,
    `agentk ${NEWEST_CHART_RELEASE.appVersion}`,
    '',
    'Chart releases (--chart-version picks one; --gitlab-version the one whose agentk matches GitLab):',
    `  ${'chart'.padEnd(8)}${'agentk'.padEnd(10)}source`,
    ...rows,
    "Reconstructed: 2.15.0's templates with the release's version and agentk version, and",
    'extraManifests from 2.30.0, which is all the published changes show (see the README).',
    '',
  ].join('\n');
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
