/**
 * The templates' helpers. Only the output helpers (`q`, `toYaml`, `toYamlInOrder`) may write into
 * a template; the rest compute values inside sub-expressions. Codegen
 * (scripts/codegen/generate-template-module.js) rejects any template that prints a value any
 * other way.
 */
import { isGoTruthy, printGo } from '../helm/go-semantics.js';
import { dumpYaml, formatScalar } from '../helm/yaml-output.js';

export const OUTPUT_HELPERS = {
  q: (value: unknown): string => formatScalar(value),
  toYaml: (value: unknown): string => dumpYaml(value),
  toYamlInOrder: (value: unknown): string => dumpYaml(value, { keepOrder: true }),
} as const;

export const VALUE_HELPERS = {
  set: (value: unknown): boolean => isGoTruthy(value),
  not: (value: unknown): boolean => !isGoTruthy(value),
  and: (...values: unknown[]): boolean => values.every(isGoTruthy),
  or: (...values: unknown[]): boolean => values.some(isGoTruthy),
  eq: (a: unknown, b: unknown): boolean => a === b,
  default: (value: unknown, fallback: unknown): unknown => (isGoTruthy(value) ? value : fallback),
  str: (value: unknown): string => printGo(value),
  concat: (...values: unknown[]): string => values.map(printGo).join(''),
  b64: (value: unknown): string => Buffer.from(printGo(value), 'utf8').toString('base64'),
} as const;
