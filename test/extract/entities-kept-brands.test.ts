import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("the rest of a name after a brand written with a lower-case first letter", () => {
  const rows: Array<[string, string, string]> = [
    ["Songs can be bought from the zTunes Song Shop for a dollar each.", "Song Shop", "none"],
    ["The new eReader Vantor has a smaller screen, Korvex said.", "Vantor", "none"],
    // near miss: a company after an ordinary lower-case word is still the company
    ["Shares in the carrier Skyvia Airlines rose on Monday.", "Skyvia Airlines", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
