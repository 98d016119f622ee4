import { sentenceAt, spanOf, termIndexAt, type ParsedDocument } from "../../document.js";
import type { Span } from "../../types.js";
import { appositiveSubject, isReportingVerb, isReportingVerbAt, phraseAfter, phraseBefore, sharedSubject, subjectAfterQuote } from "./speaker.js";

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
// A speaker with a long description between name and verb: "Leonard Burman, director of …, said".
const MAX_APPOSITIVE_TERMS = 30;

/** "…,” he said." or "…,” said Mr. Smith." right after a closing quotation mark. */
export function attributionAfter(doc: ParsedDocument, offset: number, sentenceEnd: number): Attribution | null {
  const { terms, text } = doc;
  const first = termIndexAt(doc, offset);
  const limit = termIndexAt(doc, sentenceEnd);
  if (first >= limit) return null;
  const gap = text.slice(offset, terms[first].start);
  if (!/^[\s,;–—-]*$/.test(gap)) return null;
  // After "….” a capitalised word opens the next sentence; after "…,” or "…?”" the attribution follows.
  const isOpenEnded = /[,?!–—-]['’\s]*(?:["”»]|'')$/.test(text.slice(Math.max(0, offset - 6), offset)) || /[,–—-]/.test(gap);
  if (!isOpenEnded && /^[A-Z]/.test(terms[first].text) && !isReportingVerb(terms[first])) return null;
  // "said Smith", "said the minister"
  if (isReportingVerb(terms[first])) {
    const speaker = phraseAfter(doc, first + 1, limit, true);
    if (speaker) return { speaker, cue: terms[first].text, start: terms[first].start, end: speaker.end };
  }
  // "he said", "the Kremlin said", "Smith told reporters", "Leonard Burman, director of …, said"
  for (let index = first + 1; index < Math.min(limit, first + 1 + MAX_APPOSITIVE_TERMS); index++) {
    if (!isReportingVerbAt(doc, index)) continue;
    const found = phraseBefore(doc, index, first) ?? appositiveSubject(doc, index, first) ?? subjectAfterQuote(doc, first, index);
    // "Tulsa police Chief Chuck Jordan said": a word read as a verb ("police") may cut the phrase short.
    const lead = found ? text.slice(terms[first].start, found.start) : "";
    const speaker = found && /^(?:[\p{L}.'’-]+ ){0,3}$/u.test(lead) ? spanOf(text, terms[first].start, found.end) : null;
    if (speaker) return { speaker, cue: terms[index].text, start: speaker.start, end: terms[index].end };
    break;
  }
  return null;
}

/** "He said: “…" or "It said – “…" just before an opening quotation mark. */
export function attributionBefore(doc: ParsedDocument, offset: number): Attribution | null {
  const { terms, text } = doc;
  const end = termIndexAt(doc, offset);
  // The speaker stands in the sentence of the verb, which may end where the quotation begins.
  const sentence = end > 0 ? sentenceAt(doc, terms[end - 1].start) : undefined;
  const phraseFrom = Math.max(0, sentence ? Math.min(sentence.firstTerm, end - 1) : 0, end - MAX_PHRASE_LOOKBACK);
  const verbFrom = Math.max(phraseFrom, end - MAX_GAP_TO_ATTRIBUTION - 1);
  for (let index = end - 1; index >= verbFrom; index--) {
    if (!isReportingVerbAt(doc, index)) continue;
    const gap = text.slice(terms[end - 1]?.end ?? offset, offset);
    if (!/^[\s:,–—-]*$/.test(gap)) return null;
    // "telling them, “…”": after a participle stands the listener, not the speaker.
    const speaker =
      phraseBefore(doc, index, phraseFrom) ??
      appositiveSubject(doc, index, phraseFrom) ??
      sharedSubject(doc, index) ??
      (terms[index].normal.endsWith("ing") ? null : phraseAfter(doc, index + 1, end));
    return { speaker, cue: terms[index].text, start: speaker ? Math.min(speaker.start, terms[index].start) : terms[index].start, end: terms[end - 1].end };
  }
  return null;
}
