/**
 * The values a caller passes to `render()`, typed from the schema: every key optional at every
 * depth (the chart's defaults fill the rest) and nullable (Helm deletes a defaulted key set to
 * null). An object literal with a misspelt key (`{ replica: 3 }`, `config: { tokn: … }`) is a
 * compile error with TypeScript's own did-you-mean; a `ValuesTree` (values read from YAML or
 * JSON) is still accepted, and every value is validated at run time either way.
 */
import type { GitlabAgentValues } from '../generated/values.js';

/**
 * Maps merge key by key, so each key is optional; a list replaces the default as a whole, so
 * its items keep their full type.
 */
export type ValuesInput<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: ValuesInput<T[K]> | null }
    : T;

export type GitlabAgentValuesInput = ValuesInput<GitlabAgentValues>;
