/**
 * Values as readValues gives them: plain objects (fast-check may make null-prototype ones) in
 * the same key order, `__proto__` an own key.
 */
export function toPlainValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlainValues);
  if (value === null || typeof value !== 'object') return value;
  const map: Record<string, unknown> = {};
  for (const [entryKey, entry] of Object.entries(value)) {
    Object.defineProperty(map, entryKey, { value: toPlainValues(entry), writable: true, enumerable: true, configurable: true });
  }
  return map;
}
