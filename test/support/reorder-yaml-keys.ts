/**
 * Reverses the order of the keys of every block mapping in a YAML text, recursively, keeping
 * every line as written. Working on lines rather than through a parser keeps scalars exactly
 * as typed (YAML 1.1 booleans, octal numbers, quoting), so the reordered file means the same.
 * It knows block style only: a flow collection or block scalar is carried along untouched, and
 * mappings inside sequence items keep their order. Multi-document files come back unchanged.
 */
export function reverseYamlKeys(text: string): string {
  const lines = text.split('\n');
  const trailingNewline = lines.at(-1) === '';
  if (trailingNewline) lines.pop();
  if (lines.some((line) => /^(---|\.\.\.)(\s|$)/.test(line))) return text;
  const reordered = reverseMapping(lines);
  return reordered.join('\n') + (trailingNewline ? '\n' : '');
}

interface Entry {
  readonly header: string;
  readonly body: string[];
}

function reverseMapping(lines: readonly string[]): string[] {
  const firstKey = lines.find(isContent);
  if (firstKey === undefined) return [...lines];
  const indent = indentOf(firstKey);
  const leading: string[] = [];
  const entries: Entry[] = [];
  for (const line of lines) {
    const startsEntry = isContent(line) && indentOf(line) === indent && !isSequenceItem(line);
    if (startsEntry) entries.push({ header: line, body: [] });
    else if (entries.length === 0) leading.push(line);
    else entries.at(-1)?.body.push(line);
  }
  const reversed = entries.reverse().flatMap((entry) => [entry.header, ...reverseBody(entry)]);
  return [...leading, ...reversed];
}

/** A nested block mapping is reordered too; anything else (lists, block scalars) stays as is. */
function reverseBody(entry: Entry): string[] {
  const nestedStart = entry.body.find(isContent);
  const opensBlock = /:\s*(#.*)?$/.test(entry.header);
  if (!opensBlock || nestedStart === undefined || isSequenceItem(nestedStart)) return entry.body;
  if (indentOf(nestedStart) <= indentOf(entry.header)) return entry.body;
  // Blank lines and comments at the end belong to the gap before the next key, not to the block.
  let end = entry.body.length;
  while (end > 0 && !isContent(entry.body[end - 1] as string)) end -= 1;
  return [...reverseMapping(entry.body.slice(0, end)), ...entry.body.slice(end)];
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function isSequenceItem(line: string): boolean {
  return /^\s*-(\s|$)/.test(line);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
