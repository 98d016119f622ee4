import { headCount } from "../extract/casualties/harm.js";
import { ATTACKERS, SUSPECTS } from "../extract/casualties/toll.js";
import { PERSONAL_PRONOUNS } from "../extract/quotes/words.js";
import type { Actor, Casualty, CasualtySummary, DateFact, Location, Quote, Span } from "../types.js";

/**
 * What a fact's confidence is looked up by: the rule that made it, then the features that change
 * how far it holds, most general first. The calibration file holds the precision measured for
 * every prefix ("gazetteer", "gazetteer/country", …), so an unseen combination falls back to its
 * rule, and an unseen rule to the field as a whole.
 */
export type Evidence = string[];

// A name given more than once is less likely to be a capitalised word read as a name.
const repetition = (mentions: Span[]) => (mentions.length > 1 ? "repeated" : "once");

export const actorEvidence = (actor: Actor): Evidence => [actor.rule, actor.type, repetition(actor.mentions)];

export const locationEvidence = (location: Location): Evidence => [location.rule, location.type, repetition(location.mentions)];

/** "stated" (March 3, 2015), "published" or "dateline" or "text" (the anchor of "on Sunday"), "unresolved". */
export const dateEvidence = (date: DateFact): Evidence => [
  date.rule,
  date.value === null ? "unresolved" : date.isInferred ? (date.anchorSource ?? "anchored") : "stated",
];

// A sentence ends at . ! or ? (a closing quotation mark may follow) before a space and a capital or
// an opening mark, or at a line break.
const SENTENCE_BREAK = /[.!?]["”’]?\s+["“‘]?\p{Lu}|\n/u;

/** "12 killed" is exact; "at least 12" qualified; "dozens" vague (no count). */
function countShape(figure: Casualty): string {
  if (figure.count === null) return "vague";
  return figure.qualifier || figure.approximate ? "qualified" : "exact";
}

export const casualtyEvidence = (figure: Casualty): Evidence => [figure.rule, figure.context, countShape(figure)];

/**
 * A toll: how it was made; whether the other figures of its kind say the same number ("agreed"), a
 * different one ("contested": another count, an earlier event, a part read as the whole), or there
 * are none ("sole"); whether its figures stand only in the headline, which the article's body never
 * counts again (a headline is terse, and may tell what the body tells otherwise), or its headline
 * figure in the lead, where news gives its toll, or only deeper in the body; whether its figures
 * count attackers or suspects, whom sources count apart from the victims or not at all; one person,
 * a number, or a qualified number ("at least 12"); and its headline figure's rule.
 */
export function tollEvidence(toll: CasualtySummary, casualties: Casualty[], text: string): Evidence {
  const headline = casualties[toll.figures[0]];
  const shape = toll.approximate || headline?.qualifier ? "qualified" : toll.count === 1 ? "one-person" : "number";
  const figures = toll.figures.map((index) => casualties[index]);
  return [toll.how, agreement(toll, figures), placeOf(figures, text), figures.some(isOfPerpetrators) ? "perpetrators" : "victims", shape, headline?.rule ?? "none"];
}

function agreement(toll: CasualtySummary, figures: Casualty[]): string {
  if (figures.length === 1) return "sole";
  const parts = new Set(toll.partIds ?? []);
  const total = toll.count ?? headCount(figures[0]);
  return figures.slice(1).every((figure) => parts.has(figure.id) || headCount(figure) === total) ? "agreed" : "contested";
}

/** The lead: the first two sentences (a headline and the sentence under it, or a dateline's first two). */
const LEAD_SENTENCES = 2;
const isInLead = (figure: Casualty, text: string) => text.slice(0, figure.start).split(SENTENCE_BREAK).length <= LEAD_SENTENCES;

// A first line that ends in a stop is a paragraph ("A man was shot in Arlen."), not a headline; nor
// is one whose next line goes on in lower case, a sentence wrapped ("… opened\nfire on a market").
const ENDS_A_SENTENCE = /[.!?]["”’]?$/;
const STARTS_A_SENTENCE = /^["“‘]?[\p{Lu}\d]/u;

/** Where the headline ends: the first line with words, no stop at its end and a sentence under it ("Man shot in Arlen | News 8"); -1 when there is none. */
function headlineEnd(text: string): number {
  const start = text.search(/\S/);
  const end = start < 0 ? -1 : text.indexOf("\n", start);
  if (end < 0) return -1;
  return !ENDS_A_SENTENCE.test(text.slice(start, end).trim()) && STARTS_A_SENTENCE.test(text.slice(end).trim()) ? end : -1;
}

/** "headline" when every figure of the toll's kind stands in the headline, else "lead" or "body" by where its headline figure stands. */
function placeOf(figures: Casualty[], text: string): string {
  if (figures.length === 0) return "body";
  const headline = headlineEnd(text);
  if (figures.every((figure) => figure.end <= headline)) return "headline";
  return isInLead(figures[0], text) ? "lead" : "body";
}

const isOfPerpetrators = (figure: Casualty) => ATTACKERS.test(figure.text) || SUSPECTS.test(figure.text);

/** A quote: its rule, direct or reported, and whether the text gives it a speaker (speech no one is said to say is often no speech). */
export const quoteEvidence = (quote: Quote): Evidence => [quote.rule, quote.kind, quote.speakerMention ? "attributed" : "unattributed"];

/**
 * A speaker named at the quote ("Ana Ruiz said") or only referred to ("he said", "the minister
 * said") and resolved to an actor or not; and whether the mention stands in the quote's sentence.
 */
export function speakerEvidence(quote: Quote, text: string): Evidence | null {
  const mention = quote.speakerMention;
  if (!mention) return null;
  return [speakerForm(quote, mention), isBesideQuote(quote, mention, text) ? "beside" : "apart"];
}

function speakerForm(quote: Quote, mention: Span): string {
  const words = mention.text.trim().toLowerCase().split(/\s+/);
  const isResolved = quote.actorId !== null;
  if (words.length === 1 && PERSONAL_PRONOUNS.has(words[0])) return isResolved ? "pronoun-resolved" : "pronoun";
  const isNamed = /(?:^|\s)\p{Lu}/u.test(mention.text) && isResolved && mention.text.includes(lastWordOf(quote.speaker ?? ""));
  if (isNamed) return "named";
  return isResolved ? "description-resolved" : "description";
}

const lastWordOf = (name: string) => name.trim().split(/\s+/).at(-1) ?? "";

/** No sentence break between the mention and the nearest piece of the quote. */
function isBesideQuote(quote: Quote, mention: Span, text: string): boolean {
  const pieces = quote.parts ?? [quote];
  return pieces.some((piece) => {
    if (mention.start < piece.end && piece.start < mention.end) return true;
    const between = mention.start >= piece.end ? text.slice(piece.end, mention.start) : text.slice(mention.end, piece.start);
    // A direct quotation ends its own sentence inside the marks: "… win." he said.
    return !SENTENCE_BREAK.test(between.replace(/^[.!?,]?["”’]/, ""));
  });
}
