import { createRequire } from "node:module";
import type { Span } from "./types.js";

// compromise's bundled CommonJS build loads in ~300 ms, its ESM sources in ~500 ms.
const require = createRequire(import.meta.url);
type Nlp = typeof import("compromise").default;
let nlpInstance: Nlp | undefined;
export function nlp(): Nlp {
  nlpInstance ??= require("compromise") as Nlp;
  return nlpInstance;
}

// nlp(text) runs every step compromise has; factx reads terms and tags, so it skips the steps that
// tag nothing: phrase chunking and type-ahead. The tags come out the same, the parse ~9% faster.
const TOKENIZE_STEPS = new Set(["contractions", "alias", "machine"]);
const SKIPPED_STEPS = new Set(["chunks", "typeahead"]);
let taggingSteps: string[] | undefined;

/** compromise's sentences of terms for a text, tagged as nlp(text) tags them. */
export function tagTerms(text: string): CompromiseTerm[][] {
  const compromise = nlp();
  taggingSteps ??= compromise.hooks().filter((step: string) => !TOKENIZE_STEPS.has(step) && !SKIPPED_STEPS.has(step));
  return (compromise.tokenize(text).compute(taggingSteps) as unknown as { document: CompromiseTerm[][] }).document;
}

export interface CompromiseTerm {
  text: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
  id: string;
}

export interface Term {
  text: string;
  /** Lower-cased, with contractions expanded ("don't" → "do", "not"). */
  normal: string;
  start: number;
  end: number;
  tags: Set<string>;
  sentence: number;
}

export type Tense = "past" | "present" | "future";

export interface Sentence extends Span {
  index: number;
  /** Index of the sentence's first term, and one past its last. */
  firstTerm: number;
  endTerm: number;
  tense: Tense;
}

/** An article parsed once: every extractor reads these terms and sentences, nothing re-tags the text. */
export interface ParsedDocument {
  text: string;
  terms: Term[];
  sentences: Sentence[];
  published: string | null;
}

const NAME_TAGS = /Person|Name|Place|Country|City|Region|Organization|ProperNoun|Acronym/;

function lexiconTags(word: string): string | undefined {
  const lexicon = (nlp() as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? undefined : String(tags);
}

/** A word the lexicon knows as an ordinary word ("police", "officials"), not as a name. */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags !== undefined && !NAME_TAGS.test(tags);
}

/** A word the lexicon knows as a given name ("Jim", "Glenn"). */
export function isFirstName(word: string): boolean {
  return /FirstName|MaleName|FemaleName/.test(lexiconTags(word) ?? "");
}

const FUTURE_CUES = new Set(["will", "shall", "'ll", "tomorrow", "upcoming", "next"]);
// compromise slows down sharply on very long sentences: text is parsed in pieces of at most this
// many characters, cut at line breaks, else after a sentence's end, else at a space.
const MAX_CHUNK = 4000;

export function parseDocument(text: string, published: string | null = null): ParsedDocument {
  const terms: Term[] = [];
  const sentences: Sentence[] = [];
  for (const [chunkStart, chunkEnd] of chunksOf(text)) {
    const chunk = text.slice(chunkStart, chunkEnd);
    if (chunk.trim() === "") continue;
    const compromiseSentences = tagTerms(chunk);
    let cursor = 0;
    for (const compromiseSentence of compromiseSentences) {
      const firstTerm = terms.length;
      for (const term of compromiseSentence) {
        // Terms carry the original characters; locating each after the previous one maps it to offsets.
        const found = term.text ? chunk.indexOf(term.text, cursor) : -1;
        const start = found >= 0 ? found : cursor;
        const end = found >= 0 ? found + term.text.length : cursor;
        cursor = end;
        terms.push({
          text: term.text,
          normal: term.implicit ?? term.normal,
          start: chunkStart + start,
          end: chunkStart + end,
          tags: term.tags,
          sentence: sentences.length,
        });
      }
      const endTerm = terms.length;
      if (endTerm === firstTerm) continue;
      const sentenceTerms = terms.slice(firstTerm, endTerm);
      const start = sentenceTerms[0].start;
      const sentenceEnd = Math.min(chunkEnd, sentenceEndAfter(text, sentenceTerms[sentenceTerms.length - 1].end));
      sentences.push({
        index: sentences.length,
        start,
        end: sentenceEnd,
        text: text.slice(start, sentenceEnd),
        firstTerm,
        endTerm,
        tense: tenseOf(sentenceTerms),
      });
    }
  }
  return { text, terms, sentences, published };
}

/** [start, end) pieces of the text, each short enough for compromise to parse in linear time. */
function chunksOf(text: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    if (end < text.length) end = cutPoint(text, start, end);
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

function cutPoint(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  const lineBreak = window.lastIndexOf("\n");
  if (lineBreak > 0) return start + lineBreak + 1;
  const sentenceEnd = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
  if (sentenceEnd > 0) return start + sentenceEnd + 2;
  const space = window.lastIndexOf(" ");
  return space > 0 ? start + space + 1 : limit;
}

/** The sentence's closing punctuation and quotation marks belong to it; the following space does not. */
function sentenceEndAfter(text: string, lastTermEnd: number): number {
  let end = lastTermEnd;
  while (end < text.length && /[.!?…"'”’)\]]/.test(text[end])) end++;
  return end;
}

function tenseOf(terms: Term[]): Tense {
  let sawPast = false;
  for (const term of terms) {
    if (FUTURE_CUES.has(term.normal) || term.tags.has("FutureTense")) return "future";
    if (term.tags.has("PastTense") || term.tags.has("Perfect") || term.normal === "ago") sawPast = true;
  }
  return sawPast ? "past" : "present";
}

/** The sentence holding a character offset (binary search). */
export function sentenceAt(doc: ParsedDocument, offset: number): Sentence | undefined {
  const { sentences } = doc;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end && mid < sentences.length - 1 && offset >= sentences[mid + 1].start) low = mid + 1;
    else return sentence;
  }
  return sentences[Math.max(0, Math.min(low, sentences.length - 1))];
}

/** Index of the first term starting at or after an offset (binary search). */
export function termIndexAt(doc: ParsedDocument, offset: number): number {
  let low = 0;
  let high = doc.terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (doc.terms[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Words that put the verb after them in the future: "will close", "is set to close", "is expected to".
const FUTURE_MARKERS = new Set(["will", "shall", "'ll", "should", "going", "set", "scheduled", "expected", "due", "plans", "planned", "plan", "intends", "upcoming", "until", "next"]);
const VERB_WINDOW = 10;

/**
 * The tense of the clause around an offset, read from the nearest verb: in "Apple announced
 * Friday that it will give…" the date goes with "announced", in the past.
 */
export function tenseAt(doc: ParsedDocument, start: number, end: number): Tense {
  const sentence = sentenceAt(doc, start);
  if (!sentence) return "past";
  const { terms } = doc;
  const first = termIndexAt(doc, start);
  const after = termIndexAt(doc, end);
  for (let index = first - 1; index >= Math.max(sentence.firstTerm, first - VERB_WINDOW); index--) {
    if (FUTURE_MARKERS.has(terms[index].normal)) return "future";
    if (terms[index].tags.has("Verb")) return verbGroupTense(terms, index, sentence.firstTerm);
  }
  for (let index = after; index < Math.min(sentence.endTerm, after + VERB_WINDOW); index++) {
    if (FUTURE_MARKERS.has(terms[index].normal)) return "future";
    if (terms[index].tags.has("Verb") && !terms[index].tags.has("Auxiliary")) return verbGroupTense(terms, index, sentence.firstTerm);
  }
  return sentence.tense;
}

function verbGroupTense(terms: Term[], verb: number, firstTerm: number): Tense {
  for (let index = verb; index >= Math.max(firstTerm, verb - 4); index--) {
    if (FUTURE_MARKERS.has(terms[index].normal) || terms[index].tags.has("FutureTense")) return "future";
    if (index < verb && !terms[index].tags.has("Verb") && !terms[index].tags.has("Adverb") && terms[index].normal !== "to" && terms[index].normal !== "be") break;
  }
  const term = terms[verb];
  // "to remain closed until Friday", "set to begin on Wednesday"
  if (term.tags.has("Infinitive") && terms[verb - 1]?.normal === "to") return "future";
  if (term.tags.has("PastTense") || term.tags.has("Perfect") || term.tags.has("Participle")) return "past";
  for (let index = verb - 1; index >= Math.max(firstTerm, verb - 3); index--) {
    if (terms[index].tags.has("PastTense")) return "past";
    if (!terms[index].tags.has("Verb") && !terms[index].tags.has("Adverb")) break;
  }
  return "present";
}

/** A span of the input, built so that `text.slice(start, end) === span.text` by construction. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
