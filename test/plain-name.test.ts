import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatScalar } from '../src/helm/yaml-output.js';
import { HELM_VALUES_SCHEMA, isPlainName, resolvesAsNonString } from '../src/helm/yaml-v2-schema.js';
import { readWrittenScalar } from '../src/manifests/read-written-values.js';
import { runs } from './support/fast-check-settings.js';

/**
 * isPlainName is the fast path of writing a string plain and of reading it back: it must say yes
 * exactly for the names no YAML 1.1 or 1.2 resolver reads as anything but the string.
 */

const NAME_FORM = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const WORDS = ['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null', 'nan', 'inf', 'e', 'e1', 'x', 'o', 'b'];
const word = fc
  .constantFrom(...WORDS)
  .chain((text) => fc.constantFrom(text, text.toUpperCase(), `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`));
const nameLike = fc.oneof(word, fc.stringMatching(/^[A-Za-z0-9_./:~ -]{0,10}$/), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_./-]{0,6}$/));

describe('isPlainName', () => {
  it('says yes exactly for the names no resolver claims, which read back as themselves', () => {
    fc.assert(
      fc.property(nameLike, (text) => {
        expect(isPlainName(text), text).toBe(NAME_FORM.test(text) && !resolvesAsNonString(text));
        if (!isPlainName(text)) return;
        expect(yaml.load(text, { schema: HELM_VALUES_SCHEMA })).toBe(text);
        expect(yaml.load(text)).toBe(text);
        expect(formatScalar(text)).toBe(text);
        expect(readWrittenScalar(text)).toBe(text);
      }),
      runs(3000),
    );
  });

  it.each(['yes', 'No', 'ON', 'off', 'y', 'N', 'null', 'Null', 'TRUE', 'False'])('refuses the YAML word %s', (text) => {
    expect(isPlainName(text)).toBe(false);
    expect(formatScalar(text)).toBe(`"${text}"`);
  });
});
