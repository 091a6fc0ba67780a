// The release and values of golden/default-token (its argv after `generate`), which the
// library figures of bench/run.js and bench/ab-render.js both render.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `{ sets, options }`: the case's --set expressions as value sources, and its release options. */
export function readDefaultTokenCase() {
  const args = JSON.parse(readFileSync(join(ROOT, 'golden', 'default-token', 'args.json'), 'utf8'));
  const sets = [];
  const options = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === '--set') sets.push({ kind: 'set', expression: value });
    else if (flag === '--release-name') options.releaseName = value;
    else if (flag === '--namespace') options.namespace = value;
    else throw new Error(`bench: unexpected flag ${flag} in golden/default-token/args.json`);
  }
  return { sets, options };
}
