import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("a contest or prize before the one who won it", () => {
  const rows: Array<[string, string, string]> = [
    ["Tomas Berka, the former Wimbledon champion, lost in the second round.", "Wimbledon", "none"],
    ["She beat Kelvora semifinalist Anna Rusk in three sets.", "Kelvora", "none"],
    ["The panel is chaired by Nobel Peace winner Ada Moyo.", "Nobel Peace", "none"],
    // near miss: a country's champion is the country's
    ["The U.S. champion Dara Kell ran 10.05 seconds.", "U.S.", "location"],
    // near miss: the same name before another noun is still the place
    ["The champion, Tomas Berka, has lived in Wimbledon since 2004.", "Wimbledon", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("a market index named before the word index", () => {
  const rows: Array<[string, string, string]> = [
    ["The Varnex index of leading shares closed 12 points lower.", "Varnex", "none"],
    ["In Lisbon the PSX index rose 0.4 percent.", "PSX", "none"],
    // near miss: a country's index is the country's
    ["The main Polish index trailed, while the primary UK index rose.", "UK", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("a nationality before a word for a body describes it unnamed", () => {
  const rows: Array<[string, string, string]> = [
    ["A Kurdish group said on Monday that troops were massing.", "Kurdish group", "none"],
    ["The French group bought a stake in the chain last year.", "French group", "none"],
    // near miss: a name before the noun is the body's own
    ["Fighters of the Islamic State group attacked the town.", "Islamic State group", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("an event or an index that defines an acronym, and the acronym", () => {
  const rows: Array<[string, string, string]> = [
    ["He spoke at the Northern Growers Conference (NGC) in Velden on Monday.", "Northern Growers Conference", "none"],
    ["He spoke at the Northern Growers Conference (NGC) in Velden on Monday.", "NGC", "none"],
    ["Delegates signed the Coastal Fisheries Treaty (CFT) after long talks.", "CFT", "none"],
    // near miss: an organisation's acronym is the organisation
    ["The Northern Growers Association (NGA) met in Velden on Monday.", "NGA", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("the head word of an event alone", () => {
  const rows: Array<[string, string, string]> = [
    ["Velden won the Cup for the third time on Saturday.", "Cup", "none"],
    ["Delegates to the Conference in Ostrava agreed on a text.", "Conference", "none"],
    // near miss: a town with the name of an event is the town
    ["The train from Derby arrived an hour late.", "Derby", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("the head word of an event before what it is of", () => {
  const rows: Array<[string, string, string]> = [
    ["Ana Velk won the second stage of the Tour of Norvania on Sunday.", "Tour of Norvania", "none"],
    ["Rain delayed the start of the World Series of Curling in Ostrava.", "World Series of Curling", "none"],
    ["Velden won the Kestrel Tour last year.", "Kestrel Tour", "none"],
    // near miss: a body named "of" something is the body
    ["The Bank of Norvania raised its main rate on Monday.", "Bank of Norvania", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
