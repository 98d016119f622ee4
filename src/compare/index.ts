import { Actors, comparePresence } from "./actors.js";
import { compareCasualties } from "./casualties.js";
import { compareEventDates } from "./dates.js";
import { compareQuotes } from "./quotes.js";
import { isDoubtful } from "../trust/calibration.js";
import type { Article, CompareField, CompareOptions, Comparison, ComparisonRow } from "./types.js";

export { intervalOf } from "./casualties.js";
export { eventDate } from "./dates.js";
export type { Article, Claim, CompareField, CompareOptions, Comparison, ComparisonRow, Verdict } from "./types.js";
export { datelineDate, isIsoDate, publicationDate, splitDatedPath } from "./published.js";

export const COMPARE_FIELDS: readonly CompareField[] = ["casualties", "quotes", "dates", "actors", "locations"];

/** Lines up the facts of several reports of one event and says, for each, whether they can all be true. */
export function compareArticles(articles: Article[], options: CompareOptions = {}): Comparison {
  const fields = new Set(options.fields ?? COMPARE_FIELDS);
  // Speakers of quotes are matched through the same actor groups as the actors' rows.
  const actors = new Actors(articles);
  const rows: ComparisonRow[] = [
    ...(fields.has("casualties") ? compareCasualties(articles) : []),
    ...(fields.has("quotes") ? compareQuotes(articles, actors, options) : []),
    ...(fields.has("dates") ? compareEventDates(articles) : []),
    ...(fields.has("actors") ? comparePresence(articles, "actors", actors, options) : []),
    ...(fields.has("locations") ? comparePresence(articles, "locations", actors, options) : []),
  ];
  return {
    compareVersion: 2,
    articles: articles.map((article) => article.name),
    published: articles.map((article) => article.report.source.published),
    rows: rows.map(withDoubtNoted),
    conflicts: rows.filter((row) => row.verdict === "conflict").length,
  };
}

/** A conflict that rests on a fact more likely misread than not says so: it may be factx's error, not the articles'. */
function withDoubtNoted(row: ComparisonRow): ComparisonRow {
  if (row.verdict !== "conflict") return row;
  const doubtful = row.claims.filter((claim) => isDoubtful(claim.confidence));
  if (doubtful.length === 0) return row;
  const which = doubtful.map((claim) => `${claim.article}'s (confidence ${claim.confidence!.toFixed(2)})`).join(", ");
  const note = `rests on a low-confidence fact: ${which}; check it in the text`;
  return { ...row, note: row.note ? `${row.note}; ${note}` : note };
}
