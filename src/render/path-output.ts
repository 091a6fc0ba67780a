/**
 * The fast way to run a compiled template: `PathOutput` records only the branch path (each
 * literal chunk, partial and kind of value written, as steps down a `PathTree`) and the texts the
 * output helpers wrote. The skeleton text of a render is a function of that path (the chunks,
 * their partial indentation and each value's token are), so whatever was worked out from one
 * skeleton (its parse, its documents, its pieces) is kept on the path's node and found again by
 * walking the same steps, without building, splitting or comparing the skeleton text.
 * SkeletonOutput (template-runtime.ts) gives the skeleton itself when a path is new.
 */
import { OUTPUT_HELPERS } from './template-helpers.js';
import type { OutputHelper, TemplateSink } from './template-runtime.js';

/** Steps that are not literal chunks (a chunk steps by its own text). */
const WRITE_SCALAR = 0;
const WRITE_BLOCK = 1;
/** A `toYaml` text starting with `- `: the skeleton's token is `- <name>`. */
const WRITE_LIST = 2;
const END_PARTIAL = 3;
/** beginPartial(indent) steps by a number of its own per distinct indentation, from here up. */
const FIRST_PARTIAL_STEP = 16;
const partialSteps = new Map<string, number>();

function partialStep(indent: string): number {
  let step = partialSteps.get(indent);
  if (step === undefined) partialSteps.set(indent, (step = FIRST_PARTIAL_STEP + partialSteps.size));
  return step;
}

/**
 * A step as data that means the same in another process (a partial's number is this process's
 * own): a literal chunk, a write or partial end by its number, or a partial by its indentation.
 */
export type PathStep = string | number | { readonly partial: string };

function stepKey(step: PathStep): string | number {
  return typeof step === 'object' ? partialStep(step.partial) : step;
}

function stepOf(key: string | number): PathStep {
  if (typeof key === 'string' || key < FIRST_PARTIAL_STEP) return key;
  for (const [indent, step] of partialSteps) if (step === key) return { partial: indent };
  throw new Error(`unknown path step ${key}`);
}

/** One node of a template's tree of branch paths; `plan` is whatever the caller keeps for that path. */
export class PathNode {
  /**
   * The first step taken from here and its node: most nodes only ever have that one, and a
   * literal chunk is the same string each time, so comparing it costs less than hashing it.
   */
  private firstKey: string | number | undefined = undefined;
  private firstNode: PathNode | undefined = undefined;
  /** Every other step, once a second one is taken. */
  private more: Map<string | number, PathNode> | undefined = undefined;
  plan: unknown = undefined;

  constructor(private readonly tree: PathTree) {}

  step(key: string | number): PathNode {
    if (key === this.firstKey) return this.firstNode as PathNode;
    return this.branch(key);
  }

  private branch(key: string | number): PathNode {
    if (this.firstNode === undefined) {
      this.firstKey = key;
      return (this.firstNode = this.grow());
    }
    let node = this.more?.get(key);
    if (node === undefined) {
      node = this.grow();
      (this.more ??= new Map()).set(key, node);
    }
    return node;
  }

  private grow(): PathNode {
    const node = new PathNode(this.tree);
    this.tree.grew();
    return node;
  }

  /** The node `steps` below this one, created as needed. */
  follow(steps: readonly PathStep[]): PathNode {
    return steps.reduce<PathNode>((node, step) => node.step(stepKey(step)), this);
  }

  /** Every node below this one (itself included) whose plan `keep` accepts, with the steps to it. */
  *walk(keep: (plan: unknown) => boolean, steps: PathStep[] = []): Generator<{ steps: PathStep[]; plan: unknown }> {
    if (keep(this.plan)) yield { steps: [...steps], plan: this.plan };
    if (this.firstNode === undefined) return;
    const next: [string | number, PathNode][] = [[this.firstKey as string | number, this.firstNode], ...(this.more ?? [])];
    for (const [key, node] of next) {
      steps.push(stepOf(key));
      yield* node.walk(keep, steps);
      steps.pop();
    }
  }
}

/**
 * The branch paths of every template, one root each. Bounded like the other render caches: an
 * `each` over a list of a new length is a new path, so the tree forgets everything when full.
 */
export class PathTree {
  private roots: PathNode[] = [];
  private nodes = 0;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.nodes;
  }

  root(template: number): PathNode {
    return (this.roots[template] ??= new PathNode(this));
  }

  grew(): void {
    if (++this.nodes > this.limit) this.clear();
  }

  clear(): void {
    this.roots = [];
    this.nodes = 0;
  }
}

/**
 * A text one render formatted from a map or a list, with what is worked out from it kept beside
 * it for that render: the labels, written in every object's metadata, are formatted, checked,
 * read back and indented once per render, not once per object. The reader of the written texts
 * (manifests/template-plan.ts) fills `readerNotes`; the text itself never changes.
 */
export class FormattedText {
  /** Whatever the reader of the written texts keeps about this text (it alone reads and writes it). */
  readerNotes: unknown = undefined;
  private firstIndent: string | undefined = undefined;
  private firstIndented = '';
  private moreIndents: Map<string, string> | undefined = undefined;

  constructor(readonly text: string) {}

  /** The text as a partial indented by `indent` writes it: every line after the first indented. */
  indented(indent: string): string {
    if (indent === this.firstIndent) return this.firstIndented;
    const written = this.moreIndents?.get(indent);
    if (written !== undefined) return written;
    const text = indentLines(this.text, indent);
    if (this.firstIndent === undefined) {
      this.firstIndent = indent;
      this.firstIndented = text;
    } else {
      (this.moreIndents ??= new Map()).set(indent, text);
    }
    return text;
  }
}

/** `text` as a partial indented by `indent` writes it: every line after the first indented. */
export function indentLines(text: string, indent: string): string {
  return indent === '' || !text.includes('\n') ? text : text.replaceAll('\n', `\n${indent}`);
}

/** What a PathOutput keeps of each written text: the text, or the render's FormattedText for it. */
export type WrittenText = string | FormattedText;

/**
 * The texts one render formatted from maps and lists, by helper and by the very object. Objects
 * are only known by identity for the length of one render, while nothing changes them.
 */
export class RenderFormats {
  private readonly byHelper = new Map<OutputHelper, Map<object, FormattedText>>();

  /** The helper's text for a scalar; for a map or list, the render's one FormattedText of it. */
  format(helper: OutputHelper, value: unknown): WrittenText {
    if (typeof value !== 'object' || value === null) return OUTPUT_HELPERS[helper](value);
    let texts = this.byHelper.get(helper);
    if (texts === undefined) this.byHelper.set(helper, (texts = new Map<object, FormattedText>()));
    let text = texts.get(value);
    if (text === undefined) texts.set(value, (text = new FormattedText(OUTPUT_HELPERS[helper](value))));
    return text;
  }
}

export class PathOutput implements TemplateSink {
  /**
   * The texts the output helpers wrote, in order (empty ones write nothing and are left out): the
   * first `count` of `written`, which the templates of one render fill in turn, so that the
   * array grows once per render, not once per template.
   */
  readonly written: WrittenText[] = [];
  count = 0;

  constructor(
    public node: PathNode,
    private readonly formats: RenderFormats = new RenderFormats(),
  ) {}

  /** The texts written since the start (a copy). */
  get texts(): WrittenText[] {
    return this.written.slice(0, this.count);
  }

  /** Starts another template of the same render at `node`, forgetting the texts written so far. */
  restart(node: PathNode): void {
    this.node = node;
    this.count = 0;
  }

  format(helper: OutputHelper, value: unknown): WrittenText {
    return this.formats.format(helper, value);
  }

  literal(chunk: string): void {
    if (chunk !== '') this.node = this.node.step(chunk);
  }

  write(helper: OutputHelper, value: unknown): void {
    if (value === null || value === undefined) return;
    // What this sink's format gave (the compiled templates write nothing else), or a test's text.
    const written = value instanceof FormattedText ? value : String(value);
    const text = typeof written === 'string' ? written : written.text;
    if (text === '') return;
    this.written[this.count++] = written;
    const step = helper === 'q' ? WRITE_SCALAR : text.startsWith('- ') ? WRITE_LIST : WRITE_BLOCK;
    this.node = this.node.step(step);
  }

  beginPartial(indent: string): string {
    this.node = this.node.step(partialStep(indent));
    return '';
  }

  endPartial(): void {
    this.node = this.node.step(END_PARTIAL);
  }
}
