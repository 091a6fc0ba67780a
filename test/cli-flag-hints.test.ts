import { describe, expect, it } from 'vitest';
import type { ValueFix, ValuesProblem } from '../src/errors.js';
import type { Warning } from '../src/types.js';
import { addFlagHint, addWarningFlagHint } from '../src/cli/reports/add-flag-hints.js';

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
