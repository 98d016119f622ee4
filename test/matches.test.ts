import { describe, expect, it } from "vitest";
import { allMatches } from "../src/matches.js";

const asFound = (matches: RegExpMatchArray[]) => matches.map((match) => [match.index, match[0], match.groups?.word]);

describe("allMatches", () => {
  it.each([
    [/(?<word>\b\w+\b)/g, "twelve people were killed"],
    [/a*/g, "baaac"],
    [/(?:)/gu, "a😀b"],
    [/\d+/g, "no digits"],
  ])("finds what matchAll finds: %s in %s", (pattern, text) => {
    expect(asFound(allMatches(pattern, text))).toEqual(asFound([...text.matchAll(pattern)]));
  });

  it("starts from the beginning whatever an earlier use left, and leaves the pattern ready again", () => {
    const pattern = /\d+/g;
    pattern.test("12 and 34");
    expect(allMatches(pattern, "12 and 34").map((match) => match[0])).toEqual(["12", "34"]);
    expect(pattern.lastIndex).toBe(0);
  });

  it("lets the same pattern be used again while its matches are read", () => {
    const pattern = /\w+/g;
    const pairs = allMatches(pattern, "ab cd").map((outer) => allMatches(pattern, outer[0]).length);
    expect(pairs).toEqual([1, 1]);
  });
});
