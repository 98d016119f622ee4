import { parseNumberWords, NUMBER_PATTERN } from "../../numbers.js";
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isQuarter,
  isWithinYear,
  resolveWeekday,
  resolveYear,
  shiftYears,
  type Day,
  type Direction,
} from "./calendar.js";
import { FIXED_HOLIDAYS, monthNumber, MONTH_PATTERN, SEASON_CODES, UNIT_DAYS, UNIT_MONTHS } from "./words.js";

export interface ResolveContext {
  published: Day | null;
  /** The last date resolved to a day before this one: the anchor of "the day before". */
  previous: Day | null;
  /** The last calendar value the text gave (a day, month, quarter or year): what "the year-ago quarter" counts back from. */
  mentioned: string | null;
  /** A date the sentence stated before this one, other than the time of writing ("an e-mail sent
   * in July 2012 said …"): the time a weekday or a month without a year is told from. */
  told: string | null;
  direction: Direction;
}

export interface Resolution {
  value: string | null;
  isInferred: boolean;
  anchor?: string;
  /** A length of time ("P5Y"), not a point on the calendar. */
  isDuration?: boolean;
  /** Resolved against an earlier date of the text that is no day ("the year-ago quarter" after "the third quarter"). */
  isAnchoredOnText?: boolean;
  /** The day the value stands for, when it names one, for later anchored chains. */
  day?: Day;
}

/** A news-specific date rule: what chrono-node does not know. */
export interface DateRule {
  name: string;
  pattern: RegExp;
  /** null when the context shows the match is no date after all ("that period" with no period named). */
  resolve(match: RegExpExecArray, context: ResolveContext): Resolution | null;
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

const RELATIVE_YEAR: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };

const TWO_DIGIT_WORDS = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)";
// The month in the middle of each season, for placing it in a year.
const SEASON_MONTHS: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

export const DATE_RULES: DateRule[] = [
  {
    // "two years back", "three days ago": counted from publication
    name: "offset-from-publication",
    pattern: new RegExp(`\\b${COUNT} ${UNIT} (?:ago|back)\\b`, "gi"),
    resolve(match, { published, mentioned }) {
      const amount = parseNumberWords(match[1])?.value;
      const unit = match[2].toLowerCase();
      // "several years ago", "a few days ago": some time before, TimeML's PAST_REF
      if (amount == null) return { value: "PAST_REF", isInferred: true };
      if (!published) return unresolved;
      // "profit rose in the third quarter … from a year ago": the quarter in view, a year back
      if (unit === "year" && amount === 1 && isQuarter(mentioned)) return { value: shiftYears(mentioned, -1), isInferred: true, isAnchoredOnText: true };
      // "a week ago" names a day, as TimeML annotates it; "two years ago" a year.
      const precision = unit === "week" ? "day" : unit;
      return inferred(atPrecision(shift(published, unit, -amount), precision), published);
    },
  },
  {
    // "a week earlier", "two days later": counted from the last date the text gave
    name: "offset-from-previous",
    pattern: new RegExp(`\\b${COUNT} ${UNIT} (earlier|later|before|after)\\b`, "gi"),
    resolve(match, { published, previous, mentioned }) {
      const anchor = previous ?? published;
      const amount = parseNumberWords(match[1])?.value;
      const unit = match[2].toLowerCase();
      if (!anchor || amount == null) return unresolved;
      const sign = /earlier|before/i.test(match[3]) ? -1 : 1;
      // "a year earlier", after a quarter or a day: the same quarter or day a year back, as TimeML anchors it
      if (unit === "year" && isWithinYear(mentioned)) return { value: shiftYears(mentioned, sign * amount), isInferred: true, isAnchoredOnText: true };
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
    // "last week", "next month", "earlier this year", "last summer", "this weekend", "the current fiscal year", "the past decade"
    name: "named-relative",
    pattern: /\b(?:(earlier|later) )?(last|past|this|next|previous|coming|current) (?:fiscal )?(week|weekend|month|year|decade|spring|summer|autumn|fall|winter)\b/gi,
    resolve(match, { published }) {
      if (!published) return unresolved;
      const which = match[2].toLowerCase();
      const unit = match[3].toLowerCase();
      const step = which === "last" || which === "past" || which === "previous" ? -1 : which === "next" || which === "coming" ? 1 : 0;
      // "this past spring": the spring gone by, this year's when it is over
      const seasonStep = which === "past" && SEASON_MONTHS[SEASON_CODES[unit]] < published.month ? 0 : step;
      if (SEASON_CODES[unit]) return inferred(`${formatYear(published.year + seasonStep)}-${SEASON_CODES[unit]}`, published);
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
    // "the end of this year", "the beginning of the year", "the start of last month"
    name: "edge-of-period",
    pattern: /\bthe (?:very )?(?:end|beginning|start|middle|rest) of (?:(this|last|next|the) )(year|month|week)\b/gi,
    resolve(match, { published }) {
      if (!published) return unresolved;
      const unit = match[2].toLowerCase();
      const step = RELATIVE_YEAR[match[1].toLowerCase()] ?? 0;
      return inferred(atPrecision(shift(published, unit, step), unit), published);
    },
  },
  {
    // "currently", "recently", "the future": TimeML's reference points, not calendar dates
    name: "reference-point",
    // "as soon as they boarded" and "soon after" say no time.
    pattern: /\b(?:currently|at present|nowadays|these days|the time being|recently|recent (?:years|months|weeks|days|decades|history)|(?:the )?(?:last|past) (?:few|several|couple of) (?:days|weeks|months|years|decades)|past (?:years|decades)|the past(?! (?:[\w-]+ )?(?:hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b)|the (?:near |distant )?future|(?:the )?coming (?:days|weeks|months|years)|(?<!\bas )soon(?! as\b| after\b))\b/gi,
    resolve(match) {
      const phrase = match[0].toLowerCase();
      if (/recent|past|last/.test(phrase)) return { value: "PAST_REF", isInferred: true };
      if (/future|soon|coming/.test(phrase)) return { value: "FUTURE_REF", isInferred: true };
      return { value: "PRESENT_REF", isInferred: true };
    },
  },
  {
    // "ended the day", "later in the day", "on the same day": the day the text is at
    name: "same-day",
    pattern: /(?<=\b(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|started|starting|open|opened|opening|in|for|on) )the (?:same )?day\b(?! (?:before|after|of|when|that))|\bthat same day\b/gi,
    resolve(_match, { published, previous }) {
      const anchor = previous ?? published;
      return anchor ? inferred(formatDay(anchor), anchor, anchor) : unresolved;
    },
  },
  {
    // "this morning", "yesterday afternoon", "last night", "tonight"
    name: "part-of-day",
    pattern: /\b(this|yesterday|tomorrow|last) (morning|afternoon|evening|night)\b|\btonight\b/gi,
    resolve(match, { published }) {
      if (!published) return unresolved;
      const which = (match[1] ?? "this").toLowerCase();
      const part = (match[2] ?? "night").toLowerCase();
      const offset = which === "yesterday" || (which === "last" && part === "night") ? -1 : which === "tomorrow" ? 1 : 0;
      const day = addDays(published, offset);
      return inferred(`${formatDay(day)}T${{ morning: "MO", afternoon: "AF", evening: "EV", night: "NI" }[part]}`, published, day);
    },
  },
  {
    // "the class of '82": a year written with two digits
    name: "short-year",
    pattern: /(?<![\w'’])['’](\d\d)\b(?!s)/g,
    resolve: (match, { published }) => {
      const century = Number(match[1]) <= (published ? published.year % 100 : 30) ? 20 : 19;
      return stated(`${century}${match[1]}`);
    },
  },
  {
    // "the '80s", "the 70s": a decade of the last century
    name: "short-decade",
    pattern: /\b(?:the |and )['’]?([2-9])0s\b|['’]([2-9])0s\b/gi,
    resolve: (match) => stated(`19${match[1] ?? match[2]}`),
  },
  {
    // "in spring", "during the winter": the season nearest publication, by tense
    name: "season",
    pattern: /(?<=\b(?:in|during|by|until|since|over|their|its|our) (?:the )?)(spring|summer|autumn|fall|winter)\b(?! of| \d)/gi,
    resolve(match, { published, direction }) {
      if (!published) return unresolved;
      const code = SEASON_CODES[match[1].toLowerCase()];
      const month = SEASON_MONTHS[code] ?? 7;
      return inferred(`${formatYear(resolveYear(month, null, published, direction))}-${code}`, published);
    },
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
      return inferred(formatMonth(resolveYear(month, null, published, direction), month), published);
    },
  },
  {
    // "now", "right now": TimeML's present; not "Now, he says" opening a sentence, "now that" or "the now-closed mine"
    name: "now",
    pattern: /\b(?:[Rr]ight )?now\b(?! that\b|-)/g,
    resolve: () => ({ value: "PRESENT_REF", isInferred: true }),
  },
  {
    // "last April", "next May", "this June": "may" the modal never follows these words
    name: "month-relative",
    pattern: new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) (${MONTH_PATTERN})(?! \\d)`, "g"),
    resolve(match, { published }) {
      const month = monthNumber(match[2]);
      if (!published || !month) return unresolved;
      const which = match[1].toLowerCase();
      const year =
        which === "last" || which === "past" ? (month < published.month ? published.year : published.year - 1)
        : which === "next" ? (month > published.month ? published.year : published.year + 1)
        : published.year;
      return inferred(formatMonth(year, month), published);
    },
  },
  {
    // "January this year", "June last year", "May of next year"
    name: "month-of-relative-year",
    pattern: new RegExp(`\\b(${MONTH_PATTERN}),? (?:of )?(this|last|next) year\\b`, "g"),
    resolve(match, { published }) {
      const month = monthNumber(match[1]);
      if (!published || !month) return unresolved;
      return inferred(formatMonth(published.year + RELATIVE_YEAR[match[2]], month), published);
    },
  },
  {
    // "over the weekend": the weekend before writing, or after it, by tense
    name: "weekend",
    pattern: /\bthe weekend\b/gi,
    resolve(_match, { published, direction }) {
      if (!published) return unresolved;
      return inferred(`${formatWeek(resolveWeekday(6, published, direction))}-WE`, published);
    },
  },
  {
    // "earlier in the year", "later in the month": the period of writing
    name: "within-period",
    pattern: /\b(?:earlier|later) in the (year|month|week)\b/gi,
    resolve: (match, { published }) => (published ? inferred(atPrecision(published, match[1].toLowerCase()), published) : unresolved),
  },
  {
    // "the 20th century" → "19", as TimeML writes a century
    name: "century",
    pattern: /\b(?:the )?(?:early |mid-|late )?(\d{1,2})(?:st|nd|rd|th)[ -]century\b/gi,
    resolve: (match) => stated(String(Number(match[1]) - 1).padStart(2, "0")),
  },
  {
    // "the nineties", "the late sixties": not "in their forties", an age
    name: "decade-word",
    pattern: /\bthe (?:early |mid-|late )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    resolve: (match) => stated(`19${DECADE_WORDS.indexOf(match[1].toLowerCase()) + 2}`),
  },
  {
    // "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand": years as
    // transcripts spell them; not "nineteen people", a count
    name: "spoken-year",
    pattern: new RegExp(`\\b(?:(${MONTH_PATTERN}) )?(?:(nineteen|twenty) (${TWO_DIGIT_WORDS})|the year two thousand(?: and)?(?: (one|two|three|four|five|six|seven|eight|nine))?)\\b(?!-year)`, "gi"),
    resolve(match) {
      const [, monthWord, century, tail, unit] = match;
      const hundreds = century ? parseNumberWords(century)?.value : 20;
      const rest = parseNumberWords(tail ?? unit ?? "zero")?.value;
      if (hundreds == null || rest == null) return null;
      const year = hundreds * 100 + rest;
      const month = monthWord ? monthNumber(monthWord) : null;
      return stated(month ? formatMonth(year, month) : formatYear(year));
    },
  },
];
