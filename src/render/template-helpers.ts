/**
 * Handlebars helpers. Only the output helpers (`q`, `toYaml`, `toYamlInOrder`) may write into
 * a template; the rest compute values inside sub-expressions. `assertOnlyEscapedOutput` rejects
 * any template that prints a value any other way.
 */
import type Handlebars from 'handlebars';
import { formatGoValue } from '../values/format-go-value.js';
import { isGoTruthy } from './go-semantics.js';
import { dumpYaml, formatScalar } from './yaml-output.js';

type HelperArgs = unknown[];

/** Handlebars passes its options object last; helpers only want the real arguments. */
function argsOf(args: HelperArgs): unknown[] {
  return args.slice(0, -1);
}

/** Go's `%v` of a value inside a string; Helm prints a missing value as nothing. */
function printGo(value: unknown): string {
  return value === null || value === undefined ? '' : formatGoValue(value);
}

export const OUTPUT_HELPERS = {
  q: (value: unknown): string => formatScalar(value),
  toYaml: (value: unknown): string => dumpYaml(value),
  toYamlInOrder: (value: unknown): string => dumpYaml(value, { keepOrder: true }),
} as const;

export const VALUE_HELPERS = {
  set: (value: unknown): boolean => isGoTruthy(value),
  not: (value: unknown): boolean => !isGoTruthy(value),
  and: (...args: HelperArgs): boolean => argsOf(args).every(isGoTruthy),
  or: (...args: HelperArgs): boolean => argsOf(args).some(isGoTruthy),
  eq: (a: unknown, b: unknown): boolean => a === b,
  default: (value: unknown, fallback: unknown): unknown => (isGoTruthy(value) ? value : fallback),
  str: (value: unknown): string => printGo(value),
  concat: (...args: HelperArgs): string => argsOf(args).map(printGo).join(''),
  b64: (value: unknown): string => Buffer.from(printGo(value), 'utf8').toString('base64'),
} as const;

const OUTPUT_HELPER_NAMES = new Set(Object.keys(OUTPUT_HELPERS));

/**
 * Walks a parsed template and throws unless every `{{…}}` that writes output is a call of an
 * escaping helper with arguments. A bare `{{Values.x}}` would print the value raw.
 */
export function assertOnlyEscapedOutput(program: hbs.AST.Program, templateName: string): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const typed = node as { type?: string; path?: { original?: unknown }; params?: unknown[]; loc?: hbs.AST.SourceLocation };
    if (typed.type === 'MustacheStatement') {
      const helper = typed.path?.original;
      if (typeof helper !== 'string' || !OUTPUT_HELPER_NAMES.has(helper) || (typed.params ?? []).length === 0) {
        const line = typed.loc?.start.line ?? 0;
        throw new Error(
          `${templateName}:${line}: "{{${String(helper)}…}}" writes a value without an escaping helper (use q, toYaml or toYamlInOrder)`,
        );
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object') visit(child);
    }
  };
  visit(program);
}

export function registerTemplateHelpers(instance: typeof Handlebars): void {
  instance.registerHelper({ ...OUTPUT_HELPERS, ...VALUE_HELPERS });
}
