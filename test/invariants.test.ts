import { readFileSync } from "node:fs";
import Ajv from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readGold } from "../src/eval/gold.js";
import { extract } from "../src/index.js";
import { expectOffsetsSliceBack } from "./helpers.js";

const schema = JSON.parse(readFileSync(new URL("../schema/report.schema.json", import.meta.url), "utf8"));
const validate = new Ajv({ allErrors: true }).compile(schema);

const fixtures = [
  ...readGold("fixtures/seed.jsonl"),
  ...readGold("fixtures/meantime.jsonl"),
  { id: "seed-putin-trump.txt", text: readFileSync("fixtures/seed-putin-trump.txt", "utf8"), published: "2019-12-30" },
];

describe("every fixture", () => {
  it.each(fixtures.map((doc) => [doc.id, doc] as const))("%s: offsets slice back and the report fits the schema", (_id, doc) => {
    const report = extract(doc.text, { published: doc.published, evidence: true, id: doc.id });
    expectOffsetsSliceBack(doc.text, report);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("any text", () => {
  it("never throws, and every offset slices back", () => {
    const pieces = fc.constantFrom("“", "”", '"', "said", " ", ".", "\n", "Putin", "killed", "12", "Sunday", "(IS)", "According to", ",", "the", "2015", "Mr.");
    const texts = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(" ")));
    fc.assert(
      fc.property(texts, (text) => {
        const report = extract(text, { published: "2019-12-30", evidence: true });
        const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        expectOffsetsSliceBack(input, report);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("gives the same report for the same text", () => {
    const text = fixtures[0].text;
    expect(extract(text, { published: "2019-12-30" })).toEqual(extract(text, { published: "2019-12-30" }));
  });
});
