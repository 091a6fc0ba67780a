import { describe, expect, it } from 'vitest';
import type { ValueFix, ValuesProblem } from '../src/errors.js';
import type { Warning } from '../src/types.js';
import { readFileSync } from 'node:fs';
import { addFlagHint, addWarningFlagHint } from '../src/cli/reports/add-flag-hints.js';
import type { ValueOrigin } from '../src/cli/input/find-value-origin.js';

function problemAt(segments: string[], fix: ValueFix | undefined, hint = 'library hint'): ValuesProblem {
  return { code: 'wrong-type', path: segments.join('.'), segments, message: 'm', hint, ...(fix === undefined ? {} : { fix }) };
}

describe('addFlagHint', () => {
  it.each<[ValueFix, RegExp]>([
    ['quote-string', /^library hint or pass it with --set-string$/],
    ['unquote-number', /^library hint, and use --set rather than --set-string$/],
    ['unquote-boolean', /^library hint \(--set, not --set-string\)$/],
    ['give-list', /^library hint, or --set key=\{a,b\} or key\[0\]=a$/],
    ['read-file', /^library hint \(for example with --set-file\)$/],
  ])('adds the flag for %s after the library hint', (fix, hint) => {
    expect(addFlagHint(problemAt(['podLabels', 'team'], fix)).hint).toMatch(hint);
  });

  it('says the whole hint its own way for a missing token: the token flags, and --allow-missing-token', () => {
    const hint = addFlagHint(problemAt(['config', 'token'], 'give-token', 'set the render option allowMissingToken')).hint!;
    expect(hint).toMatch(/--agent-token-file, GITLAB_AGENT_TOKEN or --set-file config\.token=PATH/);
    expect(hint).toMatch(
      /config\.secretName: one created with kubectl, by External Secrets or Sealed Secrets, or by an extraManifests item/,
    );
    expect(hint).toMatch(/add --allow-missing-token$/);
    expect(hint).not.toMatch(/render option/);
  });

  it('spells out the whole argument for a key that has a flag of its own', () => {
    expect(addFlagHint(problemAt(['config', 'token'], 'quote-string')).hint).toBe(
      'library hint or pass it with --set-string config.token=...',
    );
  });

  it('leaves a problem without a fix, or without a hint to extend, as it is', () => {
    const plain = problemAt(['replicas'], undefined);
    expect(addFlagHint(plain)).toBe(plain);
    const withoutHint: ValuesProblem = {
      code: 'missing-required',
      path: 'replicas',
      segments: ['replicas'],
      message: 'm',
      fix: 'read-file',
    };
    expect(addFlagHint(withoutHint)).toBe(withoutHint);
  });
});

describe('addFlagHint for the source that set the value', () => {
  const file: Pick<ValueOrigin, 'label' | 'origin'> = { label: 'values.yaml', origin: 'file' };
  const flag = (label: string): Pick<ValueOrigin, 'label' | 'origin'> => ({ label, origin: 'flag' });
  const hintFor = (fix: ValueFix, hint: string, origin: Pick<ValueOrigin, 'label' | 'origin'>, segments = ['podLabels', 'team']) =>
    addFlagHint(problemAt(segments, fix, hint), origin).hint;

  it('keeps the YAML advice for a values file and names no flag', () => {
    for (const [fix, hint] of [
      ['quote-string', 'quote the value in YAML ("...")'],
      ['unquote-number', 'write the number without quotes'],
      ['unquote-boolean', 'use true or false without quotes'],
      ['give-list', 'give a YAML list'],
    ] as const) {
      expect(hintFor(fix, hint, file)).toBe(hint);
    }
  });

  it.each<[ValueFix, string, string, string]>([
    ['quote-string', 'quote the value in YAML ("...")', '--set', 'pass it with --set-string instead of --set'],
    ['quote-string', 'label values are strings: quote it', '--set', 'label values are strings: pass it with --set-string instead of --set'],
    ['quote-string', 'quote the value in YAML ("...")', '--set-json', 'give it as a JSON string ("...")'],
    ['unquote-number', 'write the number without quotes', '--set', 'give a number'],
    ['unquote-number', 'write the number without quotes', '--set-string', '--set-string always gives a string: give a number with --set'],
    [
      'unquote-boolean',
      'use true or false without quotes',
      '--set-literal',
      '--set-literal always gives a string: give true or false with --set',
    ],
    ['unquote-boolean', 'use true or false without quotes', '--set-json', 'give true or false without quotes in the JSON'],
    ['give-list', 'give a YAML list', '--set', 'give a list: --set key={a,b} or key[0]=a'],
    ['give-list', 'give a YAML list', '--set-json', 'give a JSON list ([...])'],
    ['read-file', 'give the PEM text', '--set', 'give the PEM text (for example with --set-file)'],
  ])('rephrases %s (%j) for %s', (fix, hint, label, expected) => {
    expect(hintFor(fix, hint, flag(label))).toBe(expected);
  });

  it('spells out the whole --set-string argument for a key with a flag of its own', () => {
    expect(hintFor('quote-string', 'quote the token', flag('--set'), ['config', 'token'])).toBe(
      'pass it with --set-string config.token=...',
    );
  });

  it('says how to give a PEM in a values file, and adds nothing to a file --set-file read', () => {
    expect(hintFor('read-file', 'give the PEM text', file)).toBe('give the PEM text (in a values file, as a block scalar: key: |)');
    expect(hintFor('read-file', 'give the PEM text', flag('--set-file'))).toBe('give the PEM text (check the file --set-file reads)');
  });

  it('rephrases every quoting hint of the schema for --set and --set-json, and keeps it for a values file', () => {
    const schema = readFileSync(new URL('../schemas/values.schema.json', import.meta.url), 'utf8');
    const hints = [...schema.matchAll(/"x-hint": ("(?:[^"\\]|\\.)*"),\s*"x-fix": "quote-string"/g)].map(
      (match) => JSON.parse(match[1] as string) as string,
    );
    expect(hints.length).toBeGreaterThan(5);
    for (const hint of [...hints, 'quote the value in YAML ("...")']) {
      expect(hintFor('quote-string', hint, file)).toBe(hint);
      for (const label of ['--set', '--set-json']) {
        const rephrased = hintFor('quote-string', hint, flag(label)) ?? '';
        expect(rephrased, `${hint} for ${label}`).not.toMatch(/\bquote\b/);
        expect(rephrased).toContain(label === '--set' ? '--set-string' : 'JSON string');
      }
    }
  });

  it('consumes the fix, so the advice is never added twice', () => {
    const once = addFlagHint(problemAt(['replicas'], 'unquote-number', 'write the number without quotes'), flag('--set-string'));
    expect(addFlagHint(once)).toBe(once);
  });
});

describe('addWarningFlagHint', () => {
  const warning = (code: Warning['code']): Warning => ({
    code,
    path: 'config.token',
    segments: ['config', 'token'],
    message: 'm',
    hint: 'h',
  });

  it('names --private-api-jwt-file for the random receptive-mode secret', () => {
    expect(addWarningFlagHint(warning('private-api-jwt-random')).hint).toMatch(/^pin it with --private-api-jwt-file FILE/);
  });

  it('keeps the library hint of every other warning', () => {
    const other = warning('token-without-prefix');
    expect(addWarningFlagHint(other)).toBe(other);
  });
});
