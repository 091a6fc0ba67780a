/**
 * What crosses between a fleet's worker threads and the thread that reads its results. Messages
 * are structured clones, which keep neither classes nor accessors, so a manifest travels as its
 * fields and YAML text (its `object` is parsed again only if read), and an error as its class
 * name and own fields, rebuilt here as the same class.
 */
import yaml from 'js-yaml';
import * as errors from '../errors.js';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';
import { createLazyManifest } from '../manifests/lazy-manifest.js';
import type { Manifest, RenderOptions, ValuesTree, Warning } from '../types.js';

/** main → worker: agents to render, in order. */
export interface FleetRequest {
  readonly batch: number;
  readonly agents: readonly { readonly values: ValuesTree; readonly options: RenderOptions }[];
}

/** worker → main: one outcome per agent of the request, in the same order. */
export interface FleetResponse {
  readonly batch: number;
  readonly outcomes: readonly WireOutcome[];
}

export type WireOutcome = { readonly ok: true; readonly rendered: WireRendered } | { readonly ok: false; readonly error: WireError };

/**
 * An agent's manifests and warnings as two strings: `text`, the YAML stream toYaml() gives, and
 * `header`, JSON of the warnings and of each manifest's fields with where its YAML lies in
 * `text`. A structured clone copies a few long strings far faster than many small objects, and
 * the manifests' `yaml` become slices of `text`, which V8 makes without copying.
 */
export interface WireRendered {
  readonly text: string;
  readonly header: string;
}

interface WireHeader {
  readonly warnings: Warning[];
  readonly manifests: readonly (Omit<Manifest, 'object' | 'yaml'> & { readonly start: number; readonly end: number })[];
}

export interface WireError {
  readonly className: string;
  readonly message: string;
  readonly stack: string | undefined;
  /** The error's own enumerable fields (name, code, problems, field, location, …). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The manifests as their YAML stream (exactly toYaml()'s text), their fields and the warnings. */
export function toWireRendered(manifests: readonly Manifest[], warnings: readonly Warning[]): WireRendered {
  let text = '';
  const header: WireHeader['manifests'][number][] = [];
  for (const { source, apiVersion, kind, name, namespace, yaml: document } of manifests) {
    text += `${text === '' ? '' : '\n'}---\n# Source: ${source}\n`;
    const start = text.length;
    text += document;
    header.push({ source, apiVersion, kind, name, namespace, start, end: text.length });
  }
  return { text: text === '' ? '' : `${text}\n`, header: JSON.stringify({ warnings, manifests: header }) };
}

/**
 * The manifests and warnings again, each manifest's `object` parsed from its YAML text when first
 * read: render() parses each document with the same schema, so it is the object render() gives.
 */
export function fromWireRendered(wire: WireRendered): { manifests: Manifest[]; warnings: Warning[] } {
  const header = JSON.parse(wire.header) as WireHeader;
  const manifests = header.manifests.map(({ source, apiVersion, kind, name, namespace, start, end }): Manifest => {
    const text = wire.text.slice(start, end);
    return createLazyManifest({ source, apiVersion, kind, name, namespace }, text, () => yaml.load(text, { schema: HELM_VALUES_SCHEMA }));
  });
  return { manifests, warnings: header.warnings };
}

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { className: 'Error', message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'message' && key !== 'stack') fields[key] = value;
  }
  return { className: exportedClassName(error) ?? error.name, message: error.message, stack: error.stack, fields: cloneable(fields) };
}

/** The error of the same class (one of this package's, else a plain Error with the same name). */
export function fromWireError(wire: WireError): Error {
  const errorClass = (errors as Record<string, unknown>)[wire.className];
  const prototype: unknown = typeof errorClass === 'function' ? (errorClass.prototype as unknown) : undefined;
  const isPackageError = prototype instanceof Error;
  const error = isPackageError ? (Object.create(prototype) as Error) : new Error();
  Object.defineProperty(error, 'message', { value: wire.message, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(error, 'stack', { value: wire.stack, writable: true, configurable: true, enumerable: false });
  Object.assign(error, wire.fields);
  // As ManifestsError names itself: after its class in this bundle (minified or not), not the worker's.
  if (isPackageError) error.name = (errorClass as { name: string }).name;
  else if (wire.fields['name'] === undefined && wire.className !== 'Error') error.name = wire.className;
  return error;
}

/**
 * The name this package exports the error's class under. Not `constructor.name`: a minified
 * bundle (the CLI's, and its worker's) renames classes, but keeps the names of its exports.
 */
function exportedClassName(error: Error): string | undefined {
  for (const [name, value] of Object.entries(errors)) if (value === error.constructor) return name;
  return undefined;
}

/** Fields a structured clone can carry; anything else (a function, say) is dropped, not fatal. */
function cloneable(fields: Record<string, unknown>): Record<string, unknown> {
  try {
    structuredClone(fields);
    return fields;
  } catch {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => isCloneable(value)));
  }
}

function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}
