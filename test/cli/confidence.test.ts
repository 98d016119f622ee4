import { describe, expect, it } from "vitest";
import { factx } from "./factx.js";

describe("factx --min-confidence", () => {
  it("takes a share from 0 to 1, and nothing else", async () => {
    for (const value of ["1.5", "-0.1", "high", ""]) {
      const { code, stderr } = await factx(["--min-confidence", value, "-"], "Ten people died.");
      expect(code, value).toBe(2);
      expect(stderr, value).toContain("--min-confidence takes a number from 0 to 1");
    }
  });

  it("leaves out every fact below the bar and keeps the others", async () => {
    const article = "Storms killed 9 people in Tarvel on Monday, the regional governor Ilse Marr said. “We lost everything,” she said.";
    const all = JSON.parse((await factx(["--json", "-p", "2019-12-30", "-"], article)).stdout);
    const kept = JSON.parse((await factx(["--json", "-p", "2019-12-30", "--min-confidence", "0.9", "-"], article)).stdout);
    for (const field of ["actors", "locations", "dates", "casualties"]) {
      const trusted = all[field].filter((fact: { confidence: number }) => fact.confidence >= 0.9);
      expect(kept[field], field).toEqual(trusted);
    }
    const isTrusted = (quote: { confidence: number; speakerConfidence: number | null }) => quote.confidence >= 0.9 && (quote.speakerConfidence ?? 1) >= 0.9;
    expect(kept.quotes.length).toBe(all.quotes.filter(isTrusted).length);
    const facts = ["actors", "locations", "dates", "casualties", "quotes"].flatMap((field) => all[field]);
    expect(facts.some((fact: { confidence: number }) => fact.confidence < 0.9), "the article has facts to leave out").toBe(true);
  });
});

describe("factx eval --calibration", () => {
  it("prints a reliability table per field, with its expected calibration error", async () => {
    const { code, stdout } = await factx(["eval", "fixtures/seed.jsonl", "--calibration"]);
    expect(code).toBe(0);
    expect(stdout).toContain("calibration: confidence given against facts right");
    for (const field of ["actors", "dates", "quotes", "speakers", "toll"]) expect(stdout).toMatch(new RegExp(`│ ${field} +│ 0\\.\\d–`));
  });

  it("adds the tables to the JSON, bins and all", async () => {
    const { stdout } = await factx(["eval", "fixtures/seed.jsonl", "--calibration", "--json", "--field", "quotes"]);
    const calibration = JSON.parse(stdout).files[0].calibration;
    expect(Object.keys(calibration)).toEqual(["quotes", "speakers"]);
    expect(calibration.speakers.facts).toBe(calibration.speakers.bins.reduce((sum: number, bin: { facts: number }) => sum + bin.facts, 0));
    expect(calibration.speakers.ece).toBeGreaterThanOrEqual(0);
  });
});
