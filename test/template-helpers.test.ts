import { describe, expect, it } from 'vitest';
import { compileTemplateSource, generateTemplateModule } from '../scripts/codegen/generate-template-module.js';
import { VALUE_HELPERS } from '../src/render/template-helpers.js';

describe('codegen writes values only through escaping helpers', () => {
  it.each([
    ['a raw value', 'name: {{Values.name}}'],
    ['a value helper used for output', 'name: {{str Values.name}}'],
    ['an escaping helper with no argument', 'name: {{q}}'],
    ['a triple-stash', 'name: {{{Values.name}}}'],
  ])('rejects %s', async (_, source) => {
    await expect(compileTemplateSource(source, 't.yaml')).rejects.toThrow(/escaping helper/);
  });

  it('accepts escaping helpers, sub-expressions, blocks and partials', async () => {
    const source = '{{#if (set x)}}a: {{q (concat "b" x)}}\n{{> yaml value=x}}\n{{/if}}';
    await expect(compileTemplateSource(source, 't.yaml')).resolves.toContain('function');
  });

  it.each([
    [
      'a name the partial reads but the call does not pass',
      '{{> metadata name=x}}',
      /metadata reads namespaced, which this call does not pass/,
    ],
    ['a hash argument named __proto__', '{{> yaml value=x __proto__=y}}', /__proto__ is not supported/],
  ])('rejects a partial call with %s', async (_, source, message) => {
    await expect(compileTemplateSource(source, 't.yaml')).rejects.toThrow(message);
  });

  it("builds a partial call's context from its hash arguments only", async () => {
    const code = await compileTemplateSource('{{> metadata name=x namespaced=true}}', 't.yaml');
    expect(code).toMatch(/renderPartial_metadata\(\{ "name": hash\d+, "namespaced": hash\d+ \}, root, o\)/);
  });

  it.each([
    ['a misspelt key', '{{q Values.config.tokn}}', 'Values.config.tokn'],
    ['a key below a scalar', '{{q Values.replicas.count}}', 'Values.replicas.count'],
    ['a misspelt key in a partial argument', '{{> yaml value=Values.tolerationz}}', 'Values.tolerationz'],
    ['a misspelt key through @root inside each', '{{#each Values.extraArgs}}{{q @root.Values.imag.tag}}{{/each}}', 'Values.imag.tag'],
  ])('rejects a values path the schema does not declare: %s', async (_, source, path) => {
    await expect(compileTemplateSource(source, 't.yaml')).rejects.toThrow(
      `t.yaml:1: ${path} is not declared in schemas/values.schema.json`,
    );
  });

  it('accepts keys of a map the user fills and paths relative to an each item', async () => {
    const source = '{{q Values.podAnnotations.team}}{{#each Values.extraEnv}}{{q name}}{{q Values.anything}}{{/each}}';
    await expect(compileTemplateSource(source, 't.yaml')).resolves.toContain('function');
  });

  it('passes every chart template and partial', async () => {
    await expect(generateTemplateModule()).resolves.toMatchObject({ path: 'src/generated/chart-templates.ts' });
  });
});

describe('value helpers follow Go template semantics', () => {
  it.each([
    [false, false],
    [0, false],
    ['', false],
    [null, false],
    [undefined, false],
    [{}, false],
    [[], false],
    [true, true],
    [1, true],
    ['x', true],
    [{ a: 1 }, true],
    [[0], true],
    ['false', true],
  ])('set(%j) is %s', (value, expected) => {
    expect(VALUE_HELPERS.set(value)).toBe(expected);
  });

  it('and/or take every argument, as Go templates do', () => {
    expect(VALUE_HELPERS.and(true, 'x')).toBe(true);
    expect(VALUE_HELPERS.and(true, '')).toBe(false);
    expect(VALUE_HELPERS.and('', true)).toBe(false);
    expect(VALUE_HELPERS.or(false, 0)).toBe(false);
    expect(VALUE_HELPERS.or(false, [1])).toBe(true);
    expect(VALUE_HELPERS.or([1], false)).toBe(true);
  });

  it('default, concat and str print nil as nothing, like Helm', () => {
    expect(VALUE_HELPERS.default(null, 8182)).toBe(8182);
    expect(VALUE_HELPERS.default(443, 8182)).toBe(443);
    expect(VALUE_HELPERS.concat('--kas-address=', null)).toBe('--kas-address=');
    expect(VALUE_HELPERS.concat('a', 1, true)).toBe('a1true');
    expect(VALUE_HELPERS.str(null)).toBe('');
    expect(VALUE_HELPERS.b64('T')).toBe('VA==');
  });
});
