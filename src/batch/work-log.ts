/** Documents a thread must have done before its speed is known. */
const DOCUMENTS_TO_KNOW = 4;
/** Recent documents the speed is read from. */
const RECENT_DOCUMENTS = 16;

/**
 * A thread's documents so far, and what they tell of its speed. The first documents are several
 * times slower than the rest while the patterns they meet compile, so the warm speed is the lower
 * quartile of recent documents' seconds per character: it holds while up to three in four of them
 * were slow.
 */
export class WorkLog {
  seconds = 0;
  characters = 0;
  documents = 0;
  private readonly recentRates: number[] = [];

  add(seconds: number, characters: number): void {
    this.seconds += seconds;
    this.characters += characters;
    this.documents++;
    this.recentRates.push(seconds / Math.max(characters, 1));
    if (this.recentRates.length > RECENT_DOCUMENTS) this.recentRates.shift();
  }

  /** Seconds per character once warm; undefined until a few documents are done. */
  warmRate(): number | undefined {
    if (this.documents < DOCUMENTS_TO_KNOW) return undefined;
    const sorted = [...this.recentRates].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 4)];
  }

  /** Seconds this thread spent beyond its warm speed: what warming up cost it. */
  warmUpSeconds(): number {
    const rate = this.warmRate();
    return rate === undefined ? this.seconds : Math.max(0, this.seconds - rate * this.characters);
  }
}

/**
 * A worker repays its start only when the documents waiting would keep each thread, this one and
 * the workers with the new one, busy for PAYBACK times what a new worker costs before its first
 * warm document: loading (`loadSeconds`), then warming up as this thread did. Below that, the batch
 * ends while the worker is still cold, and it has only taken the other core from this thread's
 * compiler and garbage collector (started at once, workers made 40 articles 1.3 times slower).
 */
const PAYBACK = 2;

export function isWorthAWorker(here: WorkLog, waitingCharacters: number, threads: number, loadSeconds: number): boolean {
  const rate = here.warmRate();
  if (rate === undefined) return false;
  const workerCost = loadSeconds + here.warmUpSeconds();
  return (waitingCharacters * rate) / (threads + 1) >= PAYBACK * workerCost;
}
