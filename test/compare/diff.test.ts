import { describe, expect, it } from "vitest";
import { similarity, wordDiff, wordingKey } from "../../src/compare/diff.js";

describe("quotation wording", () => {
  it.each([
    ["same words, same order", "we will win", "We will win.", 1],
    ["nothing shared", "yes", "no", 0],
    ["half kept", "a b c d", "a b", 2 / 3],
  ])("similarity of %s", (_name, a, b, expected) => expect(similarity(a, b)).toBeCloseTo(expected));

  it.each([
    ["a lost space", "talks with theU.S. resume", "Talks with the U.S. resume", true],
    ["curly and straight marks, dashes", "It’s over — for now", "it's over - for now", true],
    ["a changed word", "talks with the U.S. resume", "talks with the U.K. resume", false],
  ])("one wording: %s → %s", (_name, a, b, isSame) => expect(wordingKey(a) === wordingKey(b)).toBe(isSame));

  it("marks removed and added words, in order", () => {
    expect(wordDiff("we must act now", "we should act")).toEqual([
      { kind: "same", text: "we" },
      { kind: "removed", text: "must" },
      { kind: "added", text: "should" },
      { kind: "same", text: "act" },
      { kind: "removed", text: "now" },
    ]);
  });
});
