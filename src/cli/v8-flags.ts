import { setFlagsFromString } from "node:v8";

// V8's flags, set for the kind of run once it is known. Each changes how V8 compiles or collects,
// never what factx outputs; flags set here, after start-up, leave the snapshot usable (node checks
// the flags a snapshot was built under only as it starts).

/**
 * For a run that extracts one article: V8 compiles each regular expression unoptimised from here on.
 * factx's patterns are large (casualty constructions of several thousand characters), and compiling
 * them optimised was about a third of a cold article's time, more than one article's matching ever
 * gains back; a batch keeps the optimiser, which pays from its second document.
 */
export function compileRegexpsForOneDocument(): void {
  setFlagsFromString("--no-regexp-optimization");
}

/**
 * For a batch, two settings.
 *
 * The optimising compiler inlines no function into another. It ran on spare cores beside each thread,
 * inlining compromise's many small functions into one another, and spent 3.0 s of processor time on
 * 240 PolNeAR articles beside one thread's 9.2; without inlining, 1.7 s, and the thread went as fast.
 * A second thread has only that spare core: two threads took the articles from 8.1–8.8 s to 7.2–7.7.
 *
 * After each full garbage collection the heap may grow by half before the next, where V8 would let it
 * grow to three times what is live. A batch keeps about 60 MB live per thread, every document's parse
 * is garbage soon after, and each thread's heap swelled to 200 MB between collections. Measured on
 * 2,000 records with one thread: peak 287 → 182 MB in the same processor time (a collection with that
 * little live is short). Growth of 30% kept 10 MB less, but cost two threads 5% more time.
 *
 * Both are process-wide: workers keep to them too.
 */
export function tuneForBatch(): void {
  setFlagsFromString("--no-turbo-inlining");
  setFlagsFromString("--heap-growing-percent=50");
}
