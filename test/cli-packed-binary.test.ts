import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';
import { MARKED_TOKEN, TOKEN_MARKER } from './support/run-cli.js';

/**
 * What ships: `npm pack` the repository (dist/ must be built; `npm test` builds it first),
 * install the tarball into an empty project as a user would, and run its binary as a real
 * process. Dependencies come from the npm registry, hence the long timeout.
 */
const INSTALL_TIMEOUT_MS = 240_000;
const scratch = mkdtempSync(join(tmpdir(), 'cli-packed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runChecked(command: string, args: readonly string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, input, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
  if (result.error) throw result.error;
  return result;
}

describe('the packed and installed binary', () => {
  it(
    'installs from the tarball and generates manifests that parse',
    () => {
      expect(existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js')), 'run `npm run build` first (npm test does)').toBe(true);
      // Scripts are skipped: dist/ is already built, and a rebuild here would race other tests that run it.
      const pack = runChecked('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], REPO_ROOT);
      expect(pack.status, pack.stderr).toBe(0);
      const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
      expect(tarball).toBeDefined();

      const project = join(scratch, 'project');
      runChecked('mkdir', ['-p', project], scratch);
      writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
      const install = runChecked(
        'npm',
        ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(scratch, tarball as string)],
        project,
      );
      expect(install.status, install.stderr).toBe(0);

      const bin = join(project, 'node_modules', '.bin', 'gitlab-agent-manifests');
      const generate = runChecked(
        bin,
        ['generate', '--agent-token-file', '-', '--kas-address', 'wss://kas.example.com'],
        project,
        `${MARKED_TOKEN}\n`,
      );
      expect(generate.status, generate.stderr).toBe(0);
      const documents = yaml.loadAll(generate.stdout) as Record<string, any>[];
      expect(documents.map((doc) => doc['kind'])).toEqual([
        'Namespace',
        'ServiceAccount',
        'ServiceAccount',
        'Secret',
        'ClusterRole',
        'ClusterRoleBinding',
        'ClusterRoleBinding',
        'Role',
        'RoleBinding',
        'Service',
        'Deployment',
      ]);
      const args = documents.find((doc) => doc['kind'] === 'Deployment')?.['spec']['template']['spec']['containers'][0]['args'];
      expect(args).toContain('--kas-address=wss://kas.example.com');
      expect(generate.stderr).toMatch(/^Note: the output holds secrets/m);
      expect(generate.stderr).not.toContain(TOKEN_MARKER);

      const version = runChecked(bin, ['--version'], project);
      expect(version.stdout).toMatch(/^gitlab-agent-manifests \d+\.\d+\.\d+\nchart gitlab-agent 2\.34\.0\nagentk v19\.6\.0\n\n/);
      const schema = runChecked(bin, ['schema'], project);
      expect(JSON.parse(schema.stdout)['title']).toBe('GitlabAgentValues');
      const usage = runChecked(bin, ['generate', '--bogus'], project);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/^Error: [^\n]+\n$/);

      // The Kubernetes validators ship beside the bundle: a bad toleration is refused, a good one accepted.
      const badToleration = runChecked(
        bin,
        ['validate', '--set', 'config.token=glagent-x', '--set-json', 'tolerations=[{"operator":"Exist","tolerationSeconds":1.5}]'],
        project,
      );
      expect(badToleration.status).toBe(1);
      expect(badToleration.stdout + badToleration.stderr).toMatch(/tolerations\[0\]\.operator/);
      expect(badToleration.stdout + badToleration.stderr).toMatch(/tolerations\[0\]\.tolerationSeconds/);
      const goodValues = ['validate', '--set', 'config.token=glagent-x', '--set-json', 'tolerations=[{"operator":"Exists"}]'];
      expect(runChecked(bin, [...goodValues, '--set', 'resources.limits.memory=1Gi'], project).status).toBe(0);

      // The agent configuration commands: their schema ships, and the cron parser is in the bundle.
      const configSchema = runChecked(bin, ['config', 'schema'], project);
      expect(JSON.parse(configSchema.stdout)['title']).toBe('AgentConfig');
      const init = runChecked(
        bin,
        ['config', 'init', '--agent-name', 'prod', '--container-scanning-cadence', '0 3 * * *', '--container-scanning-namespace', 'apps'],
        project,
      );
      expect(init.status, init.stderr).toBe(0);
      const configCheck = runChecked(bin, ['config', 'validate', '--format', 'json'], project);
      expect(configCheck.status, configCheck.stderr).toBe(0);
      expect(JSON.parse(configCheck.stdout)).toMatchObject({
        valid: true,
        files: [{ path: '.gitlab/agents/prod/config.yaml', agentName: 'prod' }],
      });
    },
    INSTALL_TIMEOUT_MS * 2,
  );
});
