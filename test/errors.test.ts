/**
 * The error model as the package entry shows it: every error class with its one code, and
 * release errors naming their field. Assertions are on codes, fields and paths, never on wording.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import type { ErrorCode } from '../src/index.js';

const RELEASE = { releaseName: 'gitlab-agent', namespace: 'gitlab-agent' };
const KEBAB_CASE = /^[a-z]+(-[a-z]+)*$/;

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

/** Each error class of the package, thrown the way the pipeline throws it (the CLI's own by hand). */
const THROWN: Readonly<Record<string, { readonly code: ErrorCode; readonly error: () => unknown }>> = {
  ValuesFileError: { code: 'values-file', error: () => thrownBy(() => api.readValues([{ kind: 'file', name: 'v.yaml', content: 'a: [\n' }])) },
  SetExpressionError: { code: 'set-expression', error: () => thrownBy(() => api.readValues([{ kind: 'set', expression: 'a[-1]=x' }])) },
  ValuesError: { code: 'values-invalid', error: () => thrownBy(() => api.render({ replica: 3 }, RELEASE)) },
  ReleaseNameError: { code: 'release-name', error: () => thrownBy(() => api.render({}, { ...RELEASE, releaseName: 'Bad_Name' })) },
  TemplateError: { code: 'template', error: () => new api.TemplateError({ reason: 'not a mapping', template: 'gitlab-agent/templates/x.yaml' }) },
  UsageError: { code: 'usage', error: () => new api.UsageError({ message: 'unknown flag', flag: '--bogus' }) },
};

describe('error classes', () => {
  const exportedErrorClasses = Object.entries(api)
    .filter(([, value]) => typeof value === 'function' && (value === api.ManifestsError || value.prototype instanceof api.ManifestsError))
    .map(([name]) => name)
    .sort();

  it('exports every error class from the package entry, and tests each one here', () => {
    expect(exportedErrorClasses).toEqual(['ManifestsError', 'ValuesSourceError', ...Object.keys(THROWN)].sort());
  });

  it.each(Object.entries(THROWN))('%s carries its code and its name', (name, { code, error }) => {
    const thrown = error();
    const errorClass = api[name as keyof typeof api] as unknown as new (...args: never[]) => api.ManifestsError;
    expect(thrown).toBeInstanceOf(errorClass);
    expect(thrown).toBeInstanceOf(api.ManifestsError);
    expect(thrown).toMatchObject({ code, name });
  });

  it('gives every class its own code, spelled in kebab-case', () => {
    const codes = Object.values(THROWN).map(({ code }) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(KEBAB_CASE);
  });

  it('groups the two source errors under ValuesSourceError, with their problem and location', () => {
    const fileError = THROWN['ValuesFileError']!.error();
    const setError = THROWN['SetExpressionError']!.error();
    expect(fileError).toBeInstanceOf(api.ValuesSourceError);
    expect(fileError).toMatchObject({ problem: 'syntax', location: { source: 'v.yaml', line: 2 } });
    expect(setError).toBeInstanceOf(api.ValuesSourceError);
    expect(setError).toMatchObject({ problem: 'negative-index', path: 'a[-1]', segments: ['a', -1], location: { source: '--set' } });
  });
});

describe('ReleaseNameError', () => {
  it.each<[string, string, api.ReleaseField, api.ReleaseNameProblem]>([
    ['Bad_Name', 'gitlab-agent', 'releaseName', 'invalid'],
    ['', 'gitlab-agent', 'releaseName', 'empty'],
    ['gitlab-agent', 'Bad_NS', 'namespace', 'invalid'],
    ['gitlab-agent', '', 'namespace', 'empty'],
    ['Bad_Name', 'Bad_NS', 'releaseName', 'invalid'],
  ])('release %j in namespace %j fails on %s (%s)', (releaseName, namespace, field, problem) => {
    const error = thrownBy(() => api.checkValues({}, { releaseName, namespace }));
    expect(error).toBeInstanceOf(api.ReleaseNameError);
    expect(error).toMatchObject({ code: 'release-name', field, problem });
  });
});
