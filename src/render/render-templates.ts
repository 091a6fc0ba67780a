/**
 * Renders every chart template against the context. The templates are compiled to functions
 * by codegen (src/generated/chart-templates.ts), so nothing is compiled at run time.
 */
import { TemplateError } from '../errors.js';
import { COMPILED_TEMPLATES } from '../generated/chart-templates.js';
import type { TemplateContext } from './build-template-context.js';
import { SkeletonOutput, TextOutput, type TemplateHole } from './template-runtime.js';

export interface RenderedTemplate {
  /** `gitlab-agent/templates/<file>`, as Helm's `# Source:` line names it. */
  readonly source: string;
  /** Exactly what Handlebars renders. */
  readonly text: string;
  /** `text` with every written value replaced by a token (absent when that cannot be exact); see template-runtime.ts. */
  readonly skeleton?: string;
  /** The values behind the tokens of `skeleton`, in order. */
  readonly holes?: readonly TemplateHole[];
}

/** Each compiled template's `# Source:` path, by index. */
export const TEMPLATE_SOURCES: readonly string[] = COMPILED_TEMPLATES.map(({ name }) => `gitlab-agent/templates/${name}`);

export function renderTemplates(context: TemplateContext): RenderedTemplate[] {
  return COMPILED_TEMPLATES.map((_, index) => renderTemplate(index, context));
}

/** The compiled template at `index`, with its skeleton where that can be exact. */
export function renderTemplate(index: number, context: TemplateContext): RenderedTemplate {
  const { render } = COMPILED_TEMPLATES[index] as (typeof COMPILED_TEMPLATES)[number];
  const source = TEMPLATE_SOURCES[index] as string;
  try {
    const output = new SkeletonOutput();
    render(context, output);
    if (!output.irregular) {
      return { source, text: output.text, skeleton: output.skeleton, holes: output.holes };
    }
    const text = new TextOutput();
    render(context, text);
    return { source, text: text.text };
  } catch (error) {
    throw new TemplateError({ reason: error instanceof Error ? error.message : String(error), template: source });
  }
}
