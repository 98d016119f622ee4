import { expect } from "vitest";
import { expectOffsetsSliceBack, run } from "../helpers.js";

/** Where every mention of an actor or a place starts and ends, as "start:end". */
function spansOf(text: string): Set<string> {
  const report = run(text, { only: ["actors", "locations"] });
  expectOffsetsSliceBack(text, report);
  const mentions = [...report.actors, ...report.locations].flatMap((entity) => entity.mentions);
  return new Set(mentions.map((mention) => `${mention.start}:${mention.end}`));
}

/** [sentence, words as written, whether they make one mention exactly]: the words at their first place. */
export type SpanRow = [string, string, boolean];

export function expectSpan(text: string, written: string, isMention: boolean): void {
  const start = text.indexOf(written);
  expect(start, `"${written}" is not in the sentence`).toBeGreaterThanOrEqual(0);
  expect(spansOf(text).has(`${start}:${start + written.length}`)).toBe(isMention);
}
