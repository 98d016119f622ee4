import { describe, expect, it } from "vitest";
import { similarity, wordDiff } from "../../src/compare/diff.js";
import { compareArticles, type ComparisonRow } from "../../src/compare/index.js";
import { extract } from "../../src/index.js";

const article = (name: string, text: string, published = "2021-06-07") => ({
  name,
  report: extract(text, { published, evidence: true, includeText: true }),
});
const rowsOf = (rows: ComparisonRow[], field: string) => rows.filter((row) => row.field === field);

describe("casualty figures aligned by kind", () => {
  it.each([
    ["224 vs 230 killed", "The crash killed 224 people.", "The crash killed 230 people.", "conflict"],
    ["“at least 12” vs “15”", "At least 12 people were killed in the blast.", "The blast killed 15 people.", "soft"],
    ["the same count in other words", "Twelve people were killed in the blast.", "The blast killed 12 people.", "agree"],
    ["“nearly 20” vs “19”", "Nearly 20 people died in the fire.", "The fire killed 19 people.", "soft"],
    ["“up to 10” vs “12”", "Up to 10 people were killed.", "The attack killed 12 people.", "conflict"],
  ])("%s → %s", (_name, a, b, verdict) => {
    const [row] = rowsOf(compareArticles([article("a", a), article("b", b)]).rows, "casualties");
    expect(row.subject).toBe("killed");
    expect(row.verdict).toBe(verdict);
  });

  it("compares an injured toll that is a difference by its count", () => {
    const comparison = compareArticles([
      article("a", "Two men were shot on Friday. One died at the scene."),
      article("b", "One man was injured and one was killed in Friday's shooting."),
      article("c", "Three men were shot on Friday. One died at the scene."),
    ]);
    const injured = rowsOf(comparison.rows, "casualties").find((row) => row.subject === "injured");
    expect(injured?.claims.map((claim) => claim.value)).toEqual(["1 (2 − 1 killed)", "1", "2 (3 − 1 killed)"]);
    expect(injured?.verdict).toBe("conflict");
    const agreeing = compareArticles([article("a", "Two men were shot on Friday. One died at the scene."), article("b", "One man was injured and one was killed.")]);
    expect(rowsOf(agreeing.rows, "casualties").find((row) => row.subject === "injured")?.verdict).toBe("agree");
  });

  it("marks a kind only some articles report, and names the others", () => {
    const comparison = compareArticles([article("a", "Police arrested two men. Three people died."), article("b", "Three people died in the attack.")]);
    const arrested = rowsOf(comparison.rows, "casualties").find((row) => row.subject === "arrested");
    expect(arrested).toMatchObject({ verdict: "partial", note: "not reported by b" });
    expect(comparison.conflicts).toBe(0);
  });
});

describe("quotes aligned by speaker and wording", () => {
  it("finds an altered quote and shows the words that changed", () => {
    const comparison = compareArticles([
      article("a", "“We will rebuild this city together,” Mayor Anne Smith said on Monday."),
      article("b", "“We will rebuild this city,” Mayor Anne Smith said on Monday."),
    ]);
    const [row] = rowsOf(comparison.rows, "quotes");
    expect(row.verdict).toBe("conflict");
    expect(row.note).toBe("the same speaker quoted in different words");
    expect(row.similarity).toBeCloseTo(0.909, 2);
    expect(row.diff).toEqual([
      { kind: "same", text: "we will rebuild this city" },
      { kind: "removed", text: "together" },
    ]);
  });

  it("finds the same words given to different speakers", () => {
    const comparison = compareArticles([
      article("a", "“The border will stay closed until further notice,” said Interior Minister Karl Berg."),
      article("b", "“The border will stay closed until further notice,” said police chief Maria Lund."),
    ]);
    const [row] = rowsOf(comparison.rows, "quotes");
    expect(row).toMatchObject({ verdict: "conflict", note: "the same words attributed to different speakers" });
  });

  it("agrees on a quote reported the same way, whatever the title", () => {
    const comparison = compareArticles([
      article("a", "“We will rebuild this city together,” Mayor Anne Smith said."),
      article("b", "“We will rebuild this city together,” said Anne Smith."),
    ]);
    expect(rowsOf(comparison.rows, "quotes").map((row) => row.verdict)).toEqual(["agree"]);
  });

  it("does not pair two different statements of one speaker", () => {
    const comparison = compareArticles([
      article("a", "“The dam held through the night,” Mayor Anne Smith said."),
      article("b", "“Schools will reopen on Thursday morning,” Mayor Anne Smith said."),
    ]);
    expect(rowsOf(comparison.rows, "quotes").map((row) => row.verdict)).toEqual(["partial", "partial"]);
  });
});

describe("dates and presence", () => {
  it("finds articles that date the event differently", () => {
    const comparison = compareArticles([
      article("a", "Gunmen killed 12 people in Kabul on Sunday."),
      article("b", "Gunmen killed 12 people in Kabul on Saturday."),
    ]);
    const [row] = rowsOf(comparison.rows, "dates");
    expect(row).toMatchObject({ verdict: "conflict", subject: "date of the event" });
    expect(row.claims.map((claim) => claim.value)).toEqual(["2021-06-06", "2021-06-05"]);
  });

  it("lists actors and places by presence, merging aliases across articles", () => {
    const comparison = compareArticles([
      article("a", "President Emmanuel Macron visited Lyon."),
      article("b", "Mr. Macron met Olaf Scholz in Lyon."),
    ]);
    const actors = rowsOf(comparison.rows, "actors").map((row) => [row.subject, row.verdict]);
    expect(actors).toEqual([["Emmanuel Macron", "agree"], ["Olaf Scholz", "partial"]]);
    expect(rowsOf(comparison.rows, "locations").map((row) => [row.subject, row.verdict])).toEqual([["Lyon", "agree"]]);
  });

  it("gives every claim the sentence it came from", () => {
    const comparison = compareArticles([article("a", "Police said 3 people died. It rained."), article("b", "Four people died.")]);
    const [row] = rowsOf(comparison.rows, "casualties");
    expect(row.claims.map((claim) => claim.evidence)).toEqual(["Police said 3 people died.", "Four people died."]);
  });
});

describe("word diff", () => {
  it.each([
    ["same words, same order", "we will win", "We will win.", 1],
    ["nothing shared", "yes", "no", 0],
    ["half kept", "a b c d", "a b", 2 / 3],
  ])("similarity of %s", (_name, a, b, expected) => expect(similarity(a, b)).toBeCloseTo(expected));

  it("marks added and removed words", () => {
    expect(wordDiff("we must act now", "we should act")).toEqual([
      { kind: "same", text: "we" },
      { kind: "added", text: "should" },
      { kind: "removed", text: "must" },
      { kind: "same", text: "act" },
      { kind: "removed", text: "now" },
    ]);
  });
});
