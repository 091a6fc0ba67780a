import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RULE = 'layering/no-upward-import';

/**
 * Lints `code` as if it were the file `path` with the repository's eslint.config.ts. The snippet
 * exists on no disk, so the type-aware rules, which need it in a TypeScript program, are off.
 */
async function lintAs(path: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

describe('the layering lint rule (eslint.config.ts)', () => {
  it('fails a check that imports the CLI, whichever way the import is written', async () => {
    const code = [
      "import { run } from '../cli/run.js';",
      "export { runGenerate } from '../cli/commands/run-generate.js';",
      "export const load = () => import('../render/render-templates.js');",
      'export const entry = run;',
    ].join('\n');
    expect(await lintAs('src/check/x.ts', code)).toEqual([
      { ruleId: RULE, message: 'src/check/x.ts (checks) imports src/cli/run.ts (cli: entry), a higher layer' },
      {
        ruleId: RULE,
        message: 'src/check/x.ts (checks) imports src/cli/commands/run-generate.ts (cli: commands), a higher layer',
      },
      { ruleId: RULE, message: 'src/check/x.ts (checks) imports src/render/render-templates.ts (render), a higher layer' },
    ]);
  });

  it('resolves imports from nested folders against the importing file', async () => {
    const messages = await lintAs('src/check/rules/x.ts', "export { renderManifests } from '../../render-manifests.js';");
    expect(messages).toEqual([
      {
        ruleId: RULE,
        message: 'src/check/rules/x.ts (checks) imports src/render-manifests.ts (pipeline), a higher layer',
      },
    ]);
  });

  it('accepts imports within a layer and downwards, and packages', async () => {
    const code = [
      "import yaml from 'js-yaml';",
      "import { isMap } from '../../util/is-map.js';",
      "import { checkValues } from '../check-values.js';",
      'export const both = [yaml, isMap, checkValues];',
    ].join('\n');
    expect(await lintAs('src/check/rules/x.ts', code)).toEqual([]);
  });

  it('names a source file that belongs to no layer', async () => {
    expect(await lintAs('src/unplaced/x.ts', 'export const x = 1;')).toEqual([
      { ruleId: RULE, message: 'src/unplaced/x.ts belongs to no layer; add it to SOURCE_LAYERS' },
    ]);
  });

  it('leaves the tests, which may import any layer, alone', async () => {
    expect(await lintAs('test/x.test.ts', "export { run } from '../src/cli/run.js';")).toEqual([]);
  });
});
