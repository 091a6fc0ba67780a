import { CHART_RELEASES } from '../src/chart/chart-releases.js';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATE_EXAMPLES, UNINSTALL_EXAMPLES, VALIDATE_EXAMPLES } from '../src/cli/help-text.js';
import { run } from '../src/cli/run.js';
import { createMemoryIo } from './support/create-memory-io.js';
import { REPO_ROOT } from './support/golden-cases.js';
import { PKI, createJwtPublicKey } from './support/pki-fixtures.js';
import { MARKED_TOKEN, runCli } from './support/run-cli.js';

const COMMANDS = ['generate', 'validate', 'values', 'uninstall', 'schema', 'config', 'version'];

describe('help', () => {
  it.each(COMMANDS)('%s --help, -h and help %s print the usage on stdout', async (command) => {
    const outputs = new Set<string>();
    for (const argv of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
      ['--help', command],
    ]) {
      const result = await runCli(argv);
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`gitlab-agent-manifests ${command}`);
      outputs.add(result.stdout);
    }
    expect(outputs.size).toBe(1);
  });

  it('lists every command, with the quick start, in the main help', async () => {
    const result = await runCli(['--help']);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(result.stdout).toContain('generate --agent-token-file token.txt | kubectl apply -f -');
  });

  it('shows the examples the issue asks for in generate --help', async () => {
    const help = (await runCli(['generate', '--help'])).stdout;
    for (const text of ['Quick start', 'self-signed', 'HTTP proxy', 'Receptive mode', 'existing Secret', 'former agentk']) {
      expect(help).toContain(text);
    }
    for (const flag of [
      '--agent-token-file',
      '--kas-address',
      '--agent-version',
      '--name-prefix',
      '--no-rbac',
      '--output-dir',
      '--output',
    ]) {
      expect(help).toContain(flag);
    }
  });

  describe('every example works as shown', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cli-help-'));
    afterAll(() => rmSync(cwd, { recursive: true, force: true }));
    writeFileSync(join(cwd, 'token.txt'), `${MARKED_TOKEN}\n`);
    writeFileSync(join(cwd, 'ca.pem'), PKI.caCert);
    writeFileSync(join(cwd, 'jwt.pub'), createJwtPublicKey());
    writeFileSync(join(cwd, 'private-api-jwt'), `${randomBytes(48).toString('base64')}\n`);
    writeFileSync(join(cwd, 'values.yaml'), `config:\n  token: ${MARKED_TOKEN}\n`);

    it.each([...GENERATE_EXAMPLES, ...VALIDATE_EXAMPLES, ...UNINSTALL_EXAMPLES].map((example) => [example.title, example.argv] as const))(
      '%s',
      async (_title, argv) => {
        const memory = createMemoryIo({ cwd, stdin: `${MARKED_TOKEN}\n` });
        const io = { ...memory.io, readFile: (path: string) => new Uint8Array(readFileSync(path)) };
        const exitCode = await run(argv, io);
        expect(exitCode, memory.stderr()).toBe(0);
        expect(memory.stderr()).not.toMatch(/^(Error|Warning):/m);
      },
    );
  });
});

describe('version', () => {
  const packageVersion = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  it.each([[['version']], [['--version']]])('%j prints the tool, chart and agentk versions', async (argv) => {
    const result = await runCli(argv);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    // The first three lines are for scripts: the tool, the default chart release and its agentk.
    expect(lines.slice(0, 3)).toEqual([`gitlab-agent-manifests ${packageVersion}`, 'chart gitlab-agent 2.34.0', 'agentk v19.6.0']);
    // Then the catalogue, newest first, each release with its agentk and how it is known.
    const rows = lines.filter((line) => /^ {2}2\.\d+\.\d+ /.test(line));
    expect(rows).toHaveLength(CHART_RELEASES.length);
    expect(rows[0]).toMatch(/^ {2}2\.34\.0\s+v19\.6\.0\s+reconstructed, default, extraManifests$/);
    expect(rows.at(-1)).toMatch(/^ {2}2\.15\.0\s+v18\.0\.0\s+verified against the official chart's output$/);
  });

  it('takes no arguments', async () => {
    const result = await runCli(['version', 'extra']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Error: [^\n]+\n$/);
  });
});

describe('schema', () => {
  it('prints schemas/values.schema.json with the Kubernetes definitions, as a values file schema', async () => {
    const result = await runCli(['schema']);
    expect(result.exitCode).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    const file = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'values.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(printed['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(printed['$id']).toBe(file['$id']);
    expect(printed['description']).toBe(file['description']);
    expect(Object.keys(printed['properties'] as object)).toEqual(Object.keys(file['properties'] as object));
    expect(printed).toHaveProperty(['definitions', 'io.k8s.api.core.v1.Toleration', 'additionalProperties'], false);
  });

  it('prints an older release without its later values, self-contained too', async () => {
    const result = await runCli(['schema', '--chart-version', '2.15.0']);
    expect(result.exitCode).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(printed['properties']).not.toHaveProperty('extraManifests');
    expect(printed).toHaveProperty(['definitions', 'io.k8s.api.core.v1.Volume', 'required'], ['name']);
  });

  it('refuses flags', async () => {
    expect((await runCli(['schema', '--format', 'json'])).exitCode).toBe(2);
  });
});

describe('unknown commands', () => {
  it('suggests the command that was probably meant', async () => {
    const result = await runCli(['genrate']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('Error: unknown command "genrate"; did you mean "generate"? (see --help)\n');
  });

  it('lists the commands, and never echoes what may be a token', async () => {
    const result = await runCli([MARKED_TOKEN]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^Error: unknown command; the commands are generate, validate, values, uninstall, schema, config, register, bootstrap, version \(see --help\)\n$/,
    );
  });
});
