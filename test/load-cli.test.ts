import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/golden-cases.js';

/**
 * bin/load-cli.cjs stands in for @kubernetes-models/validate's formats so the CLI does not load
 * all of them. kubernetes-models' validators must then give exactly what they give with the real
 * module: both ways run in their own process on the same inputs, and the outcomes are compared.
 */

const INPUTS = [
  ...['1', '100m', '1.5Gi', '2e3', '+1', '-1', '.5', '1.', '1x', '', ' 1', '1Ki', '1k', '1da', '1E', '0.1n', 'Gi', '1.5.5', 7, 1.5].map(
    (quantity) => ({
      type: 'ResourceRequirements',
      value: { requests: { cpu: quantity, memory: quantity }, limits: { 'nvidia.com/gpu': quantity } },
    }),
  ),
  ...[0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 1.5, '1'].map((seconds) => ({
    type: 'Toleration',
    value: { key: 'k', operator: 'Exists', tolerationSeconds: seconds },
  })),
  ...[1000, 2 ** 63, -5, 1.5, '1000'].map((id) => ({ type: 'PodSecurityContext', value: { runAsUser: id, fsGroup: id } })),
  { type: 'Container', value: { name: 'c', image: 'busybox', ports: [{ containerPort: 70000 }], resources: { limits: { cpu: '1x' } } } },
  { type: 'Volume', value: { name: 'v', emptyDir: { sizeLimit: '1Gi' } } },
  { type: 'EnvVar', value: { name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '1m' } } } },
  { type: 'HostAlias', value: { ip: '10.0.0.1', hostnames: ['a'] } },
  { type: 'Affinity', value: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 2 ** 31, preference: {} }] } } },
];

/** Validates every input in a fresh process; with `shim`, after load-cli installed its formats. */
function validateAll(shim: boolean): string {
  const script = `
    const { createRequire } = require('node:module');
    const { join, dirname } = require('node:path');
    const loader = require(${JSON.stringify(join(REPO_ROOT, 'bin', 'load-cli.cjs'))});
    if (${shim}) loader.installKubernetesFormats();
    const modelsRoot = dirname(createRequire(loader.BUNDLE_PATH).resolve('kubernetes-models/package.json'));
    const inputs = ${JSON.stringify(INPUTS)};
    const out = inputs.map(({ type, value }) => {
      const { validate } = require(join(modelsRoot, '_schemas', 'IoK8sApiCoreV1' + type + '.js'));
      const valid = validate(value, { instancePath: '' });
      return { valid, errors: valid ? null : validate.errors };
    });
    const formatsLoaded = Object.keys(require.cache).some((path) => /@kubernetes-models[\\\\/]validate[\\\\/]dist[\\\\/]formats\\.js$/.test(path));
    process.stdout.write(JSON.stringify({ out, formatsLoaded }));
  `;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return child.stdout;
}

describe('bin/load-cli.cjs', () => {
  it.skipIf(!existsSync(join(REPO_ROOT, 'dist', 'cli', 'kubernetes-formats.json')))(
    'leaves every Kubernetes validation outcome as it is, without loading all the formats',
    () => {
      const real = JSON.parse(validateAll(false)) as { out: unknown[]; formatsLoaded: boolean };
      const shimmed = JSON.parse(validateAll(true)) as { out: unknown[]; formatsLoaded: boolean };
      expect(real.formatsLoaded).toBe(true);
      expect(shimmed.formatsLoaded).toBe(false);
      expect(shimmed.out).toEqual(real.out);
      expect(real.out.some((outcome) => (outcome as { valid: boolean }).valid === false)).toBe(true);
    },
    60_000,
  );
});
