import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("an ordinary word the tagger calls an organisation at the start of a sentence", () => {
  const rows: Array<[string, string, string]> = [
    ["Stock markets around the world fell sharply on Monday.", "Stock", "none"],
    ["Software services company Velmar Inc said it had won a contract.", "Software", "none"],
    // near miss: the article names the company inside a sentence too, where the capital says it is a name
    ["Union leaders said the carmaker Ford had broken a promise. Ford cut 300 jobs at the plant.", "Ford", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
