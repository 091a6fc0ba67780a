import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { VALUES_SCHEMA } from '../src/generated/values.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface CodegenRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runCodegen(root: string, args: string[]): Promise<CodegenRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'scripts/codegen.js'), ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The defaults the schema declares: each `default`, or the children's for a chart-owned map. */
function collectDefaults(node: Record<string, unknown>): unknown {
  if (node['default'] !== undefined) return node['default'];
  const properties = node['properties'] as Record<string, Record<string, unknown>> | undefined;
  if (!properties) return undefined;
  const values: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(properties)) {
    const value = collectDefaults(child);
    if (value !== undefined) values[key] = value;
  }
  // A map whose keys all default to absent (rbac.leastPrivilege) is absent, as in the generator.
  return Object.keys(values).length > 0 ? values : undefined;
}

describe('codegen', () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  /** A copy of everything codegen reads and writes, so a test can break it without touching the tree. */
  function copyRepository(): string {
    const copy = mkdtempSync(join(tmpdir(), 'codegen-'));
    copies.push(copy);
    for (const dir of ['scripts', 'schemas', 'chart', 'src/generated']) {
      cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    return copy;
  }

  it('committed generated files match the schema (npm run codegen -- --check)', async () => {
    const run = await runCodegen(ROOT, ['--check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);

  it('--check lists every stale file and exits 1; a write run fixes them', async () => {
    const copy = copyRepository();
    writeFileSync(join(copy, 'src/generated/values.ts'), '// edited by hand\n');
    unlinkSync(join(copy, 'chart/values.yaml'));
    writeFileSync(join(copy, 'chart/values.yaml'), '# edited by hand\n' + readFileSync(join(ROOT, 'chart/values.yaml'), 'utf8'));

    const check = await runCodegen(copy, ['--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('src/generated/values.ts');
    expect(check.stderr).toContain('chart/values.yaml');
    expect(readFileSync(join(copy, 'src/generated/values.ts'), 'utf8')).toBe('// edited by hand\n');

    expect((await runCodegen(copy, [])).code).toBe(0);
    expect(await runCodegen(copy, ['--check'])).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(copy, 'chart/values.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'chart/values.yaml'), 'utf8'));
  }, 60_000);

  it('chart/values.yaml reads back as exactly the schema defaults', () => {
    const text = readFileSync(join(ROOT, 'chart/values.yaml'), 'utf8');
    expect(yaml.load(text)).toEqual(collectDefaults(VALUES_SCHEMA));
  });

  it('src/generated/values.ts embeds the schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/values.schema.json'), 'utf8')) as unknown;
    expect(VALUES_SCHEMA).toEqual(schema);
    const types = readFileSync(join(ROOT, 'src/generated/values.ts'), 'utf8');
    expect(types).toContain("tolerations?: import('kubernetes-models/v1').IToleration[];");
  });

  it('every generated file opens with the same banner, naming its sources and its generator', () => {
    const files = [
      ...readdirSync(join(ROOT, 'src/generated'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/')),
      'chart/values.yaml',
    ];
    expect(files).toContain('src/generated/kubernetes-validators/io.k8s.api.core.v1.Toleration.cjs');
    expect(files).toEqual(expect.arrayContaining(['src/generated/values.ts', 'src/generated/chart-templates.ts', 'chart/values.yaml']));
    for (const file of files) {
      const firstLine = readFileSync(join(ROOT, file), 'utf8').split('\n', 1)[0] ?? '';
      const banner = /^(?:\/\/|#) Generated from (\S.*) by `npm run codegen` \((scripts\/codegen\/[a-z-]+\.js)\)\. Do not edit\.$/.exec(
        firstLine,
      );
      expect(banner, `${file}: ${firstLine}`).not.toBeNull();
      const [, sources, generator] = banner as RegExpExecArray;
      expect(existsSync(join(ROOT, generator as string)), `${file}: ${generator}`).toBe(true);
      for (const source of (sources as string).split(/, | and /)) expect(existsSync(join(ROOT, source)), `${file}: ${source}`).toBe(true);
    }
  });

  it('refuses an x-secret kind the validator does not know, naming the keyword', async () => {
    const copy = copyRepository();
    const schemaPath = join(copy, 'schemas/values.schema.json');
    writeFileSync(schemaPath, readFileSync(schemaPath, 'utf8').replace('"x-secret": "credential"', '"x-secret": "secret"'));
    const check = await runCodegen(copy, ['--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/keyword "x-secret" value is invalid/);
  }, 60_000);
});
