// chart/values.yaml: the chart's default values, written from the schema's defaults in schema
// order with each description as a comment, and read back to prove it says the same.
import yaml from 'js-yaml';
import { SCHEMA_PATH, readValuesSchema } from './read-values-schema.js';
import { formatBanner } from './format-banner.js';

/** @import { SchemaNode } from './read-values-schema.js' */

const COMMENT_WIDTH = 100;

/**
 * The chart's default values: each property's `default`, or its children's for chart-owned maps.
 *
 * @param {SchemaNode} node
 * @returns {unknown}
 */
function collectDefaults(node) {
  if (node.default !== undefined) return structuredClone(node.default);
  if (!node.properties) return undefined;
  /** @type {Record<string, unknown>} */
  const values = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const value = collectDefaults(child);
    if (value !== undefined) values[key] = value;
  }
  // A map of our extension whose keys all default to absent (rbac.leastPrivilege) is absent too.
  return Object.keys(values).length > 0 ? values : undefined;
}

/**
 * chart/values.yaml: the defaults in schema order, each key preceded by its description.
 *
 * @returns {Promise<{ path: string, content: string }>}
 */
export async function generateValuesYaml() {
  const schema = await readValuesSchema();
  const lines = [
    formatBanner({ sources: [SCHEMA_PATH], generator: import.meta.url, comment: '#' }),
    ...wrapComment(schema.description, ''),
  ];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    lines.push('', ...renderProperty(key, child, ''));
  }
  const content = `${lines.join('\n')}\n`;
  assertSameValues(yaml.load(content) ?? {}, collectDefaults(schema));
  return { path: 'chart/values.yaml', content };
}

/**
 * @param {string} key
 * @param {SchemaNode} node
 * @param {string} indent
 * @returns {string[]}
 */
function renderProperty(key, node, indent) {
  const lines = wrapComment(node.description, indent);
  const name = formatKey(key);
  if (node.default === undefined && node.properties && collectDefaults(node) !== undefined) {
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

/**
 * @param {string} name the key, already formatted
 * @param {unknown} value
 * @param {string} indent
 * @returns {string[]}
 */
function renderData(name, value, indent) {
  if (Array.isArray(value) && value.length > 0) {
    return [`${indent}${name}:`, ...value.flatMap((item) => renderListItem(item, indent))];
  }
  if (isMap(value) && Object.keys(value).length > 0) {
    return [`${indent}${name}:`, ...Object.entries(value).flatMap(([k, v]) => renderData(formatKey(k), v, `${indent}  `))];
  }
  return [`${indent}${name}: ${formatScalar(value)}`];
}

/**
 * @param {unknown} item
 * @param {string} indent
 * @returns {string[]}
 */
function renderListItem(item, indent) {
  if (isMap(item) && Object.keys(item).length > 0) {
    const [first = '', ...rest] = Object.entries(item).flatMap(([k, v]) => renderData(formatKey(k), v, `${indent}  `));
    return [`${indent}- ${first.trimStart()}`, ...rest];
  }
  return [`${indent}- ${formatScalar(item)}`];
}

/** YAML 1.1 reads y/yes/on/off and friends as booleans, so those strings must be quoted too. */
const YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE|~|null|Null|NULL)$/;

/**
 * @param {unknown} value
 * @returns {string}
 */
function formatScalar(value) {
  if (Array.isArray(value)) return '[]';
  if (isMap(value)) return '{}';
  if (typeof value !== 'string') return JSON.stringify(value);
  const plain = yaml.dump(value, { lineWidth: -1 }).trimEnd();
  const ambiguous = value === '' || YAML11_SPECIAL.test(value) || /^[-+.]?[0-9]/.test(value) || /^0[xob]/.test(value);
  return ambiguous || plain !== value ? JSON.stringify(value) : value;
}

/**
 * @param {string} key
 * @returns {string}
 */
function formatKey(key) {
  return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * @param {string | undefined} text
 * @param {string} indent
 * @returns {string[]}
 */
function wrapComment(text, indent) {
  if (!text) return [];
  /** @type {string[]} */
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

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isMap(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {unknown} actual
 * @param {unknown} expected
 */
function assertSameValues(actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error('chart/values.yaml does not read back as the schema defaults; fix formatScalar');
  }
}
