// The English locale alone: the package's root entry loads every language (140 ms against 36 ms).
import * as chrono from "chrono-node/en";
import type { Component, ParsedComponents, ParsedResult } from "chrono-node";
import {
  addDays,
  compareDays,
  formatDay,
  formatMonth,
  formatYear,
  isValidDay,
  resolveWeekday,
  weekdayOf,
  resolveYear,
  type Day,
} from "./calendar.js";
import type { ResolveContext, Resolution } from "./rules.js";
import { NUMBER_PATTERN } from "../../numbers.js";
import { LEADING_PREPOSITION, MONTH_PATTERN, WEEKDAY_PATTERN } from "./words.js";
import { allMatches } from "../../matches.js";

export interface ChronoMatch {
  start: number;
  end: number;
  resolve(context: ResolveContext): Resolution;
}

export const BARE_MONTH = new RegExp(`^${MONTH_PATTERN}$`, "i");
// "May" the modal verb and "March" the verb are months only after a word that introduces a date.
const MONTH_INTRODUCERS = /\b(?:in|of|since|until|till|by|during|from|to|through|early|mid|late|last|next|this|and|between|before|after|or|their|its|our)\s*-?$/i;
// Scores ("2-1"), fractions and "9/11" look like day/month pairs.
const SHORT_NUMERIC = /^\d{1,2}\s*[-/.]\s*\d{1,2}$/;
const LAST_WORD = /^(?:last|past|previous)\s/i;
const NEXT_WORD = /^next\s/i;
export const HAS_MONTH = new RegExp(`\\b${MONTH_PATTERN}`, "i");
export const HAS_CALENDAR_WORD = new RegExp(`\\d|${MONTH_PATTERN}`, "i");
// chrono reads "the S" (of "S&P") as a date: a match needs a digit or a real word.
const MEANINGFUL = /\d|[A-Za-z]{3}/;
// "sat down", "Sun Microsystems", "Wed" in a name: a weekday written short, alone, is another word.
const BARE_WEEKDAY_ABBREVIATION = /^(?:sun|mon|tues?|wed|thu|thurs|fri|sat)$/i;
// "for 100 days", "within a week", "three days": TimeML durations, which chrono counts on from today.
export const DURATION = new RegExp(`^(?:(?:for|within|over|in|after|during)\\s+)?(?:(?:the|a) )?(?:(?:next|past|last|first|further|another) )?(?:${NUMBER_PATTERN}|a|an|a few|several)\\s+(?:more\\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$`, "i");
const COUNTED_FROM = /\b(?:ago|from now|later|earlier|before|after|hence)\b/i;
// "12 3/4" and "112 5/8": share prices in fractions, which chrono reads as days of a month.
const FRACTION = /\d\s+\d\/\d/;

/** chrono-node's matches, with its leading prepositions trimmed and its false friends dropped. */
export function findChronoDates(text: string, reference: Date): ChronoMatch[] {
  const matches: ChronoMatch[] = [];
  for (const result of chrono.casual.parse(text, reference)) {
    const leading = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
    const start = result.index + leading;
    const matchText = trimEnd(result.text.slice(leading), " \t\n,.");
    const end = start + matchText.length;
    if (!matchText || SHORT_NUMERIC.test(matchText) || !MEANINGFUL.test(matchText)) continue;
    if (BARE_WEEKDAY_ABBREVIATION.test(matchText) || DURATION.test(matchText) || FRACTION.test(matchText)) continue;
    // chrono's counted offsets ("in 2 weeks", "the second half" as one second) are durations unless
    // the text says from where they count, or names a month ("on 11 December -- four years").
    if (result.tags().has("result/relativeDate") && !COUNTED_FROM.test(matchText) && !HAS_MONTH.test(matchText)) continue;
    if (BARE_MONTH.test(matchText) && (!/^[A-Z]/.test(matchText) || !MONTH_INTRODUCERS.test(text.slice(Math.max(0, start - 12), start)))) continue;
    const components = result.start;
    const isKnown = (component: Component) => components.isCertain(component);
    const hasDate = isKnown("day") || isKnown("weekday") || isKnown("month") || isKnown("year");
    const zone = isKnown("timezoneOffset") ? components.get("timezoneOffset") : null;
    // A time of day alone is not an event date, unless a time zone pins a clock time ("18:00 UTC",
    // not the "SEC" chrono reads as a second and a zone).
    if (!hasDate && (zone === null || !/\d/.test(matchText))) continue;
    // "now" is the rule "now"'s (PRESENT_REF), which leaves out the discourse word "Now, …".
    if (/^(?:right )?now$/i.test(matchText)) continue;
    // "three days later", "17 seconds after": counted from the reference, so as inferred as "today"
    const isCounted = result.tags().has("result/relativeDate") && !HAS_MONTH.test(matchText);
    for (const piece of rangeEnds(result, start, matchText, text.slice(end))) {
      matches.push(matchOf(piece, isCounted));
    }
  }
  return matches;
}

interface Piece {
  start: number;
  text: string;
  components: ParsedComponents;
  /** The year the other end states, for an end that states none ("May" of "May to July 2012"). */
  sharedYear: number | null;
  /** The end of a span ("to Monday"), which follows its start; "Friday and Thursday" is a list. */
  isRangeEnd: boolean;
}

// "May to July", "May-July", "March 3 to April 5": TimeML marks each end a date of its own, when
// the end names its own month or weekday ("March 3-5" stays one date).
const RANGE_SEPARATOR = /[-–]|\b(?:to|until|till|through|and)\b/gi;
export const NAMES_MONTH_OR_WEEKDAY = new RegExp(`^(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})`, "i");
// "between March and June 2012": chrono reads two dates, and the first takes the second's year.
export const JOINED_TO_YEAR = new RegExp(`^\\s+(?:and|to|until|through)\\s+${MONTH_PATTERN}\\s+((?:1[89]|20)\\d\\d)\\b`, "i");

function rangeEnds(result: ParsedResult, start: number, matchText: string, after: string): Piece[] {
  const yearOf = (components: ParsedComponents) => (components.isCertain("year") ? components.get("year") : null);
  const ending = result.end;
  if (ending) {
    for (const separator of allMatches(RANGE_SEPARATOR, matchText)) {
      const left = matchText.slice(0, separator.index).trimEnd();
      const rest = matchText.slice(separator.index + separator[0].length);
      const right = matchText.length - rest.trimStart().length;
      if (!left || !NAMES_MONTH_OR_WEEKDAY.test(matchText.slice(right))) continue;
      const endYear = yearOf(ending);
      // "December to March 2012": the first month falls in the year before
      const sharedYear = endYear !== null && result.start.get("month")! > ending.get("month")! ? endYear - 1 : endYear;
      return [
        { start, text: left, components: result.start, sharedYear, isRangeEnd: false },
        { start: start + right, text: matchText.slice(right), components: ending, sharedYear: null, isRangeEnd: !/and/i.test(separator[0]) },
      ];
    }
  }
  const joined = BARE_MONTH.test(matchText) ? JOINED_TO_YEAR.exec(after) : null;
  return [{ start, text: matchText, components: result.start, sharedYear: joined ? Number(joined[1]) : null, isRangeEnd: false }];
}

function matchOf({ start, text: matchText, components, sharedYear, isRangeEnd }: Piece, isCounted: boolean): ChronoMatch {
  const isKnown = (component: Component) => components.isCertain(component);
  const dayPart = isKnown("hour") && /\d/.test(matchText) ? null : DAY_PARTS.exec(matchText)?.[1].toLowerCase();
  const zone = isKnown("timezoneOffset") ? components.get("timezoneOffset") : null;
  const isRelativeWord = isCounted || (!HAS_CALENDAR_WORD.test(matchText) && !isKnown("weekday"));
  const parts: Components = {
    year: isKnown("year") ? components.get("year") : sharedYear,
    month: isKnown("month") ? components.get("month") : null,
    day: isKnown("day") ? components.get("day") : null,
    weekday: isKnown("weekday") ? components.get("weekday") : null,
    // a counted offset's clock time is the reference's made-up noon plus the offset: only its day is told
    hour: isKnown("hour") && !dayPart && !isCounted ? components.get("hour") : null,
    minute: isKnown("minute") && !dayPart && !isCounted ? components.get("minute") ?? 0 : null,
    isUtc: zone === 0,
    dayPart: dayPart ? DAY_PART_CODES[dayPart] : null,
  };
  // "last Monday" said on a Monday is the Monday before; "next Friday" the one after
  const isOtherWeek = LAST_WORD.test(matchText) || NEXT_WORD.test(matchText);
  const direction = (context: ResolveContext) => (LAST_WORD.test(matchText) ? "past" : NEXT_WORD.test(matchText) ? "future" : context.direction);
  return {
    start,
    end: start + matchText.length,
    resolve(context) {
      const resolution = resolveComponents(parts, isRelativeWord, { ...context, direction: direction(context) }, isOtherWeek);
      // "Monday" of "from Friday to Monday": never before the start of its span
      const { previous } = context;
      const isBeforeStart = isRangeEnd && parts.weekday != null && parts.day == null && resolution.day && previous && compareDays(resolution.day, previous) < 0;
      if (!isBeforeStart) return resolution;
      return resolveComponents(parts, isRelativeWord, { ...context, published: previous, told: null, direction: "future" });
    },
  };
}

/** The text without the given characters at its end, in one backward pass. */
function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

interface Components {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  hour: number | null;
  minute: number | null;
  isUtc: boolean;
  /** TimeML's part of day: MO, AF, EV, NI. */
  dayPart: string | null;
}

const DAY_PARTS = /\b(morning|afternoon|evening|night|tonight)\b/i;
const DAY_PART_CODES: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI" };

export function resolveComponents(parts: Components, isRelativeWord: boolean, context: ResolveContext, isOtherWeek = false): Resolution {
  const { published, previous, direction } = context;
  // "18:00 UTC": a time on the day the text was last at.
  if (parts.year == null && parts.month == null && parts.day == null && parts.weekday == null) {
    const day = previous ?? published;
    if (!day || parts.hour == null) return { value: null, isInferred: true };
    return withTime({ value: formatDay(day), isInferred: true, anchor: formatDay(day), day }, parts);
  }
  // "today", "yesterday": chrono resolved them against the publication date already.
  if (isRelativeWord) {
    if (!published || parts.year == null || parts.month == null || parts.day == null) return { value: null, isInferred: true };
    const day = { year: parts.year, month: parts.month, day: parts.day };
    return withTime({ value: formatDay(day), isInferred: true, anchor: formatDay(published), day }, parts);
  }
  if (parts.year != null && parts.month != null && parts.day != null) {
    const day = { year: parts.year, month: parts.month, day: parts.day };
    return withTime({ value: formatDay(day), isInferred: false, day }, parts);
  }
  if (parts.month != null && parts.year != null) return { value: formatMonth(parts.year, parts.month), isInferred: false };
  if (parts.month == null && parts.weekday == null) return parts.year != null ? { value: formatYear(parts.year), isInferred: false } : { value: null, isInferred: true };
  // A weekday or a month without its year: told from the time the sentence tells of, else from the time of writing.
  const told = toldAnchor(context.told);
  const anchor = told ?? (published ? { day: published, value: formatDay(published), precision: "day" as const } : null);
  if (!anchor) return { value: null, isInferred: true };
  if (parts.month != null && parts.day != null) {
    // "Tuesday, Jan. 27": the year in which Jan. 27 is a Tuesday, when one near the anchor is.
    const year =
      anchor.precision === "year" ? anchor.day.year
      : (parts.weekday != null ? yearMatchingWeekday(parts.month, parts.day, parts.weekday, anchor.day) : null) ??
        resolveYear(parts.month, parts.day, anchor.day, direction);
    const day = { year, month: parts.month, day: parts.day };
    return withTime({ value: formatDay(day), isInferred: true, anchor: anchor.value, day }, parts);
  }
  if (parts.weekday != null) {
    // "Sunday" told of July 2012: a Sunday of about then, no day that can be named
    if (anchor.precision !== "day") return { value: null, isInferred: true, anchor: anchor.value };
    const from = isOtherWeek ? addDays(anchor.day, direction === "past" ? -1 : 1) : anchor.day;
    const day = resolveWeekday(parts.weekday, from, direction);
    return withTime({ value: formatDay(day), isInferred: true, anchor: anchor.value, day }, parts);
  }
  const month = parts.month!;
  const year = anchor.precision === "year" ? anchor.day.year : resolveYear(month, null, anchor.day, direction);
  return { value: formatMonth(year, month), isInferred: true, anchor: anchor.value };
}

interface Anchor {
  day: Day;
  value: string;
  precision: "day" | "month" | "year";
}

/** "2012-07-01", "2012-07" (its middle), "2012" as an anchor. */
function toldAnchor(value: string | null): Anchor | null {
  const match = value ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value) : null;
  if (!value || !match) return null;
  const precision = match[3] ? "day" : match[2] ? "month" : "year";
  return { day: { year: +match[1], month: match[2] ? +match[2] : 7, day: match[3] ? +match[3] : 15 }, value, precision };
}

function yearMatchingWeekday(month: number, day: number, weekday: number, anchor: Day): number | null {
  const years = [anchor.year, anchor.year - 1, anchor.year + 1];
  return years.find((year) => isValidDay({ year, month, day }) && weekdayOf({ year, month, day }) === weekday) ?? null;
}

function withTime(resolution: Resolution & { day: Day }, parts: Components): Resolution {
  if (parts.dayPart) return { ...resolution, value: `${resolution.value}T${parts.dayPart}` };
  if (parts.hour == null) return resolution;
  const time = `T${String(parts.hour).padStart(2, "0")}:${String(parts.minute ?? 0).padStart(2, "0")}${parts.isUtc ? "Z" : ""}`;
  return { ...resolution, value: `${resolution.value}${time}` };
}
