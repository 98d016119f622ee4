import { describeCount, describeToll } from "../text.js";
import type { Casualty, CasualtyKind } from "../types.js";
import { describeScope, relateScopes, scopeKey, scopeOf, type Scope } from "./scope.js";
import { missingFrom, strongest, type Article, type Claim, type ComparisonRow, type Verdict } from "./types.js";

interface Interval {
  low: number;
  high: number;
}

/** One article's figure, with what it allows and what it counts. */
interface Figure {
  article: string;
  published: string | null;
  figure: Casualty;
  amount: string;
  interval: Interval;
  scope: Scope;
  isHeadline: boolean;
}

/** What a figure allows: "at least 12" is 12 or more, "more than 12" 13 or more, "nearly 20" a little under 20. */
export function intervalOf(figure: Casualty): Interval {
  const count = figure.count ?? figure.min ?? 0;
  switch (figure.qualifier) {
    case "at least":
      return { low: count, high: Infinity };
    case "more than":
      return { low: count + 1, high: Infinity };
    case "up to":
      return { low: 0, high: count };
    case "fewer than":
      return { low: 0, high: Math.max(0, count - 1) };
    case "nearly":
      return { low: Math.floor(count * 0.85), high: count };
    case "about":
      return { low: Math.floor(count * 0.85), high: Math.ceil(count * 1.15) };
    default:
      if (figure.count === null) return { low: figure.min ?? 0, high: figure.max ?? Infinity };
      return { low: count, high: count };
  }
}

/** The figure as one number, to say which of two is higher: its count, or the floor of a vague amount. */
const pointOf = (figure: Figure) => (figure.interval.high === figure.interval.low ? figure.interval.low : figure.figure.count ?? figure.interval.low);

/** An article's figures of one kind for the event: the headline toll first, then the others. */
function figuresOf(article: Article, kind: CasualtyKind): Figure[] {
  const { report, name } = article;
  const toll = report.casualtySummary[kind];
  if (!toll) return [];
  const headline = report.casualties[toll.figures[0]];
  // A toll of an earlier event ("in 2015, a bomb killed 224") is not this event's: nothing to weigh.
  if (headline.context === "background") return [];
  const published = report.source.published;
  // A toll that is a difference ("2 shot − 1 killed") is exactly its count.
  const isDifference = toll.minus !== undefined && toll.count !== null;
  const figures: Figure[] = [
    {
      article: name,
      published,
      figure: headline,
      amount: isDifference ? describeToll(toll, report.casualties) : describeCount(headline),
      interval: isDifference ? { low: toll.count!, high: toll.count! } : intervalOf(headline),
      scope: scopeOf(headline, report),
      isHeadline: true,
    },
  ];
  for (const index of toll.figures.slice(1)) {
    const figure = report.casualties[index];
    if (figure.context === "background" || toll.minus?.includes(index)) continue;
    figures.push({ article: name, published, figure, amount: describeCount(figure), interval: intervalOf(figure), scope: scopeOf(figure, report), isHeadline: false });
  }
  return isDifference ? figures : wholeEventFirst(figures);
}

/**
 * The article's toll for the whole event heads its figures: when the highest figure counts a group
 * or a part ("40 children"), a figure of the article that counts everyone ("32 people") is the one
 * to weigh against the other articles' tolls.
 */
function wholeEventFirst(figures: Figure[]): Figure[] {
  const isWhole = (figure: Figure) => figure.scope.group === null && figure.scope.part === null;
  if (isWhole(figures[0])) return figures;
  const whole = figures.filter(isWhole).sort((a, b) => b.interval.low - a.interval.low)[0];
  if (!whole) return figures;
  return [{ ...whole, isHeadline: true }, ...figures.filter((figure) => figure !== whole).map((figure) => ({ ...figure, isHeadline: false }))];
}

interface Finding {
  verdict: Verdict;
  note?: string;
}

/** How two articles' figures for one kind relate. */
function weigh(a: Figure, b: Figure, kind: CasualtyKind): Finding {
  const relation = relateScopes(a.scope, b.scope);
  if (relation === "apart") return { verdict: "partial", note: `each counts a part: ${a.amount} is ${describeScope(a.scope)}; ${b.amount} is ${describeScope(b.scope)}` };
  if (relation !== "same") {
    const [part, whole] = relation === "inside" ? [a, b] : [b, a];
    if (part.interval.low > whole.interval.high) {
      return { verdict: "conflict", note: `the part is more than the whole: ${part.amount} ${kind} for ${describeScope(part.scope)}, ${whole.amount} for ${describeScope(whole.scope)}` };
    }
    return { verdict: "partial", note: `${part.amount} is ${describeScope(part.scope)} only; ${whole.amount} is ${describeScope(whole.scope)}` };
  }
  const isSameExact = a.interval.low === a.interval.high && a.interval.low === b.interval.low && b.interval.low === b.interval.high;
  if (a.amount === b.amount || isSameExact) return { verdict: "agree" };
  if (a.published && b.published && a.published !== b.published) {
    const [earlier, later] = a.published < b.published ? [a, b] : [b, a];
    const change = `from ${earlier.amount} (${earlier.published}) to ${later.amount} (${later.published})`;
    if (pointOf(later) > pointOf(earlier)) return { verdict: "updated", note: `the toll rose ${change}` };
    if (later.interval.high < earlier.interval.low) return { verdict: "conflict", note: `the toll fell ${change}` };
  }
  const isCompatible = Math.max(a.interval.low, b.interval.low) <= Math.min(a.interval.high, b.interval.high);
  if (!isCompatible) return { verdict: "conflict", note: `${a.amount} and ${b.amount} ${kind}, both for ${describeScope(a.scope.places.size > 0 ? a.scope : b.scope)}, cannot both be true` };
  const floor = [a, b].find((figure) => figure.interval.high === Infinity);
  const other = floor === a ? b : a;
  if (floor && floor.figure.count === other.figure.count) return { verdict: "partial", note: `${floor.amount} is a floor that ${other.amount} meets` };
  return { verdict: "differs", note: `${a.amount} and ${b.amount} can both be true` };
}

/** "the toll rose from at least 49 (2019-03-15) to 50 (2019-03-17) to 51 (2020-03-15)": one note for all the articles. */
function risingToll(figures: Figure[]): string {
  const dated = figures.filter((figure) => figure.published).sort((a, b) => a.published!.localeCompare(b.published!));
  return `the toll rose from ${dated.map((figure) => `${figure.amount} (${figure.published})`).join(" to ")}`;
}

/** A row from the figures of several articles: the strongest finding of any two, and why. */
function rowOf(figures: Figure[], subject: string, articles: Article[], kind: CasualtyKind): ComparisonRow {
  const claims: Claim[] = figures.map(({ article, figure, amount }) => ({
    article,
    value: amount,
    evidence: figure.sentence?.text ?? figure.text,
    marked: figure.text,
    confidence: figure.confidence,
  }));
  const findings: Finding[] = [];
  for (let i = 0; i < figures.length; i++) for (let j = i + 1; j < figures.length; j++) findings.push(weigh(figures[i], figures[j], kind));
  const absent = missingFrom(articles, claims);
  const verdict = figures.length < 2 ? "only-some" : strongest(findings.map((finding) => finding.verdict));
  const notes = verdict === "updated" ? [risingToll(figures)] : [...new Set(findings.filter((finding) => finding.verdict === verdict && finding.note).map((finding) => finding.note!))];
  if (absent.length > 0) notes.push(`not reported by ${absent.join(", ")}`);
  return { field: "casualties", subject, verdict, claims, ...(notes.length > 0 ? { note: notes.join("; ") } : {}) };
}

/**
 * One row per kind for the articles' tolls, then one per part that two articles or more count on
 * its own ("killed in Arlen alone"), where a part of one article can contradict a part of another.
 */
export function compareCasualties(articles: Article[]): ComparisonRow[] {
  const kinds = [...new Set(articles.flatMap((article) => Object.keys(article.report.casualtySummary) as CasualtyKind[]))];
  return kinds.flatMap((kind) => {
    const figures = articles.map((article) => figuresOf(article, kind));
    if (figures.every((list) => list.length === 0)) return [];
    const rows = [rowOf(figures.flatMap((list) => list.slice(0, 1)), kind, articles, kind)];
    const byScope = new Map<string, Figure[]>();
    for (const list of figures) {
      const seen = new Set<string>();
      for (const figure of list) {
        const key = scopeKey(figure.scope);
        if (seen.has(key) || (key === scopeKey(list[0].scope) && !figure.isHeadline)) continue;
        seen.add(key);
        byScope.set(key, [...(byScope.get(key) ?? []), figure]);
      }
    }
    for (const group of byScope.values()) {
      if (group.length < 2 || group.every((figure) => figure.isHeadline)) continue;
      rows.push(rowOf(group, `${kind}: ${describeScope(group[0].scope)}`, articles.filter((article) => group.some((figure) => figure.article === article.name)), kind));
    }
    return rows;
  });
}
