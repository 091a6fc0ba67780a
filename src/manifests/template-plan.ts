/**
 * The plan of one branch path of a template (see render-template-manifests.ts): what
 * read-from-skeleton.ts works out from the skeleton text on every render, worked out once.
 * - the documents, where the skeleton's separators put them, trimmed as the text's are, each as
 *   pieces: the skeleton's own text (partial indentation included) and the holes between;
 * - each document's skeleton parse (createPlan, or NOT_READABLE: the document is parsed whole);
 * - for each hole, what the skeleton says about its place: its partial indentation, and for a
 *   `toYaml` value whether its token stands alone on its lines, indented as its value's lines are.
 * A render fills the holes with the written texts after the checks readHoleValues makes, and one
 * more: no text may make a line of its own a document separator (skeleton and text would then
 * split differently). A text that fails any check sends the template the slow way.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Manifest } from '../types.js';
import { indentLines, type WrittenText } from '../render/path-output.js';
import type { TemplateHole } from '../render/template-runtime.js';
import { parseDocument } from './parse-document.js';
import { findPlanHeader, toPlannedManifest, type PlanHeader } from './read-from-skeleton.js';
import { NOT_READABLE, readWrittenBlock, readWrittenScalar } from './read-written-values.js';
import { createPlan, type Plan, type PlanNode } from './skeleton-plan.js';
import { locateDocuments } from './split-documents.js';

interface PlannedHole {
  readonly scalar: boolean;
  /** A `toYaml` list, written as `- <token>`: its value must be a list of at least one item. */
  readonly list: boolean;
  /** The indentation of the enclosing partials, which every line of the value after the first gets. */
  readonly indent: string;
  /** A block's token is alone on its line (spaces before it, a line end or the end after it). */
  readonly alone: boolean;
  /** The spaces before a block's token are exactly its partial indentation. */
  readonly indentMatches: boolean;
}

interface PlannedDocument {
  /** The skeleton's text and hole indexes, in order; joined with the values, the document's text. */
  readonly pieces: readonly (string | number)[];
  readonly plan: Plan;
  /** findPlanHeader of the plan, found once. */
  readonly header: PlanHeader | undefined;
}

export interface TemplatePlan {
  readonly holes: readonly PlannedHole[];
  /** Null for a document that is empty (only blanks) in skeleton and text alike. */
  readonly documents: readonly (PlannedDocument | null)[];
}

export function buildTemplatePlan(skeleton: string, holes: readonly TemplateHole[]): TemplatePlan {
  const plannedHoles = holes.map((hole): PlannedHole => {
    const lineStart = skeleton.lastIndexOf('\n', hole.offset - 1) + 1;
    const before = skeleton.slice(lineStart, hole.offset);
    const after = skeleton[hole.offset + hole.token.length];
    return {
      scalar: hole.kind === 'scalar',
      list: hole.token.startsWith('- '),
      indent: hole.indent,
      alone: /^ *$/.test(before) && (after === undefined || after === '\n'),
      indentMatches: before === hole.indent,
    };
  });
  const parts = locateDocuments(skeleton);
  const documents = parts.map(({ start, end }): PlannedDocument | null => {
    const untrimmed = parts.length === 1 ? skeleton : skeleton.slice(start, end);
    const text = untrimmed.trim();
    if (text === '') return null;
    const from = (parts.length === 1 ? 0 : start) + untrimmed.length - untrimmed.trimStart().length;
    const to = from + text.length;
    const pieces: (string | number)[] = [];
    let at = from;
    holes.forEach((hole, index) => {
      if (hole.offset < from || hole.offset >= to) return;
      if (hole.offset > at) pieces.push(skeleton.slice(at, hole.offset));
      pieces.push(index);
      at = hole.offset + hole.token.length;
    });
    if (at < to) pieces.push(skeleton.slice(at, to));
    const plan = createPlan(text, holes, start, end);
    return { pieces, plan, header: plan === NOT_READABLE ? undefined : findPlanHeader(plan) };
  });
  return { holes: plannedHoles, documents };
}

/** The written texts of one template, indented, while its documents are joined (one template at a time). */
const indented: string[] = [];

/**
 * Appends the template's manifests, read through its plan, to `manifests`; false (and nothing
 * appended) when a written text fails a check. The template wrote the first `written` of `texts`.
 */
export function readPlannedTemplate(
  plan: TemplatePlan,
  texts: readonly WrittenText[],
  source: string,
  manifests: Manifest[],
  written = texts.length,
): boolean {
  const { holes } = plan;
  const count = holes.length;
  if (written !== count) return false;
  const values = new Array<unknown>(count);
  const last = lastReadOf(plan);
  for (let index = 0; index < count; index++) {
    const entry = texts[index] as WrittenText;
    const text = typeof entry === 'string' ? entry : entry.text;
    // The same text at this hole as last time: the same checks, value and indentation follow.
    if (text === last.texts[index]) {
      values[index] = last.values[index];
      indented[index] = last.indented[index] as string;
      continue;
    }
    const hole = holes[index] as PlannedHole;
    let value: unknown;
    let indentedText: string;
    if (typeof entry === 'string') {
      if (mayEndOrSplitLines(entry)) return false;
      value = hole.scalar ? readWrittenScalar(entry) : readBlock(hole, entry, readBlockText(entry));
      indentedText = indentLines(entry, hole.indent);
    } else {
      // A map or list this render formatted: its checks and reading are the same at every hole.
      const notes = (entry.readerNotes ??= readNotes(entry.text)) as ReaderNotes;
      if (notes.mayEndOrSplitLines) return false;
      value = hole.scalar ? readWrittenScalar(entry.text) : readBlock(hole, entry.text, notes.block);
      indentedText = entry.indented(hole.indent);
    }
    if (value === NOT_READABLE) return false;
    values[index] = value;
    indented[index] = indentedText;
    last.texts[index] = text;
    last.values[index] = value;
    last.indented[index] = indentedText;
  }
  for (const document of plan.documents) {
    if (document === null) continue;
    let text = '';
    for (const piece of document.pieces) text += typeof piece === 'string' ? piece : indented[piece];
    manifests.push(
      document.plan === NOT_READABLE
        ? parseDocument(text, source)
        : toPlannedManifest(document.plan, values, text, source, document.header),
    );
  }
  return true;
}

/**
 * What readPlannedTemplate worked out at each hole of a plan the last time it read it through
 * (the plan's holes, by index): the text, its value and its indented text. Each is a function of
 * the text and the hole alone, so an equal text at that hole has them too; comparing with the one
 * text seen there last costs less than a cache look-up (which hashes the text), and a renderer
 * that renders like agents one after the other writes most holes' texts again.
 */
interface LastRead {
  readonly texts: (string | undefined)[];
  readonly values: unknown[];
  readonly indented: (string | undefined)[];
}

const lastReads = new WeakMap<TemplatePlan, LastRead>();

function lastReadOf(plan: TemplatePlan): LastRead {
  let last = lastReads.get(plan);
  if (last === undefined) lastReads.set(plan, (last = { texts: [], values: [], indented: [] }));
  return last;
}

/** What readPlannedTemplate works out once per render for a FormattedText. */
interface ReaderNotes {
  readonly mayEndOrSplitLines: boolean;
  /** readBlockText of the text (NOT_READABLE when it may move lines: it is never read then). */
  readonly block: unknown;
}

function readNotes(text: string): ReaderNotes {
  const moves = mayEndOrSplitLines(text);
  return { mayEndOrSplitLines: moves, block: moves ? NOT_READABLE : readBlockText(text) };
}

/** The value a `toYaml` text stands for wherever its token is alone on its lines (callers copy it). */
function readBlockText(text: string): unknown {
  return text.trim() !== text ? NOT_READABLE : readWrittenBlock(text);
}

/** readBlock of read-from-skeleton.ts, with what it reads from the skeleton read once. */
function readBlock(hole: PlannedHole, text: string, value: unknown): unknown {
  if (!hole.alone) return NOT_READABLE;
  if (!hole.indentMatches && text.includes('\n')) return NOT_READABLE;
  if (hole.list && (!Array.isArray(value) || value.length === 0)) return NOT_READABLE;
  return value;
}

/**
 * Whether a written text could change where the text's lines or documents are, against the
 * skeleton's: it ends in a line break (the next line's indentation then depends on what follows),
 * or one of its lines holds only `-`, spaces and tabs (with the skeleton's text around it, that
 * line could be a document separator the skeleton does not have). A line of the text without any
 * of the value's characters is a line of the skeleton too, so the separators are otherwise the same.
 */
function mayEndOrSplitLines(text: string): boolean {
  const first = text.charCodeAt(0);
  // The usual value: a name, a number or a quoted string on one line.
  if (first !== 0x2d && first !== 0x20 && first !== 0x09 && !text.includes('\n')) return false;
  let lineHasOther = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      if (!lineHasOther) return true;
      lineHasOther = false;
    } else if (code !== 0x2d && code !== 0x20 && code !== 0x09) {
      lineHasOther = true;
    }
  }
  // The last line; empty when the text ends in a line break.
  return !lineHasOther;
}

/** A plan as JSON data, to be shipped (see render-template-manifests.ts). */
export interface TemplatePlanData {
  readonly holes: readonly PlannedHole[];
  /** Each document's pieces and skeleton parse (null: NOT_READABLE), or null for an empty one. */
  readonly documents: readonly ({ readonly pieces: readonly (string | number)[]; readonly plan: PlanNode | null } | null)[];
}

export function fromTemplatePlanData(data: TemplatePlanData): TemplatePlan {
  return {
    holes: data.holes,
    documents: data.documents.map((document) => {
      if (document === null) return null;
      const plan = document.plan ?? NOT_READABLE;
      return { pieces: document.pieces, plan, header: plan === NOT_READABLE ? undefined : findPlanHeader(plan) };
    }),
  };
}

/** The plan as JSON data, or undefined when JSON cannot hold it exactly (a value JSON has no text for). */
export function toTemplatePlanData(plan: TemplatePlan): TemplatePlanData | undefined {
  const data: TemplatePlanData = {
    holes: plan.holes,
    documents: plan.documents.map((document) =>
      document === null ? null : { pieces: document.pieces, plan: document.plan === NOT_READABLE ? null : document.plan },
    ),
  };
  const copy = JSON.parse(JSON.stringify(data)) as TemplatePlanData;
  return isDeepStrictEqual(fromTemplatePlanData(copy), plan) ? copy : undefined;
}
