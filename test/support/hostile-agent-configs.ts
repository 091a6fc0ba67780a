/**
 * Hostile agent configuration files, shared by the in-process test of their refusal
 * (agent-config-hostile.test.ts) and the measured one (agent-config-hostile-resources.test.ts).
 * With kas's default 128 KiB limit most are refused unread, so they are also given at the largest
 * limit the options allow (4 MiB), where the reader's own bounds must hold.
 */
import { MAX_VALUES_FILE_BYTES } from '../../src/sources/values-limits.js';
import { writeBillionLaughs } from './write-billion-laughs.js';

export const DEFAULT_LIMIT = 128 * 1024;

/** Anchors that each nest 60 levels around the one before: shallow as written, deep once expanded. */
export function writeDeepAliasChain(links: number): string {
  const lines = ['c0: &c0 x'];
  for (let link = 1; link <= links; link += 1) lines.push(`c${link}: &c${link} ${'['.repeat(60)}*c${link - 1}${']'.repeat(60)}`);
  return `${lines.join('\n')}\n`;
}

export interface HostileConfig {
  readonly name: string;
  readonly build: () => string;
  /** The `maxFileBytes` to read it with. */
  readonly limit: number;
  /** The one problem it is refused with. */
  readonly code: string;
}

export const HOSTILE_CONFIGS: readonly HostileConfig[] = [
  {
    name: 'a 20 MB file',
    build: () => `flux:\n  webhook_receiver_url: "${'A'.repeat(20 * 1024 * 1024)}"\n`,
    limit: DEFAULT_LIMIT,
    code: 'file-too-large',
  },
  { name: 'a billion laughs within 128 KiB', build: () => writeBillionLaughs(9, 10), limit: DEFAULT_LIMIT, code: 'too-large' },
  { name: 'an alias chain 6,000 levels deep once expanded', build: () => writeDeepAliasChain(100), limit: DEFAULT_LIMIT, code: 'too-deep' },
  {
    name: 'maps nested 10,000 levels deep (flow)',
    build: () => `flux: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
    limit: MAX_VALUES_FILE_BYTES,
    code: 'too-deep',
  },
  {
    name: 'lists nested 10,000 levels deep (block)',
    build: () => `flux:\n  ${'- '.repeat(10_000)}x\n`,
    limit: MAX_VALUES_FILE_BYTES,
    code: 'too-deep',
  },
  {
    name: 'a wide alias bomb (one alias 200,000 times)',
    build: () => `a: &a [1, 2, 3]\nb: [${Array(200_000).fill('*a').join(',')}]\n`,
    limit: MAX_VALUES_FILE_BYTES,
    code: 'too-large',
  },
  {
    name: '3 MB of list items',
    build: () => `ci_access:\n  projects:\n${'  - 1\n'.repeat(500_000)}`,
    limit: MAX_VALUES_FILE_BYTES,
    code: 'too-large',
  },
];

/** 300,000 documents: only the first is read, as go-yaml reads it. */
export const MANY_DOCUMENTS = (): string => 'flux: {}\n---\n'.repeat(300_000);
