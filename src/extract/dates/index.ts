import { sentenceAt, spanOf, tenseAt, type ParsedDocument, type Tense } from "../../document.js";
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
import { allMatches } from "../../matches.js";

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
// "2012", "2012-07", "2012-07-01", without a time of day.
const TOLD_VALUE = /^\d{4}-\d\d(?:-\d\d)?$/;
const DIRECTION_BY_TENSE: Record<Tense, Direction> = { past: "past", present: "nearest", future: "future" };

export function extractDates(doc: ParsedDocument): DateFact[] {
  const publishedDay = parseIsoDay(doc.published);
  // Without a publication date, a wire story's dateline gives the day of writing.
  const datelineFound = findDateline(doc.text);
  const dateline = publishedDay ? null : datelineFound;
  const published = publishedDay ?? dateline?.day ?? null;
  const publishedSource: AnchorSource = dateline ? "dateline" : "published";
  // The dateline's day is the time of writing, whatever the publication date: no other time told of.
  const isInDateline = (start: number) => datelineFound !== null && start >= datelineFound.start && start < datelineFound.end;
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
  // A date stated earlier in the sentence, and that sentence's start.
  let told: string | null = null;
  let toldSentence = -1;
  return candidates.flatMap((candidate) => {
    const tense = tenseAt(doc, candidate.start, candidate.end);
    const sentence = sentenceAt(doc, candidate.start)?.index ?? -1;
    if (sentence !== toldSentence) told = null;
    const resolution = candidate.resolve({ published, previous, mentioned, told, direction: DIRECTION_BY_TENSE[tense] });
    if (!resolution) return [];
    if (isToldTime(resolution, published) && !isInDateline(candidate.start)) {
      told = resolution.value;
      toldSentence = sentence;
    }
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

/** A stated day, month or year that the time of writing does not fall in: the time a sentence tells of. */
function isToldTime(resolution: Resolution, published: Day | null): resolution is Resolution & { value: string } {
  if (resolution.isInferred || !resolution.value || !TOLD_VALUE.test(resolution.value)) return false;
  return !published || !formatDay(published).startsWith(resolution.value);
}

function findRuleDates(text: string): DateCandidate[] {
  return RULES.flatMap((rule) =>
    allMatches(rule.pattern, text).map((match) => ({
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
