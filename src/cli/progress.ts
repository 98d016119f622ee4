import type { Writable } from "node:stream";

const CLEAR_LINE = "\r\x1b[2K";

/**
 * Documents done, rate and time left on stderr, for people at a terminal; silent otherwise. Output
 * on stdout shares the terminal, so the line is erased before anything else is written.
 */
export class Progress {
  private readonly started = Date.now();
  private total = 0;
  /** The total is known only once the input has ended: a directory or a stream is read as it goes. */
  private isTotalKnown = false;
  private completed = 0;
  private facts = 0;
  failures = 0;
  private lastDrawn = 0;
  private isDrawn = false;

  constructor(
    private readonly stderr: Writable,
    private readonly isShown: boolean,
  ) {}

  seen(): void {
    this.total++;
  }

  /** The input has ended: the total is known, and time left can be told. */
  allSeen(): void {
    this.isTotalKnown = true;
  }

  done(isOk: boolean, facts: number): void {
    this.completed++;
    if (!isOk) this.failures++;
    this.facts += facts;
    const now = Date.now();
    // Redrawn at most every 100 ms, and at once when output has erased it.
    if (!this.isShown || (this.isDrawn && now - this.lastDrawn <= 100)) return;
    this.lastDrawn = now;
    const rate = this.completed / Math.max((now - this.started) / 1000, 0.001);
    const line = this.isTotalKnown
      ? `${this.completed}/${this.total} documents  ${rate.toFixed(1)}/s  ${((this.total - this.completed) / Math.max(rate, 0.001)).toFixed(0)} s left`
      : `${this.completed} documents  ${rate.toFixed(1)}/s`;
    this.stderr.write(`${CLEAR_LINE}${line}`);
    this.isDrawn = true;
  }

  /** The text that erases the progress line, so that the next line starts clean; empty when none is drawn. */
  clear(): string {
    if (!this.isDrawn) return "";
    this.isDrawn = false;
    return CLEAR_LINE;
  }

  /** Writes data to stdout, the progress line erased first (stdout and stderr may be one terminal). */
  write(stdout: Writable, text: string): void {
    if (text === "") return;
    const clear = this.clear();
    if (clear) this.stderr.write(clear);
    stdout.write(text);
  }

  finish(): void {
    if (!this.isShown) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.stderr.write(`${this.clear()}factx: ${this.completed} documents, ${this.facts} facts, ${this.failures} failed, ${seconds} s\n`);
  }
}
