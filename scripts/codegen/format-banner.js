// The first line of every generated file.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * One shape for every generated file: what it is generated from, the command and the script
 * that write it, and not to edit it. `generator` is the generating module's `import.meta.url`;
 * `comment` is the line-comment marker of the file's language.
 *
 * @param {{ sources: readonly string[], generator: string, comment?: '//' | '#' }} options
 * @returns {string}
 */
export function formatBanner({ sources, generator, comment = '//' }) {
  const script = relative(ROOT, fileURLToPath(generator)).split('\\').join('/');
  const from = sources.length > 1 ? `${sources.slice(0, -1).join(', ')} and ${sources[sources.length - 1]}` : sources[0];
  return `${comment} Generated from ${from} by \`npm run codegen\` (${script}). Do not edit.`;
}
