/**
 * `generate --explain-rbac`: every rule the agent's ServiceAccount is granted, with its scope and
 * the module or setting that needs it, as plain text for standard output.
 */
import type { ChartModel } from '../../chart/chart-model.js';
import { nameLeastPrivilegeObjects, type RbacNeed } from '../../chart/least-privilege-rbac.js';
import type { Manifest } from '../../types.js';
import { isMap } from '../../util/is-map.js';

const CHART_CLUSTER_ROLE_BINDING_SOURCE = 'gitlab-agent/templates/clusterrolebinding.yaml';

function formatRule(need: RbacNeed): string {
  const group = need.apiGroups[0] === '' ? '' : `${need.apiGroups.join(', ')} `;
  const names = need.resourceNames === undefined ? '' : ` named ${need.resourceNames.join(', ')}`;
  return `  ${need.verbs.join(', ')} on ${group}${need.resources.join(', ')}${names}\n    for ${need.module}: ${need.need} (confidence ${need.confidence})\n`;
}

export function formatRbacExplanation(model: ChartModel): string {
  const { rbac, names, release } = model;
  const account = `ServiceAccount ${release.namespace}/${names.serviceAccount}`;
  if (rbac.profile !== 'least-privilege') {
    if (!model.objects.clusterRoleBinding)
      return `RBAC profile cluster-admin with rbac.create=false: no binding is rendered for ${account}\n`;
    return (
      `RBAC profile cluster-admin: ${account} is bound to ClusterRole ${names.clusterRole} cluster-wide ` +
      `(ClusterRoleBinding ${names.clusterRoleBinding}).\nSet rbac.profile=least-privilege for only the rules the agent's modules need.\n`
    );
  }
  const objectNames = nameLeastPrivilegeObjects(names.fullname, release.namespace);
  const lines: string[] = [`RBAC profile least-privilege for ${account}`, 'Modules:'];
  for (const module of rbac.modules) lines.push(`  ${module}: ${rbac.reasons[module] ?? 'on'}`);
  let text = `${lines.join('\n')}\n`;
  const namespaces = new Map<string, RbacNeed[]>([[release.namespace, []]]);
  for (const need of rbac.needs) {
    if (need.scope !== 'namespace') continue;
    const namespace = need.namespace ?? release.namespace;
    namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), need]);
  }
  for (const [namespace, needs] of namespaces) {
    const name = namespace === release.namespace ? objectNames.role : objectNames.clusterRole;
    text += `Role ${name} in namespace ${namespace}:\n${needs.map(formatRule).join('')}`;
  }
  const cluster = rbac.needs.filter((need) => need.scope === 'cluster');
  if (cluster.length > 0) text += `ClusterRole ${objectNames.clusterRole}, cluster-wide:\n${cluster.map(formatRule).join('')}`;
  for (const { namespace, role } of rbac.namespaceRoles) {
    text += `RoleBinding ${objectNames.namespaceBinding(role)} in namespace ${namespace}: ClusterRole ${role}\n    for rbac.leastPrivilege.namespaces (access_as: agent)\n`;
  }
  rbac.identityBindings.forEach((binding, index) => {
    const where = binding.namespace === undefined ? 'cluster-wide' : `in namespace ${binding.namespace}`;
    text += `${binding.kind} ${binding.name} bound to ClusterRole ${binding.role} ${where} (${objectNames.identityBinding(index)})\n    for rbac.leastPrivilege.identityBindings[${index}]\n`;
  });
  return text;
}

/**
 * The one note of the default profile: when the chart's own ClusterRoleBinding grants
 * `cluster-admin` (not a role of the user's, not an extra manifest), standard error names the way
 * to less. Read from the manifests, so it says exactly what is rendered.
 */
export function formatClusterAdminNote(manifests: readonly Manifest[]): string | undefined {
  const binding = manifests.find(
    (manifest) =>
      manifest.source === CHART_CLUSTER_ROLE_BINDING_SOURCE &&
      manifest.kind === 'ClusterRoleBinding' &&
      isMap(manifest.object['roleRef']) &&
      manifest.object['roleRef']['name'] === 'cluster-admin',
  );
  if (binding === undefined) return undefined;
  return (
    `Note: the agent's ServiceAccount is bound to cluster-admin (ClusterRoleBinding ${binding.name}), the chart's default, ` +
    'which GitLab advises against in production; --set rbac.profile=least-privilege with --agent-config grants only what ' +
    "the agent's modules need (--explain-rbac lists it)\n"
  );
}
