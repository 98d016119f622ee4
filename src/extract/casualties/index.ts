import { sentenceAt, spanOf, type ParsedDocument } from "../../document.js";
import { parseNumberWords } from "../../numbers.js";
import type { Casualty, CasualtyKind, CasualtySummary, Qualifier, Span } from "../../types.js";
import { findCasualtyMatches, type CasualtyMatch } from "./find.js";
import { BACKGROUND_CUES, QUALIFIERS } from "./words.js";

const APPROXIMATE_QUALIFIERS = new Set<Qualifier>(["about", "nearly"]);

export function extractCasualties(doc: ParsedDocument): Casualty[] {
  const facts = findCasualtyMatches(doc.text)
    .map((match) => toCasualty(doc, match))
    .filter((fact): fact is Casualty => fact !== null);
  return withoutFatalShootings(withoutOverlaps(facts));
}

const SHOT = /\bsho(?:t|ots|oting)\b/i;
const NAMED_INJURY = /wound|injur|hurt|hospital/i;

/**
 * "A man was shot" (or "a man with a gunshot wound") reports an injury only if he lived: where the
 * article reports as many deaths as shootings, the people shot are the people killed, not further
 * casualties.
 */
function withoutFatalShootings(facts: Casualty[]): Casualty[] {
  const deaths = Math.max(0, ...facts.filter((fact) => fact.kind === "killed").map((fact) => fact.count ?? fact.min ?? 0));
  const isShotOnly = (fact: Casualty) =>
    fact.kind === "injured" && ((SHOT.test(fact.text) && !NAMED_INJURY.test(fact.text)) || fact.rule === "wounded-person");
  const shot = Math.max(0, ...facts.filter(isShotOnly).map((fact) => fact.count ?? 0));
  if (deaths === 0 || shot > deaths) return facts;
  return facts.filter((fact) => !isShotOnly(fact));
}

function toCasualty(doc: ParsedDocument, match: CasualtyMatch): Casualty | null {
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
    context: isBackground(doc, match.start) ? "background" : "event",
    source: sourceOf(doc, match.start),
    rule: match.rule,
  };
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

/** Per kind, the highest figure of the main event; background figures only when there is no other. */
export function summarizeCasualties(figures: Casualty[]): Partial<Record<CasualtyKind, CasualtySummary>> {
  const summary: Partial<Record<CasualtyKind, CasualtySummary>> = {};
  const size = (figure: Casualty) => figure.count ?? figure.min ?? 0;
  for (const kind of new Set(figures.map((figure) => figure.kind))) {
    const indices = figures.map((_figure, index) => index).filter((index) => figures[index].kind === kind);
    const events = indices.filter((index) => figures[index].context === "event");
    const pool = events.length > 0 ? events : indices;
    const headline = pool.reduce((best, index) => (size(figures[index]) > size(figures[best]) ? index : best));
    summary[kind] = {
      count: figures[headline].count,
      approximate: figures[headline].approximate,
      figures: [headline, ...indices.filter((index) => index !== headline)],
    };
  }
  return summary;
}

/** A figure set in another event: an earlier year than publication, or "a previous attack". */
function isBackground(doc: ParsedDocument, offset: number): boolean {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return false;
  if (BACKGROUND_CUES.test(sentence.text)) return true;
  const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  if (publishedYear === null) return false;
  return [...sentence.text.matchAll(/\b(?:in|since|during) ((?:19|20)\d\d)\b/gi)].some((year) => Number(year[1]) < publishedYear);
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
