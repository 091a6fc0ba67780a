import { describe, expect, it } from 'vitest';
import { formatValuesPath, type PathSegment } from '../src/helm/format-values-path.js';
import { createValuesPathLocator } from '../src/sources/locate-values-path.js';

const FILE = [
  '# agent values', // 1
  'replica: 3', // 2
  'config:', // 3
  '  # the KAS of our instance', // 4
  '  kasAddress: wss://kas.example.com', // 5
  '  kasHeaders:', // 6
  '    - "X-A: 1"', // 7
  '    -', // 8
  '      "X-B: 2"', // 9
  '  observability: null', // 10
  'podAnnotations:', // 11
  '  "example.com/team": a', // 12
  '  other: {x: 1, z: [1, 2]}', // 13
  'base: &base', // 14
  '  merged: 1', // 15
  'withMerge:', // 16
  '  <<: *base', // 17
  '  own: 2', // 18
  'extraArgs: [--a, --b]', // 19
  '? explicit', // 20
  ': 5', // 21
  'yes: boolean key', // 22
  'list:', // 23
  '- - nested', // 24
  'block: |', // 25
  '  text', // 26
  '', //
].join('\n');

function locate(path: readonly PathSegment[]) {
  const locator = createValuesPathLocator(FILE);
  if (locator === undefined) throw new Error('the fixture must parse');
  return locator(path);
}

describe('createValuesPathLocator', () => {
  it.each([
    [['replica'], 2],
    [['config'], 3],
    [['config', 'kasAddress'], 5],
    [['config', 'kasHeaders'], 6],
    [['config', 'kasHeaders', 0], 7],
    [['config', 'kasHeaders', 1], 9],
    [['config', 'observability'], 10],
    [['podAnnotations', 'example.com/team'], 12],
    [['podAnnotations', 'other', 'z', 1], 13],
    [['withMerge', 'own'], 18],
    [['extraArgs', 1], 19],
    [['explicit'], 20],
    [['true'], 22],
    [['list', 0, 0], 24],
    [['block'], 25],
  ] as [PathSegment[], number][])('finds %j on line %i', (path, line) => {
    expect(locate(path)).toEqual(expect.objectContaining({ line, depth: path.length }));
  });

  it('points a key merged with << at the << line', () => {
    expect(locate(['withMerge', 'merged'])).toEqual({ line: 17, column: 3, depth: 2, leaf: true });
  });

  it('reports how far a missing path got, and whether a scalar or list replaced the rest', () => {
    expect(locate(['config', 'token'])).toEqual({ line: 3, column: 1, depth: 1, leaf: false });
    expect(locate(['config', 'observability', 'enabled'])).toEqual({ line: 10, column: 3, depth: 2, leaf: true });
    expect(locate(['extraArgs', 5])).toEqual({ line: 19, column: 1, depth: 1, leaf: true });
    expect(locate(['missing', 'key'])).toEqual({ line: 1, column: 1, depth: 0, leaf: false });
  });

  it('gives the column of a key or list item, for keys that share a line', () => {
    expect(locate(['podAnnotations', 'other', 'x'])).toMatchObject({ line: 13, column: 11 });
    expect(locate(['podAnnotations', 'other', 'z', 1])).toMatchObject({ line: 13, column: 24 });
    expect(locate(['extraArgs', 1])).toMatchObject({ line: 19, column: 18 });
    expect(locate(['config', 'kasHeaders', 1])).toMatchObject({ line: 9, column: 7 });
  });

  it('refuses text that is not a map of values', () => {
    expect(createValuesPathLocator('- a\n- b\n')).toBeUndefined();
    expect(createValuesPathLocator('a: [\n')).toBeUndefined();
    expect(createValuesPathLocator('')).toBeUndefined();
  });

  it('counts lines after comments, blank lines and CRLF line ends', () => {
    const locator = createValuesPathLocator('# c\r\n\r\na:\r\n  # c\r\n\r\n  b: 1\r\n');
    expect(locator?.(['a', 'b'])).toEqual({ line: 6, column: 3, depth: 2, leaf: true });
  });

  it('reads only the first document, as Helm does', () => {
    const locator = createValuesPathLocator('a: 1\n---\nb: 2\n');
    expect(locator?.(['b'])).toEqual({ line: 1, column: 1, depth: 0, leaf: false });
  });
});

describe('formatValuesPath', () => {
  it.each([
    [[], ''],
    [['replicas'], 'replicas'],
    [['config', 'kasHeaders', 0], 'config.kasHeaders[0]'],
    [['podAnnotations', 'example.com/team'], 'podAnnotations["example.com/team"]'],
    [['a', '0', 1, 'b_c-d'], 'a["0"][1].b_c-d'],
    [['quote"and\\backslash'], '["quote\\"and\\\\backslash"]'],
    [['ingress-nginx', 'enabled'], 'ingress-nginx.enabled'],
  ] as [PathSegment[], string][])('writes %j as %s', (segments, text) => {
    expect(formatValuesPath(segments)).toBe(text);
  });
});
