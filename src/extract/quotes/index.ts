import { sentenceAt, spanOf, type ParsedDocument } from "../../document.js";
import type { Quote, Span } from "../../types.js";
import { attributionAfter, attributionBefore, type Attribution } from "./attribution.js";
import { findQuotedText, type QuotedText } from "./direct.js";
import { findReportedSpeech } from "./indirect.js";
import { NAMING_WORDS } from "./words.js";

const MIN_UNATTRIBUTED_WORDS = 4;
const MIN_STANDALONE_WORDS = 12;

interface DirectQuote {
  quoted: QuotedText;
  attribution: Attribution | null;
}

export function extractQuotes(doc: ParsedDocument): Quote[] {
  const direct = joinSplitQuotes(doc, findDirectQuotes(doc));
  const reported = doc.sentences
    .map((sentence) => findReportedSpeech(doc, sentence))
    .filter((found) => found !== null)
    .filter((found) => !direct.some((quote) => contains(quote, found.content)))
    .map(
      (found): Quote => ({
        ...found.content,
        kind: "indirect",
        speaker: null,
        speakerMention: found.speaker,
        actorId: null,
        cue: found.cue,
        rule: found.rule,
      }),
    );
  // A quotation inside reported speech with no speaker of its own is part of that report.
  const standalone = direct.filter(
    (quote) => !reported.some((report) => contains(report, quote) && (!quote.speakerMention || contains(report, quote.speakerMention))),
  );
  return [...standalone, ...reported].sort((a, b) => a.start - b.start);
}

function findDirectQuotes(doc: ParsedDocument): DirectQuote[] {
  const found: DirectQuote[] = [];
  for (const quoted of findQuotedText(doc.text).map((found) => withoutTrailingComma(doc.text, found))) {
    const before = doc.text.slice(Math.max(0, quoted.outerStart - 20), quoted.outerStart);
    if (NAMING_WORDS.test(before)) continue;
    const sentence = sentenceAt(doc, quoted.outerEnd);
    const attribution =
      attributionAfter(doc, quoted.outerEnd, sentenceEndAfter(doc, quoted.outerEnd)) ??
      attributionBefore(doc, quoted.outerStart, sentenceAt(doc, quoted.outerStart));
    const words = doc.text.slice(quoted.start, quoted.end).split(/\s+/);
    if (!attribution && (words.length < MIN_UNATTRIBUTED_WORDS || isTitleCase(words))) continue;
    // A short fragment quoted inside a sentence with no speaker beside it ("called it “a big,
    // big problem”") is a partial quote, part of the sentence around it, not a quotation of its own.
    if (!attribution && words.length < MIN_STANDALONE_WORDS && isInsideSentence(doc.text, quoted.outerStart)) continue;
    if (sentence === undefined && !attribution) continue;
    found.push({ quoted, attribution });
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

/** "“We will fight on,” he said": the comma belongs to the sentence around the quote. */
function withoutTrailingComma(text: string, quoted: QuotedText): QuotedText {
  return text[quoted.end - 1] === "," && quoted.end - 1 > quoted.start ? { ...quoted, end: quoted.end - 1 } : quoted;
}

function isRightAfter(doc: ParsedDocument, end: number, next: number): boolean {
  return next >= end && /^[\s,;:.–—-]*$/.test(doc.text.slice(end, next));
}

function sentenceEndAfter(doc: ParsedDocument, offset: number): number {
  const sentence = sentenceAt(doc, offset);
  const next = sentence ? doc.sentences[sentence.index + 1] : undefined;
  // A closing mark often ends compromise's sentence; its attribution then opens the next one.
  return sentence && offset >= sentence.end - 1 && next ? next.end : (sentence?.end ?? doc.text.length);
}

/** The quotation mark follows a word of the same sentence, not a sentence's end, a colon or a line break. */
function isInsideSentence(text: string, markAt: number): boolean {
  const before = text.slice(Math.max(0, markAt - 3), markAt);
  return /[\p{L}\p{N},]\s*$/u.test(before);
}

function isTitleCase(words: string[]): boolean {
  return words.length <= 6 && words.every((word) => /^[A-Z0-9]/.test(word) || /^(?:of|the|and|a|in|on|for|to)$/.test(word));
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
