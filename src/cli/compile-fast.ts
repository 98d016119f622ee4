import { setFlagsFromString } from "node:v8";

/**
 * For a run that extracts one article: V8 compiles each regular expression unoptimised from here on.
 * factx's patterns are large (casualty constructions of several thousand characters), and compiling
 * them optimised was about a third of a cold article's time, more than one article's matching ever
 * gains back; a batch keeps the optimiser, which pays from its second document. The flag changes how
 * a pattern is compiled, never what it matches.
 */
export function compileRegexpsForOneDocument(): void {
  setFlagsFromString("--no-regexp-optimization");
}
