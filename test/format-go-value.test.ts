import { describe, expect, it } from 'vitest';
import { formatGoValue } from '../src/helm/format-go-value.js';

describe('formatGoValue', () => {
  it.each<[unknown, string]>([
    [null, '<nil>'],
    [undefined, '<nil>'],
    ['', ''],
    [':8082', ':8082'],
    ['08081', '08081'],
    [true, 'true'],
    [false, 'false'],
    [0, '0'],
    [8082, '8082'],
    [-5, '-5'],
    [999999, '999999'],
    [1000000, '1e+06'],
    [-999999, '-999999'],
    [-1000000, '-1e+06'],
    [-0, '-0'],
    [1234567, '1.234567e+06'],
    [123456.7, '123456.7'],
    [1.5, '1.5'],
    [1.1, '1.1'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [0.000015, '1.5e-05'],
    [1e21, '1e+21'],
    [1e100, '1e+100'],
    [-2500000, '-2.5e+06'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '+Inf'],
    [Number.NEGATIVE_INFINITY, '-Inf'],
    [['a', 1, null], '[a 1 <nil>]'],
    [[], '[]'],
    [{ b: 1, a: 'x', c: [true] }, 'map[a:x b:1 c:[true]]'],
    [{}, 'map[]'],
  ])('%s -> %s', (value, expected) => {
    expect(formatGoValue(value)).toBe(expected);
  });
});
