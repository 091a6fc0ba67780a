import type { ValuesTree } from '../../src/types.js';

/** A plain deep merge for test inputs, in place (render() itself uses Helm's rules). */
export function mergeOver(base: ValuesTree, overlay: ValuesTree): ValuesTree {
  for (const [key, value] of Object.entries(overlay)) {
    const current = base[key];
    const bothMaps = [current, value].every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
    base[key] = bothMaps ? mergeOver(current as ValuesTree, value as ValuesTree) : value;
  }
  return base;
}
