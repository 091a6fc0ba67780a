/**
 * The progress line of `generate --fleet` on standard error, for runs long enough to need one.
 * On a terminal it is one line redrawn in place (`\r`), at most every 100 ms, from the first
 * second on. Elsewhere (a CI log) a line is written every 10 s, so a short run writes none and a
 * log never fills with redraws. Other output goes through `print`, which first clears the line.
 */
import type { CliIo } from '../cli-io.js';

const TTY_DELAY_MS = 1_000;
const TTY_INTERVAL_MS = 100;
const LOG_INTERVAL_MS = 10_000;

export class FleetProgress {
  private readonly start: number;
  private lastShown: number;
  /** Characters of the line drawn on the terminal and not yet cleared. */
  private drawn = 0;

  constructor(
    private readonly io: Pick<CliIo, 'stderr' | 'stderrIsTty'>,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
    this.lastShown = this.start;
  }

  update(done: number, failed: number): void {
    const now = this.now();
    if (this.io.stderrIsTty === true) {
      if (now - this.start < TTY_DELAY_MS || (this.drawn > 0 && now - this.lastShown < TTY_INTERVAL_MS)) return;
      const line = this.describe(done, failed);
      this.io.stderr(`\r${line.padEnd(this.drawn)}`);
      this.drawn = line.length;
    } else {
      if (now - this.lastShown < LOG_INTERVAL_MS) return;
      this.io.stderr(`${this.describe(done, failed)}\n`);
    }
    this.lastShown = now;
  }

  /** Writes `text` to standard error, on a line of its own. */
  print(text: string): void {
    this.clear();
    this.io.stderr(text);
  }

  /** Clears the terminal's line; the summary follows on its own. */
  clear(): void {
    if (this.drawn === 0) return;
    this.io.stderr(`\r${' '.repeat(this.drawn)}\r`);
    this.drawn = 0;
  }

  private describe(done: number, failed: number): string {
    const percent = Math.floor((done * 100) / Math.max(this.total, 1));
    return `Rendered ${done.toLocaleString('en-US')} of ${this.total.toLocaleString('en-US')} agents (${percent} %)${failed > 0 ? `, ${failed} failed` : ''}`;
  }
}
