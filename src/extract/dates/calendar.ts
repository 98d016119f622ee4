/** Calendar arithmetic in UTC, so that no time zone moves a date. */

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

export function parseIsoDay(value: string | null | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!match) return null;
  const day = { year: +match[1], month: +match[2], day: +match[3] };
  return isValidDay(day) ? day : null;
}

/** A publication date as factx takes it: YYYY-MM-DD naming a real day (not "2019-02-30", not "07/01/2020"). */
export function isIsoCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoDay(value) !== null;
}

export function isValidDay({ year, month, day }: Day): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toDate({ year, month, day }: Day): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

function fromDate(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/** Month arithmetic on the first of the month, so "a month before March 31" is a February. */
export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

export function weekdayOf(day: Day): number {
  return toDate(day).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

export const formatYear = (year: number) => pad(year, 4);
export const formatMonth = (year: number, month: number) => `${formatYear(year)}-${pad(month)}`;
export const formatDay = (day: Day) => `${formatMonth(day.year, day.month)}-${pad(day.day)}`;

/** ISO 8601 week ("2019-W52"): the week's Thursday decides its year. */
export function formatWeek(day: Day): string {
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const firstThursday = addDays({ year: thursday.year, month: 1, day: 4 }, 3 - ((weekdayOf({ year: thursday.year, month: 1, day: 4 }) + 6) % 7));
  const week = 1 + Math.round((toDate(thursday).getTime() - toDate(firstThursday).getTime()) / (7 * 86400000));
  return `${formatYear(thursday.year)}-W${pad(week)}`;
}

export type Direction = "past" | "future" | "nearest";

/** The weekday nearest the anchor in the given direction; the anchor's own day counts. */
export function resolveWeekday(weekday: number, anchor: Day, direction: Direction): Day {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(anchor) + 7) % 7;
  if (direction === "past") return addDays(anchor, -back);
  if (direction === "future") return addDays(anchor, forward);
  return back <= forward ? addDays(anchor, -back) : addDays(anchor, forward);
}

// How far against the tense the nearest day may lie before the tense wins: "declared a dividend,
// payable Dec. 15", said in late October, is this December. A month alone follows the tense:
// "sales rose in February", said in December, is the February gone by.
const AGAINST_TENSE_DAYS = 62;

/** The year in which a month (and day, null for the month as a whole) falls nearest the anchor, as the tense allows. */
export function resolveYear(month: number, day: number | null, anchor: Day, direction: Direction): number {
  const distance = (candidate: Day) => (toDate(candidate).getTime() - toDate(anchor).getTime()) / 86400000;
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map((year) => ({ year, month, day: Math.min(day ?? 15, 28) }));
  const nearest = candidates.reduce((best, candidate) => (Math.abs(distance(candidate)) < Math.abs(distance(best)) ? candidate : best));
  const isAgainstTense = (direction === "past" && distance(nearest) > 0) || (direction === "future" && distance(nearest) < 0);
  const window = day === null ? 0 : AGAINST_TENSE_DAYS;
  if (!isAgainstTense || Math.abs(distance(nearest)) <= window || nearest.month === anchor.month) return nearest.year;
  return nearest.year + (direction === "past" ? -1 : 1);
}

/** The same value a number of years away, at its own precision: "1989-Q3" → "1988-Q3". */
export function shiftYears(value: string, years: number): string {
  const day = parseIsoDay(value);
  if (day && value.length === 10) {
    const shifted = { ...day, year: day.year + years };
    return formatDay(isValidDay(shifted) ? shifted : { ...shifted, day: 28 });
  }
  return `${formatYear(Number(value.slice(0, 4)) + years)}${value.slice(4)}`;
}

export const quarterOf = (day: Day) => Math.ceil(day.month / 3);

/** The year of a quarter named without one: the last one begun (past tense), else the nearest. */
export function resolveQuarterYear(quarter: number, anchor: Day, direction: Direction): number {
  const current = quarterOf(anchor);
  if (direction === "past") return quarter <= current ? anchor.year : anchor.year - 1;
  // A quarter ahead is reported on as often as one behind: "expects third-quarter profit to fall",
  // said in October, is the quarter just ended. Only the past tense looks one way.
  const distance = (year: number) => Math.abs(year * 4 + quarter - (anchor.year * 4 + current));
  return [anchor.year - 1, anchor.year, anchor.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

export const isQuarter = (value: string | null): value is string => value !== null && /^\d{4}-Q\d$/.test(value);
/** Finer than a year: a half, quarter, month, week or day ("1989-Q3", "1989-10-27"). */
export const isWithinYear = (value: string | null): value is string => value !== null && /^\d{4}-/.test(value);
