import type { Report } from "../types.js";
import type { DiffPart } from "./diff.js";

/**
 * How the articles' versions of one fact relate, from the weakest finding to the strongest:
 * - agree: they say the same;
 * - partial: one is a part of the other (a town of two, the children among the dead) or its floor
 *   ("at least 27" and "27"), or one quotes part of the other's quotation;
 * - updated: a later article gives a higher figure (a toll that rose);
 * - differs: the figures differ but can all be true ("at least 12" and "15");
 * - conflict: they cannot all be true.
 * only-some: the fact is in some articles and not in others, so there is nothing to weigh.
 */
export type Verdict = "agree" | "partial" | "updated" | "differs" | "conflict" | "only-some";

export type CompareField = "actors" | "locations" | "dates" | "casualties" | "quotes";

export interface Claim {
  article: string;
  value: string;
  /** The sentence the article says it in. */
  evidence: string | null;
  /** The words of the fact itself inside `evidence` (the figure "27 killed"), to show how it was read. */
  marked?: string;
  /** How far the fact can be trusted (a quote: the lower of the quote's and its speaker's confidence). */
  confidence?: number | null;
}

export interface ComparisonRow {
  field: CompareField;
  subject: string;
  verdict: Verdict;
  claims: Claim[];
  /** Why the verdict: "23 is Arlen only; 32 is Arlen and Bosk". */
  note?: string;
  /** Quotes: word-sequence similarity of two versions. */
  similarity?: number;
  diff?: DiffPart[];
}

export interface Comparison {
  compareVersion: 2;
  articles: string[];
  /** Each article's publication date, in the order of `articles`. */
  published: Array<string | null>;
  rows: ComparisonRow[];
  conflicts: number;
}

export interface Article {
  name: string;
  /** Extracted with evidence, so that every claim can show its sentence. */
  report: Report;
}

export interface CompareOptions {
  /** Fields to compare; all when omitted. */
  fields?: readonly CompareField[];
  /** List every actor, place and quote only some articles have, instead of one row per article. */
  all?: boolean;
}

/** Verdicts from the weakest to the strongest finding: a row takes the strongest of its pairs. */
const STRENGTH: Verdict[] = ["only-some", "agree", "partial", "updated", "differs", "conflict"];

export function strongest(verdicts: Verdict[]): Verdict {
  return verdicts.reduce((best, verdict) => (STRENGTH.indexOf(verdict) > STRENGTH.indexOf(best) ? verdict : best), "agree");
}

/** The articles that have no claim in a row, by name. */
export function missingFrom(articles: Article[], claims: Claim[]): string[] {
  return articles.filter((article) => !claims.some((claim) => claim.article === article.name)).map((article) => article.name);
}
