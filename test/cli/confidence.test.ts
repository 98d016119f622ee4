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

  it("leaves out every fact below the bar, in JSON as in tables", async () => {
    const article = "Storms killed 9 people in Tarvel on Monday, the regional governor Ilse Marr said.";
    const all = JSON.parse((await factx(["--json", "-p", "2019-12-30", "-"], article)).stdout);
    const kept = JSON.parse((await factx(["--json", "-p", "2019-12-30", "--min-confidence", "0.99", "-"], article)).stdout);
    const facts = (report: { actors: unknown[]; locations: unknown[]; dates: unknown[]; casualties: unknown[]; quotes: unknown[] }) =>
      [...report.actors, ...report.locations, ...report.dates, ...report.casualties, ...report.quotes] as Array<{ confidence: number }>;
    expect(facts(all).some((fact) => fact.confidence < 0.99)).toBe(true);
    expect(facts(kept)).toEqual(facts(all).filter((fact) => fact.confidence >= 0.99).map((fact) => expect.objectContaining({ confidence: fact.confidence })));
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
