import { diffArrays } from "diff";

/** Word-level differences between two versions of a quotation. */
export interface DiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

/** Curly and straight quotation marks, primes and apostrophes read as one mark; dashes as one dash. */
const QUOTE_MARKS = /[“”„‟"«»‹›]/g;
const APOSTROPHES = /[‘’‚‛′`]/g;
const DASHES = /[‐‑‒–—―−]/g;

/** A quotation's words in one spelling: case, quotation marks, apostrophes and dashes unified. */
function normalise(text: string): string {
  return text.toLowerCase().replace(QUOTE_MARKS, '"').replace(APOSTROPHES, "'").replace(DASHES, "-");
}

/** The words of a quotation, for diffs and similarity: "It's" and "it’s" are one word. */
const wordsOf = (text: string): string[] => normalise(text).match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * The letters and digits of a quotation and nothing else: two versions with the same key say the
 * same words, however spaced ("theU.S." lost a space in wire text), marked, dashed or cased.
 */
export const wordingKey = (text: string): string => wordsOf(text).join("").replace(/'/g, "");

function changes(a: string, b: string) {
  return diffArrays(wordsOf(a), wordsOf(b));
}

/** How alike two texts are, word by word: 1 for the same words in the same order, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const parts = changes(a, b);
  const total = parts.reduce((sum, part) => sum + (part.added || part.removed ? part.count : 2 * part.count), 0);
  const shared = parts.reduce((sum, part) => sum + (part.added || part.removed ? 0 : part.count), 0);
  return total === 0 ? 1 : (2 * shared) / total;
}

/** The words of `a` kept, removed and added on the way to `b`. */
export function wordDiff(a: string, b: string): DiffPart[] {
  return changes(a, b).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value.join(" ") }));
}
