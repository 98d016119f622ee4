import { sentenceAt, spanOf, type ParsedDocument } from "../../document.js";
import { parseNumberWords } from "../../numbers.js";
import type { Casualty, CasualtyKind, CasualtySummary, Qualifier, Span } from "../../types.js";
import { findCasualtyMatches, type CasualtyMatch } from "./find.js";
import { BACKGROUND_CUES, QUALIFIERS } from "./words.js";

const APPROXIMATE_QUALIFIERS = new Set<Qualifier>(["about", "nearly"]);

export function extractCasualties(doc: ParsedDocument): Casualty[] {
  const year = eventYear(doc);
  const facts = findCasualtyMatches(doc.text)
    .map((match) => toCasualty(doc, match, year))
    .filter((fact): fact is Casualty => fact !== null);
  return withoutFatalShootings(withContinuedContext(withoutOverlaps(facts)));
}

// "Three other people were wounded", "17 more wounded": the figure goes on from the one before.
const CONTINUATION = /\b(?:other|others|another)\b|\bmore\b(?!\s+than)/i;

/** A figure that goes on from one set in another event is set there too, unless its own sentence says otherwise. */
function withContinuedContext(facts: Casualty[]): Casualty[] {
  const continued: Casualty[] = [];
  for (const fact of facts) {
    const before = continued.at(-1);
    continued.push(before?.context === "background" && CONTINUATION.test(fact.text) ? { ...fact, context: "background" } : fact);
  }
  return continued;
}

// Said of the dead as of the living: "was shot", "a gunshot wound", "was taken to the hospital".
const HARM_OF_ANY_OUTCOME = /\bsho(?:t|ots|oting)\b|\bgunshot\b|\bbullet\b|\bstruck\b|\bhit\b|\bgunfire\b|\bhospitals?\b/i;
// Said only of the living: "injured", "wounded", "in stable condition".
const SURVIVOR_WORDS = /injur|\bwounded\b|\bhurt\b|hospitali[sz]ed|\bcondition\b|\bcritical\b/i;

// "The second victim was taken to the hospital": someone besides a first victim.
const ANOTHER_VICTIM = /\b(?:second|third|other|another)\b/i;

const isHarmOfAnyOutcome = (fact: Casualty) =>
  fact.kind === "injured" && HARM_OF_ANY_OUTCOME.test(fact.text) && !SURVIVOR_WORDS.test(fact.text);
const peopleHarmed = (fact: Casualty) => (fact.count ?? 0) + (ANOTHER_VICTIM.test(fact.text) ? 1 : 0);

/**
 * "A man was shot" (or "was taken to the hospital", "suffered a gunshot wound") reports an injury
 * only if he lived: where the article reports as many deaths as people shot, the people shot are
 * the people killed, not further casualties.
 */
function withoutFatalShootings(facts: Casualty[]): Casualty[] {
  const deaths = Math.max(0, ...facts.filter((fact) => fact.kind === "killed" && fact.context === "event").map((fact) => fact.count ?? fact.min ?? 0));
  const shot = Math.max(0, ...facts.filter(isHarmOfAnyOutcome).map(peopleHarmed));
  if (deaths === 0 || shot > deaths) return facts;
  return facts.filter((fact) => !isHarmOfAnyOutcome(fact));
}

function toCasualty(doc: ParsedDocument, match: CasualtyMatch, year: number | null): Casualty | null {
  if (isUnasserted(doc, match) || isLinkText(doc, match.start)) return null;
  const counted = match.number ? parseNumberWords(match.number) : null;
  // A count of people is a whole number: "2.5" is a rate or a score.
  if (match.number && (!counted || (counted.value !== null && !Number.isInteger(counted.value)))) return null;
  const upper = match.rangeTo ? parseNumberWords(match.rangeTo)?.value ?? null : null;
  const qualifier = match.qualifier ? QUALIFIERS[match.qualifier] : null;
  let count = counted ? counted.value : (match.impliedCount ?? null);
  // "A man wielding two handguns was shot": the number counts something else.
  if (match.singularVerb && count !== null && count !== 1) return null;
  if (count === null && !counted?.approximate) return null;
  let min = counted?.min ?? count;
  let max: number | null = count;
  if (upper !== null && count !== null && upper > count) {
    min = count;
    max = upper;
    count = null;
  }
  if (qualifier === "at least" || qualifier === "more than") max = null;
  if (qualifier === "up to" || qualifier === "fewer than") min = 0;
  return {
    ...spanOf(doc.text, match.start, match.end),
    kind: match.kind,
    count,
    approximate: count === null || (qualifier !== null && APPROXIMATE_QUALIFIERS.has(qualifier)) || Boolean(counted?.approximate),
    qualifier,
    min,
    max,
    victims: match.victims?.trim() || null,
    context: isBackground(doc, match.start, year) ? "background" : "event",
    source: sourceOf(doc, match.start),
    rule: match.rule,
  };
}

// "it does not appear that the suspect was struck", "it is unclear whether anyone was hurt",
// "they should have waited until one of them was hurt"
const DENIED_OR_OPEN = /\b(?:(?:does|did|do)(?: not|n['’]t) (?:appear|seem)|(?:is|was|it['’]s)(?: not|n['’]t) (?:clear|known|believed)|unclear|no (?:indication|evidence|sign)) (?:that|whether|if)\b|\b(?:should|would|could)(?:n['’]t)? have\b/i;

/** The sentence denies the figure, leaves it open or imagines it: the text does not say it happened. */
function isUnasserted(doc: ParsedDocument, match: CasualtyMatch): boolean {
  const sentence = sentenceAt(doc, match.start);
  if (!sentence || match.start < sentence.start) return false;
  return DENIED_OR_OPEN.test(doc.text.slice(sentence.start, match.end));
}

// "Read: Suspect shot himself", "RELATED: …": the page's links to other stories.
const LINK_LABEL = /\b(?:Read|READ|Watch|WATCH|Related|RELATED|MORE|See also|ALSO)(?: more| MORE)?:/;

/** Scraped pages list other stories' headlines after a label: they are not this article's figures. */
function isLinkText(doc: ParsedDocument, offset: number): boolean {
  const sentence = sentenceAt(doc, offset);
  return sentence !== undefined && offset >= sentence.start && LINK_LABEL.test(sentence.text.slice(0, offset - sentence.start));
}

// Names of at most six words keep these linear on a line of capitalised words.
const ACCORDING_TO = /\baccording to ((?:the )?(?:[A-Z][\w.'’-]{0,30}(?: (?:of |for )?[A-Z][\w.'’-]{0,30}){0,5}|police|officials|authorities|witnesses|hospital officials|the coroner|medics|rescuers))/;
const SAID_BY = /\b((?:[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,5}|[Pp]olice|[Oo]fficials|[Aa]uthorities|[Ww]itnesses)) (?:said|say|says|reported|told)\b/;

/** "…, according to police" or "Police said …": who the sentence gives the figure to. */
function sourceOf(doc: ParsedDocument, offset: number): Span | null {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return null;
  const match = ACCORDING_TO.exec(sentence.text) ?? SAID_BY.exec(sentence.text);
  if (!match) return null;
  const start = sentence.start + match.index + match[0].indexOf(match[1]);
  return spanOf(doc.text, start, start + match[1].length);
}

const HARM_KINDS: ReadonlySet<CasualtyKind> = new Set(["killed", "injured"]);

/**
 * Per kind, the highest figure of the main event. Background figures make a toll only when the
 * article gives none of the event: "three other people were wounded" in 2012 is not today's injured
 * toll when today's dead are counted. People shot, of whom some died, leave the rest as the injured
 * toll: "two men were shot. One died." is 1 injured; within one sentence the figures add up.
 */
export function summarizeCasualties(figures: Casualty[], text: string): Partial<Record<CasualtyKind, CasualtySummary>> {
  const summary: Partial<Record<CasualtyKind, CasualtySummary>> = {};
  const isEvent = (figure: Casualty) => figure.context === "event";
  const harmOfEvent = figures.some((figure) => HARM_KINDS.has(figure.kind) && isEvent(figure));
  const byKind = (kind: CasualtyKind) => figures.map((_figure, index) => index).filter((index) => figures[index].kind === kind);
  const headlineOf = (indices: number[], size: (figure: Casualty) => number) =>
    indices.reduce((best, index) => (size(figures[index]) > size(figures[best]) ? index : best));
  const kinds = new Set(figures.map((figure) => figure.kind));
  // The dead first: the injured toll may subtract them.
  for (const kind of [...kinds].sort((a, b) => Number(b === "killed") - Number(a === "killed"))) {
    const indices = byKind(kind);
    const events = indices.filter((index) => isEvent(figures[index]));
    const pool = events.length > 0 || (HARM_KINDS.has(kind) && harmOfEvent) ? events : indices;
    if (pool.length === 0) continue;
    const dead = kind === "injured" ? exactDeathToll(figures, summary.killed) : null;
    const includesTheDead = (figure: Casualty) =>
      isHarmOfAnyOutcome(figure) && isExact(figure) && !ANOTHER_VICTIM.test(figure.text) && !figures.some((death) => death.kind === "killed" && inOneSentence(text, death, figure));
    const survivors = (figure: Casualty) => (dead !== null && includesTheDead(figure) ? Math.max(0, figure.count! - figures[dead].count!) : size(figure));
    const headline = headlineOf(pool, survivors);
    const rest = indices.filter((index) => index !== headline);
    const isDifference = dead !== null && survivors(figures[headline]) !== size(figures[headline]);
    summary[kind] = isDifference
      ? { count: survivors(figures[headline]), approximate: false, figures: [headline, ...rest], minus: [dead!] }
      : { count: figures[headline].count, approximate: figures[headline].approximate, figures: [headline, ...rest] };
  }
  return Object.fromEntries([...kinds].filter((kind) => summary[kind]).map((kind) => [kind, summary[kind]]));
}

const size = (figure: Casualty) => figure.count ?? figure.min ?? 0;
// "a man shot to death, along with two victims who had been shot": figures of one sentence add up.
const inOneSentence = (text: string, a: Span, b: Span) =>
  !/[.!?]\s|\n/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
const isExact = (figure: Casualty) => figure.count !== null && figure.qualifier === null && !figure.approximate;

/** The event's death toll as an exact figure, to subtract from the people shot; null when there is none. */
function exactDeathToll(figures: Casualty[], killed: CasualtySummary | undefined): number | null {
  if (!killed || killed.minus) return null;
  const headline = figures[killed.figures[0]];
  return headline.context === "event" && isExact(headline) && headline.count! > 0 ? killed.figures[0] : null;
}

const EVENT_NOUNS = "shootings?|attacks?|massacres?|bombings?|killings?|murders?|slayings?|crash(?:es)?|riots?|incidents?|fires?|explosions?|earthquakes?|floods?|storms?|hurricanes?";
const MONTH_OR_SEASON = "(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)";
// "in 2012", "in the summer of 2012", "during December 2012", "the 2012 shooting"
const YEAR_OF_EVENT = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|[Dd]uring)\\s(?:(?:the\\s)?(?:(?:early|late|mid)[-\\s])?${MONTH_OR_SEASON}\\s(?:\\d{1,2},?\\s)?(?:of\\s)?)?((?:19|20)\\d\\d)\\b(?!-)|\\b(?:[Aa]|[Tt]he|[Aa]n)\\s((?:19|20)\\d\\d)\\s(?:${EVENT_NOUNS})`,
  "g",
);
const FIRST_YEAR = /\b(?:19|20)\d\d\b/;

/** The year of the reported event: publication's, or the first year the article states (its dateline's). */
function eventYear(doc: ParsedDocument): number | null {
  if (doc.published) return Number(doc.published.slice(0, 4));
  const year = FIRST_YEAR.exec(doc.text);
  return year ? Number(year[0]) : null;
}

/** A figure set in another event: a year before the article's, or "a previous attack". */
function isBackground(doc: ParsedDocument, offset: number, year: number | null): boolean {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return false;
  return (
    BACKGROUND_CUES.test(sentence.text) ||
    (year !== null && [...sentence.text.matchAll(YEAR_OF_EVENT)].some((match) => Number(match[1] ?? match[2]) < year))
  );
}

/**
 * Overlapping figures of one kind are one figure: the longest reading wins. Words that report a
 * death do not also report an injury ("was shot and killed" is not "was shot").
 */
function withoutOverlaps(facts: Casualty[]): Casualty[] {
  const kept: Casualty[] = [];
  const overlaps = (a: Casualty, b: Casualty) => a.start < b.end && b.start < a.end;
  for (const fact of [...facts].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((other) => other.kind === fact.kind && overlaps(fact, other))) kept.push(fact);
  }
  const deaths = kept.filter((fact) => fact.kind === "killed");
  return kept
    .filter((fact) => fact.kind !== "injured" || !deaths.some((death) => overlaps(fact, death)))
    .sort((a, b) => a.start - b.start);
}
