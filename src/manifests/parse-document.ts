/**
 * The plain way to read a rendered document back: js-yaml parses its whole text, and the result
 * must be one Kubernetes object. Every document the skeleton plan cannot stand for is read this
 * way, and the plan checks its objects with readManifestHeader, so both ways fail alike.
 */
import yaml from 'js-yaml';
import { TemplateError } from '../errors.js';
import type { Manifest } from '../types.js';
import { isMap } from '../util/is-map.js';
import { HELM_VALUES_SCHEMA } from '../helm/yaml-v2-schema.js';

/** The fields every manifest must have, as the object gives them. */
export interface ManifestHeader {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
}

/** One rendered document (trimmed) as a manifest; a TemplateError names `source` if it is not one object. */
export function parseDocument(text: string, source: string): Manifest {
  let object: unknown;
  try {
    // Kubernetes reads manifests with YAML 1.1 rules (`0444` is octal), so we do too.
    object = yaml.load(text, { schema: HELM_VALUES_SCHEMA, filename: source });
  } catch (error) {
    throw new TemplateError({ reason: `rendered invalid YAML: ${(error as Error).message}`, template: source });
  }
  return toManifest(object, text, source);
}

/** A parsed document as a manifest, once it is checked to be one Kubernetes object. */
export function toManifest(object: unknown, text: string, source: string): Manifest {
  if (!isMap(object)) throw new TemplateError({ reason: 'a rendered document is not a mapping', template: source });
  const { metadata } = object;
  const { apiVersion, kind, name } = readManifestHeader(
    object.apiVersion,
    object.kind,
    isMap(metadata) ? metadata.name : undefined,
    source,
  );
  const namespace = isMap(metadata) ? metadata.namespace : undefined;
  return typeof namespace === 'string'
    ? { source, apiVersion, kind, name, namespace, object, yaml: text }
    : { source, apiVersion, kind, name, object, yaml: text };
}

/**
 * `apiVersion`, `kind` and `metadata.name` (undefined when there is no metadata map), checked in
 * that order; a TemplateError names the first one missing.
 */
export function readManifestHeader(apiVersion: unknown, kind: unknown, name: unknown, source: string): ManifestHeader {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    throw new TemplateError({ reason: 'a rendered document lacks apiVersion or kind', template: source });
  }
  if (typeof name !== 'string' || name === '') throw new TemplateError({ reason: `the ${kind} lacks metadata.name`, template: source });
  return { apiVersion, kind, name };
}
