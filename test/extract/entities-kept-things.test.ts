import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("things WordNet names: neither actors nor places", () => {
  const rows: Array<[string, string, string]> = [
    // a time zone, a disease, a programme, an index, an adjective, a rifle
    ["Voting in Korvala closes at 1800 GMT on Sunday.", "GMT", "none"],
    ["Vets confirmed a case of BSE on a farm near Tallow.", "BSE", "none"],
    ["The senator wants to cut Medicare spending next year.", "Medicare", "none"],
    ["The Dow Jones ended the day 40 points lower.", "Dow Jones", "none"],
    ["Mira Dalsgaard, an Olympic champion, retired on Friday.", "Olympic", "none"],
    ["The raiders carried Kalashnikov rifles, the police said.", "Kalashnikov", "none"],
    // near miss: a town that is also a card game is the town
    ["The filly was trained at stables in Newmarket.", "Newmarket", "location"],
    // near miss: a month that is also a given name stays a name when a person is meant
    ["Teodor May said the plan would work. May added that costs would fall.", "May", "person"],
    // near miss: a named building is a place or the body in it, not a thing
    ["The Kremlin denied the report on Tuesday.", "Kremlin", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
