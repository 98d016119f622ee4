import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cut, fitWidths, visibleLength, wrapText } from "../../src/render/fit.js";
import { RENDERERS, type RenderOptions } from "../../src/render/index.js";
import { FIELDS } from "../../src/types.js";
import { run } from "../helpers.js";

const SAMPLE = readFileSync("fixtures/seed-putin-trump.txt", "utf8");
const sample = run(SAMPLE, { evidence: true, sourceName: "fixtures/seed-putin-trump.txt" });
// Long unbroken words (a web address, a hashtag run) and a long source name must be cut, not overflow.
const hostile = run(
  "Officials at https://example.org/a/very/long/path/that/never/breaks/anywhere/at/all said 12 people were killed in Paris on Sunday. " +
    "“#NeverAgain#NeverAgain#NeverAgain#NeverAgain#NeverAgain#NeverAgain,” the mayor of Paris said.",
  { evidence: true, sourceName: `archive/${"deeply-nested-folder/".repeat(8)}story.txt` },
);

const widest = (text: string) => Math.max(...text.split("\n").map(visibleLength));

describe("tables fit the terminal", () => {
  for (const width of [60, 80, 120]) {
    for (const color of [false, true]) {
      it(`are never wider than ${width} columns (colour ${color ? "on" : "off"})`, () => {
        const options: RenderOptions = { fields: [...FIELDS], color, evidence: true, width };
        for (const report of [sample, hostile]) expect(widest(RENDERERS.table.renderOne!({ ok: true, report }, options))).toBeLessThanOrEqual(width);
        const failed = RENDERERS.table.renderOne!({ ok: false, source: "x/".repeat(50), error: { code: "ENOENT", message: "no such file ".repeat(10) } }, options);
        expect(widest(failed)).toBeLessThanOrEqual(width);
        expect(widest(RENDERERS.table.renderSummary!(3, [{ source: "y/".repeat(60), message: "binary file ".repeat(12) }], options))).toBeLessThanOrEqual(width);
      });
    }
  }

  it("keep every cell whole when the table fits, and wrap when it does not", () => {
    const options: RenderOptions = { fields: ["actors"], color: false, evidence: false, width: 200 };
    expect(RENDERERS.table.renderOne!({ ok: true, report: sample }, options)).toMatch(/│ Vladimir Putin +│ person +│ President +│ [^│\n]*President Vladimir Putin/);
    const narrow = RENDERERS.table.renderOne!({ ok: true, report: sample }, { ...options, width: 60 });
    expect(narrow).not.toMatch(/Vladimir Putin +│/);
    expect(narrow).toMatch(/│ Vladimir +│/);
  });
});

describe("wrapText", () => {
  it.each([
    ["one two three", 7, ["one two", "three"]],
    ["one two", 7, ["one two"]],
    ["abcdefghij", 5, ["abcd…"]],
    ["abcde", 5, ["abcde"]],
    ["a line\nand another", 20, ["a line", "and another"]],
  ])("%j in %i columns", (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });

  it("cut marks what it drops, and leaves a text that fits", () => {
    expect(cut("Kabul, Afghanistan", 6)).toBe("Kabul…");
    expect(cut("Kabul", 6)).toBe("Kabul");
  });
});

describe("fitWidths", () => {
  const need = (natural: number, word: number, weight = 1) => ({ natural, word, weight });
  const tableWidth = (widths: number[]) => widths.reduce((sum, value) => sum + value, 0) + widths.length + 1;

  it("keeps natural widths that fit, borders counted", () => {
    expect(fitWidths([need(10, 5), need(20, 8, 3)], 33)).toEqual([10, 20]);
    // One more than fits: the words (5 and 8) first, then the 17 left shared one to three.
    expect(fitWidths([need(10, 5), need(21, 8, 3)], 33)).toEqual([9, 21]);
  });

  it("gives every column its longest word, then the rest by weight, none past its natural width", () => {
    // A kind (10), a count (7), a name (20, words of 10) and a quotation (300, words of 12), in 80 columns.
    const widths = fitWidths([need(10, 10), need(7, 7), need(20, 10, 2), need(300, 12, 6)], 80);
    // Words take 39 of the 75 inside the borders; the name and the quotation share the 36 left, 2 to 6.
    expect(widths).toEqual([10, 7, 19, 39]);
    expect(tableWidth(widths)).toBe(80);
  });

  it("splits a word longer than the cap rather than widen a narrow table for it", () => {
    const widths = fitWidths([need(60, 60), need(100, 10, 3)], 60);
    expect(tableWidth(widths)).toBeLessThanOrEqual(60);
    expect(widths[1]).toBeGreaterThan(widths[0]);
  });

  it("narrows every column to fit many columns into few characters", () => {
    const widths = fitWidths(Array.from({ length: 8 }, () => need(30, 14)), 40);
    expect(tableWidth(widths)).toBeLessThanOrEqual(40);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(3);
  });
});
