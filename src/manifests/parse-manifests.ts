/**
 * Parses every rendered document back and checks it is one Kubernetes object, so a template
 * bug fails here, naming the template, long before kubectl sees it.
 *
 * Parsing is js-yaml's, always; what it parses can be smaller. A document is read one of two
 * ways, which give the same manifest (test/parse-manifests.test.ts holds them to it):
 * - whole (parse-document.ts): js-yaml parses the rendered text;
 * - from its skeleton (read-from-skeleton.ts, skeleton-plan.ts): a cached parse of the chart's
 *   own text, with each value's token replaced by that value's parse, under conditions checked
 *   on every render. A skeleton seen for the first time, or a value or template outside those
 *   conditions, sends the document the whole way.
 */
import type { Manifest } from '../types.js';
import { parseDocument } from './parse-document.js';
import { readFromSkeleton, toPlannedManifest } from './read-from-skeleton.js';
import { splitDocuments } from './split-documents.js';
import type { RenderedTemplate } from '../render/render-templates.js';

export function parseManifests(rendered: readonly RenderedTemplate[]): Manifest[] {
  const manifests: Manifest[] = [];
  for (const template of rendered) {
    const documents = splitDocuments(template.text);
    const read = readFromSkeleton(template, documents);
    documents.forEach((document, index) => {
      const trimmed = document.trim();
      if (trimmed === '') return;
      const readDocument = read?.documents[index];
      manifests.push(
        readDocument === undefined || readDocument === null
          ? parseDocument(trimmed, template.source)
          : toPlannedManifest(readDocument, read?.values ?? [], trimmed, template.source),
      );
    });
  }
  return manifests;
}
