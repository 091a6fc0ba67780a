/**
 * Compiler order for reports of values problems: what points into a values file first, file by
 * file in the order the files were given, then by line and column, whatever the check or severity
 * that found it; then what points at a flag or the environment, then what has no source, each
 * group in the order the checks reported it (the sort is stable).
 */
import type { SourceOrigin } from '../input/collect-value-sources.js';

export interface SortLocation {
  readonly label: string;
  readonly origin: SourceOrigin;
  readonly line?: number;
  readonly column?: number;
}

export function orderByLocation<T>(
  items: readonly T[],
  locate: (item: T) => SortLocation | undefined,
  valuesFiles: readonly string[],
): T[] {
  const fileRank = (label: string): number => {
    const index = valuesFiles.indexOf(label);
    return index === -1 ? valuesFiles.length : index;
  };
  const group = (location: SortLocation | undefined): number => {
    if (location === undefined) return 2;
    return location.origin === 'file' && location.line !== undefined ? 0 : 1;
  };
  const located = items.map((item) => ({ item, location: locate(item) }));
  return located
    .sort((a, b) => {
      const byGroup = group(a.location) - group(b.location);
      if (byGroup !== 0 || a.location === undefined || b.location === undefined || group(a.location) !== 0) return byGroup;
      return (
        fileRank(a.location.label) - fileRank(b.location.label) ||
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.column ?? 0) - (b.location.column ?? 0)
      );
    })
    .map(({ item }) => item);
}
