import { parseNumberWords, NUMBER_PATTERN } from "../../numbers.js";
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  resolveYear,
  type Day,
  type Direction,
} from "./calendar.js";
import { FIXED_HOLIDAYS, monthNumber, MONTH_PATTERN, SEASON_CODES, UNIT_DAYS, UNIT_MONTHS } from "./words.js";

export interface ResolveContext {
  published: Day | null;
  /** The last date resolved to a day before this one: the anchor of "the day before". */
  previous: Day | null;
  direction: Direction;
}

export interface Resolution {
  value: string | null;
  isInferred: boolean;
  anchor?: string;
  /** The day the value stands for, when it names one, for later anchored chains. */
  day?: Day;
}

/** A news-specific date rule: what chrono-node does not know. */
export interface DateRule {
  name: string;
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: ResolveContext): Resolution;
}

const stated = (value: string): Resolution => ({ value, isInferred: false });
const unresolved: Resolution = { value: null, isInferred: true };
const inferred = (value: string, anchor: Day, day?: Day): Resolution => ({ value, isInferred: true, anchor: formatDay(anchor), day });

const UNIT = "(day|week|month|year|decade)s?";
const COUNT = `(${NUMBER_PATTERN}|a|an|a few|several)`;

/** A value at the precision of a unit: days → date, weeks → ISO week, months → month, years → year. */
function atPrecision(day: Day, unit: string): string {
  if (unit === "day") return formatDay(day);
  if (unit === "week") return formatWeek(day);
  if (unit === "month") return formatMonth(day.year, day.month);
  if (unit === "decade") return formatYear(day.year).slice(0, 3);
  return formatYear(day.year);
}

function shift(day: Day, unit: string, amount: number): Day {
  return UNIT_DAYS[unit] !== undefined ? addDays(day, UNIT_DAYS[unit] * amount) : { ...addMonths(day, UNIT_MONTHS[unit] * amount), day: day.day };
}

export const DATE_RULES: DateRule[] = [
  {
    // "two years back", "three days ago": counted from publication
    name: "offset-from-publication",
    pattern: new RegExp(`\\b${COUNT} ${UNIT} (?:ago|back)\\b`, "gi"),
    resolve(match, { published }) {
      const amount = parseNumberWords(match[1])?.value;
      const unit = match[2].toLowerCase();
      if (!published || amount == null) return unresolved;
      return inferred(atPrecision(shift(published, unit, -amount), unit), published);
    },
  },
  {
    // "a week earlier", "two days later": counted from the last date the text gave
    name: "offset-from-previous",
    pattern: new RegExp(`\\b${COUNT} ${UNIT} (earlier|later|before|after)\\b`, "gi"),
    resolve(match, { published, previous }) {
      const anchor = previous ?? published;
      const amount = parseNumberWords(match[1])?.value;
      const unit = match[2].toLowerCase();
      if (!anchor || amount == null) return unresolved;
      const sign = /earlier|before/i.test(match[3]) ? -1 : 1;
      const day = shift(anchor, unit, sign * amount);
      return inferred(atPrecision(day, unit), anchor, unit === "day" ? day : undefined);
    },
  },
  {
    // "the following day", "the day before", "the next morning"
    name: "chained-day",
    pattern: /\bthe (?:(following|next|previous|preceding) (?:day|morning|afternoon|evening|night)|day (before|after))\b/gi,
    resolve(match, { published, previous }) {
      const anchor = previous ?? published;
      if (!anchor) return unresolved;
      const sign = /previous|preceding|before/i.test(match[1] ?? match[2]) ? -1 : 1;
      const day = addDays(anchor, sign);
      return inferred(formatDay(day), anchor, day);
    },
  },
  {
    // "last week", "next month", "earlier this year", "last summer", "this weekend"
    name: "named-relative",
    pattern: /\b(?:(earlier|later) )?(last|this|next|previous|coming) (week|weekend|month|year|spring|summer|autumn|fall|winter)\b/gi,
    resolve(match, { published }) {
      if (!published) return unresolved;
      const which = match[2].toLowerCase();
      const unit = match[3].toLowerCase();
      const step = which === "last" || which === "previous" ? -1 : which === "next" || which === "coming" ? 1 : 0;
      if (SEASON_CODES[unit]) return inferred(`${formatYear(published.year + step)}-${SEASON_CODES[unit]}`, published);
      if (unit === "weekend") return inferred(`${formatWeek(addDays(published, 7 * step))}-WE`, published);
      return inferred(atPrecision(shift(published, unit, step), unit), published);
    },
  },
  {
    // "the New Year", "Christmas Eve", "Christmas 2015"
    name: "holiday",
    pattern: /\b(New Year's Eve|New Year's Day|New Year|Christmas Eve|Christmas Day|Christmas|Boxing Day|Halloween|Valentine's Day|Independence Day)(?:,? (\d{4}))?\b/g,
    resolve(match, { published }) {
      const [month, day] = FIXED_HOLIDAYS[match[1].toLowerCase()];
      if (match[2]) return stated(formatDay({ year: +match[2], month, day }));
      if (!published) return unresolved;
      const resolved = { year: resolveYear(month, day, published, "nearest"), month, day };
      return inferred(formatDay(resolved), published, resolved);
    },
  },
  {
    // "the 1990s", "the early 2000s"
    name: "decade",
    pattern: /\b(?:the )?(?:early |mid-|late )?(1[5-9]\d|20\d)0['’]?s\b/g,
    resolve: (match) => stated(match[1]),
  },
  {
    // "summer 2015", "the spring of 2009"
    name: "season-of-year",
    pattern: /\b(?:the )?(spring|summer|autumn|fall|winter),? (?:of )?((?:1[89]|20)\d\d)\b/gi,
    resolve: (match) => stated(`${match[2]}-${SEASON_CODES[match[1].toLowerCase()]}`),
  },
  {
    // "mid-March", "early 2015", "late December 2017", "the end of March"
    name: "part-of-period",
    pattern: new RegExp(`\\b(?:(?:early|mid|late)-?|the (?:end|start|beginning|middle) of )\\s?(?:(${MONTH_PATTERN})(?: ((?:1[89]|20)\\d\\d))?|((?:1[89]|20)\\d\\d))\\b`, "gi"),
    resolve(match, { published, direction }) {
      if (match[3]) return stated(match[3]);
      const month = monthNumber(match[1]);
      if (!month) return unresolved;
      if (match[2]) return stated(formatMonth(+match[2], month));
      if (!published) return unresolved;
      return inferred(formatMonth(resolveYear(month, 15, published, direction), month), published);
    },
  },
];
