#!/usr/bin/env node
/**
 * Regenerates every file derived from schemas/values.schema.json and chart/.
 *
 *   npm run codegen            write the generated files
 *   npm run codegen -- --check regenerate in memory; exit 1 listing each file that differs
 *
 * Each generator is `() => Promise<{ path, content }>` with a repository-relative path. They run
 * in list order and write mode writes each file before the next generator runs, because the
 * chart module reads chart/values.yaml. --check never writes: a stale values.yaml is reported
 * itself, so a chart module computed from it cannot hide the drift.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import yaml from 'js-yaml';
import { generateChartModule } from './codegen/generate-chart-module.js';
import { generateSecretValues } from './codegen/generate-secret-values.js';
import { generateTemplateModule } from './codegen/generate-template-module.js';
import { generateValuesValidator } from './codegen/generate-values-validator.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_PATH = 'schemas/values.schema.json';
const BANNER_TEXT = `generated from ${SCHEMA_PATH} by npm run codegen, do not edit`;
const COMMENT_WIDTH = 100;

async function readSchema() {
  return JSON.parse(await readFile(join(ROOT, SCHEMA_PATH), 'utf8'));
}

/** The chart's default values: each property's `default`, or its children's for chart-owned maps. */
export function collectDefaults(node) {
  if (node.default !== undefined) return structuredClone(node.default);
  if (!node.properties) return undefined;
  const values = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const value = collectDefaults(child);
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/** src/generated/values.ts: the values types, and the schema itself for the validator. */
async function generateValuesTypes() {
  const schema = await readSchema();
  const types = await compile(withDefaultsInDescriptions(schema), schema.title, {
    bannerComment: `/* ${BANNER_TEXT} */`,
    additionalProperties: false,
    unknownAny: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const content = [
    types.trimEnd(),
    '',
    `/** The values schema (${SCHEMA_PATH}), embedded so the library reads no files at run time. */`,
    `export const VALUES_SCHEMA: Readonly<Record<string, unknown>> = ${JSON.stringify(schema, null, 2)};`,
    '',
  ].join('\n');
  return { path: 'src/generated/values.ts', content };
}

/** Adds each default to its description, so editors show it in the doc comment. */
function withDefaultsInDescriptions(node) {
  if (Array.isArray(node)) return node.map(withDefaultsInDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === 'default' || key === 'const' || key === 'enum' ? value : withDefaultsInDescriptions(value);
  }
  if (typeof copy.description === 'string' && node.default !== undefined) {
    copy.description = `${copy.description}\n\n@default ${JSON.stringify(node.default)}`;
  }
  return copy;
}

/** chart/values.yaml: the defaults in schema order, each key preceded by its description. */
async function generateValuesYaml() {
  const schema = await readSchema();
  const lines = [`# ${BANNER_TEXT}`, ...wrapComment(schema.description, '')];
  for (const [key, child] of Object.entries(schema.properties)) {
    lines.push('', ...renderProperty(key, child, ''));
  }
  const content = `${lines.join('\n')}\n`;
  assertSameValues(yaml.load(content) ?? {}, collectDefaults(schema));
  return { path: 'chart/values.yaml', content };
}

function renderProperty(key, node, indent) {
  const lines = wrapComment(node.description, indent);
  const name = formatKey(key);
  if (node.default === undefined && node.properties) {
    lines.push(`${indent}${name}:`);
    for (const [childKey, child] of Object.entries(node.properties)) {
      lines.push(...renderProperty(childKey, child, `${indent}  `));
    }
  } else if (node.default === undefined) {
    // Keys the chart leaves absent (service.loadBalancerIP, global) stay commented out.
    lines.push(`${indent}# ${name}:`);
  } else {
    lines.push(...renderData(name, node.default, indent));
  }
  return lines;
}

function renderData(name, value, indent) {
  if (Array.isArray(value) && value.length > 0) {
    return [`${indent}${name}:`, ...value.flatMap((item) => renderListItem(item, indent))];
  }
  if (isMap(value) && Object.keys(value).length > 0) {
    return [`${indent}${name}:`, ...Object.entries(value).flatMap(([k, v]) => renderData(formatKey(k), v, `${indent}  `))];
  }
  return [`${indent}${name}: ${formatScalar(value)}`];
}

function renderListItem(item, indent) {
  if (isMap(item) && Object.keys(item).length > 0) {
    const [first, ...rest] = Object.entries(item).flatMap(([k, v]) => renderData(formatKey(k), v, `${indent}  `));
    return [`${indent}- ${first.trimStart()}`, ...rest];
  }
  return [`${indent}- ${formatScalar(item)}`];
}

/** YAML 1.1 reads y/yes/on/off and friends as booleans, so those strings must be quoted too. */
const YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE|~|null|Null|NULL)$/;

function formatScalar(value) {
  if (Array.isArray(value)) return '[]';
  if (isMap(value)) return '{}';
  if (typeof value !== 'string') return JSON.stringify(value);
  const plain = yaml.dump(value, { lineWidth: -1 }).trimEnd();
  const ambiguous = value === '' || YAML11_SPECIAL.test(value) || /^[-+.]?[0-9]/.test(value) || /^0[xob]/.test(value);
  return ambiguous || plain !== value ? JSON.stringify(value) : value;
}

function formatKey(key) {
  return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(key) ? key : JSON.stringify(key);
}

function wrapComment(text, indent) {
  if (!text) return [];
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > COMMENT_WIDTH) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(`${indent}# ${line}`);
  return lines;
}

function isMap(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assertSameValues(actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error('chart/values.yaml does not read back as the schema defaults; fix formatScalar');
  }
}

async function readCurrent(path) {
  try {
    return await readFile(join(ROOT, path), 'utf8');
  } catch {
    return undefined;
  }
}

async function main(argv) {
  const check = argv.includes('--check');
  const generators = [generateValuesTypes, generateValuesYaml, generateChartModule, generateTemplateModule, generateSecretValues, generateValuesValidator];
  const stale = [];
  for (const generate of generators) {
    let output;
    try {
      output = await generate();
    } catch (error) {
      console.error(`${generate.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    const { path, content } = output;
    if ((await readCurrent(path)) === content) continue;
    stale.push(path);
    if (!check) {
      await mkdir(dirname(join(ROOT, path)), { recursive: true });
      await writeFile(join(ROOT, path), content);
      console.log(`wrote ${path}`);
    }
  }
  if (check && stale.length > 0) {
    console.error(`generated files are out of date (run npm run codegen):\n${stale.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  if (stale.length === 0) console.log(`${generators.length} generated files are up to date`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
