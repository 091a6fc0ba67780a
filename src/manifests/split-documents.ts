/**
 * The YAML documents of one template's output, for both ways of parsing it back: the whole text
 * (parse-document.ts) and the skeleton, whose separators must fall where the text's do
 * (read-from-skeleton.ts).
 */

/** Every value line of ours is indented, so a document separator can only be a template's own. */
const DOCUMENT_SEPARATOR = /^---[ \t]*$/gm;

/** `text.split(DOCUMENT_SEPARATOR)`: the documents of one template's output, untrimmed. */
export function splitDocuments(text: string): string[] {
  if (!text.includes('---')) return [text];
  return locateDocuments(text).map(({ start, end }) => text.slice(start, end));
}

/** Where each document of `text` starts and ends, its separators left out. */
export function locateDocuments(text: string): { start: number; end: number }[] {
  if (!text.includes('---')) return [{ start: 0, end: text.length }];
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(DOCUMENT_SEPARATOR)) {
    parts.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  parts.push({ start, end: text.length });
  return parts;
}
