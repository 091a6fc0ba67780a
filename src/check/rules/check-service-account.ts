/**
 * `serviceAccount.create=false` without `serviceAccount.name` makes the chart run the agent as the
 * namespace's `default` ServiceAccount and bind its role (cluster-admin by default) to it. Every
 * pod of the namespace that names no ServiceAccount runs as `default`, so all of them would get
 * the agent's access. Naming `default` outright is the deliberate way to keep the chart's output.
 */
import type { ChartModel } from '../../chart/chart-model.js';
import type { ValuesProblem } from '../../errors.js';
import { getValueAt } from '../../helm/format-values-path.js';
import { isGoTruthy } from '../../helm/go-semantics.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';

export function checkServiceAccount(values: ValuesTree, model: ChartModel): ValuesProblem[] {
  if (isGoTruthy(getValueAt(values, ['serviceAccount', 'create'])) || isGoTruthy(getValueAt(values, ['serviceAccount', 'name']))) {
    return [];
  }
  const { objects, names, release } = model;
  if (!objects.clusterRoleBinding && !objects.leastPrivilegeRbac) return [];
  const granted = objects.clusterRoleBinding ? `the ClusterRole ${names.clusterRole}` : 'the least-privilege roles';
  return [
    createProblem({
      code: 'missing-required',
      segments: ['serviceAccount', 'name'],
      message:
        `is not set while serviceAccount.create is false, so the agent runs as the ServiceAccount "default" of the namespace ` +
        `${release.namespace} and ${granted} is bound to it: every pod of that namespace that names no ServiceAccount gets the agent's access`,
      hint:
        'name the ServiceAccount made for the agent with serviceAccount.name, or let the chart create one (serviceAccount.create: true); ' +
        'to bind the role to the default ServiceAccount on purpose, set serviceAccount.name to default',
    }),
  ];
}
