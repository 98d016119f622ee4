import { describe, expect, it } from "vitest";
import { compareArticles } from "../../src/compare/index.js";
import { article, rowFor, rowsOf } from "./helpers.js";

const pair = (a: string, b: string, dates: [string, string] = ["2024-05-11", "2024-05-11"]) => [article("a", a, dates[0]), article("b", b, dates[1])];

describe("casualty figures weighed by what they count", () => {
  // Each false alarm of old beside the real conflict it must not hide.
  it.each([
    ["one town of two is a part", "Gunmen killed 32 people in Homs and Hama on Friday.", "Gunmen killed 23 people in Homs on Friday.", "partial", "23 is Homs only; 32 is Homs and Hama"],
    ["the same town, other figures", "Gunmen killed 40 people in Homs on Friday.", "Gunmen killed 23 people in Homs on Friday.", "conflict", "40 and 23 killed, both for Homs, cannot both be true"],
    ["a part larger than the whole", "Gunmen killed 32 people in Homs and Hama on Friday.", "Gunmen killed 40 people in Homs on Friday.", "conflict", "the part is more than the whole: 40 killed for Homs, 32 for Homs and Hama"],
    ["a city in the country another names", "Gunmen killed 15 people in Afghanistan on Friday.", "Gunmen killed 12 people in Kabul on Friday.", "partial", "12 is Kabul only; 15 is Afghanistan"],
    ["two cities of one country", "Gunmen killed 15 people in Kandahar on Friday.", "Gunmen killed 12 people in Kabul on Friday.", "partial", "each counts a part: 15 is Kandahar; 12 is Kabul"],
    ["the first town of two", "Gunmen killed 32 people in two towns on Friday.", "Gunmen killed 23 people in the first town on Friday.", "partial", "23 is in the first town only; 32 is the whole event"],
    ["two towns, other figures", "Gunmen killed 32 people in two towns on Friday.", "Gunmen killed 35 people in two towns on Friday.", "conflict", "32 and 35 killed, both for the whole event, cannot both be true"],
    ["the children among the dead", "A bomb killed 12 people in Kaduna on Friday.", "Five children were killed in Kaduna on Friday.", "partial", "5 is children in Kaduna only; 12 is Kaduna"],
    ["the children, other figures", "Seven children were killed in Kaduna on Friday.", "Five children were killed in Kaduna on Friday.", "conflict", "7 and 5 killed, both for children in Kaduna, cannot both be true"],
    ["a floor and the figure that meets it", "At least 27 people were killed when a ferry capsized.", "Twenty-seven people died when a ferry capsized.", "partial", "at least 27 is a floor that 27 meets"],
    ["a floor and a higher figure", "At least 12 people were killed in the blast.", "The blast killed 15 people.", "differs", "at least 12 and 15 can both be true"],
    ["two exact figures", "Twelve people were killed in the blast.", "The blast killed 15 people.", "conflict", "12 and 15 killed, both for the whole event, cannot both be true"],
    ["more than, and the figure itself", "More than 12 people were killed in the blast.", "The blast killed 12 people.", "conflict", "more than 12 and 12 killed, both for the whole event, cannot both be true"],
    ["the same figure in other words", "Twelve people were killed in the blast.", "The blast killed 12 people.", "agree", undefined],
  ])("%s → %s", (_name, a, b, verdict, note) => {
    const row = rowFor(pair(a, b), "casualties", "killed");
    expect(row?.verdict).toBe(verdict);
    expect(row?.note).toBe(note);
  });

  it.each([
    ["a toll that rose by the next day", "The blast killed 12 people.", "The blast killed 15 people.", ["2024-05-10", "2024-05-11"], "updated", "the toll rose from 12 (2024-05-10) to 15 (2024-05-11)"],
    ["a toll that fell by the next day", "The blast killed 15 people.", "The blast killed 12 people.", ["2024-05-10", "2024-05-11"], "conflict", "the toll fell from 15 (2024-05-10) to 12 (2024-05-11)"],
    ["two tolls of one day", "The blast killed 15 people.", "The blast killed 12 people.", ["2024-05-11", "2024-05-11"], "conflict", "15 and 12 killed, both for the whole event, cannot both be true"],
  ] as const)("%s → %s", (_name, a, b, dates, verdict, note) => {
    const row = rowFor(pair(a, b, [...dates]), "casualties", "killed");
    expect(row).toMatchObject({ verdict, note });
  });

  it("lines up a part one article gives beside its total with the same part in another", () => {
    const total = "Gunmen killed 32 people in Homs and Hama on Friday. In Homs alone, 23 people were killed.";
    const rows = rowsOf(pair(total, "Gunmen killed 25 people in Homs on Friday."), "casualties");
    expect(rows.map((row) => [row.subject, row.verdict])).toEqual([["killed", "partial"], ["killed: Homs", "conflict"]]);
    expect(rows[1].claims.map((claim) => claim.value)).toEqual(["23", "25"]);
    const agreeing = rowsOf(pair(total, "Gunmen killed 23 people in Homs on Friday."), "casualties");
    expect(agreeing.map((row) => [row.subject, row.verdict])).toEqual([["killed", "partial"], ["killed: Homs", "agree"]]);
  });

  it("shows each figure's own words inside its sentence, so that a misreading can be seen", () => {
    const text = "Officials said 3 people died. It rained.";
    const [row] = rowsOf(pair(text, "Four people died on Friday."), "casualties");
    expect(row.claims.map(({ evidence, marked }) => [evidence, marked])).toEqual([
      ["Officials said 3 people died.", "3 people died"],
      ["Four people died on Friday.", "Four people died"],
    ]);
  });

  it("compares an injured toll that is a difference by its count", () => {
    const articles = [
      article("a", "Two men were shot on Friday. One died at the scene."),
      article("b", "One man was injured and one was killed in Friday's shooting."),
      article("c", "Three men were shot on Friday. One died at the scene."),
    ];
    const injured = rowFor(articles, "casualties", "injured");
    expect(injured?.claims.map((claim) => claim.value)).toEqual(["1 (2 − 1 killed)", "1", "2 (3 − 1 killed)"]);
    expect(injured?.verdict).toBe("conflict");
    expect(rowFor(articles.slice(0, 2), "casualties", "injured")?.verdict).toBe("agree");
  });

  it("weighs the article's toll for the whole event when its headline counts a group", () => {
    // A summary whose headline is the children: the 12 people are the toll to weigh.
    const headedByGroup = article("a", "Gunmen killed 12 people on Friday. Five children were killed.");
    headedByGroup.report.casualtySummary.killed!.figures.reverse();
    const killed = (other: string) => rowFor([headedByGroup, article("b", other)], "casualties", "killed");
    expect(killed("Gunmen killed 12 people on Friday.")).toMatchObject({ verdict: "agree", claims: [{ value: "12" }, { value: "12" }] });
    expect(killed("Gunmen killed 15 people on Friday.")?.verdict).toBe("conflict");
  });

  it("leaves out the toll of an earlier event the article recalls", () => {
    const recalled = "The blast killed 12 people on Friday. In 2015, a bomb at the same market killed 224 people.";
    expect(rowsOf(pair(recalled, "The blast killed 12 people on Friday."), "casualties").map((row) => [row.verdict, row.claims.map((claim) => claim.value)])).toEqual([["agree", ["12", "12"]]]);
    expect(rowsOf(pair("In 2015, a bomb at the market killed 224 people.", "The blast killed 12 people on Friday."), "casualties")).toMatchObject([{ verdict: "only-some", note: "not reported by a" }]);
    expect(rowsOf(pair(recalled, "The blast killed 15 people on Friday."), "casualties").map((row) => row.verdict)).toEqual(["conflict"]);
  });

  it("says which articles leave a kind out, and a kind in one article only is no finding", () => {
    const articles = [article("a", "Police arrested two men. Three people died."), article("b", "Three people died in the attack.")];
    expect(rowFor(articles, "casualties", "arrested")).toMatchObject({ verdict: "only-some", note: "not reported by b" });
    expect(compareArticles(articles).conflicts).toBe(0);
  });
});
