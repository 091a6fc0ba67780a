import { describe, expect, it } from 'vitest';
import type { LabelledSource } from '../src/cli/input/collect-value-sources.js';
import { createOriginFinder } from '../src/cli/input/find-value-origin.js';
import { measureDepth, probeSetExpression } from '../src/cli/input/probe-set-expression.js';

function file(label: string, content: string): LabelledSource {
  return { source: { kind: 'file', name: label, content }, label, origin: 'file' };
}

function flag(
  kind: 'set' | 'set-string' | 'set-json' | 'set-file' | 'set-literal',
  expression: string,
  label = `--${kind}`,
): LabelledSource {
  return { source: { kind, expression }, label, origin: 'flag' };
}

const ENV: LabelledSource = {
  source: { kind: 'file', name: 'GITLAB_AGENT_TOKEN', content: 'config:\n  token: "x"\n' },
  label: 'GITLAB_AGENT_TOKEN',
  origin: 'environment',
};

describe('createOriginFinder', () => {
  it("follows Helm's precedence: set kinds from --set-literal down, then files from the last", () => {
    const sources = [
      flag('set-literal', 'a=1'),
      file('one.yaml', 'a: 1\nb: 1\nc: 1\n'),
      flag('set', 'a=2,b=2'),
      flag('set-json', 'a=3,b=3,c=3'),
      file('two.yaml', 'x: 0\nc: 2\n'),
    ];
    const find = createOriginFinder(sources);
    expect(find(['a'])).toEqual({ label: '--set-literal', origin: 'flag', exact: true });
    expect(find(['b'])).toEqual({ label: '--set', origin: 'flag', exact: true });
    expect(find(['c'])).toEqual({ label: '--set-json', origin: 'flag', exact: true });
    expect(find(['x'])).toEqual({ label: 'two.yaml', origin: 'file', line: 1, column: 1, exact: true });
    expect(find(['nowhere'])).toBeUndefined();
    expect(find([])).toBeUndefined();
  });

  it('lets the later flag of one kind win', () => {
    const find = createOriginFinder([flag('set', 'a=1', 'first'), flag('set', 'a=2', 'second')]);
    expect(find(['a'])?.label).toBe('second');
  });

  it('credits a source that replaced a parent with a scalar or list', () => {
    const find = createOriginFinder([
      file('v.yaml', 'config:\n  kasHeaders: [a]\n  token: t\n'),
      flag('set', 'image=null'),
      flag('set-json', 'config={"kasHeaders":["b"]}'),
    ]);
    expect(find(['image', 'tag'])).toEqual({ label: '--set', origin: 'flag', exact: true });
    expect(find(['config', 'token'])).toEqual({ label: '--set-json', origin: 'flag', exact: true });
    expect(find(['config', 'kasHeaders', 3])).toEqual({ label: '--set-json', origin: 'flag', exact: true });
    const fromFile = createOriginFinder([file('v.yaml', 'config:\n  kasHeaders: [a]\n')]);
    expect(fromFile(['config', 'kasHeaders', 3])).toEqual({ label: 'v.yaml', origin: 'file', line: 2, column: 3, exact: true });
  });

  it('falls back to the source that came closest', () => {
    const find = createOriginFinder([file('v.yaml', 'config:\n  token: t\n'), flag('set', 'image.pullPolicy=Always')]);
    expect(find(['config', 'kasAddress'])).toEqual({ label: 'v.yaml', origin: 'file', line: 1, column: 1, exact: false });
  });

  it('names the environment variable for the token it gave', () => {
    const find = createOriginFinder([ENV, file('v.yaml', 'replicas: 1\n')]);
    expect(find(['config', 'token'])).toEqual({ label: 'GITLAB_AGENT_TOKEN', origin: 'environment', exact: true });
  });
});

describe('probeSetExpression', () => {
  it('tells a key set or replaced from a key merely walked past, as Helm applies the flag', () => {
    const probe = (kind: 'set' | 'set-json' | 'set-file', expression: string, path: (string | number)[]) =>
      probeSetExpression({ kind, expression }, path);
    expect(probe('set-file', 'config.token=/no/such/file', ['config', 'token'])).toEqual({ depth: 2, decides: true });
    expect(probe('set', 'config.kasAddress=x', ['config', 'token'])).toEqual({ depth: 1, decides: false });
    expect(probe('set-json', 'config={"kasAddress":"x"}', ['config', 'token'])).toEqual({ depth: 1, decides: true });
    expect(probe('set', 'config=null', ['config', 'token'])).toEqual({ depth: 1, decides: true });
    expect(probe('set', 'extraArgs[0]=a', ['extraArgs', 1])).toEqual({ depth: 1, decides: false });
    expect(probe('set', 'extraArgs[1]=a', ['extraArgs', 1])).toEqual({ depth: 2, decides: true });
    expect(probe('set', 'bad[-1]=x', ['bad'])).toEqual({ depth: 0, decides: false });
  });

  it('measures trees', () => {
    expect(measureDepth({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(3);
    expect(measureDepth({ a: [{ b: 1 }] }, ['a', 2, 'b'])).toBe(1);
    expect(measureDepth({ a: { b: {} } }, ['a', 'c'])).toBe(1);
  });
});
