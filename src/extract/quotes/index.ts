import { sentenceAt, spanOf, termIndexAt, type ParsedDocument } from "../../document.js";
import { overlaps } from "../../refine/without-overlaps.js";
import type { Quote, Span } from "../../types.js";
import { attributionAfter, attributionBefore, verbBeforeSetting, type Attribution } from "./attribution.js";
import { findQuotedText, type QuotedText } from "./direct.js";
import { findReportedSpeech, type ReportedSpeech } from "./indirect.js";
import { isReportingVerb } from "./speaker.js";
import { NAMING_WORDS, RELATIVE_WORDS, takesListener } from "./words.js";

const MIN_UNATTRIBUTED_WORDS = 4;
const MIN_STANDALONE_WORDS = 12;

interface DirectQuote {
  quoted: QuotedText;
  attribution: Attribution | null;
  isPartial?: boolean;
  isShort?: boolean;
}

export function extractQuotes(doc: ParsedDocument): Quote[] {
  const candidates = findDirectQuotes(doc);
  const short = new Set(candidates.filter((candidate) => candidate.isShort).map((candidate) => candidate.quoted.start));
  const allFound = doc.sentences.map((sentence) => findReportedSpeech(doc, sentence)).filter((report) => report !== null);
  const joined = joinSplitQuotes(doc, candidates.filter((candidate) => !candidate.isPartial)).map((quote) => introducedByReport(doc, quote, allFound));
  const { direct: relayed, found } = withRelays(doc.text, joined, allFound);
  const direct = continuedSpeakers(doc, relayed).filter((quote) => !short.has(quote.start) || quote.rule === "quotation-continued");
  const partial = candidates.filter((candidate) => candidate.isPartial).map((candidate) => partialQuote(doc, candidate));
  const reported = found
    .filter((found) => !direct.some((quote) => contains(quote, found.content)))
    // "“… We continue to pray …,” Saddam said": a speaker inside a quotation is the quotation's words;
    // "“…,” he said on ABC's ''This Week.''": the attribution of a quotation before it reports nothing more.
    .filter((found) => !found.speaker || !direct.some((quote) => (quote.parts ?? [quote]).some((part) => contains(part, found.speaker!))))
    .filter((found) => !direct.some((quote) => quote.end <= found.content.start && quote.speakerMention?.start === found.speaker?.start))
    .map(
      (found): Quote => ({
        ...found.content,
        kind: "indirect",
        speaker: null,
        speakerMention: found.speaker,
        actorId: null,
        cue: found.cue,
        rule: found.rule,
        ...(found.parts ? { parts: found.parts } : {}),
        ...(found.via ? { via: found.via } : {}),
      }),
    )
    .map((report) => reportBeforeQuotation(doc, report, direct))
    .filter((report) => report !== null);
  // A quotation inside reported speech with no speaker of its own is part of that report.
  const standalone = direct.filter(
    (quote) => !reported.some((report) => contains(report, quote) && (!quote.speakerMention || contains(report, quote.speakerMention))),
  );
  // A partial quotation already inside reported speech found around it adds nothing.
  const extra = partial.filter((quote) => !reported.some((report) => overlaps(report, quote)));
  return [...standalone, ...reported, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * "“We will win,” Grayson said, according to Frankel.": a quotation with its own attribution that a
 * source relays is still the speaker's direct quote; the source named after "according to" is its
 * relay (`via`), not a second, reported statement over the same words.
 */
function withRelays(text: string, quotes: Quote[], reports: ReportedSpeech[]): { direct: Quote[]; found: ReportedSpeech[] } {
  const relays = new Map<Quote, ReportedSpeech>();
  for (const report of reports) {
    if (!report.rule.startsWith("according-to") || !report.speaker) continue;
    const [relayed] = report.parts ?? [report.content];
    const quote = quotes.find(
      (quote) =>
        quote.speakerMention &&
        contains(relayed, quote.speakerMention) &&
        relayed.start <= quote.start &&
        [...text.slice(relayed.start, quote.start)].every((char) => QUOTATION_OPENING.test(char)),
    );
    if (quote) relays.set(quote, report);
  }
  return {
    direct: quotes.map((quote) => (relays.has(quote) ? { ...quote, via: relays.get(quote)!.speaker! } : quote)),
    found: reports.filter((report) => ![...relays.values()].includes(report)),
  };
}

/**
 * "He has said the same words to every visitor: “The lamp will shine.”": a quotation set off by a colon
 * inside reported speech is what the report's speaker said, in their words.
 */
function introducedByReport(doc: ParsedDocument, quote: Quote, reports: ReportedSpeech[]): Quote {
  if (quote.speakerMention || !isSetOffByColon(doc.text, quote.start)) return quote;
  const report = reports.find(({ content, speaker }) => speaker && content.start < quote.start && quote.start < content.end);
  return report ? { ...quote, speakerMention: report.speaker, cue: report.cue, rule: "quotation-attributed" } : quote;
}

function isSetOffByColon(text: string, start: number): boolean {
  return /:\s*(?:[“"'‘`«„]|'')$/.test(text.slice(Math.max(0, start - 4), start));
}

const QUOTATION_OPENING = /[\s"“'‘`«„]/;
const MIN_REPORT_WORDS = 4;

/**
 * "Mr Grant said of the expedition: “We estimated …”" is one statement, and the direct quotation
 * wins: reported speech that runs into a quotation introduced by its own speaker ends where the
 * quotation's attribution begins ("noted that he taught history, and added: “…”" keeps "that he taught
 * law"), or at the colon that sets the quotation off ("said the station had no parts left: “…,” he wrote"), and is
 * dropped when what is left is no clause ("of the expedition").
 */
function reportBeforeQuotation(doc: ParsedDocument, report: Quote, direct: Quote[]): Quote | null {
  const { text } = doc;
  const quotation = direct.find(
    (quote) =>
      quote.speakerMention &&
      (quote.speakerMention.end <= quote.start || isSetOffByColon(text, quote.start)) &&
      report.start < quote.start &&
      quote.start < report.end,
  );
  if (!quotation) return report;
  let end = quotation.start;
  while (end > report.start && QUOTATION_OPENING.test(text[end - 1])) end--;
  const cueAt = quotation.cue ? text.lastIndexOf(quotation.cue, end) : -1;
  if (cueAt > report.start) end = cueAt;
  // "…, and added:" leaves "…, and": the joining word and punctuation go too.
  const isJoiner = (at: number) => /[\s,:;–—-]/.test(text[at - 1]) || (text.slice(at - 4, at) === " and" && at - 4 > report.start);
  while (end > report.start && isJoiner(end)) end -= /[\s,:;–—-]/.test(text[end - 1]) ? 1 : 3;
  const kept = text.slice(report.start, end);
  if (kept.split(/\s+/).length < MIN_REPORT_WORDS || !isClause(doc, report.start, report.start + kept.length)) return null;
  return { ...report, ...spanOf(text, report.start, report.start + kept.length) };
}

/** "that he taught law" is a clause; "of the expedition", "at a news conference" and "who gathered there" are not. */
function isClause(doc: ParsedDocument, start: number, end: number): boolean {
  const terms = doc.terms.slice(termIndexAt(doc, start), termIndexAt(doc, end));
  const [first] = terms;
  if (!first || first.tags.has("Preposition") || RELATIVE_WORDS.has(first.normal)) return false;
  return terms.some((term) => term.tags.has("Verb"));
}


// How far back a paragraph that is only a quotation looks for the quotation it continues.
const MAX_CONTINUATION_GAP = 400;

/**
 * News style runs one speaker's quotations over several sentences and paragraphs and names the
 * speaker once: a quotation that names nobody and opens the very next sentence or paragraph after an
 * attributed quotation continues it, when no other quotation stands between them.
 */
function continuedSpeakers(doc: ParsedDocument, quotes: Quote[]): Quote[] {
  let previous: Quote | null = null;
  return quotes.map((quote) => {
    const between = previous ? doc.text.slice(previous.end, quote.start) : "";
    const opensParagraph = /\n[ \t]*[“"'‘`«„]*$/.test(doc.text.slice(Math.max(0, quote.start - 4), quote.start));
    // No other quotation opens between the two: the marks at either end are the quotations' own.
    let innerEnd = between.length;
    while (innerEnd > 0 && QUOTATION_OPENING.test(between[innerEnd - 1])) innerEnd--;
    const inner = between.slice(0, innerEnd).replace(/^[\s,.!?'’"”»]+/, "");
    const isNextParagraph = opensParagraph && /^\s*[“"'‘`«„]*$/.test(between.slice(between.indexOf("\n")));
    // "“…,” Warren said on Friday. “…”": the next sentence of the same paragraph, right after the
    // attribution's sentence; a sentence of narration between them ends the run.
    const mentionEnd = previous?.speakerMention ? Math.max(previous.end, previous.speakerMention.end) : quote.start;
    const afterAttribution = doc.text.slice(mentionEnd, quote.start);
    const isNextSentence = !between.includes("\n") && /^[^.!?]*[.!?](?:''|['’"”»])?\s+[“"'‘`«„]+$/.test(afterAttribution);
    const isContinued =
      previous?.speakerMention &&
      // NYT subheads in single marks ('A tough decision.') continue no double-quoted speech.
      isSingleQuoted(doc.text, quote.start) === isSingleQuoted(doc.text, previous.start) &&
      !quote.speakerMention &&
      between.length < MAX_CONTINUATION_GAP &&
      !/[“"«„‘`]|''/.test(inner) &&
      (isNextParagraph || isNextSentence);
    const result: Quote = isContinued
      ? { ...quote, speakerMention: previous!.speakerMention, cue: previous!.cue, rule: "quotation-continued", ...(previous!.via ? { via: previous!.via } : {}) }
      : quote;
    previous = result;
    return result;
  });
}

function isSingleQuoted(text: string, start: number): boolean {
  return /(?:^|[^'])['‘]\s*$/.test(text.slice(Math.max(0, start - 3), start));
}

/** "Burman said the plan was “a misguided approach”": reported speech from the verb to the closing mark. */
function partialQuote(doc: ParsedDocument, { quoted, attribution }: DirectQuote): Quote {
  const isBefore = attribution !== null && attribution.end <= quoted.outerStart;
  let start = isBefore ? attribution.end : quoted.start;
  while (start < quoted.start && /[\s,:]/.test(doc.text[start])) start++;
  return {
    ...spanOf(doc.text, start, isBefore ? quoted.outerEnd : quoted.end),
    kind: "indirect",
    speaker: null,
    speakerMention: attribution?.speaker ?? null,
    actorId: null,
    cue: attribution?.cue ?? null,
    rule: "partial-quotation",
  };
}

function findDirectQuotes(doc: ParsedDocument): DirectQuote[] {
  const found: DirectQuote[] = [];
  for (const quoted of findQuotedText(doc.text).map((found) => withoutTrailingComma(doc.text, found))) {
    const before = doc.text.slice(Math.max(0, quoted.outerStart - 20), quoted.outerStart);
    if (NAMING_WORDS.test(before)) continue;
    const previous = found.at(-1);
    if (previous && continuesAfterAttribution(doc.text, previous, quoted)) {
      // Reaching to this part lets joinSplitQuotes read both parts as one quotation.
      found[found.length - 1] = { ...previous, attribution: { ...previous.attribution!, end: quoted.outerStart } };
      found.push({ quoted, attribution: null });
      continue;
    }
    const sentence = sentenceAt(doc, quoted.outerEnd);
    const attribution =
      attributionAfter(doc, quoted.outerEnd, sentenceEndAfter(doc, quoted.outerEnd)) ??
      attributionBefore(doc, quoted.outerStart);
    const words = doc.text.slice(quoted.start, quoted.end).split(/\s+/);
    if (!attribution && isTitleCase(words)) continue;
    // "“Museum to close in May,” by Times' Ann Lee:": the headline of a story, named with its writer.
    if (/^\s*by\s+(?:the\s+)?\p{Lu}/u.test(doc.text.slice(quoted.outerEnd, quoted.outerEnd + 12)) && doc.text[quoted.end] === ",") continue;
    // "told NBC’s “Today” show on Friday": a title, even after a reporting verb and before
    // a full stop ("said on ABC's ''This Week.''"), or before the speaker ("On Channel 9's “Morning
    // Talk,” Rep. Moss said"); so is one that qualifies a noun ("another “Daybreak” host").
    // "“Stop!”" and "“Savage,” she said" are speech.
    const isAttributedAfter = attribution !== null && attribution.start >= quoted.outerEnd;
    const isTitle = /['’]s\s*$/.test(before) || isNounModifier(doc, quoted.outerEnd) || (!isAttributedAfter && !/[.!?]$/.test(words[words.length - 1]));
    if (isTitleCase(words) && isTitle) continue;
    // A short fragment quoted inside a sentence with no speaker beside it ("called it “a big,
    // big problem”") is a partial quote, part of the sentence around it, not a quotation of its own.
    const insideSentence = isInsideSentence(doc.text, quoted.outerStart);
    // "“It’s taxing,” O’Donnell said. “Big time.”": a few words of their own count only where they
    // continue an attributed quotation; so does a sentence in single marks, which in American news
    // is a headline or a subhead ('A fight from start to finish.').
    const isShort = !attribution && (words.length < MIN_UNATTRIBUTED_WORDS || isSingleQuoted(doc.text, quoted.start));
    if (isShort && insideSentence) continue;
    if (!attribution && words.length < MIN_STANDALONE_WORDS && insideSentence) continue;
    if (sentence === undefined && !attribution) continue;
    // Words quoted from the middle of someone's sentence ("said the plan was “a misguided
    // approach”") are reported speech, not a quotation of their own.
    // So are words quoted after the verb and more of the sentence ("Cruz says if elected “I will …”");
    // "told reporters “I will …”" only names the listener.
    const isAttributedBefore =
      attribution !== null && attribution.end <= quoted.outerStart && !takesListener(attribution.cue);
    // "said in a statement that “the harbour board has failed …”": after "that" the quotation is the object of
    // the verb, reported speech quoting the speaker's words.
    const isAfterThat = /\bthat\s+$/i.test(before);
    const isPartial =
      (/^[\p{Ll}]/u.test(doc.text[quoted.start]) || isAttributedBefore || isAfterThat || isNounPhrasePart(doc.text, quoted.outerStart)) &&
      insideSentence &&
      !followsReportingVerb(doc, quoted.outerStart) &&
      !isIntroducedSentence(doc.text, quoted);
    if (isPartial && !attribution) continue;
    found.push({ quoted, attribution, isPartial, isShort });
  }
  return found;
}

/** "“We will,” he said, “win.”" is one quote: the second part follows the first one's attribution. */
function joinSplitQuotes(doc: ParsedDocument, quotes: DirectQuote[]): Quote[] {
  const joined: Quote[] = [];
  for (let index = 0; index < quotes.length; index++) {
    const first = quotes[index];
    let last = first;
    const parts: Span[] = [spanOf(doc.text, first.quoted.start, first.quoted.end)];
    while (index + 1 < quotes.length && last.attribution && isRightAfter(doc, last.attribution.end, quotes[index + 1].quoted.outerStart)) {
      last = quotes[++index];
      parts.push(spanOf(doc.text, last.quoted.start, last.quoted.end));
    }
    const attribution = first.attribution ?? last.attribution;
    const quote: Quote = {
      ...spanOf(doc.text, first.quoted.start, last.quoted.end),
      kind: "direct",
      speaker: null,
      speakerMention: attribution?.speaker ?? null,
      actorId: null,
      cue: attribution?.cue ?? null,
      rule: attribution ? "quotation-attributed" : "quotation",
    };
    if (parts.length > 1) quote.parts = parts;
    joined.push(quote);
  }
  return joined;
}

/**
 * "“We need each other,” he said of the two men, “because neither can win alone.”": a quotation that
 * breaks off at a comma and resumes after its attribution and a phrase (no full stop between) goes on.
 */
function continuesAfterAttribution(text: string, previous: DirectQuote, quoted: QuotedText): boolean {
  const attribution = previous.attribution;
  if (!attribution || attribution.start < previous.quoted.outerEnd || text[previous.quoted.end] !== ",") return false;
  return attribution.end <= quoted.outerStart && /^[^.!?“”"«»\n]{0,80},\s*$/.test(text.slice(attribution.end, quoted.outerStart));
}

/** "“We will fight on,” he said": the comma belongs to the sentence around the quote. */
function withoutTrailingComma(text: string, quoted: QuotedText): QuotedText {
  return text[quoted.end - 1] === "," && quoted.end - 1 > quoted.start ? { ...quoted, end: quoted.end - 1 } : quoted;
}

function isRightAfter(doc: ParsedDocument, end: number, next: number): boolean {
  return next >= end && /^[ \t,;:.–—-]*$/.test(doc.text.slice(end, next));
}

function sentenceEndAfter(doc: ParsedDocument, offset: number): number {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return doc.text.length;
  // A closing mark often ends compromise's sentence, and its attribution opens the next one; an
  // abbreviation ("…,” Rep. Gwen Moore said") can cut that one short too.
  let last = offset >= sentence.end - 1 ? doc.sentences[sentence.index + 1] ?? sentence : sentence;
  while (last.endTerm - last.firstTerm <= 2 && doc.sentences[last.index + 1]) last = doc.sentences[last.index + 1];
  return last.end;
}

/**
 * "he said, “win this war.”" and "said at a news conference, “…”": the quotation is introduced by
 * the verb itself, or by the verb and its setting, so it is direct speech.
 */
function followsReportingVerb(doc: ParsedDocument, markAt: number): boolean {
  const end = termIndexAt(doc, markAt);
  const before = end - 1;
  if (before < 0) return false;
  const gap = doc.text.slice(doc.terms[before].end, markAt);
  if (!/^[\s,:]*$/.test(gap)) return false;
  if (isReportingVerb(doc.terms[before])) return true;
  return /[,:]/.test(gap) && verbBeforeSetting(doc, end, doc.sentences[doc.terms[before].sentence]?.firstTerm ?? 0) >= 0;
}

/** The quotation mark follows a word of the same sentence, not a sentence's end, a colon or a line break. */
function isInsideSentence(text: string, markAt: number): boolean {
  const before = text.slice(Math.max(0, markAt - 3), markAt);
  return /[\p{L}\p{N},]\s*$/u.test(before);
}

/**
 * "told his supporters, “our nation is in trouble.”": a quotation set off by a comma or colon that
 * runs to the sentence's end is the speaker's own sentence, however it opens; a fragment woven into
 * the sentence ("called it “a big problem” on Monday") is not set off and does not end it.
 */
function isIntroducedSentence(text: string, quoted: QuotedText): boolean {
  // After a comma, a quotation opening in lower case goes on with the reporting clause ("said that
  // whatever voters do, “they should not …”").
  const mark = /[,:](?=\s*$)/.exec(text.slice(Math.max(0, quoted.outerStart - 3), quoted.outerStart))?.[0];
  const setOff = mark === ":" || (mark === "," && /^\p{Lu}/u.test(text.slice(quoted.start, quoted.start + 1)));
  const endsSentence = /[.!?]$/.test(text.slice(quoted.start, quoted.end)) && /^\s*(?:$|\n|[“"'‘`«„\p{Lu}])/u.test(text.slice(quoted.outerEnd, quoted.outerEnd + 3));
  return setOff && endsSentence;
}

/**
 * "fans of “Prison Break,” Mr. Madden said", "warned that the “Washington cartel” is nervous": after
 * an article, a possessive or a preposition the quoted words are a name or a phrase of the sentence,
 * not a quotation of its own.
 */
function isNounPhrasePart(text: string, markAt: number): boolean {
  return /(?:^|[^\p{L}])(?:the|a|an|of|in|on|at|from|for|with|his|her|its|their|our|my|your)\s+$/iu.test(text.slice(Math.max(0, markAt - 8), markAt));
}

/** "“Today” anchor": the word after the closing mark is a common noun the quoted words qualify. */
function isNounModifier(doc: ParsedDocument, outerEnd: number): boolean {
  const next = doc.terms[termIndexAt(doc, outerEnd)];
  return next !== undefined && /^ \p{Ll}/u.test(doc.text.slice(outerEnd, next.start + 1)) && next.tags.has("Noun") && !next.tags.has("Pronoun");
}

function isTitleCase(words: string[]): boolean {
  return words.length <= 6 && words.every((word) => /^[A-Z0-9]/.test(word) || /^(?:of|the|and|a|in|on|for|to)$/.test(word));
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
