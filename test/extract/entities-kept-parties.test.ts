import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("members of a party, as WordNet files them, name no one", () => {
  const rows: Array<[string, string, string]> = [
    ["Support for Democrats runs in the Varga family.", "Democrats", "none"],
    ["Polls gave the seat to a Democrat for the first time.", "Democrat", "none"],
    ["Museum staff found Nazi documents in the cellar.", "Nazi", "none"],
    ["She worked for Republican congressmen in the capital.", "Republican", "none"],
    // near miss: the party itself is an organisation
    ["The Democratic Party chose Ana Velk as its candidate.", "Democratic Party", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
