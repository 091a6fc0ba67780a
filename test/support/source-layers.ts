/**
 * The layers of src/, lowest first. A module may import its own layer and the layers below it,
 * never one above: the pipeline reads top to bottom, and the library never reaches into the CLI.
 * docs/architecture.md describes each layer; this table is the one that is enforced, here over the
 * whole import graph (test/layering.test.ts) and file by file by ESLint (./layering-lint-rule.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface Layer {
  readonly name: string;
  /** Paths below src/, a folder (ending in `/`) or a file. */
  readonly paths: readonly string[];
}

export const SOURCE_LAYERS: readonly Layer[] = [
  { name: 'util', paths: ['util/'] },
  { name: 'shared types and errors', paths: ['types.ts', 'errors.ts'] },
  { name: 'helm semantics', paths: ['helm/'] },
  { name: 'value sources', paths: ['sources/'] },
  { name: 'merge', paths: ['merge/'] },
  { name: 'chart model', paths: ['chart/'] },
  { name: 'checks', paths: ['check/'] },
  { name: 'render', paths: ['render/'] },
  { name: 'manifests', paths: ['manifests/'] },
  { name: 'agent configuration', paths: ['agent-config/'] },
  { name: 'gitlab api', paths: ['gitlab/'] },
  { name: 'pipeline', paths: ['render-manifests.ts', 'render-fleet.ts', 'fleet/', 'index.ts'] },
  { name: 'cli: io and help', paths: ['cli/cli-io.ts', 'cli/help-text.ts', 'cli/package-files.ts'] },
  { name: 'cli: arguments', paths: ['cli/args/'] },
  { name: 'cli: input', paths: ['cli/input/'] },
  { name: 'cli: reports and output', paths: ['cli/reports/', 'cli/output/'] },
  { name: 'cli: commands', paths: ['cli/commands/'] },
  { name: 'cli: entry', paths: ['cli/run.ts', 'cli/main.ts'] },
];

/**
 * Generated code is compiled from chart/ and schemas/ and wired to the runtime it needs (the
 * template runtime, the Kubernetes validators), so it sits outside the ranking as an importer;
 * as a dependency it belongs to the lowest layer that reads it.
 */
const GENERATED = 'generated/';
const GENERATED_READERS_FROM = 'chart model';

export interface ImportEdge {
  /** Paths below src/, with `.ts`. */
  readonly from: string;
  readonly to: string;
}

export function layerOf(path: string): number {
  const index = SOURCE_LAYERS.findIndex((layer) =>
    layer.paths.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix)),
  );
  if (index === -1) throw new Error(`src/${path} belongs to no layer; add it to SOURCE_LAYERS`);
  return index;
}

/** Every import that goes from a lower layer to a higher one, as readable lines. */
export function findLayerViolations(edges: readonly ImportEdge[]): string[] {
  const violations: string[] = [];
  const generatedRank = SOURCE_LAYERS.findIndex((layer) => layer.name === GENERATED_READERS_FROM);
  for (const { from, to } of edges) {
    if (from.startsWith(GENERATED)) continue;
    const fromRank = layerOf(from);
    const toRank = to.startsWith(GENERATED) ? generatedRank : layerOf(to);
    if (toRank > fromRank) {
      const toName = to.startsWith(GENERATED) ? 'generated code' : SOURCE_LAYERS[toRank]!.name;
      violations.push(`src/${from} (${SOURCE_LAYERS[fromRank]!.name}) imports src/${to} (${toName}), a higher layer`);
    }
  }
  return violations;
}

const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

/** The relative imports (static, re-exports and dynamic) of every .ts file below `srcRoot`. */
export function readImportGraph(srcRoot: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(RELATIVE_IMPORT)) {
          const specifier = (match[1] ?? match[2])!;
          const target = resolve(dirname(path), specifier).replace(/\.js$/, '.ts');
          edges.push({ from: relative(srcRoot, path), to: relative(srcRoot, target) });
        }
      }
    }
  };
  visit(srcRoot);
  return edges;
}
