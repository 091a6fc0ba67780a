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

/** Sets one value at a path of map keys, creating the maps on the way (replacing non-maps). */
export function setPath(tree: ValuesTree, path: readonly string[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as ValuesTree;
  }
  node[path.at(-1) as string] = value;
}
