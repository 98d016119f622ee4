import { describe, expect, it } from "vitest";
import { RULES } from "../../src/extract/casualties/rules/index.js";
import { run } from "../helpers.js";

const figures = (text: string) => run(text, { only: ["casualties"] }).casualties;

describe("casualty rules", () => {
  it("have unique names, so that a figure's rule names one construction", () => {
    const names = RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it.each(RULES.map((rule) => [rule.name, rule] as const))("%s has a positive and a near-miss row", (_name, rule) => {
    expect(rule.positives.length).toBeGreaterThan(0);
    expect(rule.nearMisses.length).toBeGreaterThan(0);
  });
});

describe.each(RULES.map((rule) => [rule.name, rule] as const))("%s", (name, rule) => {
  it.each(rule.positives.map((row) => [row.text, row] as const))("reads %s", (text, row) => {
    const start = text.indexOf(row.figure);
    expect(start).toBeGreaterThanOrEqual(0);
    const made = figures(text).find((figure) => figure.rule === name && figure.start === start);
    expect(made).toMatchObject({ kind: row.kind, count: row.count, start, end: start + row.figure.length, text: row.figure });
  });
  it.each(rule.nearMisses.map((text) => [text]))("does not read %s", (text) => {
    expect(figures(text).filter((figure) => figure.rule === name)).toEqual([]);
  });
});
