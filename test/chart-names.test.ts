import { describe, expect, it } from 'vitest';
import { computeChartNames, type NameInputs } from '../src/chart/chart-names.js';

const BASE: NameInputs = {
  releaseName: 'gitlab-agent',
  namespace: 'ns',
  nameOverride: '',
  fullnameOverride: '',
  serviceAccountCreate: true,
  serviceAccountName: null,
  secretName: null,
  token: null,
  observabilitySecretName: 'gitlab-agent-observability',
  useExistingRole: null,
};

describe('computeChartNames', () => {
  // The worked examples of spec §2.
  it.each([
    [{ releaseName: 'gitlab-agent' }, 'gitlab-agent', 'gitlab-agent-v2', 'gitlab-agent-service'],
    [{ releaseName: 'prod' }, 'prod-gitlab-agent', 'prod-gitlab-agent-v2', 'prod-gitlab-agent-service'],
    [{ releaseName: 'my-gitlab-agent-prod' }, 'my-gitlab-agent-prod', 'my-gitlab-agent-prod-v2', 'my-gitlab-agent-prod-service'],
    [{ releaseName: 'prod', nameOverride: 'agent' }, 'prod-agent', 'prod-agent-v2', 'prod-agent-service'],
    [
      { releaseName: 'gitlab', nameOverride: 'gitlab-agent' },
      'gitlab-gitlab-agent',
      'gitlab-gitlab-agent-v2',
      'gitlab-gitlab-agent-service',
    ],
    [{ fullnameOverride: 'custom--' }, 'custom-', 'custom--v2', 'custom--service'],
    [{ releaseName: 'r'.repeat(52) }, `${'r'.repeat(52)}-gitlab-age`, `${'r'.repeat(52)}-gitlab--v2`, `${'r'.repeat(52)}-gi-service`],
    [
      { releaseName: 'r'.repeat(47) },
      `${'r'.repeat(47)}-gitlab-agent`,
      `${'r'.repeat(47)}-gitlab-agent-v2`,
      `${'r'.repeat(47)}-gitlab--service`,
    ],
  ])('%j gives fullname %s', (inputs, fullname, deployment, service) => {
    const names = computeChartNames({ ...BASE, ...inputs });
    expect(names.fullname).toBe(fullname);
    expect(names.deployment).toBe(deployment);
    expect(names.service).toBe(service);
  });

  it('cuts NAME to 63 characters and removes one trailing dash', () => {
    expect(computeChartNames({ ...BASE, nameOverride: `${'n'.repeat(62)}-x` }).name).toBe('n'.repeat(62));
  });

  it.each([
    [true, null, 'gitlab-agent'],
    [true, 'custom-sa', 'custom-sa'],
    [false, null, 'default'],
    [false, 'preexisting-sa', 'preexisting-sa'],
  ])('service account with create=%s and name=%s is %s', (create, name, expected) => {
    expect(computeChartNames({ ...BASE, serviceAccountCreate: create, serviceAccountName: name }).serviceAccount).toBe(expected);
  });

  it('names the bindings after the namespace and the bound role', () => {
    const names = computeChartNames({ ...BASE, useExistingRole: 'limited' });
    expect(names.clusterRoleBinding).toBe('ns:gitlab-agent-limited');
    expect(names.clusterRole).toBe('limited');
    expect(names.ocsClusterRole).toBe('ns:gitlab-agent:ocs');
    expect(names.ocsRole).toBe('gitlab-agent:ocs');
    expect(names.ocsServiceAccount).toBe('gitlab-agent-ocs-scanning-pod-sa');
  });

  it('uses FN-observability only when the observability secret name is blanked', () => {
    expect(computeChartNames(BASE).observabilitySecret).toBe('gitlab-agent-observability');
    expect(computeChartNames({ ...BASE, observabilitySecretName: '' }).observabilitySecret).toBe('gitlab-agent-observability');
    expect(computeChartNames({ ...BASE, releaseName: 'x', observabilitySecretName: '' }).observabilitySecret).toBe(
      'x-gitlab-agent-observability',
    );
    expect(computeChartNames({ ...BASE, secretName: 'mine' }).tokenSecret).toBe('mine');
  });
});
