/**
 * `extraVolumes`, `extraVolumeMounts` and `initContainers` join the chart's own volumes, mounts
 * and container in one pod spec. Each item passes the Kubernetes schema on its own, but the API
 * server also checks the pod as a whole: volume names are DNS labels and unique, every mount
 * names a volume the pod has, mount paths are unique within a container, container names are
 * unique. Helm renders all of these and `kubectl apply` fails. (That a volume has exactly one
 * source is checked with the schema, in check/schema/check-volume-sources.ts.)
 */
import type { ValuesProblem } from '../../errors.js';
import type { ChartModel, ChartVolume } from '../../chart/chart-model.js';
import type { ValuesTree } from '../../types.js';
import { getValueAt, type PathSegment } from '../../helm/format-values-path.js';
import { createProblem } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const AGENT_CONTAINER = 'gitlab-agent';
function listItems(values: ValuesTree, key: string): [number, Record<string, unknown>][] {
  const list = getValueAt(values, [key]);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index): [number, Record<string, unknown>][] => (isMap(item) ? [[index, item]] : []));
}

/** A list with something in it; anything else adds nothing to the pod (the schema reports wrong types). */
function hasItems(list: unknown): boolean {
  return Array.isArray(list) && list.length > 0;
}

function problem(segments: readonly PathSegment[], message: string, hint: string): ValuesProblem {
  return createProblem({ code: 'invalid-value', segments, message, hint });
}

function checkVolumes(values: ValuesTree, chartVolumes: readonly ChartVolume[]): { problems: ValuesProblem[]; names: Set<string> } {
  const problems: ValuesProblem[] = [];
  const names = new Set(chartVolumes.map((volume) => volume.name));
  for (const [index, volume] of listItems(values, 'extraVolumes')) {
    const name = volume['name'];
    if (typeof name !== 'string') continue;
    if (name.length > 63 || !DNS_1123_LABEL.test(name)) {
      problems.push(
        problem(
          ['extraVolumes', index, 'name'],
          'is not a valid volume name',
          "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
        ),
      );
    } else if (names.has(name)) {
      const chart = chartVolumes.some((volume) => volume.name === name);
      problems.push(
        problem(
          ['extraVolumes', index, 'name'],
          chart ? `is the name of a volume the chart already has` : 'is the name of an earlier extra volume',
          'give every volume its own name',
        ),
      );
    }
    names.add(name);
  }
  return { problems, names };
}

/** Mounts of one container: each names a volume of the pod, and no two share a path. */
function checkMounts(
  mounts: unknown,
  volumeNames: ReadonlySet<string>,
  base: readonly PathSegment[],
  takenPaths: Set<string>,
): ValuesProblem[] {
  if (!Array.isArray(mounts)) return [];
  const problems: ValuesProblem[] = [];
  mounts.forEach((mount: unknown, index) => {
    if (!isMap(mount)) return;
    if (typeof mount['name'] === 'string' && !volumeNames.has(mount['name'])) {
      problems.push(
        problem(
          [...base, index, 'name'],
          'names a volume the pod does not have',
          "add the volume to extraVolumes, or name one of the chart's volumes",
        ),
      );
    }
    const path = mount['mountPath'];
    if (typeof path !== 'string') return;
    if (takenPaths.has(path)) {
      problems.push(problem([...base, index, 'mountPath'], 'is already mounted in the same container', 'mount each path once'));
    }
    takenPaths.add(path);
  });
  return problems;
}

/** Problems with the pod as a whole once extraVolumes, extraVolumeMounts and initContainers join it. */
export function checkPodSpec(values: ValuesTree, model: ChartModel): ValuesProblem[] {
  // Nearly every agent adds none of the three: the chart's own pod spec is then as valid as ever.
  if (!hasItems(values['extraVolumes']) && !hasItems(values['extraVolumeMounts']) && !hasItems(values['initContainers'])) return [];
  const chartVolumes = model.volumes;
  const volumes = checkVolumes(values, chartVolumes);
  const problems = [...volumes.problems];
  const agentPaths = new Set(chartVolumes.map((volume) => volume.mountPath));
  problems.push(...checkMounts(getValueAt(values, ['extraVolumeMounts']), volumes.names, ['extraVolumeMounts'], agentPaths));

  const containerNames = new Set([AGENT_CONTAINER]);
  for (const [index, container] of listItems(values, 'initContainers')) {
    const name = container['name'];
    if (typeof name === 'string') {
      if (name.length > 63 || !DNS_1123_LABEL.test(name)) {
        problems.push(
          problem(
            ['initContainers', index, 'name'],
            'is not a valid container name',
            "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
          ),
        );
      } else if (containerNames.has(name)) {
        problems.push(
          problem(
            ['initContainers', index, 'name'],
            name === AGENT_CONTAINER ? 'is the name of the agent container' : 'is the name of an earlier init container',
            'give every container its own name',
          ),
        );
      }
      containerNames.add(name);
    }
    problems.push(...checkMounts(container['volumeMounts'], volumes.names, ['initContainers', index, 'volumeMounts'], new Set()));
  }
  return problems;
}
