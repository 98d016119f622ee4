import { compareArticles, type CompareOptions, type ComparisonRow } from "../../src/compare/index.js";
import { extract } from "../../src/index.js";

/** An article of our own, extracted as `factx compare` extracts it: with evidence and its text. */
export const article = (name: string, text: string, published: string | null = "2024-05-11") => ({
  name,
  report: extract(text, { published, evidence: true, includeText: true }),
});

export type TestArticle = ReturnType<typeof article>;

export const rowsOf = (articles: TestArticle[], field: string, options: CompareOptions = {}): ComparisonRow[] =>
  compareArticles(articles, options).rows.filter((row) => row.field === field);

/** The row of a subject, and its verdict and note, for tables of pairs. */
export function rowFor(articles: TestArticle[], field: string, subject: string): ComparisonRow | undefined {
  return rowsOf(articles, field).find((row) => row.subject === subject);
}
