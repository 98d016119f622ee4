import { describe, expect, it } from "vitest";
import { article, rowsOf } from "./helpers.js";

const quotesOf = (a: string, b: string) => rowsOf([article("a", a), article("b", b)], "quotes", { all: true });

describe("direct quotations lined up by speaker and wording", () => {
  it.each([
    ["reported speech in other words is no quotation", "Officials said that 27 people died in the floods.", "Twenty-seven people were killed in the floods, regional officials said.", []],
    ["the same quotation in other words", "“Twenty-seven people died in the floods,” officials said.", "“Twenty-seven people were killed in the floods,” regional officials said.", ["conflict"]],
    ["a space lost in wire text", "“Talks with theU.S. will resume next week,” Interior Minister Mira Sand said.", "“Talks with the U.S. will resume next week,” Sand said.", ["agree"]],
    ["a word changed beside it", "“Talks with the U.S. will resume next week,” Interior Minister Mira Sand said.", "“Talks with the U.S. will resume next month,” Sand said.", ["conflict"]],
    ["marks, dashes and case", "“We will rebuild — together,” Mayor Anne Smith said.", "\"We will rebuild - Together,\" Mayor Anne Smith said.", ["agree"]],
    ["the same words given to two people", "“The border will stay closed until further notice,” said Interior Minister Karl Berg.", "“The border will stay closed until further notice,” said police chief Maria Lund.", ["conflict"]],
    ["the same words, the speaker by title", "“The border will stay closed until further notice,” said Interior Minister Karl Berg.", "“The border will stay closed until further notice,” the interior minister said.", ["agree"]],
    ["two statements of one speaker", "“The dam held through the night,” Mayor Anne Smith said.", "“Schools will reopen on Thursday morning,” Mayor Anne Smith said.", ["only-some", "only-some"]],
    ["two statements that open alike", "“We will not give in to these threats,” Mayor Anne Smith said.", "“We will not give up the search,” Mayor Anne Smith said.", ["only-some", "only-some"]],
    ["one statement, two words changed", "“We will not give in to these threats,” Mayor Anne Smith said.", "“We will never give in to such threats,” Mayor Anne Smith said.", ["conflict"]],
  ])("%s → %j", (_name, a, b, verdicts) => {
    expect(quotesOf(a, b).map((row) => row.verdict)).toEqual(verdicts);
  });

  it("shows the words that changed, and how alike the versions are", () => {
    const [row] = quotesOf("“We will rebuild this city together,” Mayor Anne Smith said.", "“We will rebuild this town together,” Mayor Anne Smith said.");
    expect(row).toMatchObject({ verdict: "conflict", subject: "Anne Smith", note: "the same quotation in different words", similarity: 0.833 });
    expect(row.diff).toEqual([
      { kind: "same", text: "we will rebuild this" },
      { kind: "removed", text: "city" },
      { kind: "added", text: "town" },
      { kind: "same", text: "together" },
    ]);
    // Words left out of a quotation are a cut, not a change: both can be what was said.
    const [cut] = quotesOf("“We will rebuild this city together,” Mayor Anne Smith said.", "“We will rebuild this city,” Mayor Anne Smith said.");
    expect(cut.verdict).toBe("partial");
  });

  it("names both speakers when the words are given to two", () => {
    const [row] = quotesOf("“The border will stay closed until further notice,” said Interior Minister Karl Berg.", "“The border will stay closed until further notice,” said police chief Maria Lund.");
    expect(row.note).toBe("the same words given to Karl Berg and Maria Lund");
  });

  it("takes the quoted words of reported speech as a part of the full quotation", () => {
    const rows = quotesOf("Mayor Anne Smith said the flood was “the worst this city has seen”.", "“This is the worst this city has seen,” Mayor Anne Smith said.");
    expect(rows.map((row) => [row.verdict, row.note])).toEqual([["partial", "one quotes a part of the other's quotation"]]);
    const changed = quotesOf("Mayor Anne Smith said the flood was “the worst this town has seen”.", "“This is the worst this city has seen,” Mayor Anne Smith said.");
    expect(changed.map((row) => row.verdict)).toEqual(["conflict"]);
  });

  it("folds quotations only one article has into one row per article unless all are asked for", () => {
    const articles = [
      article("a", "Mayor Anne Smith said: “The dam held through the night.” Police chief Maria Lund said: “We are grateful to every volunteer.”"),
      article("b", "“Schools will reopen on Thursday morning,” Mayor Anne Smith said."),
    ];
    const folded = rowsOf(articles, "quotes");
    expect(folded.map((row) => [row.subject, row.verdict, row.claims.map((claim) => claim.article)])).toEqual([
      ["only some (2)", "only-some", ["a"]],
      ["only some (1)", "only-some", ["b"]],
    ]);
    expect(rowsOf(articles, "quotes", { all: true })).toHaveLength(3);
  });
});
