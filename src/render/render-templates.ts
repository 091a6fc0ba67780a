/** Renders every chart template against the context; compiled once per process. */
import Handlebars from 'handlebars';
import { TemplateError } from '../errors.js';
import { PARTIALS, TEMPLATES } from '../generated/chart-files.js';
import type { TemplateContext } from './build-template-context.js';
import { assertOnlyEscapedOutput, registerTemplateHelpers } from './template-helpers.js';

export interface RenderedTemplate {
  /** `gitlab-agent/templates/<file>`, as Helm's `# Source:` line names it. */
  readonly source: string;
  readonly text: string;
}

type CompiledTemplate = (context: TemplateContext) => string;

const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: true, preventIndent: false };

let compiled: { name: string; render: CompiledTemplate }[] | undefined;

function compileChart(): { name: string; render: CompiledTemplate }[] {
  const instance = Handlebars.create();
  registerTemplateHelpers(instance);
  for (const [name, source] of Object.entries(PARTIALS)) {
    assertOnlyEscapedOutput(instance.parse(source), `partials/${name}`);
    instance.registerPartial(name, instance.compile(source, COMPILE_OPTIONS));
  }
  return Object.entries(TEMPLATES).map(([name, source]) => {
    assertOnlyEscapedOutput(instance.parse(source), `templates/${name}`);
    return { name, render: instance.compile<TemplateContext>(source, COMPILE_OPTIONS) };
  });
}

export function renderTemplates(context: TemplateContext): RenderedTemplate[] {
  compiled ??= compileChart();
  return compiled.map(({ name, render }) => {
    const source = `gitlab-agent/templates/${name}`;
    try {
      return { source, text: render(context) };
    } catch (error) {
      throw new TemplateError(error instanceof Error ? error.message : String(error), source);
    }
  });
}
