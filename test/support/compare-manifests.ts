import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { isPrivateApiJwt } from './golden-cases.js';

/** One document of a `---` stream: its `# Source:` path and the parsed object. */
export interface StreamDocument {
  readonly source: string | undefined;
  readonly object: unknown;
}

export interface CompareOptions {
  /** The `--namespace` given to both renders: the only value our added `metadata.namespace` may have. */
  readonly namespace: string;
}

const SOURCE_LINE = /^# Source: (.*)$/m;
const DOCUMENT_SEPARATOR = /^---[ \t]*$/m;
const PRIVATE_API_JWT = 'private-api-jwt';
const MAX_DIFFERENCES = 20;

/**
 * Splits a `helm template`-style stream into parsed documents. Duplicate mapping keys are
 * allowed and the last one wins (js-yaml's `json` option), as Kubernetes reads them: the chart
 * prints an additionalLabels key twice when it repeats a chart label.
 */
export function parseManifestStream(text: string): StreamDocument[] {
  return text
    .split(DOCUMENT_SEPARATOR)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => ({ source: SOURCE_LINE.exec(chunk)?.[1], object: yaml.load(chunk, { json: true }) }));
}

/**
 * Compares our stream with the official chart's, semantically: documents in order, each
 * deep-equal. Allowed differences only: a leading Namespace we add, `metadata.namespace` we add
 * (equal to the namespace flag), and the random `private-api-jwt` (its shape is checked instead).
 * Returns the differences, each naming the document and the first differing path; empty = parity.
 */
export function compareWithChart(ours: string, chart: string, options: CompareOptions): string[] {
  const ourDocs = parseManifestStream(ours);
  const chartDocs = parseManifestStream(chart);
  const differences: string[] = [];

  const [first] = ourDocs;
  if (first !== undefined && kindOf(first.object) === 'Namespace' && kindOf(chartDocs[0]?.object) !== 'Namespace') {
    const name = metadataOf(first.object)?.['name'];
    if (name !== options.namespace) differences.push(`Namespace: name ${show(name)}, expected ${show(options.namespace)}`);
    ourDocs.shift();
  }
  if (ourDocs.length !== chartDocs.length) {
    differences.push(
      `document count: ours ${ourDocs.length} [${ourDocs.map(describeDocument).join(', ')}], ` +
        `chart ${chartDocs.length} [${chartDocs.map(describeDocument).join(', ')}]`,
    );
  }
  const count = Math.min(ourDocs.length, chartDocs.length);
  for (let index = 0; index < count && differences.length < MAX_DIFFERENCES; index += 1) {
    const ourDoc = ourDocs[index] as StreamDocument;
    const chartDoc = chartDocs[index] as StreamDocument;
    const label = `#${index + 1} ${describeDocument(chartDoc)}`;
    if (ourDoc.source !== chartDoc.source) {
      differences.push(`${label}: # Source ${show(ourDoc.source)}, chart ${show(chartDoc.source)}`);
    }
    const ourObject = structuredClone(ourDoc.object);
    const chartObject = structuredClone(chartDoc.object);
    differences.push(...removeAllowedDifferences(ourObject, chartObject, options).map((d) => `${label}: ${d}`));
    differences.push(...diffValues(ourObject, chartObject, '').map((d) => `${label}: ${d}`));
  }
  return differences.slice(0, MAX_DIFFERENCES);
}

function removeAllowedDifferences(ours: unknown, chart: unknown, options: CompareOptions): string[] {
  const problems: string[] = [];
  const ourMetadata = metadataOf(ours);
  const chartMetadata = metadataOf(chart);
  if (ourMetadata !== undefined && chartMetadata !== undefined && !('namespace' in chartMetadata) && 'namespace' in ourMetadata) {
    if (ourMetadata['namespace'] !== options.namespace) {
      problems.push(`metadata.namespace: ours ${show(ourMetadata['namespace'])}, expected ${show(options.namespace)}`);
    }
    delete ourMetadata['namespace'];
  }
  if (kindOf(ours) === 'Secret' && kindOf(chart) === 'Secret') {
    const ourData = dataOf(ours);
    const chartData = dataOf(chart);
    if (ourData !== undefined && chartData !== undefined && PRIVATE_API_JWT in ourData && PRIVATE_API_JWT in chartData) {
      if (!isPrivateApiJwt(ourData[PRIVATE_API_JWT])) problems.push(`data.${PRIVATE_API_JWT}: ours has the wrong shape`);
      if (!isPrivateApiJwt(chartData[PRIVATE_API_JWT])) problems.push(`data.${PRIVATE_API_JWT}: the chart's has the wrong shape`);
      delete ourData[PRIVATE_API_JWT];
      delete chartData[PRIVATE_API_JWT];
    }
  }
  return problems;
}

/** Every path where the two values differ, depth first, keys in sorted order. */
export function diffValues(ours: unknown, chart: unknown, path: string): string[] {
  if (isDeepStrictEqual(ours, chart)) return [];
  if (Array.isArray(ours) && Array.isArray(chart)) {
    const differences: string[] = [];
    if (ours.length !== chart.length) differences.push(`${path || '(root)'}: ours has ${ours.length} items, chart ${chart.length}`);
    for (let index = 0; index < Math.min(ours.length, chart.length); index += 1) {
      differences.push(...diffValues(ours[index], chart[index], `${path}[${index}]`));
    }
    return differences;
  }
  if (isMap(ours) && isMap(chart)) {
    const keys = [...new Set([...Object.keys(ours), ...Object.keys(chart)])].sort();
    return keys.flatMap((key) => {
      const child = path === '' ? key : /^[A-Za-z0-9_-]+$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      if (!(key in ours)) return [`${child}: missing in ours (chart ${show(chart[key])})`];
      if (!(key in chart)) return [`${child}: extra in ours (${show(ours[key])})`];
      return diffValues(ours[key], chart[key], child);
    });
  }
  return [`${path || '(root)'}: ours ${show(ours)}, chart ${show(chart)}`];
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(object: unknown): unknown {
  return isMap(object) ? object['kind'] : undefined;
}

function metadataOf(object: unknown): Record<string, unknown> | undefined {
  const metadata = isMap(object) ? object['metadata'] : undefined;
  return isMap(metadata) ? metadata : undefined;
}

function dataOf(object: unknown): Record<string, unknown> | undefined {
  const data = isMap(object) ? object['data'] : undefined;
  return isMap(data) ? data : undefined;
}

function describeDocument(doc: StreamDocument): string {
  return `${String(kindOf(doc.object))}/${String(metadataOf(doc.object)?.['name'])}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
