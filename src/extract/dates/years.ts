import type { ParsedDocument, Term } from "../../document.js";
import type { Resolution } from "./rules.js";

const YEAR = /^(?:1[89]\d\d|20\d\d)$/;
// Before a year: a month or a day belongs to a fuller date that chrono reads whole.
const NOT_BEFORE_YEAR = new Set(["Month", "Value", "Money"]);
// "1500 troops", "2000 people": a count, not a year.
const COUNTED_NOUN_TAGS = ["Plural", "Unit"];
const TEMPORAL_PREPOSITIONS = new Set(["in", "since", "by", "during", "until", "till", "of", "from", "to", "before", "after", "through", "year", "around", "circa", "and"]);

/** Bare years: "in 2014", "the 2016 presidential election". */
export function findYears(doc: ParsedDocument) {
  const { terms, text } = doc;
  const found = [];
  for (let index = 0; index < terms.length; index++) {
    const term = terms[index];
    if (!YEAR.test(term.text)) continue;
    const before = terms[index - 1];
    const after = terms[index + 1];
    if (!isYearContext(text, term, before, after)) continue;
    found.push({
      start: term.start,
      end: term.end,
      rule: "year",
      resolve: (): Resolution => ({ value: term.text, isInferred: false }),
    });
  }
  return found;
}

function isYearContext(text: string, term: Term, before: Term | undefined, after: Term | undefined): boolean {
  const gapBefore = before ? text.slice(before.end, term.start) : "";
  const gapAfter = after ? text.slice(term.end, after.start) : text.slice(term.end, term.end + 2);
  if (/[$£€#\d]\s*$/.test(gapBefore) || /^[-–/:.,]?\d/.test(gapAfter) || /^\s*%/.test(gapAfter)) return false;
  if (/^[-–/]$/.test(gapBefore.trim()) && before && /^\d+$/.test(before.text)) return false;
  // "in 2014", and "the 2015 floods", where a count would not take the article
  const isIntroduced = before !== undefined && (TEMPORAL_PREPOSITIONS.has(before.normal) || before.normal === "the");
  if (before && !isIntroduced && [...NOT_BEFORE_YEAR].some((tag) => before.tags.has(tag)) && /^\s*(?:,\s*)?$/.test(gapBefore)) return false;
  if (!isIntroduced && after && /^\s+$/.test(gapAfter) && COUNTED_NOUN_TAGS.some((tag) => after.tags.has(tag))) return false;
  return true;
}
