import { expect } from "vitest";
import { extract, type ExtractOptions, type Report, type Span } from "../src/index.js";

export const PUBLISHED = "2019-12-30";

export function run(text: string, options: ExtractOptions = {}): Report {
  return extract(text, { published: PUBLISHED, ...options });
}

/** Every span a report holds, with where it sits in the report. */
export function spansOf(report: Report): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  const add = (where: string, span: Span | null | undefined) => {
    if (span) spans.push([where, span]);
  };
  report.actors.forEach((actor) => actor.mentions.forEach((mention) => add(`actor ${actor.name}`, mention)));
  report.locations.forEach((location) => location.mentions.forEach((mention) => add(`location ${location.name}`, mention)));
  for (const field of ["dates", "casualties", "quotes"] as const) {
    for (const fact of report[field]) {
      add(field, fact);
      add(`${field} sentence`, fact.sentence);
    }
  }
  report.quotes.forEach((quote) => {
    add("quote speaker", quote.speakerMention);
    quote.parts?.forEach((part) => add("quote part", part));
  });
  return spans;
}

/** The provenance invariant: every span slices back to its own text. */
export function expectOffsetsSliceBack(text: string, report: Report): void {
  for (const [where, span] of spansOf(report)) {
    expect(text.slice(span.start, span.end), where).toBe(span.text);
    expect(span.start, where).toBeLessThanOrEqual(span.end);
  }
}
