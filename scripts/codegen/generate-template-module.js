// Compiles chart/templates/*.hbs and chart/partials/*.hbs into plain TypeScript functions
// (src/generated/chart-templates.ts), so rendering needs neither the Handlebars compiler nor
// its runtime. The input is Handlebars' own parse (with its standalone-line whitespace rules);
// the output follows Handlebars' strict-mode semantics through src/render/template-runtime.ts.
// Only the subset the chart uses is accepted; anything else fails codegen, naming the template
// and line, so a template can never render differently from Handlebars without a loud error.
// test/compile-templates.test.ts renders every case through both and compares the bytes.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHART_DIR = join(ROOT, 'chart');
const OUTPUT_PATH = 'src/generated/chart-templates.ts';

/** Must match OUTPUT_HELPERS and VALUE_HELPERS in src/render/template-helpers.ts (the typecheck enforces it). */
const OUTPUT_HELPERS = new Set(['q', 'toYaml', 'toYamlInOrder']);
const VALUE_HELPERS = new Set(['set', 'not', 'and', 'or', 'eq', 'default', 'str', 'concat', 'b64']);
const BLOCK_HELPERS = new Set(['if', 'unless', 'each']);

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return files.flat().sort();
}

/** Same names and order as TEMPLATES/PARTIALS in src/generated/chart-files.ts. */
async function readSources(dir) {
  const sources = [];
  for (const file of await listFiles(dir)) {
    if (!file.endsWith('.hbs')) continue;
    const name = relative(dir, file).slice(0, -'.hbs'.length).split('\\').join('/');
    sources.push({ name, source: await readFile(file, 'utf8') });
  }
  return sources;
}

class TemplateCompileError extends Error {
  constructor(where, node, message) {
    super(`${where}:${node?.loc?.start?.line ?? 0}: ${message}`);
  }
}

/** Compiles one parsed template or partial into the body of a function `(c, root, o)`. */
class FunctionCompiler {
  constructor(where, partialNames, analysis) {
    this.where = where;
    this.partialNames = partialNames;
    this.analysis = analysis;
    this.lines = [];
    this.depth = 1;
    this.counter = 0;
    this.temps = 0;
  }

  fail(node, message) {
    throw new TemplateCompileError(this.where, node, message);
  }

  emit(line) {
    this.lines.push(`${'  '.repeat(this.depth)}${line}`);
  }

  program(program, context) {
    if (program.blockParams?.length) this.fail(program, 'block parameters are not supported');
    for (const statement of program.body) this.statement(statement, context);
  }

  statement(node, context) {
    switch (node.type) {
      case 'ContentStatement':
        if (node.value.length > 0) this.emit(`o.literal(${JSON.stringify(node.value)});`);
        return;
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        return this.mustache(node, context);
      case 'BlockStatement':
        return this.block(node, context);
      case 'PartialStatement':
        return this.partial(node, context);
      default:
        return this.fail(node, `${node.type} is not supported`);
    }
  }

  /** Only an escaping helper with arguments may write output. */
  mustache(node, context) {
    const name = node.path.type === 'PathExpression' ? node.path.original : undefined;
    if (!OUTPUT_HELPERS.has(name) || node.params.length === 0) {
      this.fail(node, `"{{${String(name)}…}}" writes a value without an escaping helper (use q, toYaml or toYamlInOrder)`);
    }
    if (node.hash) this.fail(node, `hash arguments to ${name} are not supported`);
    const args = [...node.params.map((param) => this.expression(param, context)), 'HELPER_OPTIONS'];
    this.emit(`o.write(${JSON.stringify(name)}, WRITERS[${JSON.stringify(name)}](${args.join(', ')}));`);
  }

  block(node, context) {
    const name = node.path.type === 'PathExpression' ? node.path.original : undefined;
    if (!BLOCK_HELPERS.has(name)) this.fail(node, `block helper ${String(name)} is not supported`);
    if (node.params.length !== 1) this.fail(node, `#${name} requires exactly one argument`);
    if (node.hash) this.fail(node, `hash arguments to #${name} are not supported`);
    const subject = this.expression(node.params[0], context);
    if (name === 'each') {
      const each = `each${this.counter++}`;
      const item = `item${this.counter++}`;
      this.emit(`const ${each} = eachItems(${subject}, ${context});`);
      this.emit(`for (const ${item} of ${each}.items) {`);
      this.nested(node.program, item);
      this.emit('}');
      if (node.inverse) {
        this.emit(`if (${each}.visited === 0) {`);
        this.nested(node.inverse, context);
        this.emit('}');
      }
      return;
    }
    const [whenTrue, whenFalse] = name === 'if' ? [node.program, node.inverse] : [node.inverse, node.program];
    this.emit(`if (passesIf(${subject}, ${context})) {`);
    if (whenTrue) this.nested(whenTrue, context);
    if (whenFalse) {
      this.emit('} else {');
      this.nested(whenFalse, context);
    }
    this.emit('}');
  }

  nested(program, context) {
    this.depth++;
    this.program(program, context);
    this.depth--;
  }

  partial(node, context) {
    if (node.name.type !== 'PathExpression') this.fail(node, 'dynamic partials are not supported');
    const name = node.name.original;
    if (!this.partialNames.has(name)) this.fail(node, `the partial ${name} does not exist`);
    if (node.params.length > 0) this.fail(node, 'a partial context argument is not supported');
    // Handlebars evaluates and assigns hash pairs last to first.
    const pairs = [...(node.hash?.pairs ?? [])].reverse();
    let partialContext = context;
    if (pairs.length > 0) {
      const values = pairs.map((pair) => {
        const value = `hash${this.counter++}`;
        this.emit(`const ${value} = ${this.expression(pair.value, context)};`);
        return [pair.key, value];
      });
      const needs = this.analysis.needs(name);
      if (needs === ALL || needs.has('__proto__')) {
        partialContext = `extendContext(${context}, { ${values.map(([key, value]) => `${JSON.stringify(key)}: ${value}`).join(', ')} })`;
      } else {
        // The partial reads only these names of Utils.extend({}, context, hash): copying the
        // whole context for every call costs more than the rest of the partial.
        const hash = new Map(values);
        const entries = [...needs].sort().map((key) => `${JSON.stringify(key)}: ${hash.get(key) ?? `inherit(${context}, ${JSON.stringify(key)})`}`);
        partialContext = `{ ${entries.join(', ')} }`;
      }
    }
    const outer = `outer${this.counter++}`;
    this.emit(`const ${outer} = o.beginPartial(${JSON.stringify(node.indent ?? '')});`);
    this.emit(`${partialFunctionName(name)}(${partialContext}, root, o);`);
    this.emit(`o.endPartial(${outer});`);
  }

  expression(node, context) {
    switch (node.type) {
      case 'PathExpression':
        return this.path(node, context);
      case 'SubExpression': {
        const name = node.path.type === 'PathExpression' ? node.path.original : undefined;
        if (!VALUE_HELPERS.has(name)) this.fail(node, `unknown helper ${String(name)}`);
        if (node.params.length === 0) this.fail(node, `(${name}) needs arguments`);
        if (node.hash) this.fail(node, `hash arguments to ${name} are not supported`);
        const args = [...node.params.map((param) => this.expression(param, context)), 'HELPER_OPTIONS'];
        return `HELPERS[${JSON.stringify(name)}](${args.join(', ')})`;
      }
      case 'StringLiteral':
        return JSON.stringify(node.value);
      case 'NumberLiteral':
        return String(node.value);
      case 'BooleanLiteral':
        return node.value ? 'true' : 'false';
      case 'UndefinedLiteral':
        return 'undefined';
      case 'NullLiteral':
        return 'null';
      default:
        return this.fail(node, `${node.type} is not supported`);
    }
  }

  /**
   * Strict mode compiles a helper argument to a chain of lookups without a terminal check. Each
   * property is read here (a TypeError names the key when the parent is null or undefined), so
   * every site has its own inline cache; `own` keeps own properties only.
   */
  path(node, context) {
    if (node.depth > 0) this.fail(node, `parent paths (${node.original}) are not supported`);
    let parts = node.parts;
    let base = context;
    if (node.data) {
      if (parts[0] !== 'root') this.fail(node, `@${parts[0]} is not supported`);
      base = 'root';
      parts = parts.slice(1);
    }
    return parts.reduce((target, part, index) => {
      const key = JSON.stringify(part);
      if (index === 0) return `own(${target}, ${key}, (${target} as Indexable)[${key}])`;
      const temp = `t${this.temps++}`;
      return `own(${temp} = ${target}, ${key}, (${temp} as Indexable)[${key}])`;
    }, base);
  }
}

const ALL = Symbol('the whole context');

/** Which names of its context each partial reads, so a call can build just those. */
class ContextAnalysis {
  constructor(partialAsts) {
    this.partialAsts = partialAsts;
    this.cache = new Map();
  }

  /** The first path segments the partial looks up on its context, or ALL if it uses the context itself. */
  needs(name) {
    if (this.cache.has(name)) return this.cache.get(name);
    this.cache.set(name, ALL); // a partial that reaches itself keeps the whole context
    const needs = new Set();
    const result = this.collect(this.partialAsts.get(name), needs) ? needs : ALL;
    this.cache.set(name, result);
    return result;
  }

  /** Adds the names `node` reads on the current context; false when it uses the context itself. */
  collect(node, needs) {
    if (!node || typeof node !== 'object') return true;
    if (Array.isArray(node)) return node.every((child) => this.collect(child, needs));
    switch (node.type) {
      case 'PathExpression':
        if (node.data) return true;
        if (node.parts.length === 0 || node.depth > 0) return false;
        needs.add(node.parts[0]);
        return true;
      case 'BlockStatement':
        // An `each` body reads its items, not this context; the `else` part reads this one.
        if (node.path.original === 'each') return this.collect(node.params, needs) && this.collect(node.inverse, needs);
        return this.collect(node.params, needs) && this.collect(node.program, needs) && this.collect(node.inverse, needs);
      case 'MustacheStatement':
      case 'SubExpression':
        return this.collect(node.params, needs) && this.collect(node.hash, needs);
      case 'PartialStatement': {
        if (!this.collect(node.params, needs) || !this.collect(node.hash, needs)) return false;
        const inner = this.needs(node.name.original);
        if (inner === ALL) return false;
        const own = new Set((node.hash?.pairs ?? []).map((pair) => pair.key));
        for (const key of inner) if (!own.has(key)) needs.add(key);
        return true;
      }
      case 'Program':
        return this.collect(node.body, needs);
      case 'Hash':
        return this.collect(node.pairs.map((pair) => pair.value), needs);
      default:
        return true;
    }
  }
}

function partialFunctionName(name) {
  return `renderPartial_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function templateFunctionName(index) {
  return `renderTemplate${index}`;
}

/** What the generated module may use from src/render/template-runtime.ts, in import order. */
const RUNTIME_IMPORTS = [
  'HELPERS',
  'HELPER_OPTIONS',
  'WRITERS',
  'eachItems',
  'extendContext',
  'inherit',
  'own',
  'passesIf',
  'type CompiledTemplate',
  'type Indexable',
  'type TemplateSink',
];

function compileFunction(name, where, ast, partialNames, analysis) {
  const compiler = new FunctionCompiler(where, partialNames, analysis);
  compiler.program(ast, 'c');
  const temps = Array.from({ length: compiler.temps }, (_, index) => `t${index}: unknown`);
  const lines = [...(temps.length > 0 ? [`  let ${temps.join(', ')};`] : []), ...compiler.lines];
  const body = lines.length > 0 ? lines.join('\n') : '  // renders nothing';
  // Every function takes the same three parameters; the ones its body never reads are named
  // `_c` and `_root`, as noUnusedParameters asks.
  const parameter = (identifier) => (readsIdentifier(body, identifier) ? identifier : `_${identifier}`);
  return `function ${name}(${parameter('c')}: unknown, ${parameter('root')}: unknown, o: TemplateSink): void {\n${body}\n}`;
}

/** Whether generated code reads `identifier` outside its string literals (all JSON.stringify'd). */
function readsIdentifier(code, identifier) {
  const withoutStrings = code.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return new RegExp(`(?<![\\w$])${identifier}(?![\\w$])`).test(withoutStrings);
}

/**
 * Compiles one template source against the chart's partials, as codegen does, and throws the
 * same error codegen would: the guard that no value is written without an escaping helper.
 */
export async function compileTemplateSource(source, where) {
  const partials = await readSources(join(CHART_DIR, 'partials'));
  const partialAsts = new Map(partials.map(({ name, source: text }) => [name, Handlebars.parse(text)]));
  const partialNames = new Set(partialAsts.keys());
  return compileFunction('renderTemplate', where, Handlebars.parse(source), partialNames, new ContextAnalysis(partialAsts));
}

export async function generateTemplateModule() {
  const templates = await readSources(join(CHART_DIR, 'templates'));
  const partials = await readSources(join(CHART_DIR, 'partials'));
  const partialNames = new Set(partials.map((partial) => partial.name));
  const partialAsts = new Map(partials.map(({ name, source }) => [name, Handlebars.parse(source)]));
  const analysis = new ContextAnalysis(partialAsts);
  const functions = [
    ...templates.map(({ name, source }, index) =>
      compileFunction(templateFunctionName(index), `templates/${name}`, Handlebars.parse(source), partialNames, analysis),
    ),
    ...partials.map(({ name }) =>
      compileFunction(partialFunctionName(name), `partials/${name}`, partialAsts.get(name), partialNames, analysis),
    ),
  ];
  const body = [
    '/** The chart templates in file order, each rendered with the context as `this` and `@root`. */',
    'export const COMPILED_TEMPLATES: readonly CompiledTemplate[] = [',
    ...templates.map(
      ({ name }, index) => `  { name: ${JSON.stringify(name)}, render: (context, output) => ${templateFunctionName(index)}(context, context, output) },`,
    ),
    '];',
    '',
    ...functions.flatMap((code) => [code, '']),
  ].join('\n');
  // Only what the body uses is imported, as noUnusedLocals asks.
  const imports = RUNTIME_IMPORTS.filter((specifier) => readsIdentifier(body, specifier.replace(/^type /, '')));
  const content = [
    '// Generated from chart/templates and chart/partials by `npm run codegen` (scripts/codegen/generate-template-module.js). Do not edit.',
    '/* eslint-disable */',
    'import {',
    ...imports.map((specifier) => `  ${specifier},`),
    "} from '../render/template-runtime.js';",
    '',
    body,
  ].join('\n');
  return { path: OUTPUT_PATH, content };
}
