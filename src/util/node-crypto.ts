/**
 * node:crypto, loaded on first use. Loading it (with the streams it needs) is about 10 ms of a
 * cold CLI run, and `validate` of values without certificates never hashes or parses anything.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let loaded: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= require('node:crypto') as typeof import('node:crypto'));
}
