/**
 * Who the objects say manages them: this tool by default, the chart's own words with
 * `managedBy: 'helm'`, and Helm's adoption annotations with `managedBy: 'helm-release'`.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { render, toYaml } from '../src/index.js';
import { HELM_VALUES_SCHEMA } from '../src/helm/yaml-v2-schema.js';
import type { Manifest, RenderOptions, ValuesTree } from '../src/index.js';

const VALUES: ValuesTree = {
  config: { token: 'glagent-EXAMPLE' },
  serviceAccount: { annotations: { 'example.com/team': 'platform' } },
  extraManifests: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'mine', labels: { 'app.kubernetes.io/managed-by': 'Helm' } } }],
};
const OPTIONS: RenderOptions = { releaseName: 'prod', namespace: 'agents', createNamespace: true };

function labelsOf(manifest: Manifest): Record<string, unknown> {
  return (manifest.object as any).metadata.labels ?? {};
}

function installationMethod(manifests: readonly Manifest[]): unknown {
  const deployment = manifests.find((m) => m.kind === 'Deployment') as Manifest;
  const env = (deployment.object as any).spec.template.spec.containers[0].env as { name: string; value?: string }[];
  return env.find((item) => item.name === 'GITLAB_AGENT_TELEMETRY_installation_method')?.value;
}

const chartObjects = (manifests: readonly Manifest[]) =>
  manifests.filter((m) => m.source.startsWith('gitlab-agent/templates/') && !m.source.endsWith('extra-manifests.yaml'));

describe('managedBy', () => {
  it('names this tool by default, in the labels, the pod labels and the telemetry variable', () => {
    const manifests = render(VALUES, OPTIONS);
    for (const manifest of chartObjects(manifests))
      expect(labelsOf(manifest)['app.kubernetes.io/managed-by']).toBe('gitlab-agent-manifests');
    const deployment = manifests.find((m) => m.kind === 'Deployment') as Manifest;
    expect((deployment.object as any).spec.template.metadata.labels['app.kubernetes.io/managed-by']).toBe('gitlab-agent-manifests');
    expect(installationMethod(manifests)).toBe('gitlab-agent-manifests');
    // Only the user's own ConfigMap still says Helm.
    expect(toYaml(manifests).match(/managed-by: Helm$/gm)).toHaveLength(1);
  });

  it("leaves the user's extraManifests items as they were written", () => {
    const mine = render(VALUES, OPTIONS).find((m) => m.name === 'mine') as Manifest;
    expect(labelsOf(mine)['app.kubernetes.io/managed-by']).toBe('Helm');
  });

  it("keeps the chart's Helm and helm-chart with managedBy helm", () => {
    const manifests = render(VALUES, { ...OPTIONS, managedBy: 'helm' });
    for (const manifest of chartObjects(manifests)) expect(labelsOf(manifest)['app.kubernetes.io/managed-by']).toBe('Helm');
    expect(installationMethod(manifests)).toBe('helm-chart');
  });

  it('changes nothing but those values: the objects equal the chart render with them replaced', () => {
    const ours = render(VALUES, { ...OPTIONS, privateApiJwt: 'x' });
    const chart = render(VALUES, { ...OPTIONS, managedBy: 'helm', privateApiJwt: 'x' });
    const replaced = (text: string) =>
      text
        .replaceAll('managed-by: gitlab-agent-manifests', 'managed-by: Helm')
        .replace('value: gitlab-agent-manifests', 'value: helm-chart');
    expect(replaced(toYaml(ours))).toBe(toYaml(chart));
  });
});

describe("managedBy 'helm-release'", () => {
  const manifests = render(VALUES, { ...OPTIONS, managedBy: 'helm-release' });

  it('annotates every object Helm would own with the release, as helm upgrade requires to adopt it', () => {
    for (const manifest of manifests.filter((m) => m.kind !== 'Namespace')) {
      const metadata = (manifest.object as any).metadata;
      expect(metadata.annotations).toMatchObject({ 'meta.helm.sh/release-name': 'prod', 'meta.helm.sh/release-namespace': 'agents' });
    }
    for (const manifest of chartObjects(manifests)) expect(labelsOf(manifest)['app.kubernetes.io/managed-by']).toBe('Helm');
    expect(installationMethod(manifests)).toBe('helm-chart');
  });

  it('keeps annotations the object had (serviceAccount.annotations)', () => {
    const account = manifests.find((m) => m.kind === 'ServiceAccount' && m.source.endsWith('templates/serviceaccount.yaml')) as Manifest;
    expect((account.object as any).metadata.annotations).toEqual({
      'example.com/team': 'platform',
      'meta.helm.sh/release-name': 'prod',
      'meta.helm.sh/release-namespace': 'agents',
    });
  });

  it('leaves the Namespace alone, which Helm never owns', () => {
    expect((manifests.find((m) => m.kind === 'Namespace')?.object as any).metadata.annotations).toBeUndefined();
  });

  it('writes text that parses to the objects', () => {
    expect(yaml.loadAll(toYaml(manifests), undefined, { schema: HELM_VALUES_SCHEMA })).toEqual(manifests.map((m) => m.object));
  });
});
