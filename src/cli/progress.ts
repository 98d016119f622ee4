import type { Writable } from "node:stream";

/** Documents done, rate and time left on stderr, for people at a terminal; silent otherwise. */
export class Progress {
  private readonly started = Date.now();
  private total = 0;
  private completed = 0;
  private facts = 0;
  failures = 0;
  private lastDrawn = 0;

  constructor(
    private readonly stderr: Writable,
    private readonly isShown: boolean,
  ) {}

  seen(): void {
    this.total++;
  }

  done(isOk: boolean, facts: number): void {
    this.completed++;
    if (!isOk) this.failures++;
    this.facts += facts;
    const now = Date.now();
    if (this.isShown && now - this.lastDrawn > 100) {
      this.lastDrawn = now;
      const seconds = (now - this.started) / 1000;
      const rate = this.completed / Math.max(seconds, 0.001);
      const left = (this.total - this.completed) / Math.max(rate, 0.001);
      this.stderr.write(`\r\x1b[2K${this.completed}/${this.total} documents  ${rate.toFixed(1)}/s  ${left.toFixed(0)} s left`);
    }
  }

  /** The text that erases the progress line, so that an error line starts clean. */
  clear(): string {
    return this.isShown && this.lastDrawn > 0 ? "\r\x1b[2K" : "";
  }

  finish(): void {
    if (!this.isShown) return;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.stderr.write(`${this.clear()}factx: ${this.completed} documents, ${this.facts} facts, ${this.failures} failed, ${seconds} s\n`);
  }
}
