import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES } from '../src/generated/chart-files.js';
import { buildTemplateContext } from '../src/render/build-template-context.js';
import type { ValuesTree } from '../src/types.js';
import { buildChartModel } from '../src/chart/chart-model.js';

function contextOf(receptive: boolean, privateApiJwt?: string): ReturnType<typeof buildTemplateContext> {
  const values = structuredClone(DEFAULT_VALUES) as ValuesTree;
  (values['config'] as ValuesTree)['receptive'] = { enabled: receptive };
  return buildTemplateContext(values, {
    model: buildChartModel(values, { releaseName: 'agent', namespace: 'agents' }),
    ...(privateApiJwt === undefined ? {} : { privateApiJwt }),
  });
}

/** The 64 characters behind a context's private-api-jwt (the Secret holds base64 of their base64). */
function drawnCharacters(data: string): string {
  return Buffer.from(Buffer.from(data, 'base64').toString('utf8'), 'base64').toString('utf8');
}

describe('buildTemplateContext: the receptive-mode private API JWT', () => {
  it('draws 64 printable ASCII characters, every one of the 95 and nothing else', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const characters = drawnCharacters(contextOf(true).privateApiJwtData);
      expect(characters).toMatch(/^[\x20-\x7e]{64}$/);
      for (const character of characters) seen.add(character);
    }
    expect(seen.size).toBe(95);
  });

  it('is only drawn in receptive mode, where the Secret holds it', () => {
    expect(contextOf(false).privateApiJwtData).toBe('');
    expect(Buffer.from(contextOf(true, 'pinned').privateApiJwtData, 'base64').toString()).toBe('pinned');
  });
});
