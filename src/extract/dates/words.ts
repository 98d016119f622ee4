export const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

// The dot belongs to an abbreviation only: "last April." ends a sentence.
export const MONTH_PATTERN = "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";

export const WEEKDAY_PATTERN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

export function monthNumber(word: string): number | null {
  const prefix = word.toLowerCase().slice(0, 3);
  const index = MONTHS.findIndex((month) => month.startsWith(prefix));
  return index >= 0 ? index + 1 : null;
}

export const SEASON_CODES: Record<string, string> = {
  spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI",
};

/** Holidays on a fixed day of the year ("the New Year" → January 1). */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  "new year": [1, 1],
  "christmas eve": [12, 24],
  "christmas day": [12, 25],
  christmas: [12, 25],
  "boxing day": [12, 26],
  halloween: [10, 31],
  "valentine's day": [2, 14],
  "independence day": [7, 4],
};

export const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
export const UNIT_MONTHS: Record<string, number> = { month: 1, year: 12, decade: 120 };

/** Prepositions chrono keeps at the front of a match that the date itself does not include. */
export const LEADING_PREPOSITION = /^(?:on|in|at|since|by|from|during|until|till|before|after|the)\s+/i;
