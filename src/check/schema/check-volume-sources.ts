/**
 * A pod volume takes exactly one source. The API server refuses two. It turns one without any
 * into an empty emptyDir, so `configmap:` (an unknown field, dropped without strict field
 * validation) or a source set to null gives the agent an empty directory where a ConfigMap was
 * meant: an error here, unless the volume says `emptyDir` itself. The sources are the Volume's
 * fields from the API definitions, all but `name`.
 */
import type { ValuesProblem } from '../../errors.js';
import type { ValuesTree } from '../../types.js';
import { createProblem } from '../create-diagnostic.js';
import { isMap } from '../../util/is-map.js';
import { listKubernetesFields } from './kubernetes-fields.js';

const VOLUME_TYPE = 'io.k8s.api.core.v1.Volume';

export function checkVolumeSources(values: ValuesTree): ValuesProblem[] {
  const volumes = values['extraVolumes'];
  if (!Array.isArray(volumes) || volumes.length === 0) return [];
  const sourceFields = new Set(listKubernetesFields(VOLUME_TYPE).filter((field) => field !== 'name'));
  const problems: ValuesProblem[] = [];
  volumes.forEach((volume: unknown, index) => {
    if (!isMap(volume)) return;
    const given = Object.keys(volume).filter((key) => sourceFields.has(key));
    const sources = given.filter((key) => volume[key] !== null && volume[key] !== undefined);
    if (sources.length > 1) {
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments: ['extraVolumes', index],
          message: `has ${sources.length} volume sources (${sources.join(', ')})`,
          hint: 'a volume takes exactly one source: split it into one volume per source',
        }),
      );
    } else if (sources.length === 0 && !given.includes('emptyDir')) {
      const nulls = given.length > 0 ? ` (${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} null)` : '';
      problems.push(
        createProblem({
          code: 'invalid-value',
          segments: ['extraVolumes', index],
          message: `has no volume source${nulls}, so Kubernetes makes it an empty emptyDir`,
          hint: 'give it exactly one source, such as configMap: {name: …}, secret: {secretName: …}, or emptyDir: {} for an empty directory',
        }),
      );
    }
  });
  return problems;
}
