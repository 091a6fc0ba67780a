import { describe, expect, it } from 'vitest';
import { compareWithChart, parseManifestStream } from './support/compare-manifests.js';

/** The comparison the parity test (test/parity.test.ts) applies to our output and the chart's. */
describe('compareWithChart', () => {
  const chart = [
    '---',
    '# Source: gitlab-agent/templates/secret.yaml',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: s',
    '  labels:',
    '    team: a',
    '    team: b',
    'data:',
    `  private-api-jwt: "${jwt('a')}"`,
    '',
  ].join('\n');

  function jwt(fill: string): string {
    return Buffer.from(Buffer.from(fill.repeat(64)).toString('base64')).toString('base64');
  }

  it('lets the last of duplicate keys win', () => {
    const [doc] = parseManifestStream(chart);
    expect(doc?.source).toBe('gitlab-agent/templates/secret.yaml');
    expect(doc?.object).toMatchObject({ metadata: { labels: { team: 'b' } } });
  });

  it('allows our Namespace, our metadata.namespace and another private-api-jwt', () => {
    const ours = [
      '---',
      '# Source: gitlab-agent/templates/namespace.yaml',
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      '  name: ns',
      '---',
      '# Source: gitlab-agent/templates/secret.yaml',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: s',
      '  namespace: ns',
      '  labels:',
      '    team: b',
      'data:',
      `  private-api-jwt: "${jwt('z')}"`,
      '',
    ].join('\n');
    expect(compareWithChart(ours, chart, { namespace: 'ns' })).toEqual([]);
  });

  it('reports a wrong namespace, a badly shaped private-api-jwt and a changed value by path', () => {
    const ours = chart
      .replace('  labels:', '  namespace: other\n  labels:')
      .replace('    team: b', '    team: c')
      .replace(jwt('a'), 'c2hvcnQ=');
    const differences = compareWithChart(ours, chart, { namespace: 'ns' });
    expect(differences).toHaveLength(3);
    expect(differences[0]).toContain('metadata.namespace');
    expect(differences[1]).toContain('private-api-jwt');
    expect(differences[2]).toContain('metadata.labels.team');
  });

  it('reports a missing document and a different source', () => {
    expect(compareWithChart('', chart, { namespace: 'ns' })[0]).toContain('document count');
    const moved = chart.replace('templates/secret.yaml', 'templates/other.yaml');
    expect(compareWithChart(moved, chart, { namespace: 'ns' })[0]).toContain('# Source');
  });
});
