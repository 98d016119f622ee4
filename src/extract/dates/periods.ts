import { formatYear, isQuarter, isWithinYear, quarterOf, resolveQuarterYear, shiftYears, type Day } from "./calendar.js";
import type { DateRule, Resolution } from "./rules.js";
import { monthNumber, MONTH_PATTERN } from "./words.js";

/** Business periods: quarters, halves and fiscal years, and the same period a year before. */

const ORDINAL_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };
const RELATIVE_YEAR: Record<string, number> = { last: -1, previous: -1, this: 0, the: 0, next: 1 };
const YEAR = "(?:1[89]|20)\\d\\d";

const stated = (value: string): Resolution => ({ value, isInferred: false });
const unresolved: Resolution = { value: null, isInferred: true };
const inferred = (value: string, anchor: Day): Resolution => ({ value, isInferred: true, anchor: `${formatYear(anchor.year)}-${String(anchor.month).padStart(2, "0")}-${String(anchor.day).padStart(2, "0")}` });

const previousQuarter = (day: Day) => (quarterOf(day) === 1 ? `${formatYear(day.year - 1)}-Q4` : `${formatYear(day.year)}-Q${quarterOf(day) - 1}`);
const currentQuarter = (day: Day) => `${formatYear(day.year)}-Q${quarterOf(day)}`;

export const PERIOD_RULES: DateRule[] = [
  {
    // "the third quarter of 2009", "the 1988 second quarter", "the year-ago third quarter",
    // "next year's first quarter", "the fiscal first quarter", "third-quarter"
    name: "quarter",
    pattern: new RegExp(
      `\\b(?:(?:the|its) )?(?:(${YEAR}) |(this|last|next) year['’]s |(year-ago|year-earlier) )?(?:fiscal[ -])?(first|second|third|fourth|final)[ -](?:fiscal )?quarter(?: of (?:(${YEAR})|(this|last|next|previous) (?:fiscal )?year))?\\b`,
      "gi",
    ),
    resolve(match, { published, direction }) {
      const [, yearBefore, relativeBefore, yearAgo, ordinal, yearAfter, relativeAfter] = match;
      const quarter = ORDINAL_QUARTERS[ordinal.toLowerCase()];
      const year = yearBefore ?? yearAfter;
      if (year) return stated(`${year}-Q${quarter}`);
      if (!published) return unresolved;
      const relative = relativeBefore ?? relativeAfter;
      if (relative) return inferred(`${formatYear(published.year + RELATIVE_YEAR[relative.toLowerCase()])}-Q${quarter}`, published);
      const resolved = resolveQuarterYear(quarter, published, yearAgo ? "past" : direction) - (yearAgo ? 1 : 0);
      return inferred(`${formatYear(resolved)}-Q${quarter}`, published);
    },
  },
  {
    // "last quarter": the one before the quarter of writing (not the fourth)
    name: "last-quarter",
    pattern: /\b(?:the )?(?:last|previous|prior) quarter\b(?! of)/gi,
    resolve: (_match, { published }) => (published ? inferred(previousQuarter(published), published) : unresolved),
  },
  {
    // "the quarter", "the latest quarter", "this quarter", "the period": the quarter the text is about;
    // "the current quarter": the one of writing
    name: "quarter-in-view",
    // "the quarter ended Sept. 30" looks ahead at its end month without taking it: that date is a date of its own.
    // Not "the quarter-to-quarter comparison".
    pattern: new RegExp(`\\b(?:the (?:(latest|current|most recent|same|${YEAR}) )?|(this|that) )(quarter|period)\\b(?! of\\b|-)(?:(?=,? ended (${MONTH_PATTERN})))?`, "gi"),
    resolve(match, { published, mentioned, direction }) {
      const [, which = "", demonstrative = "", unit, endMonth] = match;
      const month = endMonth ? monthNumber(endMonth) : null;
      // "the 1988 quarter", "the 1989 period": the quarter in view, in the year stated
      if (/^\d{4}$/.test(which)) return isQuarter(mentioned) ? { value: `${which}${mentioned.slice(4)}`, isInferred: true, isAnchoredOnText: true } : stated(which);
      if (which.toLowerCase() === "current" && published) return inferred(currentQuarter(published), published);
      if (month && published) {
        const year = resolveQuarterYear(Math.ceil(month / 3), published, "past");
        return inferred(`${formatYear(year)}-Q${Math.ceil(month / 3)}`, published);
      }
      if (isQuarter(mentioned)) return { value: mentioned, isInferred: true, isAnchoredOnText: true };
      // "during the period", "that period": a stretch of time, not a quarter, when none was named
      if (unit.toLowerCase() === "period" || !published || /same|that/i.test(which + demonstrative)) return null;
      const isLatest = /latest|recent/i.test(which) || direction === "past";
      return inferred(isLatest && !/this/i.test(demonstrative) ? previousQuarter(published) : currentQuarter(published), published);
    },
  },
  {
    // "the year-ago quarter", "the year-earlier period", "the same period last year",
    // "the quarter a year ago", "last year's quarter", "year-earlier": the period in view, a year back
    name: "year-ago-period",
    pattern: /\b(?:(?:the|its) )?(?:comparable |corresponding |same )?(?:year-ago|year-earlier)(?: (?:quarter|period|month))?\b|\bthe (?:(?:same|corresponding|comparable) )?(?:quarter|period|month|week)(?: (?:of|in))? (?:a year (?:ago|earlier|before)|(?:the )?(?:last|previous|prior) year)\b|\blast year['’]s (?:quarter|period)\b/gi,
    resolve(match, { published, mentioned }) {
      // "the year-ago quarter" after "the quarter ended Sept. 30": the quarter of that day
      if (/quarter/i.test(match[0]) && isWithinYear(mentioned) && /^\d{4}-\d\d/.test(mentioned)) {
        return { value: `${formatYear(Number(mentioned.slice(0, 4)) - 1)}-Q${Math.ceil(Number(mentioned.slice(5, 7)) / 3)}`, isInferred: true, isAnchoredOnText: true };
      }
      if (isWithinYear(mentioned)) return { value: shiftYears(mentioned, -1), isInferred: true, isAnchoredOnText: true };
      return published ? inferred(formatYear(published.year - 1), published) : unresolved;
    },
  },
  {
    // "the first half of 1990", "the second half of this year", "the 1990 first half"
    name: "half-year",
    pattern: new RegExp(`\\bthe (?:(${YEAR}) )?(first|second|last|latter) half(?: of (?:(${YEAR})|(this|last|next|the) year))?\\b`, "gi"),
    resolve(match, { published }) {
      const [, yearBefore, which, yearAfter, relative] = match;
      const half = which.toLowerCase() === "first" ? "H1" : "H2";
      const year = yearBefore ?? yearAfter;
      if (year) return stated(`${year}-${half}`);
      // "in the second half" of a match or a film: a half of a year only when a year is named
      if (!relative) return null;
      if (!published) return unresolved;
      return inferred(`${formatYear(published.year + RELATIVE_YEAR[relative.toLowerCase()])}-${half}`, published);
    },
  },
  {
    // "fiscal 1989", "fiscal year 2010": TimeML values the year
    name: "fiscal-year",
    pattern: new RegExp(`\\bfiscal(?:[ -]year)? (${YEAR})\\b`, "gi"),
    resolve: (match) => stated(match[1]),
  },
];
