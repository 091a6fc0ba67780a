/**
 * What crosses between a fleet's worker threads and the thread that reads its results. Messages
 * are structured clones, which keep neither classes nor accessors, so a manifest travels as its
 * fields and YAML text (its `object` is parsed again only if read), and an error as its class
 * name and own fields, rebuilt here as the same class.
 */
import yaml from 'js-yaml';
import * as errors from '../errors.js';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';
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

export type WireOutcome =
  | { readonly ok: true; readonly manifests: readonly WireManifest[]; readonly warnings: readonly Warning[] }
  | { readonly ok: false; readonly error: WireError };

export type WireManifest = Omit<Manifest, 'object'>;

export interface WireError {
  readonly className: string;
  readonly message: string;
  readonly stack: string | undefined;
  /** The error's own enumerable fields (name, code, problems, field, location, …). */
  readonly fields: Readonly<Record<string, unknown>>;
}

export function toWireManifest(manifest: Manifest): WireManifest {
  const { source, apiVersion, kind, name, namespace, yaml: text } = manifest;
  return namespace === undefined
    ? { source, apiVersion, kind, name, yaml: text }
    : { source, apiVersion, kind, name, namespace, yaml: text };
}

/**
 * The manifest again, its `object` parsed from its YAML text when first read: render() parses
 * each document with the same schema, so the object is the one render() gives.
 */
export function fromWireManifest(wire: WireManifest): Manifest {
  const manifest = { ...wire } as Manifest & { object: Readonly<Record<string, unknown>> };
  let parsed: Readonly<Record<string, unknown>> | undefined;
  Object.defineProperty(manifest, 'object', {
    get: () => (parsed ??= yaml.load(wire.yaml, { schema: HELM_VALUES_SCHEMA }) as Readonly<Record<string, unknown>>),
    set: (value: Readonly<Record<string, unknown>>) => {
      parsed = value;
    },
    enumerable: true,
    configurable: true,
  });
  return manifest;
}

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { className: 'Error', message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'message' && key !== 'stack') fields[key] = value;
  }
  return { className: error.constructor.name, message: error.message, stack: error.stack, fields: cloneable(fields) };
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
  if (!isPackageError && wire.fields['name'] === undefined && wire.className !== 'Error') error.name = wire.className;
  return error;
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
