/**
 * A billion laughs: a list of `width` strings, then `levels` anchored lists of `width` aliases
 * of the list before, so each level multiplies what a reader that expands aliases must build.
 */
export function writeBillionLaughs(levels: number, width: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level <= levels; level += 1) {
    lines.push(
      `l${level}: &l${level} [${Array(width)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}
