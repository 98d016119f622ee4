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

/** A toll in words: its headline figure, or the difference it is ("1 (2 − 1 killed)"). */
export function describeToll(toll: CasualtySummary, casualties: Casualty[]): string {
  const headline = describeCount(casualties[toll.figures[0]]);
  if (!toll.minus) return headline;
  return `${toll.count} (${headline} − ${toll.minus.map((index) => `${describeCount(casualties[index])} ${casualties[index].kind}`).join(" − ")})`;
}
