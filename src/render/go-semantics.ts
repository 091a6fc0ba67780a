/** Go template truthiness, which decides every `if` and `default` in the chart. */

/** False for `false`, `0`, `""`, null/absent, empty maps and empty lists; true otherwise. */
export function isGoTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
