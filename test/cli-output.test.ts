import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { nameManifestFiles } from '../src/cli/output/name-manifest-files.js';
import { run } from '../src/cli/run.js';
import { KUSTOMIZATION_FILE, OUTPUT_DIR_MARKER, writeOutputDir } from '../src/cli/output/write-output-dir.js';
import { UsageError } from '../src/errors.js';
import type { Manifest } from '../src/types.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { MARKED_TOKEN, TOKEN_MARKER, runCli } from './support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'cli-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let caseCount = 0;
/** A fresh working directory on the real disk. */
function freshDir(): string {
  caseCount += 1;
  const dir = join(scratch, `case-${caseCount}`);
  mkdirSync(dir);
  return dir;
}

async function runIn(cwd: string, argv: readonly string[], env: Record<string, string> = {}) {
  const memory = createMemoryIo({ cwd, env });
  const io = { ...memory.io, readFile: (path: string) => new Uint8Array(readFileSync(path)) };
  const exitCode = await run(argv, io);
  return { exitCode, stdout: memory.stdout(), stderr: memory.stderr() };
}

function kustomize(dir: string): Record<string, any>[] {
  const output = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  return yaml.loadAll(output) as Record<string, any>[];
}

/** Receptive mode needs the key KAS authenticates with. */
const JWT_PUBLIC_KEY = 'iu8qxHd9W8672RdIbyGlhdtge1iUVo8wJvvtsHJKtOM=';
const TOKEN_FLAGS = ['--set', `config.token=${MARKED_TOKEN}`];

describe('generate --output json', () => {
  it('prints one v1 List with the objects of the YAML stream, in the same order', async () => {
    const flags = [...TOKEN_FLAGS, '--set', 'config.receptive.enabled=true', '--set', `config.api.jwtPublicKey=${JWT_PUBLIC_KEY}`];
    const json = await runCli(['generate', '-o', 'json', ...flags]);
    const stream = await runCli(['generate', ...flags]);
    expect(json.exitCode).toBe(0);
    const list = JSON.parse(json.stdout) as { apiVersion: string; kind: string; items: Record<string, any>[] };
    expect([list.apiVersion, list.kind]).toEqual(['v1', 'List']);
    const documents = yaml.loadAll(stream.stdout) as Record<string, any>[];
    expect(list.items.map((item) => `${item['kind']}/${item['metadata']['name']}`)).toEqual(
      documents.map((doc) => `${doc['kind']}/${doc['metadata']['name']}`),
    );
    const deployment = list.items.find((item) => item['kind'] === 'Deployment');
    // Kubernetes reads the chart's 0444 as octal.
    expect(deployment?.['spec']['template']['spec']['volumes'][0]['projected']['defaultMode']).toBe(292);
    expect(json.stderr).toBe(stream.stderr);
  });
});

describe('nameManifestFiles', () => {
  function manifest(kind: string, name: string): Manifest {
    return { source: 's', apiVersion: 'v1', kind, name, object: {}, yaml: '' };
  }

  it('names files <kind>-<name>.yaml in lower case, safe for every file system', () => {
    expect(
      nameManifestFiles([
        manifest('ClusterRoleBinding', 'ns:rel-gitlab-agent:ocs'),
        manifest('Deployment', 'Rel.v2'),
        manifest('Secret', 'a'),
        manifest('Secret', 'a'),
        manifest('Kustomization', ''),
      ]),
    ).toEqual([
      'clusterrolebinding-ns_rel-gitlab-agent_ocs.yaml',
      'deployment-rel.v2.yaml',
      'secret-a.yaml',
      'secret-a-2.yaml',
      'kustomization-.yaml',
    ]);
  });

  it('keeps names within 255 bytes and still distinct', () => {
    const long = 'a'.repeat(253);
    const names = nameManifestFiles([manifest('ServiceAccount', long), manifest('ServiceAccount', `${long.slice(0, 252)}b`)]);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(new Set(names).size).toBe(2);
  });
});

describe('generate --output-dir', () => {
  it('writes one file per object and a kustomization.yaml that kubectl kustomize accepts', async () => {
    const cwd = freshDir();
    const receptive = [
      'generate',
      ...TOKEN_FLAGS,
      '--set',
      'config.receptive.enabled=true',
      '--set',
      `config.api.jwtPublicKey=${JWT_PUBLIC_KEY}`,
    ];
    const stream = await runIn(cwd, receptive);
    const result = await runIn(cwd, [...receptive, '--output-dir', 'deploy/agent']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    const dir = join(cwd, 'deploy', 'agent');
    const kustomization = yaml.load(readFileSync(join(dir, KUSTOMIZATION_FILE), 'utf8')) as { resources: string[] };
    expect(readdirSync(dir).sort()).toEqual([...kustomization.resources, KUSTOMIZATION_FILE].sort());
    expect(kustomization.resources[0]).toBe('namespace-gitlab-agent.yaml');
    expect(kustomization.resources).toContain('clusterrolebinding-gitlab-agent_gitlab-agent-cluster-admin.yaml');

    const streamDocs = yaml.loadAll(stream.stdout) as Record<string, any>[];
    const fileDocs = kustomization.resources.map((file) => yaml.load(readFileSync(join(dir, file), 'utf8')) as Record<string, any>);
    const withoutJwt = (docs: Record<string, any>[]) =>
      docs.map((doc) => (doc['kind'] === 'Secret' ? { ...doc, data: { ...doc['data'], 'private-api-jwt': 'random' } } : doc));
    expect(withoutJwt(fileDocs)).toEqual(withoutJwt(streamDocs));

    const built = kustomize(dir);
    expect(built.map((doc) => `${doc['kind']}/${doc['metadata']['name']}`).sort()).toEqual(
      streamDocs.map((doc) => `${doc['kind']}/${doc['metadata']['name']}`).sort(),
    );
  }, 30_000);

  it('gives Secret files mode 0600 and says the directory is sensitive, naming no value', async () => {
    const cwd = freshDir();
    const result = await runIn(cwd, ['generate', '--output-dir', 'out'], { GITLAB_AGENT_TOKEN: MARKED_TOKEN });
    expect(result.exitCode).toBe(0);
    expect(statSync(join(cwd, 'out', 'secret-gitlab-agent-token.yaml')).mode & 0o777).toBe(0o600);
    expect(result.stderr).toMatch(/^Note: the directory out holds secrets \(Secret gitlab-agent-token: token\)/m);
    expect(result.stderr).not.toContain(TOKEN_MARKER);
  });

  it('replaces an earlier output as a whole, dropping files of objects that are gone', async () => {
    const cwd = freshDir();
    expect((await runIn(cwd, ['generate', ...TOKEN_FLAGS, '--output-dir', 'out'])).exitCode).toBe(0);
    expect(existsSync(join(cwd, 'out', 'secret-gitlab-agent-token.yaml'))).toBe(true);
    const second = await runIn(cwd, ['generate', '--set', 'config.secretName=existing', '--output-dir', 'out']);
    expect(second.exitCode).toBe(0);
    expect(second.stderr).toMatch(/^Replaced out: /m);
    expect(existsSync(join(cwd, 'out', 'secret-gitlab-agent-token.yaml'))).toBe(false);
    expect(readdirSync(cwd)).toEqual(['out']);
    expect(kustomize(join(cwd, 'out')).some((doc) => doc['kind'] === 'Secret')).toBe(false);
  }, 30_000);

  it('fills an existing empty directory', async () => {
    const cwd = freshDir();
    mkdirSync(join(cwd, 'out'));
    expect((await runIn(cwd, ['generate', ...TOKEN_FLAGS, '--output-dir', 'out'])).exitCode).toBe(0);
    expect(readFileSync(join(cwd, 'out', KUSTOMIZATION_FILE), 'utf8').split('\n')[0]).toBe(OUTPUT_DIR_MARKER);
  });

  it.each([
    [
      'a directory holding other files',
      (dir: string) => {
        mkdirSync(dir);
        writeFileSync(join(dir, 'README.md'), 'mine');
      },
    ],
    [
      'an earlier output with a file added',
      (dir: string) => {
        mkdirSync(dir);
        writeFileSync(join(dir, KUSTOMIZATION_FILE), `${OUTPUT_DIR_MARKER}\n`);
        writeFileSync(join(dir, 'notes.txt'), 'mine');
      },
    ],
    [
      'a kustomization of someone else',
      (dir: string) => {
        mkdirSync(dir);
        writeFileSync(join(dir, KUSTOMIZATION_FILE), 'resources: []\n');
      },
    ],
    ['a file', (dir: string) => writeFileSync(dir, 'mine')],
    [
      'a symbolic link',
      (dir: string) => {
        mkdirSync(`${dir}-target`);
        symlinkSync(`${dir}-target`, dir);
      },
    ],
  ])('refuses %s with exit 2, touching nothing', async (_label, prepare) => {
    const cwd = freshDir();
    prepare(join(cwd, 'out'));
    const before = readdirSync(cwd).sort();
    const result = await runIn(cwd, ['generate', ...TOKEN_FLAGS, '--output-dir', 'out']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Error: --output-dir: [^\n]+\n$/);
    expect(readdirSync(cwd).sort()).toEqual(before);
  });

  it('leaves neither a half-written directory nor a temporary one when writing fails', () => {
    const cwd = freshDir();
    const good: Manifest = { source: 's', apiVersion: 'v1', kind: 'ConfigMap', name: 'a', object: {}, yaml: 'kind: ConfigMap' };
    const failing = {
      ...good,
      name: 'b',
      get yaml(): string {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    } as Manifest;
    const attempt = (path: string) => () => writeOutputDir({ path, shownPath: 'out', manifests: [good, failing] });
    expect(attempt(join(cwd, 'out'))).toThrow(UsageError);
    expect(readdirSync(cwd)).toEqual([]);

    // An earlier output stays as it was.
    writeOutputDir({ path: join(cwd, 'out'), shownPath: 'out', manifests: [good] });
    const before = readFileSync(join(cwd, 'out', KUSTOMIZATION_FILE), 'utf8');
    expect(attempt(join(cwd, 'out'))).toThrow(/no space left/);
    expect(readdirSync(cwd)).toEqual(['out']);
    expect(readFileSync(join(cwd, 'out', KUSTOMIZATION_FILE), 'utf8')).toBe(before);
  });
});
