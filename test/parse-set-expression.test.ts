import { describe, expect, it } from 'vitest';
import { SetExpressionError, ValuesSourceError, type SetExpressionProblem } from '../src/errors.js';
import { applySetExpression, type SetKind } from '../src/sources/parse-set-expression.js';
import type { ValuesTree } from '../src/types.js';
import { formatValuesPath } from '../src/helm/format-values-path.js';

function apply(kind: SetKind, expression: string, start: ValuesTree = {}, files: Record<string, string> = {}): ValuesTree {
  const target = structuredClone(start);
  applySetExpression(target, kind, expression, (path) => {
    const content = files[path];
    if (content === undefined) throw new Error(`no such file: ${path}`);
    return content;
  });
  return target;
}

function failure(kind: SetKind, expression: string, start: ValuesTree = {}): SetExpressionError {
  try {
    apply(kind, expression, start);
  } catch (error) {
    if (error instanceof SetExpressionError) return error;
    throw error;
  }
  throw new Error(`expected ${kind} ${expression} to fail`);
}

// Rows checked against Helm's pkg/strvals parser.go / literal_parser.go and their tests.
const GRAMMAR: ReadonlyArray<readonly [SetKind, string, ValuesTree]> = [
  // pairs, nesting, escapes
  ['set', 'a=b', { a: 'b' }],
  ['set', 'a=b,c=d', { a: 'b', c: 'd' }],
  ['set', 'a=b,c=d,', { a: 'b', c: 'd' }],
  ['set', 'a=', { a: '' }],
  ['set', 'a=,b=x', { a: '', b: 'x' }],
  ['set', 'a=b=c', { a: 'b=c' }],
  ['set', 'a=one two', { a: 'one two' }],
  ['set', 'a.b.c=x', { a: { b: { c: 'x' } } }],
  ['set', 'a.b=1,a.c=2', { a: { b: 1, c: 2 } }],
  ['set', 'a\\.b=x', { 'a.b': 'x' }],
  ['set', 'podLabels.app\\.kubernetes\\.io/name=x', { podLabels: { 'app.kubernetes.io/name': 'x' } }],
  ['set', 'a=x\\,y', { a: 'x,y' }],
  ['set', 'a=one\\=two', { a: 'one=two' }],
  ['set', 'a=back\\\\slash', { a: 'back\\slash' }],
  ['set', 'a="q"', { a: '"q"' }],
  ['set', "a='q'", { a: "'q'" }],
  ['set', 'a.', {}],
  // lists
  ['set', 'a={x,y}', { a: ['x', 'y'] }],
  ['set', 'a={1,true,null}', { a: [1, true, null] }],
  ['set', 'a={}', { a: [''] }],
  ['set', 'a={x\\,y,z}', { a: ['x,y', 'z'] }],
  ['set', 'a={x},b=y', { a: ['x'], b: 'y' }],
  ['set', 'a=[]', { a: '[]' }],
  // indexes
  ['set', 'a[0]=x', { a: ['x'] }],
  ['set', 'a[0]=x,a[1]=y', { a: ['x', 'y'] }],
  ['set', 'a[2]=x', { a: [null, null, 'x'] }],
  ['set', 'config.kasHeaders[1]=z', { config: { kasHeaders: [null, 'z'] } }],
  ['set', 'a[+1]=x', { a: [null, 'x'] }],
  ['set', 'a[0].b=1', { a: [{ b: 1 }] }],
  ['set', 'a[0].b=1,a[0].c=2', { a: [{ b: 1, c: 2 }] }],
  ['set', 'a[1].b=x', { a: [null, { b: 'x' }] }],
  ['set', 'a[1].b=x,a[0].b=y', { a: [{ b: 'y' }, { b: 'x' }] }],
  ['set', 'a[1][0]=x', { a: [null, ['x']] }],
  ['set', 'a[0][0].t=v', { a: [[{ t: 'v' }]] }],
  ['set', 'a[0]={x,y}', { a: [['x', 'y']] }],
  ['set', 'a[0]=', { a: [''] }],
  ['set', 'a[0]', { a: [] }],
  ['set', 'a[0][0]', { a: [] }],
  // Helm drops a new list item whose nested pair ends the text without a value.
  ['set', 'a[0].b=', { a: [] }],
  ['set', 'a[0].b=,c=1', { a: [{ b: '' }], c: 1 }],
  ['set', 'a[65536]=x', { a: [...Array<null>(65536).fill(null), 'x'] }],
  // typing
  ['set', 'a=true,b=FALSE,c=True', { a: true, b: false, c: true }],
  ['set', 'a=null,b=NULL', { a: null, b: null }],
  ['set', 'a=falſe', { a: false }],
  ['set', 'a=0,b=5,c=-5,d=+5,e=-0', { a: 0, b: 5, c: -5, d: 5, e: 0 }],
  ['set', 'a=1234567890', { a: 1234567890 }],
  ['set', 'a=9223372036854775808', { a: '9223372036854775808' }],
  ['set', 'a=007,b=1.5,c=1.10,d=1e3,e=0x10', { a: '007', b: '1.5', c: '1.10', d: '1e3', e: '0x10' }],
  ['set', 'a=yes,b=on,c=y,d=~', { a: 'yes', b: 'on', c: 'y', d: '~' }],
  // --set-string
  ['set-string', 'a=null,b=true,c=5,d=0', { a: 'null', b: 'true', c: '5', d: '0' }],
  ['set-string', 'a={1,true}', { a: ['1', 'true'] }],
  ['set-string', 'podAnnotations.build=007', { podAnnotations: { build: '007' } }],
  // --set-json
  ['set-json', 'a=1', { a: 1 }],
  ['set-json', 'a="s",b=true', { a: 's', b: true }],
  ['set-json', 'a=', { a: null }],
  ['set-json', 'a=,b=1', { a: null, b: 1 }],
  ['set-json', 'a=null', { a: null }],
  ['set-json', 'extraArgs=["--log-level=debug"]', { extraArgs: ['--log-level=debug'] }],
  ['set-json', 'a={"b":[1,{"c":"x,y"}]},d=2', { a: { b: [1, { c: 'x,y' }] }, d: 2 }],
  ['set-json', 'a[1]={"k":"v"}', { a: [null, { k: 'v' }] }],
  ['set-json', 'a=1.5e2', { a: 150 }],
  ['set-json', 'a= "x" ,b=2', { a: 'x', b: 2 }],
  // --set-literal
  ['set-literal', 'a=x,b=y', { a: 'x,b=y' }],
  ['set-literal', 'a={x,y}', { a: '{x,y}' }],
  ['set-literal', 'a=null', { a: 'null' }],
  ['set-literal', 'a=b\\,c', { a: 'b\\,c' }],
  ['set-literal', 'a.b=x=y', { a: { b: 'x=y' } }],
  ['set-literal', 'a[1]=5', { a: [null, '5'] }],
  ['set-literal', 'a=', { a: '' }],
  ['set-literal', ']={}].', { ']': '{}].' }],
];

describe('applySetExpression grammar', () => {
  it.each(GRAMMAR)('%s %s', (kind, expression, expected) => {
    expect(apply(kind, expression)).toEqual(expected);
  });

  it('has a big table', () => {
    expect(GRAMMAR.length).toBeGreaterThanOrEqual(40);
  });
});

describe('applySetExpression on values the earlier sources built', () => {
  it('patches a list a values file supplied', () => {
    expect(apply('set', 'l[1]=z', { l: ['a', 'b', 'c'] })).toEqual({ l: ['a', 'z', 'c'] });
  });

  it('extends such a list with null gaps', () => {
    expect(apply('set', 'l[3]=z', { l: ['a'] })).toEqual({ l: ['a', null, null, 'z'] });
  });

  it('adds keys to an existing map and overwrites leaves', () => {
    const start = { outer: { inner1: 'overwrite', inner2: 'value2' } };
    expect(apply('set', 'outer.inner1=value1,outer.inner3=3', start)).toEqual({
      outer: { inner1: 'value1', inner2: 'value2', inner3: 3 },
    });
  });

  it('merges into maps inside an existing list item', () => {
    const start = { list: [[[{ exited: 'old' }]]] };
    const once = apply('set', 'list[0][1][0].type=listValue', start);
    expect(apply('set', 'list[0][0][1].status=alive', once)).toEqual({
      list: [[[{ exited: 'old' }, { status: 'alive' }], [{ type: 'listValue' }]]],
    });
  });

  it('replaces a list item of another kind when a map is set inside it', () => {
    expect(apply('set', 'l[0].a=1', { l: ['text'] })).toEqual({ l: [{ a: 1 }] });
  });

  it('replaces whole values of any kind', () => {
    expect(apply('set-json', 'a={"x":1}', { a: { y: 2 } })).toEqual({ a: { x: 1 } });
    expect(apply('set', 'a=x', { a: { y: 2 } })).toEqual({ a: 'x' });
  });

  it('keeps `__proto__` as an ordinary key', () => {
    const result = apply('set', '__proto__.polluted=yes');
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('--set-file', () => {
  it('reads the file bytes, trailing newline kept', () => {
    expect(apply('set-file', 'config.kasCaCert=ca.pem', {}, { 'ca.pem': 'CERT\n' })).toEqual({
      config: { kasCaCert: 'CERT\n' },
    });
  });

  it('reads every file of a list and keeps text that looks typed', () => {
    expect(apply('set-file', 'a={x,y},b=n', {}, { x: '1', y: 'true', n: 'null' })).toEqual({
      a: ['1', 'true'],
      b: 'null',
    });
  });

  it('does not read anything for an empty value', () => {
    expect(apply('set-file', 'a=')).toEqual({ a: '' });
  });

  it('fails without a reader, naming the flag and key', () => {
    const target: ValuesTree = {};
    const run = (): void => applySetExpression(target, 'set-file', 'config.token=token.txt');
    expect(run).toThrow(SetExpressionError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'set-expression',
        problem: 'unreadable-file',
        path: 'config.token',
        segments: ['config', 'token'],
      });
    }
  });

  it('fails on an unreadable file', () => {
    expect(() => apply('set-file', 'a=missing')).toThrow(SetExpressionError);
  });
});

const ERRORS: ReadonlyArray<readonly [SetKind, string, SetExpressionProblem, string]> = [
  ['set', 'a', 'no-value', 'a'],
  ['set', 'a.b', 'no-value', 'a.b'],
  ['set', 'a,b=1', 'no-value', 'a'],
  ['set', 'a=1,,b=2', 'no-value', ''],
  ['set', 'a.=x', 'empty-map', 'a'],
  ['set', 'a.,b', 'no-value', 'a[""]'],
  ['set', 'a=[x,y]', 'no-value', '["y]"]'],
  ['set', 'a[-1]=x', 'negative-index', 'a[-1]'],
  ['set', 'a[0].b=1,a[-30].c=2', 'negative-index', 'a[-30]'],
  ['set', 'a[65537]=x', 'index-too-large', 'a[65537]'],
  ['set', 'a[x]=1', 'invalid-index', 'a'],
  ['set', 'a[0', 'invalid-index', 'a'],
  ['set', 'a[99999999999999999999]=1', 'invalid-index', 'a'],
  ['set', 'a[0]b=1', 'unexpected-data', 'a[0].b'],
  ['set', 'a={x,y', 'unterminated-list', 'a'],
  ['set', 'a=1,a.b=2', 'type-mismatch', 'a'],
  ['set', 'a=x,a[0]=y', 'type-mismatch', 'a'],
  ['set', ']={}].', 'type-mismatch', '["]"]'],
  ['set', 'a=null,a.b=1', 'type-mismatch', 'a'],
  ['set', `${Array.from({ length: 32 }, (_, i) => `k${i}`).join('.')}=x`, 'too-deep', ''],
  ['set-json', 'a={"b":', 'invalid-json', 'a'],
  ['set-json', 'a=nope', 'invalid-json', 'a'],
  ['set-json', 'a=[1,]', 'invalid-json', 'a'],
  ['set-json', 'a=1e400', 'invalid-json', 'a'],
  ['set-json', `a=${'['.repeat(5000)}${']'.repeat(5000)}`, 'too-deep', 'a'],
  ['set-json', `a=${'{"k":'.repeat(65)}1${'}'.repeat(65)}`, 'too-deep', 'a'],
  ['set-json', 'a=1x', 'no-value', 'x'],
  ['set-json', 'a=truex', 'no-value', 'x'],
  ['set-json', 'a=1.', 'invalid-json', 'a'],
  ['set-literal', 'a', 'no-value', 'a'],
  ['set-literal', 'a.,b', 'no-value', 'a[",b"]'],
  ['set-literal', 'a[-1]=x', 'negative-index', 'a[-1]'],
];

describe('applySetExpression errors', () => {
  it.each(ERRORS)('%s %s fails with %s at %j', (kind, expression, problem, path) => {
    const error = failure(kind, expression);
    expect(error).toBeInstanceOf(ValuesSourceError);
    expect(error.code).toBe('set-expression');
    expect(error.problem).toBe(problem);
    expect(error.location.source).toBe(`--${kind}`);
    if (path !== '') expect(error.path).toBe(path);
    expect(formatValuesPath(error.segments)).toBe(error.path);
  });

  it('fails on a key that holds a map from a values file when used as a list', () => {
    expect(failure('set', 'a[0]=x', { a: { b: 1 } }).problem).toBe('type-mismatch');
  });

  it('never echoes a value, even in errors about secrets', () => {
    const error = failure('set', 'config.token=glagent-SECRET,config.token.x=1');
    expect(error.path).toBe('config.token');
    expect(error.message).toContain('config.token');
    expect(error.message).not.toContain('glagent-SECRET');
    const json = failure('set-json', 'config.token={"v":"glagent-SECRET"');
    expect(json.message).not.toContain('glagent-SECRET');
  });
});
