import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLayerViolations, layerOf, readImportGraph, SOURCE_LAYERS } from './support/source-layers.js';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

describe('source layering', () => {
  const edges = readImportGraph(SRC);

  it('reads the import graph (sanity: the pipeline imports its stages)', () => {
    expect(edges).toContainEqual({ from: 'render-manifests.ts', to: 'check/check-values.ts' });
    expect(edges.length).toBeGreaterThan(150);
  });

  it('places every source file in a layer and every import in an existing file', () => {
    for (const { from, to } of edges) {
      if (!from.startsWith('generated/')) expect(() => layerOf(from)).not.toThrow();
      expect(existsSync(join(SRC, to)), `${from} imports ${to}`).toBe(true);
    }
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(findLayerViolations(edges)).toEqual([]);
  });

  it('catches a library module that imports the CLI, and a check that imports the renderer', () => {
    const wrong = [
      { from: 'render-manifests.ts', to: 'cli/run.ts' },
      { from: 'check/rules/check-pod-spec.ts', to: 'render/build-template-context.ts' },
      { from: 'helm/yaml-output.ts', to: 'generated/chart-files.ts' },
      { from: 'cli/args/parse-flags.ts', to: 'cli/commands/run-generate.ts' },
    ];
    expect(findLayerViolations(wrong)).toEqual([
      'src/render-manifests.ts (pipeline) imports src/cli/run.ts (cli: entry), a higher layer',
      'src/check/rules/check-pod-spec.ts (checks) imports src/render/build-template-context.ts (render), a higher layer',
      'src/helm/yaml-output.ts (helm semantics) imports src/generated/chart-files.ts (generated code), a higher layer',
      'src/cli/args/parse-flags.ts (cli: arguments) imports src/cli/commands/run-generate.ts (cli: commands), a higher layer',
    ]);
  });

  it('allows imports within a layer and downwards', () => {
    expect(
      findLayerViolations([
        { from: 'cli/run.ts', to: 'index.ts' },
        { from: 'check/check-values.ts', to: 'check/rules/check-pod-spec.ts' },
        { from: 'chart/chart-metadata.ts', to: 'generated/chart-files.ts' },
      ]),
    ).toEqual([]);
    expect(SOURCE_LAYERS.map((layer) => layer.name)).toContain('chart model');
  });
});
