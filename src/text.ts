/** The sentence (or line) around a span, found in the raw text: for mentions and for errors in eval. */
export function sentenceAround(text: string, range: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, range.start - 300), range.start);
  const after = text.slice(range.end, range.end + 300);
  const head = before.split(/(?<=[.!?])\s+|\n/).at(-1) ?? "";
  const tail = after.split(/(?<=[.!?])\s+|\n/)[0] ?? "";
  return `${head}${text.slice(range.start, range.end)}${tail}`.trim();
}
