import { parse } from "csv-parse/sync";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factx, factxProcess } from "../cli/factx.js";
import { RENDERERS, type DocumentResult, type RenderOptions } from "../../src/render/index.js";
import { ANSI, visibleLength } from "../../src/render/fit.js";
import { summarize } from "../../src/summary/index.js";
import { FIELDS } from "../../src/types.js";
import { run } from "../helpers.js";

const KABUL = `Bomb kills 12 at Kabul market
Gunmen killed 12 people at a market in Kabul on Sunday, police said. “We heard two blasts,” said Ahmad Zia, a shopkeeper.
Kabul police chief Ahmad Zia said 30 people were injured. President Ashraf Ghani condemned the attack in Kabul.`;
const PARIS = "Paris mayor opens new bridge\nThe mayor of Paris, Anne Hidalgo, opened a bridge over the Seine in Paris on Friday.";

describe("summarize", () => {
  const summary = summarize(run(KABUL, { sourceName: "kabul.txt", evidence: true, includeText: true }));

  it("gives the article's first line, the date of the event, the main place, the toll and who speaks", () => {
    expect(summary).toMatchObject({ source: { name: "kabul.txt", published: "2019-12-30" }, headline: "Bomb kills 12 at Kabul market", eventDate: "2019-12-29", place: "Kabul" });
    expect(summary.toll).toEqual([
      { kind: "killed", count: 12, text: "12" },
      { kind: "injured", count: 30, text: "30" },
    ]);
    expect(summary.actors[0]).toBe("Ahmad Zia");
    expect(summary.quotes).toBeGreaterThanOrEqual(1);
    expect(summary.speakers).toBeLessThanOrEqual(summary.quotes);
  });

  it("prefers a web page's title to the first line, and has no headline without the text", () => {
    expect(summarize(run(PARIS, { includeText: true, source: { title: "A bridge for Paris" } })).headline).toBe("A bridge for Paris");
    expect(summarize(run(PARIS, { includeText: true })).headline).toBe("Paris mayor opens new bridge");
    expect(summarize(run(PARIS)).headline).toBeNull();
  });

  it("has no toll, no quotes and the first dated day when nothing was harmed", () => {
    const paris = summarize(run(PARIS, { evidence: true, includeText: true }));
    expect(paris).toMatchObject({ toll: [], quotes: 0, speakers: 0, eventDate: "2019-12-27", place: "Paris" });
  });
});

describe("factx summary on a folder", () => {
  const folder = mkdtempSync(join(tmpdir(), "factx-summary-"));
  mkdirSync(join(folder, "b"));
  writeFileSync(join(folder, "a-kabul.txt"), KABUL);
  writeFileSync(join(folder, "b", "paris.txt"), PARIS);
  writeFileSync(join(folder, "c-photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
  const names = ["a-kabul.txt", "b/paris.txt", "c-photo.txt"].map((name) => join(folder, name));

  it("writes one CSV row per article in name order, a failed one as a row with its error, and exits 1", async () => {
    const { code, stdout, stderr } = await factx(["summary", folder, "--format", "csv", "--published", "2019-12-30", "--jobs", "1"]);
    const rows = parse(stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.document)).toEqual(names);
    expect(rows[0]).toMatchObject({ headline: "Bomb kills 12 at Kabul market", event_date: "2019-12-29", place: "Kabul", killed: "12", injured: "30", error: "" });
    expect(rows[1]).toMatchObject({ headline: "Paris mayor opens new bridge", place: "Paris", toll: "", killed: "", error: "" });
    expect(rows[2]).toMatchObject({ headline: "", error: "binary file (PNG image), not an article" });
    expect(stderr).toBe(`factx: ${names[2]}: binary file (PNG image), not an article\n`);
    expect(code).toBe(1);
  });

  it("writes JSONL, a failed article as the error record extraction writes", async () => {
    const { stdout } = await factx(["summary", folder, "--format", "jsonl", "--jobs", "1"]);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.source.name)).toEqual(names);
    expect(lines[0]).toMatchObject({ place: "Kabul", quotes: expect.any(Number) });
    expect(lines[2]).toEqual({ source: { name: names[2], published: null }, error: { code: "EBINARY", message: "binary file (PNG image), not an article" } });
  });

  it("draws a table no wider than COLUMNS, closed by a count of articles and failures", async () => {
    for (const width of [60, 80, 120]) {
      const { stdout } = await factx(["summary", folder, "--jobs", "1"], undefined, { COLUMNS: String(width) });
      expect(Math.max(...stdout.trimEnd().split("\n").map(visibleLength)), `at ${width}`).toBeLessThanOrEqual(width);
      expect(stdout).toMatch(/└[─┴]+┘\n3 articles, 1 failed\n$/);
      expect(stdout).toContain("Bomb kills 12");
    }
  });

  it("gives the same rows, in the same order, with worker threads (the built CLI)", async () => {
    const { stdout: inline } = await factx(["summary", folder, "--format", "jsonl", "--jobs", "1"]);
    const workers = factxProcess(["summary", folder, "--format", "jsonl", "--jobs", "2"]).stdout;
    expect(inline.trim().split("\n")).toHaveLength(3);
    expect(workers).toBe(inline);
  });
});

describe("summary tables fit", () => {
  const results: DocumentResult[] = [
    { ok: true, report: run(KABUL, { sourceName: `archive/${"nested/".repeat(12)}kabul.txt`, evidence: true, includeText: true }) },
    { ok: false, source: "feed.jsonl:2", error: { code: "EJSON", message: "invalid JSON ".repeat(12) } },
  ];
  for (const width of [60, 80, 120]) {
    it(`are never wider than ${width} columns, header, rows and closing line`, () => {
      const options: RenderOptions = { fields: [...FIELDS], color: true, evidence: true, width };
      const table = RENDERERS["summary:table"];
      const text = table.renderHeader!(options) + results.map((result) => table.renderOne!(result, options)).join("") + table.renderSummary!(2, [], options);
      expect(Math.max(...text.trimEnd().split("\n").map(visibleLength))).toBeLessThanOrEqual(width);
      expect(text.replace(ANSI, "")).toMatch(/│ …\S*\/kabul\.txt │/);
    });
  }
});
