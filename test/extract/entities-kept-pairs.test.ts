import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("places, bodies or months joined by a hyphen", () => {
  const rows: Array<[string, string, string]> = [
    ["Envoys prepared for the next round of Syria-NATO talks on Monday.", "Syria-NATO", "none"],
    ["Exports rose 4 percent in the Feb-June period, the ministry said.", "Feb-June", "none"],
    ["Officials from both sides met at the Chile-Peru border crossing.", "Chile-Peru", "none"],
    // near miss: one place written with a hyphen is the place
    ["Floods hit Guinea-Bissau on Tuesday.", "Guinea-Bissau", "location"],
    // near miss: two acronyms joined are a company's name
    ["Shares in KLV-TDR rose on Monday, traders said.", "KLV-TDR", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
