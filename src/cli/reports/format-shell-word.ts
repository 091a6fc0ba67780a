/** A word as a POSIX shell reads it back: as it is when it is plain, else in single quotes. */
export function formatShellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
