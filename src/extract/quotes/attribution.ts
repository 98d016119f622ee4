import { termIndexAt, type ParsedDocument, type Sentence } from "../../document.js";
import type { Span } from "../../types.js";
import { isReportingVerb, phraseAfter, phraseBefore } from "./speaker.js";

export interface Attribution {
  speaker: Span | null;
  cue: string;
  /** Offsets of the whole attribution ("he said"), so a quote split around it can be rejoined. */
  start: number;
  end: number;
}

// The verb stands at most three words before the quotation ("told reporters on Sunday:").
const MAX_GAP_TO_ATTRIBUTION = 3;
const MAX_PHRASE_LOOKBACK = 12;

/** "…,” he said." or "…,” said Mr. Smith." right after a closing quotation mark. */
export function attributionAfter(doc: ParsedDocument, offset: number, sentenceEnd: number): Attribution | null {
  const { terms, text } = doc;
  const first = termIndexAt(doc, offset);
  const limit = termIndexAt(doc, sentenceEnd);
  if (first >= limit) return null;
  const gap = text.slice(offset, terms[first].start);
  if (!/^[\s,;–—-]*$/.test(gap)) return null;
  // After "….” a capitalised word opens the next sentence; after "…,” or "…?”" the attribution follows.
  const isOpenEnded = /[,?!–—-]\s*["”»]$/.test(text.slice(Math.max(0, offset - 4), offset)) || /[,–—-]/.test(gap);
  if (!isOpenEnded && /^[A-Z]/.test(terms[first].text) && !isReportingVerb(terms[first])) return null;
  // "said Smith", "said the minister"
  if (isReportingVerb(terms[first])) {
    const speaker = phraseAfter(doc, first + 1, limit, true);
    if (speaker) return { speaker, cue: terms[first].text, start: terms[first].start, end: speaker.end };
  }
  // "he said", "the Kremlin said", "Smith told reporters"
  for (let index = first + 1; index < Math.min(limit, first + 1 + 8); index++) {
    if (!isReportingVerb(terms[index])) continue;
    const speaker = phraseBefore(doc, index, first);
    if (speaker && speaker.start === terms[first].start) {
      return { speaker, cue: terms[index].text, start: speaker.start, end: terms[index].end };
    }
    break;
  }
  return null;
}

/** "He said: “…" or "It said – “…" just before an opening quotation mark. */
export function attributionBefore(doc: ParsedDocument, offset: number, sentence: Sentence | undefined): Attribution | null {
  const { terms, text } = doc;
  const end = termIndexAt(doc, offset);
  const phraseFrom = Math.max(0, sentence ? Math.min(sentence.firstTerm, end - 1) : 0, end - MAX_PHRASE_LOOKBACK);
  const verbFrom = Math.max(phraseFrom, end - MAX_GAP_TO_ATTRIBUTION - 1);
  for (let index = end - 1; index >= verbFrom; index--) {
    if (!isReportingVerb(terms[index])) continue;
    const gap = text.slice(terms[end - 1]?.end ?? offset, offset);
    if (!/^[\s:,–—-]*$/.test(gap)) return null;
    const speaker = phraseBefore(doc, index, phraseFrom) ?? phraseAfter(doc, index + 1, end);
    return { speaker, cue: terms[index].text, start: speaker ? Math.min(speaker.start, terms[index].start) : terms[index].start, end: terms[end - 1].end };
  }
  return null;
}
