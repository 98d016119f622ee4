import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("a word shaped like a nationality (-ish, -ese, -ian, -ean)", () => {
  const rows: Array<[string, string, string]> = [
    ["Kurdish rebels attacked the convoy near the border.", "Kurdish", "none"],
    ["The Burmese government denied the report on Monday.", "Burmese", "none"],
    // near misses: before a verb or a clause it is a name, here the surname of a person named before
    ["Dr. Ivan Dorvanian attended the hearing. Dorvanian said he would appeal.", "Dorvanian", "person"],
    ["Ivan Dorvanian lost the case. Dorvanian, who is 70, will appeal.", "Dorvanian", "person"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
