import type { Casualty, CasualtySummary } from "./types.js";

/** The sentence (or line) around a span, found in the raw text: for mentions and for errors in eval. */
export function sentenceAround(text: string, range: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, range.start - 300), range.start);
  const after = text.slice(range.end, range.end + 300);
  const head = before.split(/(?<=[.!?])\s+|\n/).at(-1) ?? "";
  const tail = after.split(/(?<=[.!?])\s+|\n/)[0] ?? "";
  return `${head}${text.slice(range.start, range.end)}${tail}`.trim();
}

/** A casualty figure in words: "224", "at least 12", "10–15", "24+" for "dozens". */
export function describeCount(figure: Casualty): string {
  const amount =
    figure.count !== null ? String(figure.count) : figure.min !== null ? `${figure.min}${figure.max !== null ? `–${figure.max}` : "+"}` : "—";
  return figure.qualifier ? `${figure.qualifier} ${amount}` : amount;
}

/**
 * A toll in words, with how it was made: its headline figure, the sum it is ("32 = 23 + 9"), the
 * difference it is ("1 (2 − 1 killed)"), an update ("97 (latest update)") or an earlier event's figure.
 */
export function describeToll(toll: CasualtySummary, casualties: Casualty[]): string {
  const headline = describeCount(casualties[toll.figures[0]]);
  const byId = (id: string) => casualties.find((figure) => figure.id === id)!;
  if (toll.how === "sum-of-parts" && toll.partIds) return `${toll.count ?? headline} = ${toll.partIds.map((id) => describeCount(byId(id))).join(" + ")}`;
  if (toll.how === "latest-update") return `${headline} (latest update)`;
  if (toll.how === "background") return `${headline} (earlier event)`;
  if (!toll.minus) return headline;
  return `${toll.count} (${headline} − ${toll.minus.map((index) => `${describeCount(casualties[index])} ${casualties[index].kind}`).join(" − ")})`;
}
