import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("a capital letter alone", () => {
  const rows: Array<[string, string, string]> = [
    ["Velden will face Ostrava and Kirkby in group C of the cup.", "C", "none"],
    ["Pupils in Velden who scored a grade B passed the test.", "B", "none"],
    // near miss: an initial before a surname belongs to the person
    ["The goal was scored by J. Varga in the second half.", "J. Varga", "person"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("an acronym in the plural", () => {
  const rows: Array<[string, string, string]> = [
    ["The bank's ADRs fell 2 percent in New York.", "ADRs", "none"],
    ["Three MPs from Velden voted against the bill.", "MPs", "none"],
    // near miss: the acronym in the singular is the organisation
    ["The NFA said on Monday that prices would rise.", "NFA", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
