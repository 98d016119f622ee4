import { sentenceAt, spanOf, termIndexAt, type ParsedDocument, type Term } from "../../document.js";
import type { Span } from "../../types.js";
import { appositiveSubject, isReportingVerb, isReportingVerbAt, leadingSubject, phraseAfter, phraseBefore, sharedSubject, subjectAfterQuote } from "./speaker.js";
import { RELATIVE_WORDS, takesListener } from "./words.js";

export interface Attribution {
  speaker: Span | null;
  cue: string;
  /** Offsets of the whole attribution ("he said"), so a quote split around it can be rejoined. */
  start: number;
  end: number;
}

// The verb stands at most three words before the quotation ("told reporters on Sunday:").
const MAX_GAP_TO_ATTRIBUTION = 3;
const MAX_PHRASE_LOOKBACK = 24;
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
  // "“…,” according to the agency.": the source named after the quotation is its speaker.
  if (terms[first].normal === "according" && terms[first + 1]?.normal === "to" && isOpenEnded) {
    const speaker = phraseAfter(doc, first + 2, limit, true);
    if (speaker) return { speaker, cue: text.slice(terms[first].start, terms[first + 1].end), start: terms[first].start, end: speaker.end };
  }
  // "said Smith", "said the minister"; after "adding" stands what was added, not who added it.
  if (isReportingVerb(terms[first]) && !terms[first].normal.endsWith("ing")) {
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
  const gap = text.slice(terms[end - 1]?.end ?? offset, offset);
  if (!/^[\s:,–—-]*$/.test(gap)) return null;
  const verbFrom = Math.max(phraseFrom, end - MAX_GAP_TO_ATTRIBUTION - 1);
  let index = end - 1;
  while (index >= verbFrom && !isReportingVerbAt(doc, index)) index--;
  // "said at a news conference, “…”", "told the beekeepers who had come to the hall: “…”"
  if (index < verbFrom) index = /[,:]/.test(gap) ? verbBeforeSetting(doc, end, phraseFrom) : -1;
  if (index < 0) return null;
  // "telling them, “…”": after a participle stands the listener, not the speaker; "said of Mr. Kell:"
  // names whom the words are about.
  const isInverted = !terms[index].normal.endsWith("ing") && !terms[index + 1]?.tags.has("Preposition");
  const speaker =
    phraseBefore(doc, index, phraseFrom) ??
    appositiveSubject(doc, index, phraseFrom) ??
    leadingSubject(doc, phraseFrom, index) ??
    sharedSubject(doc, index) ??
    (isInverted ? phraseAfter(doc, index + 1, end) : null);
  return { speaker, cue: terms[index].text, start: speaker ? Math.min(speaker.start, terms[index].start) : terms[index].start, end: terms[end - 1].end };
}

// "told the beekeepers who had come to the hall in Pell, “…”": the listener and the setting.
const MAX_SETTING_TERMS = 14;

/**
 * The reporting verb before a setting that ends in a comma or colon right before the quotation: a
 * listener, a place or a time ("said at a news conference,", "wrote to his followers,"), which may
 * hold a relative clause ("the crowd who gathered at the docks,"). A clause of its own ("said that
 * if the vote fails, “…”", "said the plan, which …, would fail") makes the quotation part of reported
 * speech instead. Returns -1 when there is none.
 */
export function verbBeforeSetting(doc: ParsedDocument, end: number, first: number): number {
  const { terms } = doc;
  // Read backwards, a verb is the setting's own only when a relative word opens its clause.
  let hasClauseVerb = false;
  for (let index = end - 1; index >= Math.max(first, end - MAX_SETTING_TERMS); index--) {
    const term = terms[index];
    // "told the beekeepers", "said at a rally": a listener after a verb that takes one, else a phrase
    // that opens with a preposition ("said the plan, which …, “will fail”" is the verb's clause).
    if (isReportingVerbAt(doc, index)) return hasClauseVerb || !(takesListener(term.normal) || terms[index + 1]?.tags.has("Preposition")) ? -1 : index;
    if (term.normal === "that" || /[.;!?]/.test(doc.text.slice(term.end, terms[index + 1]?.start ?? term.end))) return -1;
    if (RELATIVE_WORDS.has(term.normal)) hasClauseVerb = false;
    else if (isFiniteVerb(term)) hasClauseVerb = true;
  }
  return -1;
}


/** A verb the clause turns on ("fails", "would"), not a participle used as an adjective ("gathered crowd"). */
function isFiniteVerb(term: Term): boolean {
  return term.tags.has("Verb") && !term.tags.has("Gerund") && !term.tags.has("Participle");
}
