#!/usr/bin/env node
/**
 * Regenerates every file derived from schemas/values.schema.json, schemas/agent-config.schema.json
 * and chart/.
 *
 *   npm run codegen            write the generated files
 *   npm run codegen -- --check regenerate in memory; exit 1 listing each file that differs
 *
 * Each generator is `() => Promise<{ path, content }>` (or a list of them) with a repository-relative path. They run
 * in list order and write mode writes each file before the next generator runs, because the
 * chart module reads chart/values.yaml. --check never writes: a stale values.yaml is reported
 * itself, so a chart module computed from it cannot hide the drift.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAgentConfigTypes } from './codegen/generate-agent-config-types.js';
import { generateKubernetesDefinitions } from './codegen/generate-kubernetes-definitions.js';
import { generateKubernetesValidators } from './codegen/generate-kubernetes-validators.js';
import { generateChartModule } from './codegen/generate-chart-module.js';
import { generateSecretValues } from './codegen/generate-secret-values.js';
import { generateTemplateModule } from './codegen/generate-template-module.js';
import { generateValuesTypes } from './codegen/generate-values-types.js';
import { generateValuesValidator } from './codegen/generate-values-validator.js';
import { generateValuesYaml } from './codegen/generate-values-yaml.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} path
 * @returns {Promise<string | undefined>}
 */
async function readCurrent(path) {
  try {
    return await readFile(join(ROOT, path), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * @param {readonly string[]} argv
 * @returns {Promise<number>} the exit code
 */
async function main(argv) {
  const check = argv.includes('--check');
  const generators = [
    generateValuesTypes,
    generateValuesYaml,
    generateChartModule,
    generateTemplateModule,
    generateSecretValues,
    generateValuesValidator,
    generateAgentConfigTypes,
    generateKubernetesDefinitions,
    generateKubernetesValidators,
  ];
  const stale = [];
  let files = 0;
  for (const generate of generators) {
    let output;
    try {
      output = await generate();
    } catch (error) {
      console.error(`${generate.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    for (const { path, content } of Array.isArray(output) ? output : [output]) {
      files += 1;
      if ((await readCurrent(path)) === content) continue;
      stale.push(path);
      if (!check) {
        await mkdir(dirname(join(ROOT, path)), { recursive: true });
        await writeFile(join(ROOT, path), content);
        console.log(`wrote ${path}`);
      }
    }
  }
  if (check && stale.length > 0) {
    console.error(`generated files are out of date (run npm run codegen):\n${stale.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  if (stale.length === 0) console.log(`${files} generated files are up to date`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
