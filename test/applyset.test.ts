/**
 * The ApplySet pieces as kubectl (pkg/cmd/apply/applyset.go) defines them: the id, the parent
 * reference, the group-kinds annotation, and the checks that keep a stream applicable with
 * `kubectl apply --prune --applyset`.
 */
import { describe, expect, it } from 'vitest';
import { ApplySetError, applySetId, formatApplySetGroupKinds, parseApplySetParent, render } from '../src/index.js';
import type { ApplySetProblem, RenderOptions, ValuesTree } from '../src/index.js';

const TOKEN = { config: { token: 'glagent-EXAMPLE' } };
const OPTIONS: RenderOptions = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent', applySet: 'gitlab-agent-applyset' };

function problemOf(action: () => unknown): ApplySetProblem | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ApplySetError) return error.problem;
    throw error;
  }
  return undefined;
}

describe('applySetId', () => {
  // The values kubectl's own tests expect (pkg/cmd/apply/apply_test.go, testdata/apply/applyset-cr.yaml).
  it('gives the id kubectl gives the Secret my-set in the namespace test', () => {
    expect(applySetId({ name: 'my-set', namespace: 'test', kind: 'Secret', group: '' })).toBe(
      'applyset-0eFHV8ySqp7XoShsGvyWFQD3s96yqwHmzc4e0HR1dsY-v1',
    );
  });

  it('gives the id kubectl gives the cluster-scoped ApplySet my-set of company.com', () => {
    expect(applySetId({ name: 'my-set', namespace: '', kind: 'ApplySet', group: 'company.com' })).toBe(
      'applyset-rhp1a-HVAVT_dFgyEygyA1BEB82HPp2o10UiFTpqtAs-v1',
    );
  });

  it('is a valid label value (at most 63 characters, alphanumeric at both ends)', () => {
    const id = applySetId(parseApplySetParent('configmaps/x', 'ns'));
    expect(id).toMatch(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/);
  });
});

describe('parseApplySetParent', () => {
  it.each([
    ['gitlab-agent-applyset', 'secrets', 'Secret'],
    ['secrets/gitlab-agent-applyset', 'secrets', 'Secret'],
    ['secret/gitlab-agent-applyset', 'secrets', 'Secret'],
    ['configmaps/gitlab-agent-applyset', 'configmaps', 'ConfigMap'],
    ['cm/gitlab-agent-applyset', 'configmaps', 'ConfigMap'],
  ])('reads %s as kubectl does', (reference, resource, kind) => {
    expect(parseApplySetParent(reference, 'ns')).toEqual({ resource, kind, group: '', name: 'gitlab-agent-applyset', namespace: 'ns' });
  });

  it.each<[string, ApplySetProblem]>([
    ['secrets/', 'invalid-parent'],
    ['Bad_Name', 'invalid-parent'],
    ['deployments.apps/x', 'unsupported-parent'],
    ['applysets.company.com/x', 'unsupported-parent'],
  ])('refuses %s (%s)', (reference, problem) => {
    expect(problemOf(() => parseApplySetParent(reference, 'ns'))).toBe(problem);
  });
});

describe('formatApplySetGroupKinds', () => {
  it("lists every kind once as Kind.group, cluster-scoped ones included, in Go's string order", () => {
    const manifests = render(TOKEN, OPTIONS);
    expect(formatApplySetGroupKinds(manifests)).toBe(
      'ClusterRole.rbac.authorization.k8s.io,ClusterRoleBinding.rbac.authorization.k8s.io,Deployment.apps,' +
        'Role.rbac.authorization.k8s.io,RoleBinding.rbac.authorization.k8s.io,Secret,Service,ServiceAccount',
    );
  });
});

describe('render with applySet', () => {
  it('adds no ApplySet label and no parent: kubectl refuses input that carries part-of, and owns the parent', () => {
    const manifests = render(TOKEN, OPTIONS);
    expect(render(TOKEN, { ...OPTIONS, applySet: undefined } as RenderOptions).map((m) => m.yaml)).toEqual(manifests.map((m) => m.yaml));
    for (const manifest of manifests) expect(manifest.yaml).not.toContain('applyset.kubernetes.io');
  });

  it('refuses the Namespace object: the parent lives in it and another agent may share it', () => {
    expect(problemOf(() => render(TOKEN, { ...OPTIONS, createNamespace: true }))).toBe('namespace-in-set');
  });

  it('refuses an object already labelled part-of, which kubectl would refuse', () => {
    const values: ValuesTree = { ...TOKEN, additionalLabels: { 'applyset.kubernetes.io/part-of': 'applyset-x-v1' } };
    expect(problemOf(() => render(values, OPTIONS))).toBe('labelled-member');
  });

  it('refuses a parent that is one of the rendered objects', () => {
    expect(problemOf(() => render(TOKEN, { ...OPTIONS, applySet: 'secrets/gitlab-agent-token' }))).toBe('parent-is-member');
    expect(problemOf(() => render(TOKEN, { ...OPTIONS, applySet: 'configmaps/gitlab-agent-token' }))).toBeUndefined();
  });

  it('refuses a namespaced object outside the namespace kubectl -n enforces', () => {
    const values: ValuesTree = {
      ...TOKEN,
      extraManifests: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'elsewhere', namespace: 'other' } }],
    };
    expect(problemOf(() => render(values, OPTIONS))).toBe('other-namespace');
    expect(problemOf(() => render(values, { ...OPTIONS, applySet: undefined } as RenderOptions))).toBeUndefined();
  });
});
