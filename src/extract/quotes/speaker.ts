import { spanOf, termIndexAt, type ParsedDocument, type Term } from "../../document.js";
import type { Span } from "../../types.js";
import { ADVERBIAL_WORDS, PERSONAL_PRONOUNS, REPORTING_FORMS } from "./words.js";

const NP_CONNECTORS = new Set(["of", "from", "for", "at", "in"]);
// "an aide to the mayor said", "a source close to the mayor said": before the verb "to" joins too;
// after it ("said Smith to reporters") it names the listener.
const NP_CONNECTORS_BEFORE_VERB = new Set([...NP_CONNECTORS, "to"]);
const NP_TAGS = ["Noun", "Adjective", "Determiner", "Value", "Acronym", "ProperNoun", "Possessive"];
const STOP_TAGS = ["Verb", "Conjunction", "Preposition", "Pronoun", "QuestionWord"];
// Between two words of one phrase nothing but spaces, an abbreviation's dot or a hyphen; nothing at
// all between the pieces compromise splits one word into ("D’Souza" → "de" "souza").
const PHRASE_GAP = /^(?:|\.?[ \t]+|-|['’]s?[ \t]+)$/;
const MAX_PHRASE_TERMS = 8;
const DATELINE_DEBRIS = /[_()[\]]|^[^\p{L}\p{N}]+$/u;

export function isReportingVerb(term: Term): boolean {
  return REPORTING_FORMS.has(term.normal) && (term.tags.has("Verb") || term.tags.has("PastTense") || !term.tags.has("Noun"));
}

/**
 * "quoted as saying", "by saying", "put a note on the board, saying, “…”": compromise may tag the participle
 * after "as", "by" or a comma a noun ("an old saying" has its determiner).
 */
export function isReportingVerbAt(doc: ParsedDocument, index: number): boolean {
  const term = doc.terms[index];
  if (isReportingVerb(term)) return true;
  if (!REPORTING_FORMS.has(term.normal) || !term.normal.endsWith("ing")) return false;
  const previous = doc.terms[index - 1];
  return previous !== undefined && (/^(?:as|by)$/.test(previous.normal) || /^,\s+$/.test(doc.text.slice(previous.end, term.start)));
}

function isJoined(doc: ParsedDocument, left: Term, right: Term): boolean {
  return PHRASE_GAP.test(doc.text.slice(left.end, right.start));
}

/** In a noun position ("according to police") a word compromise read as a verb is still a noun. */
function isPhraseWord(term: Term, isNounPosition = false): boolean {
  // "NAIROBI, Kenya (AP) _ Reports …": dateline and byline debris is never part of a speaker.
  if (DATELINE_DEBRIS.test(term.text)) return false;
  if (/^[A-Z]/.test(term.text) && !term.tags.has("Pronoun")) return true;
  if (isNounPosition && term.tags.has("Verb") && !term.tags.has("Auxiliary") && !term.tags.has("Copula") && !term.tags.has("Modal")) return true;
  if (ADVERBIAL_WORDS.has(term.normal) || REPORTING_FORMS.has(term.normal)) return false;
  if (STOP_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has("Adjective") && !term.tags.has("Noun")) return false;
  return NP_TAGS.some((tag) => term.tags.has(tag));
}

/** The phrase that ends just before `end` (a term index): "the Kremlin" in "the Kremlin also said". */
export function phraseBefore(doc: ParsedDocument, end: number, first: number, isAfterComma = false): Span | null {
  const { terms } = doc;
  let last = end - 1;
  while (last >= first && ADVERBIAL_WORDS.has(terms[last].normal) && isJoined(doc, terms[last], terms[last + 1])) last--;
  // Before an appositive's comma the phrase ends at the comma, not joined to what follows.
  if (last < first || (!isAfterComma && !isJoined(doc, terms[last], terms[last + 1]))) return null;
  if (PERSONAL_PRONOUNS.has(terms[last].normal) && terms[last].tags.has("Pronoun")) {
    return spanOf(doc.text, terms[last].start, terms[last].end);
  }
  // "O’Malley’s campaign says", "the campaign says": after a determiner or a possessive the head is
  // a noun, though compromise read it as a verb.
  const modifier = last > first ? terms[last - 1] : undefined;
  const isHeadAfterModifier = modifier !== undefined && (modifier.tags.has("Determiner") || modifier.tags.has("Possessive") || /['’]s$/.test(modifier.text));
  let begin = last + 1;
  while (begin - 1 >= first && last - begin < MAX_PHRASE_TERMS) {
    const term = terms[begin - 1];
    if (begin <= last && !isJoined(doc, term, terms[begin])) break;
    if (isPhraseWord(term, begin - 1 === last && isHeadAfterModifier)) begin--;
    else if (NP_CONNECTORS_BEFORE_VERB.has(term.normal) && begin <= last && begin - 2 >= first && isPhraseWord(terms[begin - 2])) begin -= 2;
    else break;
  }
  return toPhrase(doc, begin, last + 1);
}

/** The phrase that starts at `start` (a term index): "Mr. Smith" in "said Mr. Smith, a spokesman". */
export function phraseAfter(doc: ParsedDocument, start: number, end: number, isNounPosition = false): Span | null {
  const { terms } = doc;
  if (start >= end) return null;
  if (PERSONAL_PRONOUNS.has(terms[start].normal) && terms[start].tags.has("Pronoun")) {
    return spanOf(doc.text, terms[start].start, terms[start].end);
  }
  let stop = start;
  let hasHead = false;
  while (stop < end && stop - start < MAX_PHRASE_TERMS) {
    if (stop > start && !isJoined(doc, terms[stop - 1], terms[stop])) break;
    if (isPhraseWord(terms[stop], isNounPosition && !hasHead)) {
      hasHead ||= !terms[stop].tags.has("Determiner") && !terms[stop].tags.has("Adjective");
      stop++;
    }
    else if (NP_CONNECTORS.has(terms[stop].normal) && stop > start && stop + 1 < end && isPhraseWord(terms[stop + 1])) stop += 2;
    // "two-star Gen. Ray Holden": the second half of a hyphenated word belongs to the first.
    else if (stop > start && doc.text.slice(terms[stop - 1].end, terms[stop].start) === "-") stop++;
    else break;
  }
  return toPhrase(doc, start, stop, isNounPosition);
}

function toPhrase(doc: ParsedDocument, begin: number, stop: number, isNounPosition = false): Span | null {
  const { terms, text } = doc;
  // "that" opens a clause, not a speaker; "me" and "you" are the listener ("told me").
  while (begin < stop && (terms[begin].tags.has("Preposition") || terms[begin].tags.has("Conjunction") || terms[begin].normal === "that")) begin++;
  if (begin >= stop) return null;
  const phrase = terms.slice(begin, stop);
  if (phrase.length === 1 && /^(?:me|you|us|him|them)$/.test(phrase[0].normal)) return null;
  // "Friday", "this month": a time, not a speaker.
  if (phrase.every((term) => term.tags.has("Date") || term.tags.has("Determiner") || term.tags.has("Value"))) return null;
  if (!phrase.some((term) => term.tags.has("Noun") || term.tags.has("ProperNoun") || /^[A-Z]/.test(term.text)) && !isNounPosition) return null;
  let end = phrase[phrase.length - 1].end;
  if (text[end] === "." && phrase[phrase.length - 1].tags.has("Abbreviation")) end++;
  // A word compromise expanded ("McDonald’s" → "mcdonald" "has") leaves pieces without text of their own.
  return end > phrase[0].start ? spanOf(text, phrase[0].start, end) : null;
}

/** "John Smith, a spokesman for the council, said …" → "John Smith": the name before an appositive. */
export function appositiveSubject(doc: ParsedDocument, verbIndex: number, firstTerm: number): Span | null {
  const { terms, text } = doc;
  const beforeVerb = verbIndex - 1;
  if (beforeVerb <= firstTerm || !/^,\s+$/.test(text.slice(terms[beforeVerb].end, terms[verbIndex].start))) return null;
  // "Marlowe, 58, told …": an age stands as the appositive.
  const age = /^\d{1,3}$/.test(terms[beforeVerb].text) ? spanOf(text, terms[beforeVerb].start, terms[beforeVerb].end) : null;
  const appositive = phraseBefore(doc, verbIndex, firstTerm, true) ?? age;
  const nameEnd = appositive ? termIndexAt(doc, appositive.start) : firstTerm;
  if (!appositive || nameEnd <= firstTerm || !/^,\s+$/.test(text.slice(terms[nameEnd - 1].end, appositive.start))) {
    return relativeClauseSubject(doc, verbIndex, firstTerm);
  }
  const name = phraseBefore(doc, nameEnd, firstTerm, true);
  return name && /^[A-Z]/.test(name.text) ? name : null;
}

// "Tom Reed, who led the union for a decade until it merged with another, said": the clause's length.
const MAX_RELATIVE_CLAUSE_TERMS = 20;

/**
 * "Tom Reed, who led the union for years, said" and "a union official, who was not authorized to
 * speak, told reporters": a relative clause set off by commas stands between the speaker and the verb.
 * The clause holds no comma of its own, and the phrase before it follows none: in "Ann Bell, 30, of
 * Hayes, N.D., who was polled, said" the speaker is a whole chain of appositives, not "N.D.".
 */
function relativeClauseSubject(doc: ParsedDocument, verbIndex: number, firstTerm: number): Span | null {
  const { terms, text } = doc;
  for (let index = verbIndex - 2; index > firstTerm && index >= verbIndex - MAX_RELATIVE_CLAUSE_TERMS; index--) {
    const gapBefore = text.slice(terms[index - 1].end, terms[index].start);
    if (terms[index].normal === "who" && /^,\s+$/.test(gapBefore)) {
      const subject = phraseBefore(doc, index, firstTerm, true);
      return subject && !/,\s+$/.test(text.slice(Math.max(0, subject.start - 3), subject.start)) ? subject : null;
    }
    if (/[,;:.!?“”"]/.test(gapBefore)) return null;
  }
  return null;
}

/**
 * "Dana Whitfield, deputy director of …, emailed volunteers, telling them, “…”", "He ended by saying
 * “…”" and "The president noted …, and added: “…”": a participle, or a verb joined by "and", shares
 * the subject of its sentence. A clause that opens the sentence ("In a statement, …") is skipped.
 */
export function sharedSubject(doc: ParsedDocument, verbIndex: number): Span | null {
  const { terms, text } = doc;
  const verb = terms[verbIndex];
  const isParticiple = verb.normal.endsWith("ing");
  if (!isParticiple && !/^(?:and|but)$/.test(terms[verbIndex - 1]?.normal ?? "")) return null;
  const sentence = doc.sentences[verb.sentence];
  if (!sentence) return null;
  // "“…,” Adams said, adding: “…”": the subject of the verb before, not a word of the quotation.
  for (let index = verbIndex - 1; index > sentence.firstTerm; index--) {
    if (isReportingVerb(terms[index])) return phraseBefore(doc, index, sentence.firstTerm);
  }
  let first = sentence.firstTerm;
  if (OPENING_CLAUSE_TAGS.some((tag) => terms[first].tags.has(tag)) && !/^[A-Z]/.test(terms[first].text)) return null;
  if (OPENING_CLAUSE_TAGS.some((tag) => terms[first].tags.has(tag))) {
    while (first < verbIndex && !/^,/.test(text.slice(terms[first].end, terms[first + 1]?.start ?? terms[first].end))) first++;
    first++;
  }
  if (first >= verbIndex) return null;
  const subject = phraseAfter(doc, first, verbIndex);
  if (!subject) return null;
  const next = terms[termIndexAt(doc, subject.end)];
  // The subject is followed by its verb or by an appositive's comma.
  return next && next !== verb && (next.tags.has("Verb") || /^\s*,/.test(text.slice(subject.end, next.start))) ? subject : null;
}

const OPENING_CLAUSE_TAGS = ["Preposition", "Conjunction", "Adverb", "Gerund", "QuestionWord"];

/**
 * "Okoye, director of a peace group, said …" and "Many speakers — including
 * … — said …": the sentence's first phrase, set off from the verb by an appositive too long or too
 * varied to read as one phrase.
 */
export function leadingSubject(doc: ParsedDocument, firstTerm: number, verbIndex: number): Span | null {
  const { terms, text } = doc;
  if (verbIndex <= firstTerm + 1 || !/^\s*[,—–]\s+$/.test(text.slice(terms[verbIndex - 1].end, terms[verbIndex].start))) return null;
  const subject = phraseAfter(doc, firstTerm, verbIndex);
  if (!subject || subject.start !== terms[firstTerm].start || !/^\s*[,—–]/.test(text.slice(subject.end))) return null;
  // The appositive holds no verb of its own, unless it is a relative clause ("Barkley, who said he
  // votes for Democrats, said …"): "Smith, Jones said …" is two clauses.
  const inner = terms.slice(termIndexAt(doc, subject.end), verbIndex);
  if (/^(?:who|whose)$/.test(inner[0]?.normal ?? "")) return subject;
  return inner.some((term) => term.tags.has("Verb") && !term.tags.has("Participle") && !term.tags.has("Gerund") && !term.tags.has("Adjective")) ? null : subject;
}

/** "“…,” Marlowe, 58, told the station" and "“…,” Petrov was quoted as saying": the name that follows the quotation. */
export function subjectAfterQuote(doc: ParsedDocument, first: number, verbIndex: number): Span | null {
  const subject = phraseAfter(doc, first, verbIndex);
  if (!subject) return null;
  const next = doc.terms[termIndexAt(doc, subject.end)];
  return next && (next.tags.has("Verb") || /^\s*,/.test(doc.text.slice(subject.end, next.start))) ? subject : null;
}
