import { describeCount, describeToll, sentenceAround } from "../text.js";
import type { Casualty, Quote, Report } from "../types.js";
import { similarity, wordDiff, type DiffPart } from "./diff.js";

/**
 * agree: every article says the same; partial: only some say it; soft: the figures differ but can
 * all be true ("at least 12" and "15"); conflict: they cannot all be true, or a quotation differs.
 */
export type Verdict = "agree" | "partial" | "soft" | "conflict";

export interface Claim {
  article: string;
  value: string;
  evidence: string | null;
}

export interface ComparisonRow {
  field: "actors" | "locations" | "dates" | "casualties" | "quotes";
  subject: string;
  verdict: Verdict;
  claims: Claim[];
  note?: string;
  similarity?: number;
  diff?: DiffPart[];
}

export interface Comparison {
  compareVersion: 1;
  articles: string[];
  rows: ComparisonRow[];
  conflicts: number;
}

export interface Article {
  name: string;
  report: Report;
}

/** Sameness thresholds for quotations, as word-sequence similarity. */
const SAME_QUOTE = 0.5;
const IDENTICAL_QUOTE = 0.95;
const SAME_WORDS = 0.8;

export function compareArticles(articles: Article[]): Comparison {
  const rows = [
    ...compareCasualties(articles),
    ...compareQuotes(articles),
    ...compareEventDates(articles),
    ...comparePresence(articles, "actors", (report) => report.actors.map((actor) => ({ key: actorKey(actor.name, actor.type), label: actor.name, at: actor.mentions[0] }))),
    ...comparePresence(articles, "locations", (report) => report.locations.map((location) => ({ key: `${location.countryCode ?? ""}:${location.name.toLowerCase()}`, label: location.name, at: location.mentions[0] }))),
  ];
  return { compareVersion: 1, articles: articles.map((article) => article.name), rows, conflicts: rows.filter((row) => row.verdict === "conflict").length };
}

// ---------------------------------------------------------------- casualties

interface Interval {
  low: number;
  high: number;
}

/** What a figure allows: "at least 12" is 12 or more, "nearly 20" a little under 20. */
export function intervalOf(figure: Casualty): Interval {
  const count = figure.count ?? figure.min ?? 0;
  switch (figure.qualifier) {
    case "at least":
    case "more than":
      return { low: count, high: Infinity };
    case "up to":
    case "fewer than":
      return { low: 0, high: count };
    case "nearly":
    case "about":
      return { low: Math.floor(count * 0.85), high: Math.ceil(count * 1.15) };
    default:
      if (figure.count === null) return { low: figure.min ?? 0, high: figure.max ?? Infinity };
      return { low: count, high: count };
  }
}

function compareCasualties(articles: Article[]): ComparisonRow[] {
  const kinds = new Set(articles.flatMap((article) => Object.keys(article.report.casualtySummary)));
  return [...kinds].map((kind) => {
    const claims: Array<Claim & { amount: string; interval: Interval }> = [];
    for (const { name, report } of articles) {
      const summary = report.casualtySummary[kind as Casualty["kind"]];
      if (!summary) continue;
      const figure = report.casualties[summary.figures[0]];
      // A toll that is a difference ("2 shot − 1 killed") is exactly its count.
      const exact = summary.minus && summary.count !== null ? summary.count : null;
      claims.push({
        article: name,
        value: describeToll(summary, report.casualties),
        evidence: figure.sentence?.text ?? figure.text,
        amount: exact !== null ? String(exact) : describeCount(figure),
        interval: exact !== null ? { low: exact, high: exact } : intervalOf(figure),
      });
    }
    const row: ComparisonRow = {
      field: "casualties",
      subject: kind,
      verdict: "agree",
      claims: claims.map(({ amount: _amount, interval: _interval, ...claim }) => claim),
    };
    if (claims.length < articles.length) return { ...row, verdict: "partial", note: `not reported by ${missing(articles, claims)}` };
    const amounts = new Set(claims.map((claim) => claim.amount));
    if (amounts.size === 1) return row;
    const intervals = claims.map((claim) => claim.interval);
    const isCompatible = Math.max(...intervals.map((interval) => interval.low)) <= Math.min(...intervals.map((interval) => interval.high));
    return isCompatible
      ? { ...row, verdict: "soft", note: "different figures that can all be true" }
      : { ...row, verdict: "conflict", note: "figures that cannot all be true" };
  });
}

// ---------------------------------------------------------------- quotes

interface QuoteEntry {
  article: string;
  quote: Quote;
}

/** The word a speaker is known by across articles: "President Vladimir Putin" and "Putin" → "putin". */
function speakerKey(quote: Quote): string | null {
  const name = quote.speaker ?? quote.speakerMention?.text;
  const word = name?.match(/[\p{Lu}][\p{L}'’-]+/gu)?.at(-1) ?? name?.split(/\s+/).at(-1);
  return word ? word.toLowerCase() : null;
}

/** An article's quotes, less those inside another of its quotes (a quotation within reported speech). */
function outerQuotes(report: Report): Quote[] {
  return report.quotes.filter((quote) => !report.quotes.some((other) => other !== quote && other.start <= quote.start && quote.end <= other.end));
}

function compareQuotes(articles: Article[]): ComparisonRow[] {
  const entries: QuoteEntry[] = articles.flatMap(({ name, report }) => outerQuotes(report).map((quote) => ({ article: name, quote })));
  const rows: ComparisonRow[] = [];
  const claimOf = (entry: QuoteEntry): Claim => ({
    article: entry.article,
    value: `${entry.quote.speaker ?? "unattributed"}: “${entry.quote.text}”`,
    evidence: entry.quote.sentence?.text ?? null,
  });
  const matched = new Set<QuoteEntry>();
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, b] = [entries[i], entries[j]];
      if (a.article === b.article) continue;
      const score = similarity(a.quote.text, b.quote.text);
      const [keyA, keyB] = [speakerKey(a.quote), speakerKey(b.quote)];
      if (keyA && keyA === keyB && score >= SAME_QUOTE) {
        matched.add(a).add(b);
        const isSame = score >= IDENTICAL_QUOTE;
        rows.push({
          field: "quotes",
          subject: a.quote.speaker ?? keyA,
          verdict: isSame ? "agree" : "conflict",
          claims: [claimOf(a), claimOf(b)],
          similarity: Math.round(score * 1000) / 1000,
          ...(isSame ? {} : { note: "the same speaker quoted in different words", diff: wordDiff(a.quote.text, b.quote.text) }),
        });
      } else if (keyA && keyB && keyA !== keyB && score >= SAME_WORDS) {
        matched.add(a).add(b);
        rows.push({
          field: "quotes",
          subject: `${a.quote.speaker} / ${b.quote.speaker}`,
          verdict: "conflict",
          claims: [claimOf(a), claimOf(b)],
          similarity: Math.round(score * 1000) / 1000,
          note: "the same words attributed to different speakers",
        });
      }
    }
  }
  for (const entry of entries) {
    if (!matched.has(entry) && articles.length > 1) {
      rows.push({ field: "quotes", subject: entry.quote.speaker ?? "unattributed", verdict: "partial", claims: [claimOf(entry)], note: `only in ${entry.article}` });
    }
  }
  return rows;
}

// ---------------------------------------------------------------- dates

/**
 * When the event happened: the date in the first sentence that reports its casualties, leaving out
 * toll updates ("the death toll rose to 50 on Sunday" dates the count, not the event).
 */
export function eventDate(report: Report): { value: string; evidence: string | null } | null {
  for (const figure of report.casualties) {
    if (figure.context !== "event" || figure.rule === "death-toll") continue;
    const sentence = figure.sentence;
    const date = report.dates.find((candidate) => candidate.value && /^\d{4}/.test(candidate.value) && (sentence ? candidate.start >= sentence.start && candidate.end <= sentence.end : false));
    if (date?.value) return { value: date.value, evidence: sentence?.text ?? null };
  }
  return null;
}

function compareEventDates(articles: Article[]): ComparisonRow[] {
  const claims = articles.flatMap(({ name, report }) => {
    const date = eventDate(report);
    return date ? [{ article: name, value: date.value, evidence: date.evidence }] : [];
  });
  if (claims.length < 2) return [];
  const values = new Set(claims.map((claim) => claim.value));
  // "2019-12" and "2019-12-29" can both be right: one is inside the other.
  const isNested = [...values].every((value) => [...values].every((other) => value.startsWith(other) || other.startsWith(value)));
  const verdict: Verdict = values.size === 1 ? "agree" : isNested ? "soft" : "conflict";
  return [{ field: "dates", subject: "date of the event", verdict, claims, ...(verdict === "conflict" ? { note: "the articles date the event differently" } : {}) }];
}

// ---------------------------------------------------------------- actors and locations

interface Presence {
  key: string;
  label: string;
  at: { start: number; end: number };
}

function actorKey(name: string, type: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return type === "person" ? `person:${words.at(-1)}` : `${type}:${words.join(" ")}`;
}

function comparePresence(articles: Article[], field: "actors" | "locations", list: (report: Report) => Presence[]): ComparisonRow[] {
  const byKey = new Map<string, Claim[]>();
  const labels = new Map<string, string>();
  for (const { name, report } of articles) {
    for (const item of list(report)) {
      if (byKey.get(item.key)?.some((claim) => claim.article === name)) continue;
      const claims = byKey.get(item.key) ?? [];
      claims.push({ article: name, value: item.label, evidence: report.text ? sentenceAround(report.text, item.at) : null });
      byKey.set(item.key, claims);
      if (!labels.has(item.key) || item.label.length > labels.get(item.key)!.length) labels.set(item.key, item.label);
    }
  }
  return [...byKey].map(([key, claims]) => ({
    field,
    subject: labels.get(key)!,
    verdict: claims.length === articles.length ? "agree" : "partial",
    claims,
    ...(claims.length < articles.length ? { note: `not in ${missing(articles, claims)}` } : {}),
  }));
}

function missing(articles: Article[], claims: Claim[]): string {
  return articles.filter((article) => !claims.some((claim) => claim.article === article.name)).map((article) => article.name).join(", ");
}
