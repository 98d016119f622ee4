import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calibration, confidenceOf, TRUST_FIELDS, type CalibrationFile } from "../../src/trust/calibration.js";
import { fitCalibration, PRIOR_WEIGHT } from "../../src/trust/fit.js";
import type { Observation } from "../../src/trust/observe.js";
import { reliability } from "../../src/trust/reliability.js";
import { measuredSourcesHash } from "../../src/trust/sources.js";

describe("calibration/confidence.json", () => {
  it("measures the rules as they are now (if this fails, run `npm run calibrate` and commit the file)", () => {
    expect(calibration().sourcesHash).toBe(measuredSourcesHash("."));
  });

  it("lists its evidence in sorted order, so that a rerun on the same rules writes the same file", () => {
    const text = readFileSync("calibration/confidence.json", "utf8");
    const file = JSON.parse(text) as CalibrationFile;
    for (const field of Object.values(file.fields)) {
      const keys = Object.keys(field.evidence);
      expect(keys).toEqual([...keys].sort());
    }
    expect(Object.keys(file.fields)).toEqual(TRUST_FIELDS.filter((field) => field in file.fields));
  });
});

const observed = (field: Observation["field"], evidence: string[], right: number, wrong: number): Observation[] => [
  ...Array.from({ length: right }, () => ({ field, evidence, confidence: null, isRight: true })),
  ...Array.from({ length: wrong }, () => ({ field, evidence, confidence: null, isRight: false })),
];

describe("fitting the calibration", () => {
  const file = fitCalibration(
    [...observed("speakers", ["named", "beside"], 380, 20), ...observed("speakers", ["pronoun", "apart"], 2, 0), ...observed("speakers", ["pronoun", "beside"], 60, 40)],
    { about: "", sourcesHash: "", sets: [] },
  );
  const speakers = file.fields.speakers!;

  it("keeps the measured precision of evidence seen often", () => {
    expect(speakers.confidence).toBeCloseTo(442 / 502, 3);
    expect(speakers.evidence["named"]).toEqual({ facts: 400, right: 380, confidence: expect.closeTo((380 + PRIOR_WEIGHT * (442 / 502)) / 410, 3) });
  });

  it("pulls evidence seen a few times toward its parent instead of trusting 2 out of 2", () => {
    const pronoun = speakers.evidence["pronoun"].confidence;
    expect(speakers.evidence["pronoun/apart"].confidence).toBeCloseTo((2 + PRIOR_WEIGHT * pronoun) / (2 + PRIOR_WEIGHT), 2);
    expect(speakers.evidence["pronoun/apart"].confidence).toBeLessThan(0.8);
  });

  it("falls back from unseen evidence to its rule, from an unseen rule to the field, and from an unmeasured field to null", () => {
    expect(confidenceOf("speakers", ["named", "elsewhere"], file)).toBe(speakers.evidence["named"].confidence);
    expect(confidenceOf("speakers", ["renamed-rule", "beside"], file)).toBe(speakers.confidence);
    expect(confidenceOf("toll", ["one-figure"], file)).toBeNull();
  });
});

describe("reliability", () => {
  const judged = (confidence: number, right: number, wrong: number): Observation[] =>
    observed("quotes", [], right, wrong).map((observation) => ({ ...observation, confidence }));

  it("bins confidences by tenths and weighs each bin's gap by its share of the facts", () => {
    const table = reliability([...judged(0.9, 9, 1), ...judged(0.35, 1, 9)]);
    expect(table.bins.map((bin) => [bin.from, bin.facts, bin.precision])).toEqual([[0.3, 10, 0.1], [0.9, 10, 0.9]]);
    expect(table.ece).toBeCloseTo(0.5 * 0 + 0.5 * 0.25, 6);
    expect(table.high).toEqual({ share: 0.5, precision: 0.9 });
  });

  it("puts a confidence of 1 in the last bin, and leaves out facts without a confidence", () => {
    const table = reliability([...judged(1, 3, 0), ...observed("quotes", [], 5, 5)]);
    expect(table.facts).toBe(3);
    expect(table.bins.map((bin) => bin.from)).toEqual([0.9]);
  });
});
