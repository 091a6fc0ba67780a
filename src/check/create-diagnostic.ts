/**
 * Problems and warnings are built from path segments, so both forms of the path (the segments
 * and the dotted text users read) always agree and no reader has to parse the text back.
 */
import type { ProblemCode, ValueFix, ValuesProblem } from '../errors.js';
import { formatValuesPath, type PathSegment } from '../helm/format-values-path.js';
import type { Warning, WarningCode } from '../types.js';

export interface CreateProblemOptions {
  readonly code: ProblemCode;
  readonly segments: readonly PathSegment[];
  readonly message: string;
  readonly hint?: string | undefined;
  readonly fix?: ValueFix | undefined;
}

export function createProblem(options: CreateProblemOptions): ValuesProblem {
  const { code, segments, message, hint, fix } = options;
  return {
    code,
    path: formatValuesPath(segments),
    // A copy: callers pass their constant paths, and a caller of the library may hold on to it.
    segments: [...segments],
    message,
    ...(hint === undefined ? {} : { hint }),
    ...(fix === undefined ? {} : { fix }),
  };
}

export interface CreateWarningOptions {
  readonly code: WarningCode;
  readonly segments: readonly PathSegment[];
  readonly message: string;
  readonly hint?: string;
}

export function createWarning(options: CreateWarningOptions): Warning {
  const { code, segments, message, hint } = options;
  return { code, path: formatValuesPath(segments), segments: [...segments], message, ...(hint === undefined ? {} : { hint }) };
}

/** What a check reports: every problem (the values cannot render) and warning (they can, but look wrong). */
export interface CheckOutcome {
  readonly problems: ValuesProblem[];
  readonly warnings: Warning[];
}
