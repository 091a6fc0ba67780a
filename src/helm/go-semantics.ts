/** Go template semantics the chart relies on: truthiness, and how a value prints into text. */
import { formatGoValue } from './format-go-value.js';

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

/** Go's `%v` of a value printed into text (`quote`, concatenation); Helm prints a missing value as nothing. */
export function printGo(value: unknown): string {
  return value === null || value === undefined ? '' : formatGoValue(value);
}
