// Which values paths the chart templates read, and which they write into the output, found in
// Handlebars' parse of the templates (partials included). Codegen turns the reads into the
// paths the render fills in (generate-template-module.js) and checks the writes of secret
// values (generate-secret-values.js).

/**
 * @import { SchemaNode } from './read-values-schema.js'
 */

/**
 * A parsed template: its name below chart/templates and Handlebars' parse of it.
 *
 * @typedef {{ name: string, ast: hbs.AST.Program }} ParsedTemplate
 */

/**
 * A values path a template reads: its segments below `Values`, and the first place it is read
 * (`templates/secret.yaml:9`).
 *
 * @typedef {{ segments: string[], where: string }} ValuesRead
 */

/**
 * A values path a template writes into its output. `key` is the YAML key it is written under
 * when the template writes it directly after `key: `; `throughPartial` is set when the template
 * passes it to a partial, which writes it.
 *
 * @typedef {ValuesRead & { template: string, key: string | undefined, throughPartial: boolean }} ValuesWrite
 */

/**
 * What a path is read relative to: the template's root context, or anything else (an `each`
 * item, a partial's hash).
 *
 * @typedef {'root' | 'other'} ContextKind
 */

/** `  token: ` before a written value: the YAML key it is written under. */
const KEY_BEFORE_VALUE = /(?:^|\n) *([A-Za-z0-9._-]+): $/;

/**
 * The values paths one template reads from its root context (`Values.config.token`,
 * `@root.Values.image.pullPolicy`), and the ones it writes. Inside `each`, or in a partial
 * called with hash arguments, a path is relative to something else; hash values are read where
 * the call is.
 */
class ValuesUses {
  /**
   * @param {string} template the template's name, for the writes
   * @param {ReadonlyMap<string, hbs.AST.Program>} partialAsts
   */
  constructor(template, partialAsts) {
    this.template = template;
    this.partialAsts = partialAsts;
    /** @type {Map<string, ValuesRead>} path text -> the first read of it */
    this.reads = new Map();
    /** @type {ValuesWrite[]} */
    this.writes = [];
    /** @type {Set<string>} partial and context kind already walked, so a recursive partial ends */
    this.visited = new Set();
  }

  /**
   * Collects the uses in `node` and below it.
   *
   * @param {unknown} node a parse node, a list of them, or nothing
   * @param {ContextKind} context
   * @param {string} where `templates/<name>` or `partials/<name>`
   */
  collect(node, context, where) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) this.collect(child, context, where);
      return;
    }
    switch (/** @type {hbs.AST.Node} */ (node).type) {
      case 'PathExpression': {
        const path = /** @type {hbs.AST.PathExpression} */ (node);
        const segments = valuesPathOf(path, context);
        if (!segments) return;
        const key = segments.join('.');
        if (!this.reads.has(key)) this.reads.set(key, { segments, where: `${where}:${path.loc?.start?.line ?? 0}` });
        return;
      }
      case 'BlockStatement': {
        const block = /** @type {hbs.AST.BlockStatement} */ (node);
        this.collect(block.params, context, where);
        this.collect(block.program, block.path.original === 'each' ? 'other' : context, where);
        this.collect(block.inverse, context, where);
        return;
      }
      case 'SubExpression': {
        const expression = /** @type {hbs.AST.SubExpression} */ (node);
        this.collect(expression.params, context, where);
        this.collect(expression.hash, context, where);
        return;
      }
      case 'Hash':
        this.collect(
          /** @type {hbs.AST.Hash} */ (node).pairs.map((pair) => pair.value),
          context,
          where,
        );
        return;
      case 'PartialStatement': {
        const partial = /** @type {hbs.AST.PartialStatement} */ (node);
        this.collect(partial.params, context, where);
        this.collect(partial.hash, context, where);
        // The partial writes what its hash passes in; where exactly is the partial's business.
        this.recordWrites(partial.hash, { context, where, key: undefined, throughPartial: true });
        if (partial.name.type !== 'PathExpression') return;
        const name = /** @type {hbs.AST.PathExpression} */ (partial.name).original;
        /** @type {ContextKind} */
        const partialContext = partial.hash ? 'other' : context;
        const visit = `${name} ${partialContext}`;
        if (this.visited.has(visit)) return;
        this.visited.add(visit);
        this.collect(this.partialAsts.get(name), partialContext, `partials/${name}`);
        return;
      }
      case 'Program': {
        const body = /** @type {hbs.AST.Program} */ (node).body;
        body.forEach((statement, index) => {
          if (statement.type !== 'MustacheStatement') {
            this.collect(statement, context, where);
            return;
          }
          const before = body[index - 1];
          const text = before?.type === 'ContentStatement' ? /** @type {hbs.AST.ContentStatement} */ (before).value : '';
          const params = /** @type {hbs.AST.MustacheStatement} */ (statement).params;
          this.collect(params, context, where);
          this.recordWrites(params, { context, where, key: KEY_BEFORE_VALUE.exec(text)?.[1], throughPartial: false });
        });
        return;
      }
      default:
        return;
    }
  }

  /**
   * Records each values path read in `node` as written.
   *
   * @param {unknown} node
   * @param {{ context: ContextKind, where: string, key: string | undefined, throughPartial: boolean }} options
   */
  recordWrites(node, { context, where, key, throughPartial }) {
    const paths = new ValuesUses(this.template, this.partialAsts);
    paths.collect(node, context, where);
    for (const read of paths.reads.values()) this.writes.push({ ...read, template: this.template, key, throughPartial });
  }
}

/**
 * The segments below `Values` of a path read from the root context, else undefined.
 *
 * @param {hbs.AST.PathExpression} node
 * @param {ContextKind} context
 * @returns {string[] | undefined}
 */
function valuesPathOf(node, context) {
  let parts = node.parts;
  let fromRoot = context === 'root' && node.depth === 0;
  if (node.data) {
    if (parts[0] !== 'root') return undefined;
    parts = parts.slice(1);
    fromRoot = true;
  }
  return fromRoot && parts[0] === 'Values' && parts.length > 1 ? parts.slice(1) : undefined;
}

/**
 * The values paths the templates read (each with the first place it is read) and write.
 *
 * @param {readonly ParsedTemplate[]} templates
 * @param {ReadonlyMap<string, hbs.AST.Program>} partialAsts
 * @returns {{ reads: Map<string, ValuesRead>, writes: ValuesWrite[] }}
 */
export function findValuesUses(templates, partialAsts) {
  /** @type {Map<string, ValuesRead>} */
  const reads = new Map();
  /** @type {ValuesWrite[]} */
  const writes = [];
  for (const { name, ast } of templates) {
    const uses = new ValuesUses(name, partialAsts);
    uses.collect(ast, 'root', `templates/${name}`);
    for (const [key, read] of uses.reads) if (!reads.has(key)) reads.set(key, read);
    writes.push(...uses.writes);
  }
  return { reads, writes };
}

/**
 * The schema node at `segments`: a property, or the value schema of a map.
 *
 * @param {SchemaNode} schema
 * @param {readonly string[]} segments
 * @returns {SchemaNode | undefined}
 */
export function findSchemaNode(schema, segments) {
  /** @type {SchemaNode | undefined} */
  let node = schema;
  for (const segment of segments) {
    /** @type {SchemaNode | undefined} */
    const mapValues = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
    node = node.properties?.[segment] ?? mapValues;
    if (!node) return undefined;
  }
  return node;
}
