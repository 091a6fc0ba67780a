/**
 * The layering of src/ as an ESLint rule, so that an editor flags an upward import as it is typed.
 * The layers and the verdict are SOURCE_LAYERS and findLayerViolations of ./source-layers.ts, the
 * same ones test/layering.test.ts applies to the whole import graph: there is one table to edit.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ESLint, Rule } from 'eslint';
import type { Node } from 'estree';
import { findLayerViolations, layerOf } from './source-layers.js';

const SRC_ROOT = fileURLToPath(new URL('../../src', import.meta.url));
const GENERATED = 'generated/';

/** A path below src/ with `/` separators (the table's spelling), or undefined outside src/. */
function pathBelowSrc(absolutePath: string): string | undefined {
  const path = relative(SRC_ROOT, absolutePath);
  if (path.startsWith('..') || isAbsolute(path)) return undefined;
  return path.split(sep).join('/');
}

const noUpwardImport: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'A module of src/ imports only its own layer and the layers below it (test/support/source-layers.ts)' },
    schema: [],
  },
  create(context) {
    const importer = pathBelowSrc(context.filename);
    // Generated code is wired to whatever runtime it needs; source-layers.ts ranks it only as a dependency.
    if (importer === undefined || importer.startsWith(GENERATED)) return {};
    try {
      layerOf(importer);
    } catch (error) {
      return { Program: (node) => context.report({ node, message: (error as Error).message }) };
    }

    const check = (source: Node): void => {
      if (source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      // Imports name the emitted `.js`; the table names the `.ts` source, as readImportGraph does.
      const target = resolve(dirname(context.filename), source.value).replace(/\.js$/, '.ts');
      let violations: string[];
      try {
        violations = findLayerViolations([{ from: importer, to: pathBelowSrc(target) ?? relative(SRC_ROOT, target) }]);
      } catch (error) {
        violations = [(error as Error).message];
      }
      for (const message of violations) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => {
        if (node.source) check(node.source);
      },
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const layeringPlugin: ESLint.Plugin = {
  meta: { name: 'layering' },
  rules: { 'no-upward-import': noUpwardImport },
};
