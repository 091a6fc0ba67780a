/**
 * The schema `schema` prints is what editors validate values files with: self-contained (the
 * Kubernetes definitions included) and strict inside Kubernetes-typed values. Checked with ajv
 * and with the YAML language server itself (VS Code's YAML extension, Neovim, Helix, Zed), on
 * files carrying the modeline the README shows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import yaml from 'js-yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { loadKubernetesDefinitions } from '../src/chart/kubernetes-definitions.js';
import { REPO_ROOT } from './support/golden-cases.js';
import { runCli } from './support/run-cli.js';

const printed = await runCli(['schema']);
const schema = JSON.parse(printed.stdout) as Record<string, unknown>;
const MODELINE = '# yaml-language-server: $schema=./values.schema.json\n';

function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

describe('the printed values schema', () => {
  it('is self-contained: every $ref points into its own definitions', () => {
    expect(printed.exitCode).toBe(0);
    const refs = new Set(printed.stdout.match(/"\$ref": "[^"]*"/g)?.map((match) => match.slice('"$ref": "'.length, -1)));
    expect(refs.size).toBeGreaterThan(50);
    const definitions = schema['definitions'] as Record<string, unknown>;
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/definitions\//);
      expect(definitions, ref).toHaveProperty([ref.slice('#/definitions/'.length)]);
    }
    expect(definitions).toEqual(loadKubernetesDefinitions());
  });

  it('holds every Kubernetes-typed value to its definition, and requires nothing the defaults provide', () => {
    const properties = schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['resources']?.['allOf']).toEqual([{ $ref: '#/definitions/io.k8s.api.core.v1.ResourceRequirements' }]);
    expect((properties['tolerations']?.['items'] as Record<string, unknown>)['allOf']).toEqual([
      { $ref: '#/definitions/io.k8s.api.core.v1.Toleration' },
    ]);
    expect(schema['required']).toBeUndefined();
    expect(properties['config']?.['required']).toBeUndefined();
  });

  describe('checked with ajv, a JSON-schema validator that knows nothing of this tool', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const errorsOf = (values: unknown): Pick<ErrorObject, 'instancePath' | 'keyword' | 'params'>[] =>
      validate(values) ? [] : (validate.errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));

    it('refuses unknown fields inside Kubernetes-typed values, at any depth', () => {
      expect(errorsOf({ tolerations: [{ operater: 'Exists' }] })).toEqual([
        { instancePath: '/tolerations/0', keyword: 'additionalProperties', params: { additionalProperty: 'operater' } },
      ]);
      expect(errorsOf({ extraVolumes: [{ name: 'c', configMap: { name: 'c', items: [{ key: 'a', paht: 'a' }] } }] })).toContainEqual({
        instancePath: '/extraVolumes/0/configMap/items/0',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'paht' },
      });
    });

    it('accepts the chart defaults and a typical values file', () => {
      expect(errorsOf(yaml.load(readRepoFile('chart/values.yaml')))).toEqual([]);
      expect(errorsOf(yaml.load(readRepoFile('bench/typical-values.yaml')))).toEqual([]);
    });
  });
});

describe('the YAML language server on values files with the modeline', () => {
  const directory = mkdtempSync(join(tmpdir(), 'values-schema-editor-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  writeFileSync(join(directory, 'values.schema.json'), printed.stdout);

  const languageService = getLanguageService({
    schemaRequestService: (uri) => readFile(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  languageService.configure({ validate: true, completion: true, hover: true });

  let documents = 0;
  async function diagnose(text: string): Promise<[string, number][]> {
    documents += 1;
    const uri = pathToFileURL(join(directory, `values-${documents}.yaml`)).href;
    const diagnostics = await languageService.doValidation(TextDocument.create(uri, 'yaml', 1, text), false);
    return diagnostics.map((diagnostic): [string, number] => [diagnostic.message, diagnostic.range.start.line]).sort((a, b) => a[1] - b[1]);
  }

  it('reports the unknown field of a toleration', async () => {
    expect(await diagnose(`${MODELINE}tolerations:\n  - operater: Exists\n`)).toEqual([['Property operater is not allowed.', 2]]);
  });

  it('reports unknown fields deep inside affinity and volumes', async () => {
    const text = [
      'affinity:',
      '  nodeAffinity:',
      '    requiredDuringSchedulingIgnoredDuringExecution:',
      '      nodeSelectorTerms:',
      '        - matchExpressions:',
      '            - {key: zone, operator: In, value: [a]}',
      'extraVolumes:',
      '  - name: certs',
      '    configmap: {name: ca-bundle}',
      '',
    ].join('\n');
    expect(await diagnose(`${MODELINE}${text}`)).toEqual([
      ['Property value is not allowed.', 6],
      ['Property configmap is not allowed.', 9],
    ]);
  });

  it('reports nothing on valid files', async () => {
    const valid = [
      'config:',
      '  kasAddress: wss://kas.gitlab.com',
      'securityContext: {runAsNonRoot: true, capabilities: {drop: [ALL]}}',
      'podSecurityContext: {fsGroup: 1000}',
      'extraVolumes:',
      '  - name: certs',
      '    configMap: {name: ca-bundle, items: [{key: ca.crt, path: ca.crt}]}',
      '',
    ].join('\n');
    expect(await diagnose(`${MODELINE}${valid}`)).toEqual([]);
    expect(await diagnose(`${MODELINE}${readRepoFile('bench/typical-values.yaml')}`)).toEqual([]);
    expect(await diagnose(`${MODELINE}${readRepoFile('chart/values.yaml')}`)).toEqual([]);
  });
});
