/**
 * The guard rails of `rbac.profile=least-privilege` (our extension, spec least-privilege-rbac.md):
 * errors for what cannot be least privilege (the chart's own role settings, `access_as: agent`
 * beside impersonation rights), warnings for what the rules cannot pin or are not sure of.
 */
import type { ChartModel } from '../../chart/chart-model.js';
import type { RbacModule } from '../../chart/least-privilege-rbac.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree, Warning } from '../../types.js';
import type { ValuesProblem } from '../../errors.js';
import { createProblem, createWarning, type CheckOutcome } from '../create-diagnostic.js';

const PROFILE = ['rbac', 'profile'];
const IMPERSONATION: readonly RbacModule[] = ['ci-job-impersonation', 'user-impersonation', 'static-impersonation'];

export function checkLeastPrivilegeRbac(values: ValuesTree, model: ChartModel): CheckOutcome {
  const problems: ValuesProblem[] = [];
  const warnings: Warning[] = [];
  const { rbac } = model;
  const leastPrivilegeValues = getValueAt(values, ['rbac', 'leastPrivilege']);
  if (rbac.profile !== 'least-privilege') {
    if (leastPrivilegeValues !== undefined && leastPrivilegeValues !== null) {
      warnings.push(
        createWarning({
          code: 'rbac-profile-ignored',
          segments: ['rbac', 'leastPrivilege'],
          message: 'is read only with rbac.profile=least-privilege; the agent stays bound to cluster-admin',
          hint: 'set rbac.profile=least-privilege, or remove rbac.leastPrivilege',
        }),
      );
    }
    return { problems, warnings };
  }

  if (isGoTruthy(getValueAt(values, ['rbac', 'useExistingRole']))) {
    problems.push(
      createProblem({
        code: 'invalid-value',
        segments: ['rbac', 'useExistingRole'],
        message:
          'binds the agent to a role of your own, which rbac.profile=least-privilege replaces with roles derived from the agent configuration',
        hint: 'remove rbac.useExistingRole, or remove rbac.profile=least-privilege to keep your role',
      }),
    );
  }
  if (getValueAt(values, ['rbac', 'create']) === false) {
    problems.push(
      createProblem({
        code: 'invalid-value',
        segments: ['rbac', 'create'],
        message: 'is false, so no role would be rendered, and rbac.profile=least-privilege renders the roles the agent needs',
        hint: "set rbac.create=true, or remove rbac.profile=least-privilege to manage the agent's RBAC yourself",
      }),
    );
  }

  const agentUses = rbac.accessModes.filter((use) => use.mode === 'agent');
  const impersonating = rbac.modules.filter((module) => IMPERSONATION.includes(module));
  if (agentUses.length > 0 && impersonating.length > 0) {
    problems.push(
      createProblem({
        code: 'invalid-value',
        segments: PROFILE,
        message:
          `the agent configuration uses access_as: agent (${agentUses.map((use) => use.where).join(', ')}) while the agent gets impersonation rights (${impersonating.join(', ')}): ` +
          "with access_as: agent a client's own Impersonate-* headers pass through, so any authorised job or user could impersonate anyone",
        hint: 'use an impersonating access_as (ci_job, impersonate, user) in every entry, or turn the impersonation modules off under rbac.leastPrivilege.modules',
      }),
    );
  }

  if (agentUses.length > 0 && impersonating.length === 0 && rbac.namespaceRoles.length === 0) {
    warnings.push(
      createWarning({
        code: 'rbac-agent-access-ungranted',
        segments: ['rbac', 'leastPrivilege', 'namespaces'],
        message:
          `grants the agent no namespace, while the agent configuration uses access_as: agent (${agentUses.map((use) => use.where).join(', ')}): ` +
          'jobs and users reach only what the agent itself may (its leases and events)',
        hint: 'bind the agent to a ClusterRole in each namespace they work in, for example rbac.leastPrivilege.namespaces.production=edit',
      }),
    );
  }

  const account = `system:serviceaccount:${model.release.namespace}:${model.names.serviceAccount}`;
  const unpinned = rbac.needs.some((need) => need.resources.includes('groups') && need.resourceNames === undefined);
  if (unpinned) {
    warnings.push(
      createWarning({
        code: 'rbac-unpinned-groups',
        segments: PROFILE,
        message:
          'grants impersonation of any group (ci_job and user impersonation need it: the group names hold job and project ids), which also covers system:masters',
        hint: "keep the agent's namespace and ServiceAccount token out of reach of anyone but the agent, and audit Impersonate-Group headers; access_as: impersonate pins the groups",
      }),
    );
  }
  for (const module of rbac.modules) {
    const unsure = rbac.needs.filter((need) => need.module === module && need.confidence !== 'high');
    if (unsure.length === 0) continue;
    const first = unsure[0]!;
    const resource = first.apiGroups[0] === '' ? first.resources[0]! : `${first.resources[0]!}.${first.apiGroups[0]!}`;
    const where = first.scope === 'cluster' ? '--all-namespaces' : `-n ${first.namespace ?? model.release.namespace}`;
    warnings.push(
      createWarning({
        code: 'rbac-unconfirmed-rules',
        segments: PROFILE,
        message: `the ${module} rules on ${unsure.map((need) => need.resources.join(', ')).join('; ')} are of ${first.confidence} confidence (no agentk 18-19 source confirms them)`,
        hint: `check on a cluster, for example: kubectl auth can-i ${first.verbs[0]!} ${resource} ${where} --as=${account}`,
      }),
    );
  }
  if (rbac.agentOnly) {
    warnings.push(
      createWarning({
        code: 'rbac-agent-only',
        segments: PROFILE,
        message:
          'grants only what the agent always needs (leases and events in its namespace): no agent configuration file and no module switch was given',
        hint: 'pass the agent configuration file (agentConfig), or turn modules on under rbac.leastPrivilege.modules',
      }),
    );
  }
  return { problems, warnings };
}
