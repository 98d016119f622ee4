import { describe, expect, it } from "vitest";
import { SortedTable } from "../src/sorted-table.js";

describe("a sorted table", () => {
  // Keys that are prefixes of each other, accented and non-Latin letters, spaces and punctuation.
  const entries: Array<[string, string]> = [
    ["Velmora", "y\tQV\t52000\t"],
    ["Velmor", "r\tQV\t0\t"],
    ["Velmora Bay", "place\tQV\t0\t"],
    ["Ängsholm", "y\tQS\t900\t"],
    ["São Brevo", "y\tQB\t1200\t"],
    ["Ōkawara", "y\tQJ\t300\t"],
    ["St. Orlin", "y\tQV\t40\t"],
    ["A", "c\tQA\t0\tQA-1"],
  ];
  const table = new SortedTable(entries);

  it.each(entries)("finds %s, whatever the order it was given in", (key, value) => {
    expect(table.get(key)).toBe(value);
    expect(new SortedTable([...entries].reverse()).get(key)).toBe(value);
  });

  it.each(["Velmo", "Velmoraa", "velmora", "Velmora ", "Angsholm", "", "Z", "St Orlin"])("has no %j: a prefix, an extension or a near spelling of a key", (key) => {
    expect(table.get(key)).toBeUndefined();
    expect(table.has(key)).toBe(false);
  });

  it("holds a word list with keys alone", () => {
    const words = SortedTable.ofKeys(["harbour", "harbor", "harb", "zest", "apple"]);
    expect(["harbour", "harbor", "harb", "zest", "apple"].map((word) => words.has(word))).toEqual([true, true, true, true, true]);
    expect(["harbours", "har", "zesty", "appl", "Apple"].map((word) => words.has(word))).toEqual([false, false, false, false, false]);
  });

  it("finds every key of a large table and nothing between them", () => {
    const keys = Array.from({ length: 5000 }, (_, index) => `w${(index * 7919) % 100003}`);
    const large = SortedTable.ofKeys(keys);
    expect(keys.every((key) => large.has(key))).toBe(true);
    expect(keys.some((key) => large.has(`${key}x`) || large.has(key.slice(0, -1) + "/"))).toBe(false);
  });

  it("refuses a key with a tab or a line break, which would end it early", () => {
    expect(() => SortedTable.ofKeys(["one\ttwo"])).toThrow();
    expect(() => new SortedTable([["one", "two\nthree"]])).toThrow();
    expect(() => SortedTable.ofKeys(["", "one"])).toThrow();
  });
});
