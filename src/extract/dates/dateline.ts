import type { Day } from "./calendar.js";
import { isValidDay } from "./calendar.js";
import { monthNumber, MONTH_PATTERN } from "./words.js";
import { allMatches } from "../../matches.js";

export interface Dateline {
  day: Day;
  start: number;
  end: number;
}

// "JOHANNESBURG, August 7 (Xinhua) -", "NAIROBI, Kenya, Aug. 7, 2013 —": a place in capitals
// opening a line, the day of writing, an optional agency, then a dash.
export const DATELINE = new RegExp(
  `^[ \\t]*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*,(?: [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)*,)? (${MONTH_PATTERN}) (\\d{1,2})(?:, ((?:19|20)\\d\\d))?[ \\t]*(?:\\([^)\\n]{1,40}\\)[ \\t]*)?(?:--|[-–—_])`,
  "m",
);
// A dateline heads the story: after a headline or two, not in its tenth paragraph.
const DATELINE_REACH = 500;
const STATED_YEAR = /\b(?:19|20)\d\d\b(?![\d,.]*\d)/g;

/**
 * The day of writing a wire story's dateline gives, the anchor for "on Sunday" when no publication
 * date is known. Its year is the dateline's own, else the latest year the article states (the
 * earlier ones are the history a story recalls); with no year at all there is no anchor.
 */
export function findDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text.slice(0, DATELINE_REACH));
  if (!match) return null;
  const month = monthNumber(match[1]);
  const years = allMatches(STATED_YEAR, text).map((year) => Number(year[0]));
  const year = match[3] ? Number(match[3]) : years.length > 0 ? Math.max(...years) : null;
  if (!month || year === null) return null;
  const day = { year, month, day: Number(match[2]) };
  if (!isValidDay(day)) return null;
  const start = match.index + match[0].indexOf(match[1], match[0].indexOf(","));
  return { day, start, end: start + match[1].length + 1 + match[2].length };
}
