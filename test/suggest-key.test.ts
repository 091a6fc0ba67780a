import { describe, expect, it } from 'vitest';
import { measureEditDistance, suggestKey } from '../src/util/suggest-key.js';

const CONFIG_KEYS = [
  'kasAddress',
  'kasHeaders',
  'token',
  'secretName',
  'kasCaCert',
  'observability',
  'operational_container_scanning',
  'receptive',
  'api',
  'privateApi',
];

describe('suggestKey', () => {
  it.each<[string, string | undefined]>([
    ['kasAdress', 'kasAddress'],
    ['kasaddress', 'kasAddress'],
    ['KASADDRESS', 'kasAddress'],
    ['kasHeader', 'kasHeaders'],
    ['tokne', 'token'],
    ['operational-container-scanning', 'operational_container_scanning'],
    ['operationalContainerScanning', 'operational_container_scanning'],
    ['privateAPI', 'privateApi'],
    ['secret', undefined],
    ['zzz', undefined],
    ['image', undefined],
  ])('%s -> %s', (key, expected) => {
    expect(suggestKey(key, CONFIG_KEYS)).toBe(expected);
  });

  it('prefers the first candidate on a tie', () => {
    expect(suggestKey('cat', ['bat', 'hat'])).toBe('bat');
  });
});

describe('measureEditDistance', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
  ])('%s / %s = %d', (a, b, distance) => {
    expect(measureEditDistance(a, b)).toBe(distance);
  });
});
