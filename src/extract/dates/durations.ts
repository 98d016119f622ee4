import { NUMBER_PATTERN, parseNumberWords } from "../../numbers.js";
import type { DateRule } from "./rules.js";

/** TimeML durations ("five years" → P5Y): kept as durations, typed so, never as a calendar date. */

const UNIT_CODES: Record<string, { code: string; isTime: boolean; times?: number }> = {
  minute: { code: "M", isTime: true },
  hour: { code: "H", isTime: true },
  day: { code: "D", isTime: false },
  week: { code: "W", isTime: false },
  month: { code: "M", isTime: false },
  year: { code: "Y", isTime: false },
  decade: { code: "Y", isTime: false, times: 10 },
};
const VAGUE_COUNTS = new Set(["a few", "several", "some", "many"]);

export const DURATION_RULES: DateRule[] = [
  {
    // "five years", "100 days", "a 10-day trip", "several weeks", "for a year"; not "a 22-year-old",
    // "once a year" (a set), nor "$5 a day"; "three days ago" is a date, found by a longer rule
    name: "duration",
    pattern: new RegExp(
      `(?<![\\w$£€.,-])(?:(${NUMBER_PATTERN}|a few|several|a couple of)|(?<=\\b(?:for|in|over|within|after|than|about|nearly|almost|lasted|lasting|of) )(an?))[ -](minute|hour|day|week|month|year|decade)s?\\b(?![ -]olds?\\b)`,
      "gi",
    ),
    resolve(match) {
      const [, count, article, unitWord] = match;
      const unit = UNIT_CODES[unitWord.toLowerCase()];
      const phrase = (count ?? article).toLowerCase();
      const amount = article ? 1 : phrase === "a couple of" ? 2 : VAGUE_COUNTS.has(phrase) ? null : parseNumberWords(phrase)?.value ?? null;
      const size = amount === null ? "X" : String(amount * (unit.times ?? 1));
      return { value: `P${unit.isTime ? "T" : ""}${size}${unit.code}`, isInferred: false, isDuration: true };
    },
  },
];
