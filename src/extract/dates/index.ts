import { spanOf, tenseAt, type ParsedDocument, type Tense } from "../../document.js";
import { withoutOverlaps } from "../../refine/without-overlaps.js";
import type { AnchorSource, DateFact } from "../../types.js";
import { formatDay, parseIsoDay, type Day, type Direction } from "./calendar.js";
import { findChronoDates } from "./chrono.js";
import { findDateline } from "./dateline.js";
import { DURATION_RULES } from "./durations.js";
import { PERIOD_RULES } from "./periods.js";
import { RANGE_RULES } from "./ranges.js";
import { DATE_RULES, type ResolveContext, type Resolution } from "./rules.js";
import { findYears } from "./years.js";

interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  resolve(context: ResolveContext): Resolution | null;
}

// On a tie in length, the rule listed first wins (see withoutOverlaps).
const RULES = [...DATE_RULES, ...PERIOD_RULES, ...RANGE_RULES, ...DURATION_RULES];

// "1989", "1989-Q3", "1989-10-27": not "PRESENT_REF", nor a decade ("198").
const CALENDAR_VALUE = /^\d{4}(?:-|$)/;
const DIRECTION_BY_TENSE: Record<Tense, Direction> = { past: "past", present: "nearest", future: "future" };

export function extractDates(doc: ParsedDocument): DateFact[] {
  const publishedDay = parseIsoDay(doc.published);
  // Without a publication date, a wire story's dateline gives the day of writing.
  const dateline = publishedDay ? null : findDateline(doc.text);
  const published = publishedDay ?? dateline?.day ?? null;
  const publishedSource: AnchorSource = dateline ? "dateline" : "published";
  // Where matches overlap the longer wins; on a tie, the earlier source (rules before chrono).
  const candidates = withoutOverlaps([
    ...findRuleDates(doc.text),
    ...findYears(doc),
    ...findChronoDates(doc.text, referenceDate(published)).map((match) => ({ ...match, rule: "chrono" })),
  ]);
  // Resolved in reading order: "the day before" leans on the last date resolved to a day,
  // "the year-ago quarter" on the last calendar value of any size.
  let previous: Day | null = null;
  let mentioned: string | null = null;
  return candidates.flatMap((candidate) => {
    const tense = tenseAt(doc, candidate.start, candidate.end);
    const resolution = candidate.resolve({ published, previous, mentioned, direction: DIRECTION_BY_TENSE[tense] });
    if (!resolution) return [];
    if (resolution.day) previous = resolution.day;
    // A value counted back from the one in view ("the year-ago quarter") does not replace it.
    if (resolution.value && CALENDAR_VALUE.test(resolution.value) && !resolution.isAnchoredOnText) mentioned = resolution.value;
    // "for the nine months, … compared with a year earlier": the period in view is no longer a quarter
    if (resolution.isDuration) mentioned = null;
    const fact: DateFact = {
      ...spanOf(doc.text, candidate.start, candidate.end),
      value: resolution.value,
      isInferred: resolution.isInferred,
      rule: candidate.rule,
    };
    if (resolution.isDuration) fact.isDuration = true;
    if (resolution.anchor) fact.anchor = resolution.anchor;
    if (resolution.anchor || resolution.isAnchoredOnText) {
      fact.anchorSource = !resolution.isAnchoredOnText && published && resolution.anchor === formatDay(published) ? publishedSource : "text";
    }
    return [fact];
  });
}

function findRuleDates(text: string): DateCandidate[] {
  return RULES.flatMap((rule) =>
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
