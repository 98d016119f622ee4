import { describe, expect, it } from "vitest";
import { marksOf, renderHighlightHtml, renderHighlightTerminal } from "../../src/render/highlight.js";
import { run } from "../helpers.js";

const TEXT = "“We will find them,” said Mayor Anne Smith after gunmen killed 12 people in Kabul on Sunday.";
const report = run(TEXT);

describe("highlight", () => {
  it("marks every fact once, where it stands", () => {
    const marks = marksOf(report).map((mark) => [mark.field, mark.text]);
    expect(marks).toEqual(
      expect.arrayContaining([
        ["quotes", "We will find them"],
        ["casualties", "killed 12 people"],
        ["dates", "Sunday"],
        ["actors", "Anne Smith"],
        ["locations", "Kabul"],
      ]),
    );
  });

  it("colours facts in place on a terminal, the text itself unchanged", () => {
    const painted = renderHighlightTerminal(TEXT, report, true);
    expect(painted).toMatch(/\u001b\[32mKabul\u001b\[39m/);
    expect(painted.replace(/\u001b\[[0-9;]*m/g, "").split("\n\n")[1].trimEnd()).toBe(TEXT);
  });

  it("escapes the article in HTML and nests marks inside a quotation", () => {
    const html = renderHighlightHtml("Officials said <b>12</b> & more died in Kabul on Sunday, police said.", run("Officials said <b>12</b> & more died in Kabul on Sunday, police said."));
    expect(html).toContain("&#60;");
    expect(html).toContain("&#38; more");
    expect(html).not.toMatch(/<\/?b>/);
    expect(html).toMatch(/<mark class="f-quotes"[^>]*><mark class="f-locations"[^>]*>Kabul<\/mark><\/mark>/);
  });
});
