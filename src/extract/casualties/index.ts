import { sentenceAt, spanOf, type ParsedDocument, type Sentence } from "../../document.js";
import { parseNumberWords } from "../../numbers.js";
import { overlaps, withoutOverlaps } from "../../refine/without-overlaps.js";
import type { Casualty, Qualifier, Span } from "../../types.js";
import { eventYear, isBackground, isLinkText, isSportsInjury, isUnasserted } from "./context.js";
import { findCasualtyMatches, type CasualtyMatch } from "./find.js";
import { withoutFatalShootings } from "./harm.js";
import { NOT_PEOPLE, PERSON_NOUNS, QUALIFIERS } from "./words.js";

export { summarizeCasualties } from "./toll.js";

const APPROXIMATE_QUALIFIERS = new Set<Qualifier>(["about", "nearly"]);

export function extractCasualties(doc: ParsedDocument): Casualty[] {
  const year = eventYear(doc);
  const facts = findCasualtyMatches(doc.text)
    .map((match) => toCasualty(doc, match, year))
    .filter((fact): fact is Casualty => fact !== null);
  return withoutFatalShootings(withoutOverlappingFigures(facts)).map((fact, index) => ({ ...fact, id: `c${index + 1}` }));
}

const PERSON_WORDS = new Set([...PERSON_NOUNS, "people", "persons", "men", "women", "children", "police", "others", "victims"]);
const isPersonWord = (word: string) => PERSON_WORDS.has(word) || PERSON_WORDS.has(word.replace(/e?s$/, "")) || word.endsWith("-old");

/** "a deal", "two assault rifles": a victims phrase that names things and no person. */
function namesAThing(victims: string | undefined): boolean {
  const words = victims?.toLowerCase().split(/\s+/) ?? [];
  return words.some((word) => NOT_PEOPLE.has(word)) && !words.some(isPersonWord);
}

// "16,000 dead pigs", "two injured horses": the outcome describes the noun after it.
const NEXT_WORD = /^\s+([a-z]+)/i;
const describesAThing = (text: string, end: number) => NOT_PEOPLE.has(NEXT_WORD.exec(text.slice(end, end + 30))?.[1]?.toLowerCase() ?? "");

// "died at 89 after a long illness", "died of cancer", "passed away peacefully in her sleep": an obituary's
// death, not a casualty. Only words of dying are read so: "killed" or "shot dead" never die of old age.
const DYING = /\b(?:died|dies|dead|death|deaths)\b/i;
const NATURAL_DEATH =
  /\b(?:illness|cancer|disease|natural causes|heart (?:attack|failure|disease)|stroke|pneumonia|complications|old age|in (?:his|her|their) sleep|peacefully|aged \d{2,3})\b|\bdie[ds]? at (?:the age of )?\d{2,3}\b(?![:.]\d|\s*(?:a\.?m|p\.?m|o['’]clock)\b)/i;
const isNaturalDeath = (words: string, sentence: Sentence | undefined) => DYING.test(words) && sentence !== undefined && NATURAL_DEATH.test(sentence.text);

function toCasualty(doc: ParsedDocument, match: CasualtyMatch, year: number | null): Omit<Casualty, "id"> | null {
  const sentence = sentenceAt(doc, match.start);
  if (isUnasserted(doc, sentence, match) || isLinkText(sentence, match.start) || namesAThing(match.victims) || describesAThing(doc.text, match.end)) return null;
  if (match.kind === "killed" && isNaturalDeath(doc.text.slice(match.start, match.end), sentence)) return null;
  if (match.kind === "injured" && isSportsInjury(sentence)) return null;
  const counted = match.number ? parseNumberWords(match.number) : null;
  // A count of people is a whole number: "2.5" is a rate or a score.
  if (match.number && (!counted || (counted.value !== null && !Number.isInteger(counted.value)))) return null;
  const upper = match.rangeTo ? parseNumberWords(match.rangeTo)?.value ?? null : null;
  const qualifier = match.qualifier ? QUALIFIERS[match.qualifier] : null;
  let count = counted ? counted.value : (match.impliedCount ?? null);
  // "A man wielding two handguns was shot", "the Feb. 13 death": the number counts something else.
  if (match.singular && count !== null && count !== 1) return null;
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
    context: isBackground(sentence, year) ? "background" : "event",
    source: sourceOf(doc, sentence),
    rule: match.rule,
  };
}

// Names of at most six words keep these linear on a line of capitalised words.
const ACCORDING_TO = /\baccording to ((?:the )?(?:[A-Z][\w.'’-]{0,30}(?: (?:of |for )?[A-Z][\w.'’-]{0,30}){0,5}|police|officials|authorities|witnesses|hospital officials|the coroner|medics|rescuers))/;
const SAID_BY = /\b((?:[A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,5}|[Pp]olice|[Oo]fficials|[Aa]uthorities|[Ww]itnesses)) (?:said|say|says|reported|told)\b/;

/** "…, according to police" or "Police said …": who the sentence gives the figure to. */
function sourceOf(doc: ParsedDocument, sentence: Sentence | undefined): Span | null {
  if (!sentence) return null;
  const match = ACCORDING_TO.exec(sentence.text) ?? SAID_BY.exec(sentence.text);
  if (!match) return null;
  const start = sentence.start + match.index + match[0].indexOf(match[1]);
  return spanOf(doc.text, start, start + match[1].length);
}

/**
 * Overlapping figures of one kind are one figure: the longest reading wins. Words that report a
 * death do not also report an injury ("was shot and killed" is not "was shot").
 */
function withoutOverlappingFigures(facts: Casualty[]): Casualty[] {
  const kept = withoutOverlaps(facts, (a, b) => a.kind === b.kind);
  const deaths = kept.filter((fact) => fact.kind === "killed");
  return kept.filter((fact) => fact.kind !== "injured" || !deaths.some((death) => overlaps(fact, death)));
}
