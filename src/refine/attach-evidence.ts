import { sentenceAt, spanOf, type ParsedDocument } from "../document.js";
import type { Evidence, Span } from "../types.js";

/** Adds the sentence each fact came from, for `--evidence` and the comparison of articles. */
export function attachEvidence<T extends Span & Evidence>(doc: ParsedDocument, facts: T[]): T[] {
  return facts.map((fact) => {
    const sentence = sentenceAt(doc, fact.start);
    if (!sentence) return fact;
    const start = Math.min(sentence.start, fact.start);
    const end = Math.max(sentence.end, fact.end);
    return { ...fact, sentence: spanOf(doc.text, start, end) };
  });
}
