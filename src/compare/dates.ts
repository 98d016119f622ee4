import type { DateFact, Report } from "../types.js";
import { dateline } from "./published.js";
import { missingFrom, type Article, type ComparisonRow, type Verdict } from "./types.js";

/** Dates stated or resolved to a calendar date ("2019-03-15", "2019-03"), not "PRESENT_REF" or a week. */
const CALENDAR = /^\d{4}(?:-\d\d){0,2}$/;

/**
 * When the event happened: the date in the sentence of the article's first casualty figure for the
 * event, the one nearest the figure. Only that sentence: a date further on ("as dawn broke Saturday,
 * rescuers…") dates what followed, and "the death toll rose to 50 on Sunday" dates the count.
 */
export function eventDate(report: Report): { value: string; evidence: string | null; confidence?: number | null } | null {
  const figure = report.casualties.filter((candidate) => candidate.context === "event" && candidate.rule !== "death-toll").sort((a, b) => a.start - b.start)[0];
  const sentence = figure?.sentence;
  if (!sentence) return null;
  const distance = (date: DateFact) => Math.max(date.start - figure.end, figure.start - date.end, 0);
  // An event the article reports cannot come after the article: such a date is misread.
  const published = report.source.published;
  const isPossible = (value: string) => !published || value.slice(0, published.length) <= published;
  // "GOMA, May 10, 2024 — …": the dateline dates the article, not the event of its first sentence.
  const from = Math.max(sentence.start, report.text ? (dateline(report.text)?.end ?? 0) : 0);
  const dates = report.dates.filter((date) => date.value && CALENDAR.test(date.value) && isPossible(date.value) && date.start >= from && date.end <= sentence.end);
  const nearest = dates.sort((a, b) => distance(a) - distance(b))[0];
  return nearest?.value ? { value: nearest.value, evidence: sentence.text, confidence: nearest.confidence } : null;
}

/** "2019-03" and "2019-03-15" can both be right: one is inside the other. */
const isWithin = (value: string, other: string) => other.startsWith(value);

export function compareEventDates(articles: Article[]): ComparisonRow[] {
  const claims = articles.flatMap(({ name, report }) => {
    const date = eventDate(report);
    return date ? [{ article: name, value: date.value, evidence: date.evidence, confidence: date.confidence }] : [];
  });
  if (claims.length < 2) return [];
  const values = [...new Set(claims.map((claim) => claim.value))];
  const isNested = values.every((value) => values.every((other) => isWithin(value, other) || isWithin(other, value)));
  const verdict: Verdict = values.length === 1 ? "agree" : isNested ? "partial" : "conflict";
  const absent = missingFrom(articles, claims);
  const notes = [
    verdict === "conflict" ? `the articles date the event ${values.join(" and ")}` : verdict === "partial" ? "one date is less precise than the other" : null,
    absent.length > 0 ? `no date in ${absent.join(", ")}` : null,
  ].filter((note): note is string => note !== null);
  return [{ field: "dates", subject: "date of the event", verdict, claims, ...(notes.length > 0 ? { note: notes.join("; ") } : {}) }];
}
