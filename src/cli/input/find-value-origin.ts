/**
 * Which source gave the value at a values path: the `-f` file and line, or the flag. Reports
 * (`validate`, GitLab Code Quality) point there, and `--set-file config.token` is recognised so
 * its trailing newline can be removed.
 */
import type { PathSegment } from '../../helm/format-values-path.js';
import { createValuesPathLocator, type ValuesPathLocator } from '../../sources/locate-values-path.js';
import { SET_KIND_ORDER } from '../../sources/read-values.js';
import type { LabelledSource, SourceOrigin } from './collect-value-sources.js';
import { probeSetExpression, type PathReach } from './probe-set-expression.js';

export interface ValueOrigin {
  /** The `-f` path as typed, the flag (`--set`), or the environment variable. */
  readonly label: string;
  readonly origin: SourceOrigin;
  /** 1-based line in a values file; absent for flags and the environment. */
  readonly line?: number;
  /** 1-based column of the key on that line, for ordering a report; absent where `line` is. */
  readonly column?: number;
  /**
   * True when this source decided the value at the path; false when it is only the source that
   * came closest (it sets a parent map), which is still the best place to look.
   */
  readonly exact: boolean;
}

export type OriginFinder = (path: readonly PathSegment[]) => ValueOrigin | undefined;

interface Candidate {
  readonly labelled: LabelledSource;
  readonly reach: (path: readonly PathSegment[]) => PathReach & { readonly line?: number; readonly column?: number };
}

export function createOriginFinder(sources: readonly LabelledSource[]): OriginFinder {
  const candidates = orderByPrecedence(sources).map(toCandidate);
  return (path) => {
    if (path.length === 0) return undefined;
    let closest: { candidate: Candidate; reach: ReturnType<Candidate['reach']> } | undefined;
    for (const candidate of candidates) {
      const reach = candidate.reach(path);
      if (reach.decides) return describe(candidate, reach, true);
      if (reach.depth > 0 && (closest === undefined || reach.depth > closest.reach.depth)) closest = { candidate, reach };
    }
    return closest === undefined ? undefined : describe(closest.candidate, closest.reach, false);
  };
}

function describe(candidate: Candidate, at: { readonly line?: number; readonly column?: number }, exact: boolean): ValueOrigin {
  const { label, origin } = candidate.labelled;
  if (at.line === undefined || origin !== 'file') return { label, origin, exact };
  return { label, origin, exact, line: at.line, ...(at.column === undefined ? {} : { column: at.column }) };
}

/** Highest precedence first: Helm's `--set*` kinds from last to first, each kind's later flag first, then files, later first. */
function orderByPrecedence(sources: readonly LabelledSource[]): LabelledSource[] {
  const ordered: LabelledSource[] = [];
  for (const kind of [...SET_KIND_ORDER].reverse()) {
    ordered.push(...sources.filter((labelled) => labelled.source.kind === kind).reverse());
  }
  ordered.push(...sources.filter((labelled) => labelled.source.kind === 'file').reverse());
  return ordered;
}

function toCandidate(labelled: LabelledSource): Candidate {
  const { source } = labelled;
  if (source.kind !== 'file') return { labelled, reach: (path) => probeSetExpression(source, path) };
  let locator: ValuesPathLocator | undefined | null = null;
  return {
    labelled,
    reach: (path) => {
      // Parsed once, on the first question: most reports ask nothing of most files.
      if (locator === null) locator = createValuesPathLocator(source.content);
      if (locator === undefined) return { depth: 0, decides: false };
      const found = locator(path);
      // Files merge map into map; anything else from a later file replaces what was below.
      return { depth: found.depth, decides: found.depth === path.length || found.leaf, line: found.line, column: found.column };
    },
  };
}
