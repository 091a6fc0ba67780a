// Compiles chart/templates/*.hbs and chart/partials/*.hbs into plain TypeScript functions
// (src/generated/chart-templates.ts), so rendering needs neither the Handlebars compiler nor
// its runtime. The input is Handlebars' own parse (with its standalone-line whitespace rules);
// the output follows Handlebars' strict-mode semantics through src/render/template-runtime.ts.
// Only the subset the chart uses is accepted; anything else fails codegen, naming the template
// and line, so a template can never render differently from Handlebars without a loud error.
// test/compile-templates.test.ts renders every case through both and compares the bytes.
import Handlebars from 'handlebars';
import { readChartSources } from './read-chart-sources.js';
import { findSchemaNode, findValuesUses } from './find-values-uses.js';
import { readValuesSchema } from './read-values-schema.js';
import { formatBanner } from './format-banner.js';

/**
 * @import { ValuesRead } from './find-values-uses.js'
 * @import { SchemaNode } from './read-values-schema.js'
 */

const OUTPUT_PATH = 'src/generated/chart-templates.ts';

/** Must match OUTPUT_HELPERS and VALUE_HELPERS in src/render/template-helpers.ts (the typecheck enforces it). */
const OUTPUT_HELPERS = new Set(['q', 'toYaml', 'toYamlInOrder']);
const VALUE_HELPERS = new Set(['set', 'not', 'and', 'or', 'eq', 'default', 'str', 'concat', 'b64']);
const BLOCK_HELPERS = new Set(['if', 'unless', 'each']);

/**
 * Keys some value a template can read inherits: the values are JSON-like data (maps, lists,
 * strings, numbers, booleans, null) and the context's own objects; functions, whose `name` is
 * inherited, cannot be values. Only a read of one of these keys needs Handlebars' own-property
 * check (`own`); for any other key, a read finds an own property or nothing.
 */
const INHERITABLE_KEYS = new Set(
  [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype, Function.prototype].flatMap((prototype) =>
    Object.getOwnPropertyNames(prototype),
  ),
);

class TemplateCompileError extends Error {
  /**
   * @param {string} where `templates/<name>` or `partials/<name>`
   * @param {hbs.AST.Node | undefined} node
   * @param {string} message
   */
  constructor(where, node, message) {
    super(`${where}:${node?.loc?.start?.line ?? 0}: ${message}`);
  }
}

/** Compiles one parsed template or partial into the body of a function `(c, root, o)`. */
class FunctionCompiler {
  /**
   * @param {string} where `templates/<name>` or `partials/<name>`, for errors
   * @param {ReadonlySet<string>} partialNames
   * @param {ContextAnalysis} analysis
   */
  constructor(where, partialNames, analysis) {
    this.where = where;
    this.partialNames = partialNames;
    this.analysis = analysis;
    /** @type {string[]} */
    this.lines = [];
    this.depth = 1;
    this.counter = 0;
    this.temps = 0;
  }

  /**
   * @param {hbs.AST.Node} node
   * @param {string} message
   * @returns {never}
   */
  fail(node, message) {
    throw new TemplateCompileError(this.where, node, message);
  }

  /** @param {string} line */
  emit(line) {
    this.lines.push(`${'  '.repeat(this.depth)}${line}`);
  }

  /**
   * @param {hbs.AST.Program} program
   * @param {string} context the generated expression for the current context
   */
  program(program, context) {
    if (program.blockParams?.length) this.fail(program, 'block parameters are not supported');
    for (const statement of program.body) this.statement(statement, context);
  }

  /**
   * @param {hbs.AST.Statement} node
   * @param {string} context
   */
  statement(node, context) {
    switch (node.type) {
      case 'ContentStatement': {
        const { value } = /** @type {hbs.AST.ContentStatement} */ (node);
        if (value.length > 0) this.emit(`o.literal(${JSON.stringify(value)});`);
        return;
      }
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        return this.mustache(/** @type {hbs.AST.MustacheStatement} */ (node), context);
      case 'BlockStatement':
        return this.block(/** @type {hbs.AST.BlockStatement} */ (node), context);
      case 'PartialStatement':
        return this.partial(/** @type {hbs.AST.PartialStatement} */ (node), context);
      default:
        return this.fail(node, `${node.type} is not supported`);
    }
  }

  /**
   * Only an escaping helper with arguments may write output.
   *
   * @param {hbs.AST.MustacheStatement} node
   * @param {string} context
   */
  mustache(node, context) {
    const name = helperName(node.path);
    if (name === undefined || !OUTPUT_HELPERS.has(name) || node.params.length === 0) {
      this.fail(node, `"{{${String(name)}…}}" writes a value without an escaping helper (use q, toYaml or toYamlInOrder)`);
    }
    if (node.hash) this.fail(node, `hash arguments to ${name} are not supported`);
    const args = node.params.map((param) => this.expression(param, context));
    // The sink formats the value (template-runtime.ts), so one render can format a value it
    // writes many times (the labels of every object) once.
    this.emit(`o.write(${JSON.stringify(name)}, o.format(${[JSON.stringify(name), ...args].join(', ')}));`);
  }

  /**
   * @param {hbs.AST.BlockStatement} node
   * @param {string} context
   */
  block(node, context) {
    const name = helperName(node.path);
    if (name === undefined || !BLOCK_HELPERS.has(name)) this.fail(node, `block helper ${String(name)} is not supported`);
    const [param] = node.params;
    if (node.params.length !== 1 || param === undefined) this.fail(node, `#${name} requires exactly one argument`);
    if (node.hash) this.fail(node, `hash arguments to #${name} are not supported`);
    const subject = this.expression(param, context);
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

  /**
   * @param {hbs.AST.Program} program
   * @param {string} context
   */
  nested(program, context) {
    this.depth++;
    this.program(program, context);
    this.depth--;
  }

  /**
   * @param {hbs.AST.PartialStatement} node
   * @param {string} context
   */
  partial(node, context) {
    if (node.name.type !== 'PathExpression') this.fail(node, 'dynamic partials are not supported');
    const name = /** @type {hbs.AST.PathExpression} */ (node.name).original;
    if (!this.partialNames.has(name)) this.fail(node, `the partial ${name} does not exist`);
    if (node.params.length > 0) this.fail(node, 'a partial context argument is not supported');
    // Handlebars evaluates and assigns hash pairs last to first.
    const pairs = [...(node.hash?.pairs ?? [])].reverse();
    let partialContext = context;
    if (pairs.length > 0) {
      /** @type {Map<string, string>} hash key -> the variable holding its value */
      const hash = new Map(
        pairs.map((pair) => {
          if (pair.key === '__proto__') this.fail(pair, 'a hash argument named __proto__ is not supported');
          const value = `hash${this.counter++}`;
          this.emit(`const ${value} = ${this.expression(pair.value, context)};`);
          return /** @type {const} */ ([pair.key, value]);
        }),
      );
      // Handlebars gives the partial Utils.extend({}, context, hash). A partial that reads only
      // names its call passes sees nothing of the caller's context, so the call builds just
      // those names: copying the whole context for every call costs more than the partial.
      const needs = this.analysis.needs(name);
      if (needs === ALL)
        this.fail(node, `the partial ${name} uses its whole context; with hash arguments it may only read the names they pass`);
      const missing = [...needs].filter((key) => !hash.has(key));
      if (missing.length > 0)
        this.fail(node, `the partial ${name} reads ${missing.join(', ')}, which this call does not pass as hash arguments`);
      partialContext = `{ ${[...needs]
        .sort()
        .map((key) => `${JSON.stringify(key)}: ${hash.get(key)}`)
        .join(', ')} }`;
    }
    const outer = `outer${this.counter++}`;
    this.emit(`const ${outer} = o.beginPartial(${JSON.stringify(node.indent ?? '')});`);
    this.emit(`${partialFunctionName(name)}(${partialContext}, root, o);`);
    this.emit(`o.endPartial(${outer});`);
  }

  /**
   * The generated expression for a helper argument.
   *
   * @param {hbs.AST.Expression} node
   * @param {string} context
   * @returns {string}
   */
  expression(node, context) {
    switch (node.type) {
      case 'PathExpression':
        return this.path(/** @type {hbs.AST.PathExpression} */ (node), context);
      case 'SubExpression': {
        const call = /** @type {hbs.AST.SubExpression} */ (node);
        const name = helperName(call.path);
        if (name === undefined || !VALUE_HELPERS.has(name)) this.fail(node, `unknown helper ${String(name)}`);
        if (call.params.length === 0) this.fail(node, `(${name}) needs arguments`);
        if (call.hash) this.fail(node, `hash arguments to ${name} are not supported`);
        const args = call.params.map((param) => this.expression(param, context));
        return `HELPERS[${JSON.stringify(name)}](${args.join(', ')})`;
      }
      case 'StringLiteral':
        return JSON.stringify(/** @type {hbs.AST.StringLiteral} */ (node).value);
      case 'NumberLiteral':
        return String(/** @type {hbs.AST.NumberLiteral} */ (node).value);
      case 'BooleanLiteral':
        return /** @type {hbs.AST.BooleanLiteral} */ (node).value ? 'true' : 'false';
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
   *
   * @param {hbs.AST.PathExpression} node
   * @param {string} context
   * @returns {string}
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
      // A key no built-in prototype of a value the templates can see has reads only an own
      // property (or nothing) anyway: the check is left out, and the read stays.
      if (!INHERITABLE_KEYS.has(part)) return `(${target} as Indexable)[${key}]`;
      if (index === 0) return `own(${target}, ${key}, (${target} as Indexable)[${key}])`;
      const temp = `t${this.temps++}`;
      return `own(${temp} = ${target}, ${key}, (${temp} as Indexable)[${key}])`;
    }, base);
  }
}

/**
 * The name of the helper a mustache, block or sub-expression calls; undefined for a literal.
 *
 * @param {hbs.AST.PathExpression | hbs.AST.Literal} path
 * @returns {string | undefined}
 */
function helperName(path) {
  return path.type === 'PathExpression' ? /** @type {hbs.AST.PathExpression} */ (path).original : undefined;
}

const ALL = Symbol('the whole context');

/** Which names of its context each partial reads, so a call can build just those. */
class ContextAnalysis {
  /** @param {ReadonlyMap<string, hbs.AST.Program>} partialAsts */
  constructor(partialAsts) {
    this.partialAsts = partialAsts;
    /** @type {Map<string, Set<string> | typeof ALL>} */
    this.cache = new Map();
  }

  /**
   * The first path segments the partial looks up on its context, or ALL if it uses the context itself.
   *
   * @param {string} name
   * @returns {Set<string> | typeof ALL}
   */
  needs(name) {
    const cached = this.cache.get(name);
    if (cached) return cached;
    this.cache.set(name, ALL); // a partial that reaches itself keeps the whole context
    /** @type {Set<string>} */
    const needs = new Set();
    const result = this.collect(this.partialAsts.get(name), needs) ? needs : ALL;
    this.cache.set(name, result);
    return result;
  }

  /**
   * Adds the names `node` reads on the current context; false when it uses the context itself.
   *
   * @param {unknown} node a parse node, a list of them, or nothing
   * @param {Set<string>} needs
   * @returns {boolean}
   */
  collect(node, needs) {
    if (!node || typeof node !== 'object') return true;
    if (Array.isArray(node)) return node.every((child) => this.collect(child, needs));
    switch (/** @type {hbs.AST.Node} */ (node).type) {
      case 'PathExpression': {
        const path = /** @type {hbs.AST.PathExpression} */ (node);
        if (path.data) return true;
        const [first] = path.parts;
        if (first === undefined || path.depth > 0) return false;
        needs.add(first);
        return true;
      }
      case 'BlockStatement': {
        const block = /** @type {hbs.AST.BlockStatement} */ (node);
        // An `each` body reads its items, not this context; the `else` part reads this one.
        if (block.path.original === 'each') return this.collect(block.params, needs) && this.collect(block.inverse, needs);
        return this.collect(block.params, needs) && this.collect(block.program, needs) && this.collect(block.inverse, needs);
      }
      case 'MustacheStatement':
      case 'SubExpression': {
        const call = /** @type {hbs.AST.MustacheStatement | hbs.AST.SubExpression} */ (node);
        return this.collect(call.params, needs) && this.collect(call.hash, needs);
      }
      case 'PartialStatement': {
        const partial = /** @type {hbs.AST.PartialStatement} */ (node);
        if (!this.collect(partial.params, needs) || !this.collect(partial.hash, needs)) return false;
        if (partial.name.type !== 'PathExpression') return false;
        const inner = this.needs(/** @type {hbs.AST.PathExpression} */ (partial.name).original);
        if (inner === ALL) return false;
        const own = new Set((partial.hash?.pairs ?? []).map((pair) => pair.key));
        for (const key of inner) if (!own.has(key)) needs.add(key);
        return true;
      }
      case 'Program':
        return this.collect(/** @type {hbs.AST.Program} */ (node).body, needs);
      case 'Hash':
        return this.collect(
          /** @type {hbs.AST.Hash} */ (node).pairs.map((pair) => pair.value),
          needs,
        );
      default:
        return true;
    }
  }
}

/**
 * The paths read, as a tree in schema order with null leaves. A path the schema does not
 * declare fails codegen: the render fills every path in this tree, so a misspelt one would
 * otherwise read null quietly instead of failing.
 *
 * @param {SchemaNode} schema
 * @param {ReadonlyMap<string, ValuesRead>} reads
 * @returns {Record<string, unknown>}
 */
function buildValuesReadTree(schema, reads) {
  for (const { segments, where } of reads.values()) {
    if (!findSchemaNode(schema, segments))
      throw new Error(`${where}: Values.${segments.join('.')} is not declared in schemas/values.schema.json`);
  }
  /** @type {Record<string, unknown>} */
  const tree = {};
  /**
   * @param {SchemaNode} node
   * @param {Record<string, unknown>} target
   * @param {string[]} prefix
   */
  const fill = (node, target, prefix) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = [...prefix, key].join('.');
      const below = [...reads.keys()].some((read) => read.startsWith(`${path}.`));
      if (below) fill(child, (target[key] = {}), [...prefix, key]);
      else if (reads.has(path)) target[key] = null;
    }
  };
  fill(schema, tree, []);
  return tree;
}

/**
 * @param {string} name
 * @returns {string}
 */
function partialFunctionName(name) {
  return `renderPartial_${name.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * The top-level keys of the read tree; `__proto__` would set a literal's prototype, not a key.
 * @param {Record<string, unknown>} readTree
 * @returns {string[]}
 */
function topLevelReadKeys(readTree) {
  const keys = Object.keys(readTree);
  if (keys.includes('__proto__')) throw new Error('codegen: a template reads Values.__proto__, which an object literal cannot hold');
  return keys;
}

/**
 * @param {number} index
 * @returns {string}
 */
function templateFunctionName(index) {
  return `renderTemplate${index}`;
}

/**
 * The TypeScript function `name(c, root, o)` that renders `ast`.
 *
 * @param {{ name: string, where: string, ast: hbs.AST.Program, partialNames: ReadonlySet<string>, analysis: ContextAnalysis }} options
 * @returns {string}
 */
function compileFunction({ name, where, ast, partialNames, analysis }) {
  const compiler = new FunctionCompiler(where, partialNames, analysis);
  compiler.program(ast, 'c');
  const temps = Array.from({ length: compiler.temps }, (_, index) => `t${index}: unknown`);
  const lines = [...(temps.length > 0 ? [`  let ${temps.join(', ')};`] : []), ...compiler.lines];
  const body = lines.length > 0 ? lines.join('\n') : '  // renders nothing';
  // Every function takes the same three parameters; the ones its body never reads are named
  // `_c` and `_root`, as noUnusedParameters asks.
  /** @param {string} identifier */
  const parameter = (identifier) => (readsIdentifier(body, identifier) ? identifier : `_${identifier}`);
  return `function ${name}(${parameter('c')}: unknown, ${parameter('root')}: unknown, o: TemplateSink): void {\n${body}\n}`;
}

/**
 * Whether generated code reads `identifier` outside its string literals (all JSON.stringify'd).
 *
 * @param {string} code
 * @param {string} identifier
 * @returns {boolean}
 */
function readsIdentifier(code, identifier) {
  const withoutStrings = code.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return new RegExp(`(?<![\\w$])${identifier}(?![\\w$])`).test(withoutStrings);
}

/**
 * Compiles one template source against the chart's partials, as codegen does, and throws the
 * same errors codegen would: no value written without an escaping helper, no values path
 * the schema does not declare.
 *
 * @param {string} source
 * @param {string} where the name errors give the template
 * @returns {Promise<string>} the generated function
 */
export async function compileTemplateSource(source, where) {
  const partials = await readChartSources('partials');
  const partialAsts = new Map(partials.map(({ name, source: text }) => [name, Handlebars.parse(text)]));
  const partialNames = new Set(partialAsts.keys());
  const ast = Handlebars.parse(source);
  const analysis = new ContextAnalysis(partialAsts);
  const code = compileFunction({ name: 'renderTemplate', where, ast, partialNames, analysis });
  buildValuesReadTree(await readValuesSchema(), findValuesUses([{ name: where, ast }], partialAsts).reads);
  return code;
}

/** @returns {Promise<{ path: string, content: string }>} */
export async function generateTemplateModule() {
  const templates = (await readChartSources('templates')).map(({ name, source }) => ({ name, ast: Handlebars.parse(source) }));
  const partials = await readChartSources('partials');
  const partialNames = new Set(partials.map((partial) => partial.name));
  const partialAsts = new Map(partials.map(({ name, source }) => [name, Handlebars.parse(source)]));
  const analysis = new ContextAnalysis(partialAsts);
  const functions = [
    ...templates.map(({ name, ast }, index) =>
      compileFunction({ name: templateFunctionName(index), where: `templates/${name}`, ast, partialNames, analysis }),
    ),
    ...[...partialAsts].map(([name, ast]) =>
      compileFunction({ name: partialFunctionName(name), where: `partials/${name}`, ast, partialNames, analysis }),
    ),
  ];
  const readTree = buildValuesReadTree(await readValuesSchema(), findValuesUses(templates, partialAsts).reads);
  const content = [
    formatBanner({ sources: ['chart/templates', 'chart/partials'], generator: import.meta.url }),
    '/* eslint-disable */',
    'import {',
    '  HELPERS,',
    '  eachItems,',
    '  own,',
    '  passesIf,',
    '  type CompiledTemplate,',
    '  type Indexable,',
    '  type TemplateSink,',
    "} from '../render/template-runtime.js';",
    "import type { ValuesTree } from '../types.js';",
    '',
    '/**',
    ' * Every values path the templates read, with null leaves. The render fills in each one the',
    ' * merged values lack (a key the user deleted with null, or one the chart has no default for),',
    ' * so a strict-mode lookup cannot fail on a value; codegen checks each path against the schema.',
    ' */',
    `export const VALUES_READ_BY_TEMPLATES: ValuesTree = ${JSON.stringify(readTree, null, 2)};`,
    '',
    '/**',
    ' * The top-level keys of VALUES_READ_BY_TEMPLATES (in its order) as one object literal: every',
    " * render's object has one shape, with its properties in the object itself, which the templates'",
    " * reads find at once. `fill` gives each key's value from the values' own and the key's index.",
    ' */',
    'export function pickValuesReadByTemplates(values: Indexable, fill: (value: unknown, index: number) => unknown): ValuesTree {',
    '  return {',
    ...topLevelReadKeys(readTree).map((key, index) => `    ${JSON.stringify(key)}: fill(values[${JSON.stringify(key)}], ${index}),`),
    '  };',
    '}',
    '',
    '/** The chart templates in file order, each rendered with the context as `this` and `@root`. */',
    'export const COMPILED_TEMPLATES: readonly CompiledTemplate[] = [',
    ...templates.map(
      ({ name }, index) =>
        `  { name: ${JSON.stringify(name)}, render: (context, output) => ${templateFunctionName(index)}(context, context, output) },`,
    ),
    '];',
    '',
    ...functions.flatMap((code) => [code, '']),
  ].join('\n');
  return { path: OUTPUT_PATH, content };
}
