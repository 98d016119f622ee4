import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { growthPerCharacter } from "./timing.js";

// The patterns themselves are audited in regex-audit.test.ts; here, whole extractions.

describe("hostile text is processed in near-linear time", () => {
  const hostile: Array<[string, (size: number) => string]> = [
    ["one long line without punctuation", (size) => "the minister said police killed people in Kabul on Sunday ".repeat(size / 59)],
    ["thousands of quotation marks", (size) => "“".repeat(size / 2) + "word ".repeat(size / 10)],
    ["unbalanced quotation marks", (size) => "He said “it will end. ".repeat(size / 22)],
    ["capitalised words without end", (size) => "Aaa Bbb Ccc Ddd ".repeat(size / 16)],
    ["digits without end", (size) => "1".repeat(size)],
    ["spaces without end", (size) => `killed${" ".repeat(size)}people`],
  ];
  it.each(hostile)("%s", (_name, make) => {
    const run = (size: number) => extract(make(size), { published: "2019-12-30" });
    run(2_000);
    // Linear work costs the same per character at both sizes; quadratic work would cost 8× more.
    expect(growthPerCharacter(run, 2_500, 20_000, 3)).toBeLessThan(3);
  });
});

describe("real article text with random damage", () => {
  const article = readFileSync("fixtures/seed-putin-trump.txt", "utf8");
  const damage = fc.array(
    fc.record({
      at: fc.nat({ max: article.length }),
      remove: fc.nat({ max: 40 }),
      insert: fc.constantFrom("", "“", "”", '"', "\n\n", ".", " said ", "Mr. ", "killed 12", "\u0000", "😀", "\ud800", "Ü"),
    }),
    { maxLength: 12 },
  );
  const applied = (edits: Array<{ at: number; remove: number; insert: string }>) =>
    edits.reduce((text, edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove), article);

  it("never throws, every offset slices back, and the result is deterministic", () => {
    fc.assert(
      fc.property(damage, (edits) => {
        const text = applied(edits);
        const report = extract(text, { published: "2019-12-30", evidence: true });
        for (const fact of [...report.dates, ...report.casualties, ...report.quotes]) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
        for (const actor of report.actors) for (const mention of actor.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(extract(text, { published: "2019-12-30", evidence: true })).toEqual(report);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
