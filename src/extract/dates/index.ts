import { spanOf, tenseAt, type ParsedDocument, type Tense } from "../../document.js";
import { withoutOverlaps } from "../../refine/without-overlaps.js";
import type { DateFact } from "../../types.js";
import { formatDay, parseIsoDay, type Day, type Direction } from "./calendar.js";
import { findChronoDates } from "./chrono.js";
import { DATE_RULES, type ResolveContext, type Resolution } from "./rules.js";
import { findYears } from "./years.js";

interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  resolve(context: ResolveContext): Resolution;
}

const DIRECTION_BY_TENSE: Record<Tense, Direction> = { past: "past", present: "nearest", future: "future" };

export function extractDates(doc: ParsedDocument): DateFact[] {
  const published = parseIsoDay(doc.published);
  // Where matches overlap the longer wins; on a tie, the earlier source (rules before chrono).
  const candidates = withoutOverlaps([
    ...findRuleDates(doc.text),
    ...findYears(doc),
    ...findChronoDates(doc.text, referenceDate(published)).map((match) => ({ ...match, rule: "chrono" })),
  ]);
  // Resolved in reading order: "the day before" leans on the last date resolved to a day.
  let previous: Day | null = null;
  return candidates.map((candidate) => {
    const tense = tenseAt(doc, candidate.start, candidate.end);
    const resolution = candidate.resolve({ published, previous, direction: DIRECTION_BY_TENSE[tense] });
    if (resolution.day) previous = resolution.day;
    const fact: DateFact = {
      ...spanOf(doc.text, candidate.start, candidate.end),
      value: resolution.value,
      isInferred: resolution.isInferred,
      rule: candidate.rule,
    };
    if (resolution.anchor) fact.anchor = resolution.anchor;
    return fact;
  });
}

function findRuleDates(text: string): DateCandidate[] {
  return DATE_RULES.flatMap((rule) =>
    [...text.matchAll(rule.pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      rule: rule.name,
      resolve: (context: ResolveContext) => rule.resolve(match, context),
    })),
  );
}

function referenceDate(published: Day | null): Date {
  return published ? new Date(`${formatDay(published)}T12:00:00`) : new Date();
}
