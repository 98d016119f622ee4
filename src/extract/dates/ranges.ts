import type { DateRule, Resolution } from "./rules.js";

/** Spans of years: "the 2009-2010 season", "in 1957-58" — two years, each a date of its own, as TimeML marks them. */

const stated = (value: string): Resolution => ({ value, isInferred: false });
// Not an ISO day or month ("2019-12-30", "2019-12"): the end is a year only when no more digits follow.
const NOT_A_DAY = "(?![-/.]?\\d)";

export const RANGE_RULES: DateRule[] = [
  {
    // "2009" of "2009-2010", "1957" of "1957-58"
    name: "year-range-start",
    pattern: new RegExp(`\\b((?:1[89]|20)\\d\\d)(?=[-–]((?:1[89]|20)\\d\\d|\\d\\d)\\b${NOT_A_DAY})`, "g"),
    resolve: (match) => (isRange(match[1], match[2]) ? stated(match[1]) : null),
  },
  {
    // "2010" of "2009-2010", "58" of "1957-58" (1958)
    name: "year-range-end",
    pattern: new RegExp(`(?<=\\b((?:1[89]|20)\\d\\d)[-–])((?:1[89]|20)\\d\\d|\\d\\d)\\b${NOT_A_DAY}`, "g"),
    resolve: (match) => (isRange(match[1], match[2]) ? stated(fullYear(match[1], match[2])) : null),
  },
];

const fullYear = (start: string, end: string) => (end.length === 4 ? end : `${start.slice(0, 2)}${end}`);

/** "1957-58" and "2009-2010" run forward a few years; "2019-12" is a month and "1990-2" no range. */
function isRange(start: string, end: string): boolean {
  const length = Number(fullYear(start, end)) - Number(start);
  return length > 0 && length <= 10;
}
