/**
 * Parses every rendered document back and checks it is one Kubernetes object, so a template
 * bug fails here, naming the template, long before kubectl sees it.
 */
import yaml from 'js-yaml';
import { TemplateError } from '../errors.js';
import type { Manifest } from '../types.js';
import { HELM_VALUES_SCHEMA } from '../values/parse-values-yaml.js';
import type { RenderedTemplate } from './render-templates.js';

/** Every value line of ours is indented, so a document separator can only be a template's own. */
const DOCUMENT_SEPARATOR = /^---[ \t]*$/m;

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseDocument(text: string, source: string): Manifest {
  let object: unknown;
  try {
    // Kubernetes reads manifests with YAML 1.1 rules (`0444` is octal), so we do too.
    object = yaml.load(text, { schema: HELM_VALUES_SCHEMA, filename: source });
  } catch (error) {
    throw new TemplateError(`rendered invalid YAML: ${(error as Error).message}`, source);
  }
  if (!isMap(object)) throw new TemplateError('a rendered document is not a mapping', source);
  const { apiVersion, kind, metadata } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    throw new TemplateError('a rendered document lacks apiVersion or kind', source);
  }
  if (!isMap(metadata) || typeof metadata.name !== 'string' || metadata.name === '') {
    throw new TemplateError(`the ${kind} lacks metadata.name`, source);
  }
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  return {
    source,
    apiVersion,
    kind,
    name: metadata.name,
    ...(namespace === undefined ? {} : { namespace }),
    object,
    yaml: text,
  };
}

export function parseManifests(rendered: readonly RenderedTemplate[]): Manifest[] {
  const manifests: Manifest[] = [];
  for (const { source, text } of rendered) {
    for (const document of text.split(DOCUMENT_SEPARATOR)) {
      const trimmed = document.trim();
      if (trimmed !== '') manifests.push(parseDocument(trimmed, source));
    }
  }
  return manifests;
}
