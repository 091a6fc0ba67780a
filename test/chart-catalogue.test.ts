/**
 * The whole catalogue: every chart release renders the default case, carries its own labels,
 * image tag and telemetry version, and accepts exactly the values its row says.
 */
import { describe, expect, it } from 'vitest';
import { CHART_RELEASES, NEWEST_CHART_RELEASE, ValuesError, createValuesSchema, renderManifests, type Manifest } from '../src/index.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };
const DEFAULT_CASE = { config: { token: 'glagent-EXAMPLE-TOKEN-0001', kasAddress: 'wss://kas.gitlab.com' } };
const EXTRA = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'extra' }, data: { a: 'b' } };

function labelsOf(manifest: Manifest): Record<string, string> {
  return (manifest.object['metadata'] as { labels: Record<string, string> }).labels;
}

function deploymentOf(manifests: readonly Manifest[]): { image: string; env: { name: string; value?: string }[] } {
  const deployment = manifests.find((manifest) => manifest.kind === 'Deployment')!.object as {
    spec: { template: { spec: { containers: { image: string; env: { name: string; value?: string }[] }[] } } };
  };
  return deployment.spec.template.spec.containers[0]!;
}

describe.each(CHART_RELEASES.map((release) => [release.version, release] as const))('chart %s', (_version, release) => {
  it('renders the default case with its own version labels, image tag and telemetry version', () => {
    const { manifests, warnings } = renderManifests(DEFAULT_CASE, { ...RELEASE, chartVersion: release.version });
    expect(warnings).toEqual([]);
    expect(manifests.map((manifest) => manifest.kind)).toContain('Deployment');
    for (const manifest of manifests) {
      expect(labelsOf(manifest)['helm.sh/chart'], manifest.kind).toBe(`gitlab-agent-${release.version}`);
      expect(labelsOf(manifest)['app.kubernetes.io/version'], manifest.kind).toBe(release.appVersion);
    }
    const container = deploymentOf(manifests);
    expect(container.image).toBe(`registry.gitlab.com/gitlab-org/cluster-integration/gitlab-agent/agentk:${release.appVersion}`);
    expect(container.env.find((variable) => variable.name === 'GITLAB_AGENT_TELEMETRY_helm_chart_version')?.value).toBe(release.version);
  });

  it('accepts extraManifests exactly when its row has the feature, in the render and in its schema', () => {
    const values = { ...DEFAULT_CASE, extraManifests: [EXTRA] };
    const options = { ...RELEASE, chartVersion: release.version };
    const properties = createValuesSchema(release)['properties'] as Record<string, unknown>;
    if (release.features.includes('extraManifests')) {
      const { manifests } = renderManifests(values, options);
      expect(manifests.find((manifest) => manifest.name === 'extra')).toMatchObject({
        kind: 'ConfigMap',
        namespace: 'gitlab-agent',
        source: 'gitlab-agent/templates/extra-manifests.yaml',
      });
      expect(properties).toHaveProperty('extraManifests');
    } else {
      expect(() => renderManifests(values, options)).toThrow(ValuesError);
      expect(properties).not.toHaveProperty('extraManifests');
    }
  });
});

describe('the default release', () => {
  it('is the newest, 2.34.0 with agentk v19.6.0', () => {
    const { manifests } = renderManifests(DEFAULT_CASE, RELEASE);
    expect(NEWEST_CHART_RELEASE.version).toBe('2.34.0');
    expect(deploymentOf(manifests).image).toMatch(/:v19\.6\.0$/);
  });

  it('follows the GitLab version: 18.2 renders chart 2.17.0 with agentk v18.2.0', () => {
    const { manifests, warnings } = renderManifests(DEFAULT_CASE, { ...RELEASE, gitlabVersion: '18.2' });
    expect(warnings).toEqual([]);
    expect(labelsOf(manifests[0]!)['helm.sh/chart']).toBe('gitlab-agent-2.17.0');
    expect(deploymentOf(manifests).image).toMatch(/:v18\.2\.0$/);
  });
});
