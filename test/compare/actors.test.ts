import { describe, expect, it } from "vitest";
import { article, rowsOf } from "./helpers.js";

const presence = (texts: string[], field: string, all = true) =>
  rowsOf(texts.map((text, index) => article(String.fromCharCode(97 + index), text)), field, { all }).map((row) => [row.subject, row.verdict]);

describe("actors and places by presence", () => {
  it.each([
    ["a family name is its holder", ["President Emmanuel Macron visited Lyon.", "Mr. Macron met the mayor in Lyon."], [["Emmanuel Macron", "agree"]]],
    ["two people of one family name stay two", ["Interior Minister Mira Sand visited Homs.", "Karl Sand visited Homs."], [["Mira Sand", "only-some"], ["Karl Sand", "only-some"]]],
  ])("%s", (_name, texts, rows) => {
    expect(presence(texts, "actors")).toEqual(rows);
  });

  it("folds what only some articles name into one row per article, listed in full with `all`", () => {
    const texts = ["President Emmanuel Macron met Olaf Scholz in Lyon.", "Mr. Macron met Pedro Sanchez and Mark Rutte in Lyon."];
    expect(presence(texts, "actors", false)).toEqual([["Emmanuel Macron", "agree"], ["only some (1)", "only-some"], ["only some (2)", "only-some"]]);
    const folded = rowsOf([article("a", texts[0]), article("b", texts[1])], "actors").at(-1);
    expect(folded?.claims).toEqual([{ article: "b", value: "Pedro Sanchez, Mark Rutte", evidence: null }]);
    expect(presence(texts, "actors")).toEqual([["Emmanuel Macron", "agree"], ["Olaf Scholz", "only-some"], ["Pedro Sanchez", "only-some"], ["Mark Rutte", "only-some"]]);
    expect(presence(texts, "locations")).toEqual([["Lyon", "agree"]]);
  });

  it("keeps to the fields asked for", () => {
    const articles = [article("a", "Gunmen killed 12 people in Kabul on Friday."), article("b", "Gunmen killed 15 people in Kabul on Friday.")];
    expect(rowsOf(articles, "locations", { fields: ["casualties"] })).toEqual([]);
    expect(rowsOf(articles, "casualties", { fields: ["casualties"] }).map((row) => row.verdict)).toEqual(["conflict"]);
  });
});
