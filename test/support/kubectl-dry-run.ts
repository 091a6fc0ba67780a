import { execFileSync } from 'node:child_process';
import yaml from 'js-yaml';

/**
 * Runs shell commands that create Kubernetes objects with kubectl, as a user would type them, in
 * kubectl's client-side dry run (there is no API server in the tests): `… -o yaml | kubectl apply
 * -f -` stops before the apply, and a plain `kubectl create …` gets `--dry-run=client -o yaml`.
 * Returns the object each command would create, in order.
 */
export function runKubectlDryRun(lines: readonly string[], cwd: string): Record<string, any>[] {
  return lines.map((line) => {
    const applied = line.match(/^(.*--dry-run=client -o yaml) \| kubectl apply -f -$/);
    let command: string;
    if (applied) command = applied[1] as string;
    else if (/\bkubectl create\b/.test(line) && !line.includes('--dry-run')) command = `${line} --dry-run=client -o yaml`;
    else throw new Error(`not a kubectl command that creates an object: ${line}`);
    const output = execFileSync('sh', ['-c', command], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return yaml.load(output) as Record<string, any>;
  });
}

/** The value of a Secret's data key, decoded. */
export function secretValue(secret: Record<string, any>, key: string): string | undefined {
  const data = secret['data']?.[key];
  return typeof data === 'string' ? Buffer.from(data, 'base64').toString('utf8') : undefined;
}
