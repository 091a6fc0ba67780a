/**
 * What the templates compiled by codegen (src/generated/chart-templates.ts) call at run time:
 * Handlebars' strict-mode lookups, its `if`/`each` and partial semantics (including the partial
 * indentation Helm's `nindent` relies on), and the outputs a template writes into.
 *
 * `SkeletonOutput` records the chart's own text with a token in place of each value written
 * through an escaping helper, plus the values. The skeleton changes only when the template
 * takes another branch, so its parse can be reused across renders (see parse-manifests.ts);
 * the rendered text is the skeleton with the values put back. `TextOutput` writes the text
 * directly, for the one case where putting values back would not give Handlebars' bytes.
 * test/compile-templates.test.ts compares both with Handlebars itself.
 */
import { OUTPUT_HELPERS, VALUE_HELPERS } from './template-helpers.js';

/** What a compiled template writes into. */
export interface TemplateSink {
  literal(chunk: string): void;
  /** The output helper's text for its arguments (the first is the value; the rest it ignores). */
  format(helper: OutputHelper, value: unknown, ...ignored: unknown[]): unknown;
  /** An escaping helper's result; Handlebars writes nothing for null or undefined. */
  write(helper: OutputHelper, value: unknown): void;
  /**
   * Handlebars indents every line of a standalone partial's output except a last empty one,
   * and enclosing partials indent again; writing each line's indentation just before its first
   * character gives the same text. Returns what `endPartial` restores.
   */
  beginPartial(indent: string): string;
  endPartial(outer: string): void;
}

export type OutputHelper = keyof typeof OUTPUT_HELPERS;

/** One value a template wrote through an escaping helper. */
export interface TemplateHole {
  /** `scalar`: a `q` output, one YAML scalar; `block`: a `toYaml` output, a whole YAML node. */
  readonly kind: 'scalar' | 'block';
  /** The helper's text, before partial indentation. */
  readonly text: string;
  /** The indentation of the enclosing partials, which every line after the first gets. */
  readonly indent: string;
  /** The token standing for it in the skeleton (`- <name>` for a block that is a list). */
  readonly token: string;
  /** Where the token starts in the skeleton. */
  readonly offset: number;
}

/** Tokens are plain YAML scalars that the chart's own text never contains. */
export const HOLE_TOKEN_PREFIX = '__gam_hole_';
export const HOLE_TOKEN = /__gam_hole_(\d+)__/g;

/** Shared by both outputs: the partial indentation and where lines start. */
abstract class IndentingOutput implements TemplateSink {
  protected indent = '';
  protected atLineStart = true;

  abstract literal(chunk: string): void;
  abstract write(helper: OutputHelper, value: unknown): void;

  format(helper: OutputHelper, value: unknown): unknown {
    return OUTPUT_HELPERS[helper](value);
  }

  beginPartial(indent: string): string {
    const outer = this.indent;
    // A standalone partial always starts a line; anything else would need Handlebars' own
    // per-partial bookkeeping, so it fails here rather than render differently.
    if (indent !== '' && !this.atLineStart) throw new Error('a standalone partial does not start a line');
    this.indent = outer + indent;
    return outer;
  }

  endPartial(outer: string): void {
    this.indent = outer;
  }

  /** `chunk` as the output receives it: the indentation before each line it starts. */
  protected indented(chunk: string): string {
    const indent = this.indent;
    const atLineStart = this.atLineStart;
    this.atLineStart = chunk.charCodeAt(chunk.length - 1) === 10;
    if (indent === '') return chunk;
    const prefix = atLineStart ? indent : '';
    const newline = chunk.indexOf('\n');
    if (newline === -1 || newline === chunk.length - 1) return prefix + chunk;
    // A line break ending the chunk starts nothing: the next write decides.
    const body = this.atLineStart ? chunk.slice(0, -1) : chunk;
    return `${prefix}${body.replaceAll('\n', `\n${indent}`)}${this.atLineStart ? '\n' : ''}`;
  }
}

function helperText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

const TOKEN_NAMES: string[] = [];

function tokenName(index: number): string {
  return (TOKEN_NAMES[index] ??= `${HOLE_TOKEN_PREFIX}${index}__`);
}

export class SkeletonOutput extends IndentingOutput {
  skeleton = '';
  /** The rendered text: the skeleton with each value in place of its token. */
  text = '';
  readonly holes: TemplateHole[] = [];
  /**
   * Set when a value ends with a line break: the indentation of the line after it then depends
   * on what comes next, so `text` may differ from Handlebars' and the caller must use TextOutput.
   */
  irregular = false;

  literal(chunk: string): void {
    if (chunk === '') return;
    const indented = this.indented(chunk);
    this.skeleton += indented;
    this.text += indented;
  }

  write(helper: OutputHelper, value: unknown): void {
    const text = helperText(value);
    if (text === '') return;
    if (text.endsWith('\n')) this.irregular = true;
    const kind = helper === 'q' ? 'scalar' : 'block';
    const name = tokenName(this.holes.length);
    const token = kind === 'block' && text.startsWith('- ') ? `- ${name}` : name;
    const prefix = this.atLineStart ? this.indent : '';
    this.skeleton += this.indented(token);
    // Every line after the first gets the partial indentation, as `indented` would give it.
    this.text += prefix + (this.indent === '' || !text.includes('\n') ? text : text.replaceAll('\n', `\n${this.indent}`));
    this.holes.push({ kind, text, indent: this.indent, token, offset: this.skeleton.length - token.length });
  }
}

/** Handlebars' text, written directly. */
export class TextOutput extends IndentingOutput {
  text = '';

  literal(chunk: string): void {
    if (chunk !== '') this.text += this.indented(chunk);
  }

  write(_helper: OutputHelper, value: unknown): void {
    const text = helperText(value);
    if (text !== '') this.text += this.indented(text);
  }
}

/**
 * Handlebars' `container.lookupProperty` as strict mode compiles a helper argument. The caller
 * reads `parent[name]` itself (which throws a TypeError naming the key when the parent is null
 * or undefined); only own properties count.
 */
export function own(parent: unknown, name: string, result: unknown): unknown {
  if (result === null || result === undefined) return result;
  if (!Object.prototype.hasOwnProperty.call(parent, name)) return undefined;
  // A prototype's own `constructor` still counts as inherited (Handlebars' isPrototypeConstructor).
  if (name === 'constructor' && typeof result === 'function' && parent === (result as { prototype?: unknown }).prototype) {
    return undefined;
  }
  return result;
}

/** Handlebars' built-in `if`: false, 0, "", null, undefined, NaN and [] take the `else` branch. */
export function passesIf(value: unknown, context: unknown): boolean {
  const conditional = typeof value === 'function' ? (value as (this: unknown) => unknown).call(context) : value;
  if (!conditional) return false;
  return !(Array.isArray(conditional) && conditional.length === 0);
}

/**
 * The items Handlebars' built-in `each` visits: an array's present elements, an iterable's
 * values, an object's own enumerable values; nothing for anything else. `visited` counts what
 * decides the `else` branch (a sparse array still counts its length).
 */
export function eachItems(value: unknown, context: unknown): { items: unknown[]; visited: number } {
  const subject = typeof value === 'function' ? (value as (this: unknown) => unknown).call(context) : value;
  if (!subject || typeof subject !== 'object') return { items: [], visited: 0 };
  if (Array.isArray(subject)) {
    const items: unknown[] = [];
    for (let i = 0; i < subject.length; i++) if (i in subject) items.push(subject[i]);
    return { items, visited: subject.length };
  }
  if ((subject as { [Symbol.iterator]?: unknown })[Symbol.iterator]) {
    const items = [...(subject as Iterable<unknown>)];
    return { items, visited: items.length };
  }
  const record = subject as Record<string, unknown>;
  const items = Object.keys(record).map((key) => record[key]);
  return { items, visited: items.length };
}

type Helper = (...args: unknown[]) => unknown;

/** The value helpers, called with their arguments only (Handlebars would add an options object). */
export const HELPERS: Readonly<Record<keyof typeof VALUE_HELPERS, Helper>> = VALUE_HELPERS as Record<keyof typeof VALUE_HELPERS, Helper>;

export const WRITERS: Readonly<Record<OutputHelper, Helper>> = OUTPUT_HELPERS as Record<OutputHelper, Helper>;

/** A property read the compiled code does itself, so each site keeps its own inline cache. */
export type Indexable = Record<string, unknown>;

/** One compiled chart template: renders into `output` with `context` as both `this` and `@root`. */
export interface CompiledTemplate {
  /** The chart template it reproduces, e.g. `deployment.yaml` or `ocs/role.yaml`. */
  readonly name: string;
  readonly render: (context: unknown, output: TemplateSink) => void;
}
