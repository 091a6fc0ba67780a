/** One agent of a fleet, and how the fleet names it in results and errors. */
import type { GitlabAgentValuesInput } from '../chart/values-input.js';
import type { RenderOptions, ValuesTree } from '../types.js';

/** What `render(values, options)` takes, plus an optional name for results and errors. */
export interface FleetAgent {
  readonly values: GitlabAgentValuesInput | ValuesTree;
  readonly options: RenderOptions;
  /** How results and errors name the agent. Default: `<namespace>/<releaseName>`. */
  readonly name?: string;
}

/** The agent's name as results and errors give it; `#<n>` when the input has no usable name. */
export function nameFleetAgent(agent: unknown, index: number): string {
  if (agent !== null && typeof agent === 'object') {
    const { name, options } = agent as { name?: unknown; options?: { releaseName?: unknown; namespace?: unknown } };
    if (typeof name === 'string' && name !== '') return name;
    if (
      options !== null &&
      typeof options === 'object' &&
      typeof options.releaseName === 'string' &&
      typeof options.namespace === 'string'
    ) {
      return `${options.namespace}/${options.releaseName}`;
    }
  }
  return `#${index + 1}`;
}

/** Throws a TypeError for input that is not `{ values, options }`, before render would fail obscurely. */
export function checkFleetAgentShape(agent: unknown): asserts agent is FleetAgent {
  const isObject = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(agent) || !isObject((agent as { values?: unknown }).values) || !isObject((agent as { options?: unknown }).options)) {
    throw new TypeError('not a fleet agent: give { values, options: { releaseName, namespace } }, as render(values, options) takes them');
  }
}
