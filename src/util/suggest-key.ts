/**
 * Did-you-mean for unknown values keys. A case-insensitive or separator-insensitive match wins
 * (`kasaddress`, `operational-container-scanning`); otherwise the closest key by
 * Damerau-Levenshtein distance (optimal string alignment), if it is close enough to be a typo.
 */

/** Returns the best candidate for `key`, or undefined when none is plausibly meant. */
export function suggestKey(key: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeKey(key);
  const exact = candidates.find((candidate) => normalizeKey(candidate) === wanted);
  if (exact !== undefined) return exact;

  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = measureEditDistance(wanted, normalizeKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= maxTypoDistance(wanted.length) ? best : undefined;
}

/** Short keys tolerate one edit, longer ones a few; more than that is a different word. */
function maxTypoDistance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function measureEditDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}
