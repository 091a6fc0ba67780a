// Which values paths the chart templates read, and which they write into the output, found in
// Handlebars' parse of the templates (partials included). Codegen turns the reads into the
// paths the render fills in (generate-template-module.js) and checks the writes of secret
// values (generate-secret-values.js).

/** Where a path is read relative to: the template's root context, or anything else (an `each` item, a partial's hash). */
const ROOT_CONTEXT = 'root';
const OTHER_CONTEXT = 'other';

/** `  token: ` before a written value: the YAML key it is written under. */
const KEY_BEFORE_VALUE = /(?:^|\n) *([A-Za-z0-9._-]+): $/;

/**
 * The values paths a template reads from its root context (`Values.config.token`,
 * `@root.Values.image.pullPolicy`). Inside `each`, or in a partial called with hash arguments,
 * a path is relative to something else; hash values are read where the call is.
 */
class ValuesUses {
  constructor(partialAsts) {
    this.partialAsts = partialAsts;
    /** Path text -> { segments, where }, the first place each path is read. */
    this.reads = new Map();
    /** Every output that reads values: { segments, where, key, throughPartial }. */
    this.writes = [];
    this.visited = new Set();
  }

  /** Collects the uses in `node`; `where` is `templates/<name>` or `partials/<name>`. */
  collect(node, context, where) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) this.collect(child, context, where);
      return;
    }
    switch (node.type) {
      case 'PathExpression': {
        const segments = this.valuesPath(node, context);
        const key = segments?.join('.');
        if (segments && !this.reads.has(key)) this.reads.set(key, { segments, where: `${where}:${node.loc?.start?.line ?? 0}` });
        return;
      }
      case 'BlockStatement':
        this.collect(node.params, context, where);
        this.collect(node.program, node.path.original === 'each' ? OTHER_CONTEXT : context, where);
        this.collect(node.inverse, context, where);
        return;
      case 'SubExpression':
        this.collect(node.params, context, where);
        this.collect(node.hash, context, where);
        return;
      case 'Hash':
        this.collect(node.pairs.map((pair) => pair.value), context, where);
        return;
      case 'PartialStatement': {
        this.collect(node.params, context, where);
        this.collect(node.hash, context, where);
        // The partial writes what its hash passes in; where exactly is the partial's business.
        this.recordWrites(node.hash, context, where, undefined, true);
        const name = node.name.original;
        const partialContext = node.hash ? OTHER_CONTEXT : context;
        const visit = `${name} ${partialContext}`;
        if (this.visited.has(visit)) return;
        this.visited.add(visit);
        this.collect(this.partialAsts.get(name), partialContext, `partials/${name}`);
        return;
      }
      case 'Program':
        node.body.forEach((statement, index) => {
          if (statement.type === 'MustacheStatement') {
            const before = node.body[index - 1];
            const key = before?.type === 'ContentStatement' ? KEY_BEFORE_VALUE.exec(before.value)?.[1] : undefined;
            this.collect(statement.params, context, where);
            this.recordWrites(statement.params, context, where, key, false);
          } else {
            this.collect(statement, context, where);
          }
        });
        return;
      default:
        return;
    }
  }

  /** The segments below `Values` of a path read from the root context, else undefined. */
  valuesPath(node, context) {
    let parts = node.parts;
    let fromRoot = context === ROOT_CONTEXT && node.depth === 0;
    if (node.data) {
      if (parts[0] !== 'root') return undefined;
      parts = parts.slice(1);
      fromRoot = true;
    }
    return fromRoot && parts[0] === 'Values' && parts.length > 1 ? parts.slice(1) : undefined;
  }

  recordWrites(node, context, where, key, throughPartial) {
    const paths = new ValuesUses(this.partialAsts);
    paths.collect(node, context, where);
    for (const { segments, where: at } of paths.reads.values()) this.writes.push({ segments, where: at, key, throughPartial });
  }
}

/**
 * The values paths the templates read and write, each with the first place it occurs
 * (`templates/secret.yaml:9`). A write carries the YAML key it is written under when the
 * template writes it directly after `key: `, and `throughPartial` when a partial writes it.
 */
export function findValuesUses(templates, partialAsts) {
  const reads = new Map();
  const writes = [];
  for (const { name, ast } of templates) {
    const uses = new ValuesUses(partialAsts);
    uses.collect(ast, ROOT_CONTEXT, `templates/${name}`);
    for (const [key, read] of uses.reads) if (!reads.has(key)) reads.set(key, read);
    writes.push(...uses.writes.map((write) => ({ ...write, template: name })));
  }
  return { reads, writes };
}

/** The schema node at `segments`: a property, or the value schema of a map. */
export function findSchemaNode(schema, segments) {
  let node = schema;
  for (const segment of segments) {
    node = node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    if (!node) return undefined;
  }
  return node;
}
