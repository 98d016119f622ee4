/** Numbers as news writes them: "224", "1,200", "3.5 million", "twenty-four", "a dozen", "dozens". */

const UNITS: Record<string, number> = {
  zero: 0, no: 0, none: 0, a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, both: 2, couple: 2,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// "a dozen" and "two dozen" multiply, as "hundred" does.
const SCALES: Record<string, number> = { dozen: 12, score: 20, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
/** Vague amounts: a count of null, marked approximate, with the least they can mean. */
const VAGUE: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, several: 3, many: 2, some: 2, few: 2,
};

export interface ParsedNumber {
  value: number | null;
  approximate: boolean;
  /** The least the words can mean ("dozens" → 24), for vague amounts. */
  min: number | null;
}

/** The number in a phrase of words (or null when a word is not part of a number). */
export function parseNumberWords(phrase: string): ParsedNumber | null {
  const words = phrase.toLowerCase().replace(/,(?=\d{3}\b)/g, "").split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) return null;
  if (words.length === 1 && VAGUE[words[0]] !== undefined) {
    return { value: null, approximate: true, min: VAGUE[words[0]] };
  }
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (const word of words) {
    if (/^\d+(\.\d+)?$/.test(word)) current += Number(word);
    else if (UNITS[word] !== undefined) current += UNITS[word];
    else if (TENS[word] !== undefined) current += TENS[word];
    else if (SCALES[word] !== undefined) {
      current = (current || 1) * SCALES[word];
      if (SCALES[word] > 100) {
        total += current;
        current = 0;
      }
    } else if (word === "and" && sawNumber) continue;
    else return null;
    sawNumber = true;
  }
  const value = Math.round((total + current) * 1000) / 1000;
  return { value, approximate: false, min: value };
}

const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(VAGUE)]
  .filter((word) => !["a", "an", "no", "none", "some", "many", "few", "score", "both", "single"].includes(word))
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A number written in digits or words, as a regular-expression source with no nested quantifiers. */
// Bounded digit runs (no count of people has ten digits) keep every pattern built on this linear.
// "2 dozen" is 24; "one hundred sixty-two" takes four words.
export const NUMBER_PATTERN = `(?:\\d{1,3}(?:,\\d{3}){1,4}(?!\\d)|\\d{1,9}(?:\\.\\d{1,3})?)(?: (?:dozen|hundred|thousand|million|billion))?|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD})){0,3}`;
