import { spanOf, termIndexAt, type ParsedDocument, type Sentence, type Term } from "../../document.js";
import type { Span } from "../../types.js";
import { appositiveSubject, isReportingVerb, leadingSubject, phraseAfter, phraseBefore, sharedSubject } from "./speaker.js";
import { MONTH_PATTERN } from "../dates/words.js";
import { OBJECT_TAKING, RELAY_VERBS, REPORTING_FORMS } from "./words.js";

export interface ReportedSpeech {
  content: Span;
  speaker: Span | null;
  cue: string;
  rule: string;
  /** The clause's two halves when the attribution stands inside it ("The risk, he said, is …"). */
  parts?: Span[];
  /** Who relays the speech: "Sky News" in "the Kremlin said, according to Sky News, that …". */
  via?: Span;
}

const MIN_CONTENT_WORDS = 3;
/**
 * "MADRID (Reuters) - ", "NAIROBI, Kenya, Aug. 7 (AP) _ ", "BEIJING — ": a place in capitals, maybe
 * its country and the day, maybe the agency, then a dash.
 */
export const DATELINE_HEAD = new RegExp(
  `^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2})?(?:,? ${MONTH_PATTERN} \\d{1,2}(?:, \\d{4})?)?(?: \\([^)\n]{1,40}\\))? ?(?:--|[-–—_]) +`,
);

/**
 * The length of the dateline opening `text`, or 0. A hyphen alone does not make one ("US - China
 * talks resume"): it needs the day or the agency, or a long dash after a word of three capitals.
 */
function datelineHeadLength(text: string): number {
  const head = DATELINE_HEAD.exec(text)?.[0];
  if (!head) return 0;
  const isMarked = /\d|\(/.test(head) || (/[—–]|--/.test(head) && /^[A-Z.'’-]{3}/.test(head));
  return isMarked ? head.length : 0;
}
const MAX_TERMS_TO_CLAUSE_VERB = 16;
// Words that may stand between the verb and "that": "said on Sunday that", "said in a statement that".
const MAX_TERMS_BEFORE_THAT = 8;
const EDGE_PUNCTUATION = new Set([..." \t\n.,;:!?\"”’)"]);

/** Reported speech in one sentence: "X said (that) …", "…, X said.", "according to X, …". */
export function findReportedSpeech(doc: ParsedDocument, sentence: Sentence): ReportedSpeech | null {
  const { terms } = doc;
  for (let index = sentence.firstTerm; index < sentence.endTerm; index++) {
    const term = terms[index];
    const found =
      term.normal === "according" && terms[index + 1]?.normal === "to"
        ? accordingTo(doc, sentence, index)
        : RELAY_VERBS.has(term.normal)
          ? quotedAsSaying(doc, sentence, index)
          : isReportingVerb(term)
            ? reportedAround(doc, sentence, index)
            : null;
    if (found) return found;
  }
  return null;
}


/** "Reuters quoted the minister as saying (that) …": the minister speaks, Reuters relays. */
function quotedAsSaying(doc: ParsedDocument, sentence: Sentence, index: number): ReportedSpeech | null {
  const { terms } = doc;
  const via = phraseBefore(doc, index, sentence.firstTerm);
  const speaker = phraseAfter(doc, index + 1, sentence.endTerm, true);
  if (!speaker) return null;
  const as = termIndexAt(doc, speaker.end);
  if (terms[as]?.normal !== "as" || !/^say/.test(terms[as + 1]?.normal ?? "")) return null;
  const start = as + 2;
  if (start >= sentence.endTerm) return null;
  const content = clause(doc, terms[start].start, sentence.end);
  if (!content) return null;
  return { content, speaker, cue: `${terms[index].text} … as ${terms[as + 1].text}`, rule: "quoted-as-saying", ...(via ? { via } : {}) };
}

/** "According to Sky News, Russia has …" and "…, according to police." */
function accordingTo(doc: ParsedDocument, sentence: Sentence, index: number): ReportedSpeech | null {
  const speaker = phraseAfter(doc, index + 2, sentence.endTerm, true);
  if (!speaker) return null;
  const cue = doc.text.slice(doc.terms[index].start, doc.terms[index + 1].end);
  const afterSpeaker = doc.text.slice(speaker.end, sentence.end);
  if (index === sentence.firstTerm || /^\s*,/.test(afterSpeaker) && !/,\s*$/.test(doc.text.slice(sentence.start, doc.terms[index].start))) {
    const content = clause(doc, speaker.end + (afterSpeaker.indexOf(",") + 1), sentence.end);
    if (!content) return null;
    // "According to Sky News, the Kremlin said that …": the Kremlin speaks, Sky News relays.
    for (let verb = termIndexAt(doc, content.start); verb < sentence.endTerm; verb++) {
      if (!isReportingVerb(doc.terms[verb])) continue;
      const relayed = reportedAround(doc, sentence, verb);
      if (relayed?.speaker && relayed.speaker.start >= content.start) return { ...relayed, via: speaker };
      break;
    }
    return { content, speaker, cue, rule: "according-to-first" };
  }
  const content = clause(doc, sentence.start, commaBefore(doc, doc.terms[index].start, sentence));
  // "Since last spring, according to a rights group, troops have killed 300": the words on
  // both sides of the attribution are reported; after "…, according to police, and" a clause of the writer's own.
  const isInside = /^\s*,(?!\s*(?:and|but|or|while|which|who)\b)/.test(afterSpeaker);
  const after = isInside ? clause(doc, speaker.end + afterSpeaker.indexOf(",") + 1, sentence.end) : null;
  if (after) return { content: spanOf(doc.text, (content ?? after).start, after.end), ...(content ? { parts: [content, after] } : {}), speaker, cue, rule: "according-to-inside" };
  return content ? { content, speaker, cue, rule: "according-to-last" } : null;
}

function reportedAround(doc: ParsedDocument, sentence: Sentence, index: number): ReportedSpeech | null {
  const { terms, text } = doc;
  const verb = terms[index];
  const base = REPORTING_FORMS.get(verb.normal) ?? verb.normal;
  // "…, as revealed by the White House."
  if (terms[index - 1]?.normal === "as" && terms[index + 1]?.normal === "by") {
    const speaker = phraseAfter(doc, index + 2, sentence.endTerm);
    const content = clause(doc, sentence.start, commaBefore(doc, terms[index - 1].start, sentence));
    return speaker && content ? { content, speaker, cue: `${terms[index - 1].text} ${verb.text} by`, rule: "as-reported-by" } : null;
  }
  const subject =
    phraseBefore(doc, index, sentence.firstTerm) ??
    appositiveSubject(doc, index, sentence.firstTerm) ??
    leadingSubject(doc, sentence.firstTerm, index) ??
    sharedSubject(doc, index);
  // "…, said Smith." and "…, Smith said."
  const speakerAfter = subject ? null : phraseAfter(doc, index + 1, sentence.endTerm, true);
  const clauseEnd = subject ? subject.start : verb.start;
  const isAfterComma = /,\s*$/.test(text.slice(sentence.start, clauseEnd));
  const restStart = (speakerAfter ?? verb).end;
  if (isAfterComma && isSentenceTail(doc, restStart, sentence)) {
    const content = clause(doc, sentence.start, commaBefore(doc, clauseEnd, sentence));
    const speaker = subject ?? speakerAfter;
    if (content && speaker) return { content, speaker, cue: verb.text, rule: subject ? "clause-then-speaker" : "clause-then-verb" };
  }
  // "The main danger, he said, is a collision at sea.": the attribution stands inside the reported clause.
  const speaker = subject ?? speakerAfter;
  if (isAfterComma && speaker && /^\s*,/.test(text.slice(restStart, sentence.end))) {
    const before = clause(doc, sentence.start, commaBefore(doc, clauseEnd, sentence));
    const after = clause(doc, text.indexOf(",", restStart) + 1, sentence.end);
    if (after) {
      const parts = before ? { parts: [before, after] } : {};
      return { content: spanOf(text, (before ?? after).start, after.end), ...parts, speaker, cue: verb.text, rule: "speaker-inside-clause" };
    }
  }
  if (!subject) return null;
  // "X said (that) …", "X told reporters (on Sunday) that …"
  let start = index + 1;
  if (OBJECT_TAKING.has(base)) {
    const object = phraseAfter(doc, start, sentence.endTerm);
    if (object) start = termAfter(doc, object.end, sentence);
  }
  const that = findThat(terms, start, sentence);
  if (that >= 0) start = that + 1;
  else if (start >= sentence.endTerm || !startsClause(doc, start)) return null;
  if (start >= sentence.endTerm) return null;
  const contentStart = that >= 0 ? terms[that].start : terms[start].start;
  const content = clause(doc, contentStart, sentence.end);
  if (!content) return null;
  const via = relayIn(doc, index + 1, that >= 0 ? that : start, sentence) ?? relayIn(doc, sentence.firstTerm, termIndexAt(doc, subject.start), sentence);
  return { content, speaker: subject, cue: verb.text, rule: that >= 0 ? "speaker-said-that" : "speaker-said", ...(via ? { via } : {}) };
}

/** "according to Sky News" between two term indices: the outlet that relays the speech. */
function relayIn(doc: ParsedDocument, from: number, to: number, sentence: Sentence): Span | null {
  for (let index = from; index < Math.min(to, sentence.endTerm) - 1; index++) {
    if (doc.terms[index].normal === "according" && doc.terms[index + 1].normal === "to") return phraseAfter(doc, index + 2, sentence.endTerm, true);
  }
  return null;
}

function findThat(terms: Term[], start: number, sentence: Sentence): number {
  for (let index = start; index < Math.min(sentence.endTerm, start + MAX_TERMS_BEFORE_THAT); index++) {
    if (terms[index].normal === "that") return index;
    // "said, according to Sky News, that …"
    if (terms[index].normal === "according") continue;
    if (terms[index].tags.has("Verb") && !terms[index].tags.has("Auxiliary")) return -1;
  }
  return -1;
}

/** A reported clause opens with a subject, not with punctuation, a quotation or a bare object. */
function startsClause(doc: ParsedDocument, index: number): boolean {
  const term = doc.terms[index];
  const gap = doc.text.slice(doc.terms[index - 1].end, term.start);
  if (/[:"“”,;(–—]/.test(gap)) return false;
  if (term.normal === "this" || term.normal === "so" || term.normal === "it" && index + 1 >= doc.terms.length) return false;
  // The clause needs a verb of its own.
  for (let next = index + 1; next < Math.min(doc.terms.length, index + MAX_TERMS_TO_CLAUSE_VERB); next++) {
    if (doc.terms[next].sentence !== term.sentence) break;
    if (doc.terms[next].tags.has("Verb")) return true;
  }
  return false;
}

/** After the speaker only the sentence's end or a short adverbial ("in a statement", "on Sunday"). */
function isSentenceTail(doc: ParsedDocument, offset: number, sentence: Sentence): boolean {
  const rest = doc.text.slice(offset, sentence.end);
  if (/^[\s.!?"”’]*$/.test(rest)) return true;
  return /^\s*(?:,\s*)?(?:on|in|at|during|last|this|after|before|via|to|when)\b[^.;:"“”]{0,60}[.!?"”’]*\s*$/.test(rest);
}

function termAfter(doc: ParsedDocument, offset: number, sentence: Sentence): number {
  let index = sentence.firstTerm;
  while (index < sentence.endTerm && doc.terms[index].start < offset) index++;
  return index;
}

function commaBefore(doc: ParsedDocument, offset: number, sentence: Sentence): number {
  const comma = doc.text.lastIndexOf(",", offset);
  return comma > sentence.start ? comma : offset;
}

/** The reported words between two offsets, trimmed of edge punctuation; null when too short. */
function clause(doc: ParsedDocument, start: number, end: number): Span | null {
  const { text } = doc;
  while (start < end && /\s/.test(text[start])) start++;
  // The dateline heading a wire story is the writer's, not part of what was said.
  if (/^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start))) start += datelineHeadLength(text.slice(start, end));
  while (end > start && EDGE_PUNCTUATION.has(text[end - 1])) end--;
  const span = spanOf(text, start, end);
  return span.text.split(/\s+/).length >= MIN_CONTENT_WORDS ? span : null;
}
