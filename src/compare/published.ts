/** An article's publication date, when the comparison runs on articles of several days. */

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "2024-05-10" if it is a real day of the calendar, else null. */
function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export const isIsoDate = (value: string): boolean => ISO_DATE.test(value) && calendarDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) !== null;

/** "bbc.txt@2024-05-10" → the path and the date given to it; any other argument is a path alone. */
export function splitDatedPath(argument: string): { path: string; published: string | null } {
  const at = argument.lastIndexOf("@");
  const date = argument.slice(at + 1);
  if (at <= 0 || !ISO_DATE.test(date)) return { path: argument, published: null };
  return { path: argument.slice(0, at), published: date };
}

/**
 * A dateline opening the article, with its year: "ARLEN, May 10, 2024 (Reuters) —",
 * "10 May 2024 –", "2024-05-10:". A dateline without a year ("KABUL, May 10 —") dates nothing.
 */
const DATELINE = /^[ \t]{0,8}(?:[A-Z][\p{L}.' ]{0,40}, {0,2})?(?:(?<month>[A-Za-z]{3,9})\.? (?<day>\d{1,2}),? (?<year>\d{4})|(?<day2>\d{1,2}) (?<month2>[A-Za-z]{3,9})\.?,? (?<year2>\d{4})|(?<iso>\d{4}-\d\d-\d\d))(?: {0,2}\([^()\n]{1,40}\))? {0,2}[-–—:]/mu;

/** The article's dateline, found in its first lines: where it ends and the day it gives. */
export function dateline(text: string): { end: number; date: string } | null {
  const match = text.slice(0, 400).match(DATELINE);
  if (!match?.groups) return null;
  const { month, day, year, day2, month2, year2, iso } = match.groups;
  const end = match.index! + match[0].length;
  if (iso) return isIsoDate(iso) ? { end, date: iso } : null;
  // "May", "Sept", "December": a month's name or its first letters, never another word.
  const word = (month ?? month2).toLowerCase();
  const monthIndex = MONTHS.findIndex((name) => name.startsWith(word));
  const date = monthIndex < 0 ? null : calendarDay(Number(year ?? year2), monthIndex + 1, Number(day ?? day2));
  return date ? { end, date } : null;
}

/** The date of the article's dateline, or null. */
export const datelineDate = (text: string): string | null => dateline(text)?.date ?? null;

/**
 * Which date an article carries, most specific first: its JSONL record's, the one given to its file
 * on the command line, its web page's, its dateline's, and last the --published date for all.
 */
export function publicationDate(sources: { record?: string | null; given?: string | null; page?: string | null; text: string; fallback: string | null }): string | null {
  return sources.record ?? sources.given ?? sources.page ?? datelineDate(sources.text) ?? sources.fallback;
}
