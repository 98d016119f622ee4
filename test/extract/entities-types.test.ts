import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

describe("towns as clubs in an article about sport", () => {
  const rows: Array<[string, string, string]> = [
    // a league table of scorers: the town in brackets after a player is the player's club
    ["Top goalscorers in the league this season: 4 - Pavel Dunst (Swansea), Ivo Marek (Genoa). Both goals came late.", "Genoa", "organization"],
    // the article is about sport, so a town doing nothing a place does is the club
    ["Genoa held Parma to a goalless draw in a league match. The coach praised his striker.", "Parma", "organization"],
    // near miss: in the same article, a town after "in" is the town
    ["Genoa held Parma to a goalless draw in a league match in Turin. The coach praised his striker.", "Turin", "location"],
    // near miss: a dateline of two words is the town
    ["SOCCER - PARMA HELD.\nNEW YORK 2001-05-04\nGenoa held Parma to a goalless draw in a league match. The coach praised his striker.", "NEW YORK", "location"],
    // a name the tagger reads as a place, in an article about sport, is a club as well
    ["Fort Dalby pulled a goal back before halftime in the league match. Their coach praised the striker.", "Fort Dalby", "organization"],
    // near miss: no sport, no club
    ["Genoa approved a new budget for its harbour on Monday, officials said.", "Genoa", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("peoples, languages and features that WordNet names", () => {
  const rows: Array<[string, string, string]> = [
    // a member of a people names no one, singular or plural
    ["Fighting between Hutu and Tutsi militias spread north.", "Hutu", "none"],
    ["Some 300 Chechens crossed the border overnight.", "Chechens", "none"],
    ["The leaflets were printed in Urdu and Farsi.", "Urdu", "none"],
    // a place that no gazetteer of countries, regions and towns holds
    ["Aid convoys reached the Balkans on Monday.", "Balkans", "location"],
    ["The storm turned north across the Caribbean.", "Caribbean", "location"],
    // a people named by a region or a nationality and a people names no one either
    ["Bosnian Serbs blocked the road on Monday.", "Bosnian Serbs", "none"],
    ["The South African team arrived late.", "South African", "none"],
    // an event or a prize is no actor
    ["She won the Nobel Peace Prize in 1990.", "Nobel Peace Prize", "none"],
    // the pronoun with its verb is no name
    ["\"I'm ready,\" Vorst said.", "I'm", "none"],
    // near miss: a people's name that is also a gazetteer place stays the place
    ["Storms hit Kansas on Monday.", "Kansas", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("a noun for a person before a lone name", () => {
  const rows: Array<[string, string, string]> = [
    ["The visitors lost their striker Zamorek to injury.", "Zamorek", "person"],
    ["The prize went to his daughter Nebkara on Monday.", "Nebkara", "person"],
    ["Olympic champion Varnedo meets the top seed today.", "Varnedo", "person"],
    // near miss: a noun that also names firms ("maker", "carrier") leaves the name to other evidence
    ["The report came from engine maker Korvatec on Friday.", "Korvatec", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("a company's short name", () => {
  const rows: Array<[string, string, string]> = [
    // the first word of a company named in full is the company, not the town it shares a name with
    ["Halvik Gold Corp bought Tarija Minerals Ltd on Monday. Most Tarija shareholders agreed.", "Tarija", "organization"],
    ["Halvik Gold Corp said on Monday it now owns Halvik's rival. Halvik said the deal closed.", "Halvik", "organization"],
    // near miss: the text says the town is a place
    ["Halvik Gold Corp bought Tarija Minerals Ltd on Monday. It has an office in Tarija.", "Tarija", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("newsrooms and broadcasters named after places", () => {
  const rows: Array<[string, string, string]> = [
    ["Contact the Lisbon Newsdesk for details.", "Lisbon Newsdesk", "organization"],
    ["Radio Burkina reported the arrests on Monday.", "Radio Burkina", "organization"],
    // near miss: a place alone stays a place
    ["Contact our office in Lisbon for details.", "Lisbon", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("organisations by their suffix, their noun, or a fixture", () => {
  const rows: Array<[string, string, string]> = [
    ["Paper maker Velkonen Oy said profits rose.", "Velkonen Oy", "organization"],
    ["Shares in Dravik AG fell on Monday.", "Dravik AG", "organization"],
    // a lower-case noun for an organisation set before the name
    ["The weekly Orvalo Nuevo said the minister would resign.", "Orvalo Nuevo", "organization"],
    ["Shares rose after brokers Hallam Dobbs raised their forecast.", "Hallam Dobbs", "organization"],
    // near miss: a noun for a person before the name makes a person
    ["The title went to veteran Hallam Dobbs on Sunday.", "Hallam Dobbs", "person"],
    // the sides of a fixture are clubs, even named after towns
    ["Weekend fixtures: Brackley v Ostend, Dunmore v Kilrush.", "Dunmore", "organization"],
    // near miss: a country in a fixture is the national side, written as its country
    ["Friday: Portugal v Ostend.", "Portugal", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("cricket scorecards name players", () => {
  const rows: Array<[string, string, string]> = [
    // the fielder after "c", the bowler after "b", whatever towns the names are
    ["Imran Vohra c Leeds b Kendal 54", "Leeds", "person"],
    ["Imran Vohra c Leeds b Kendal 54", "Kendal", "person"],
    // overs, maidens, runs and wickets after a bowler's name
    ["Bowling: Harwich 21.4-3-88-2, Dorrance 9-1-40-0", "Harwich", "person"],
    // near miss: a town with a score in a results line is a team, not a bowler
    ["Results: Harwich 2 Dover 1", "Harwich", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("names listed together are of one kind", () => {
  const rows: Array<[string, string, string]> = [
    // a surname with no evidence of its own, joined by "and" to a person named with a title
    ["Reporters saw Senator Calloway and Brennick leave the hall.", "Brennick", "person"],
    // a list of three or more, each item possibly followed by a note in brackets
    ["Qualifiers: John Ilvane (Sweden), Peter Harrow, David Kellany (Ireland), Vorsk", "Vorsk", "person"],
    // towns in a list with a gazetteer place are places
    ["Trains were held at Lisbon and Quarvetto overnight.", "Quarvetto", "location"],
    // near miss: a comma alone between two names is no list
    ["In Lisbon, Brennick shares fell sharply.", "Brennick", "organization"],
    // near miss: a name shaped like a person's is too weak to speak for the list
    ["The bids from Zorvan Kelteq and Kestrel were rejected.", "Kestrel", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("a state shortened after a town", () => {
  const rows: Array<[string, string, string]> = [
    // a dateline's town, then its state as news shortens it
    ["DORVILLE, Ala. 2001-03-04\nPolice said the fire started late.", "Ala", "location"],
    // dotted capitals after a town in running text
    ["The firm has a plant in Dorrance, N.M. and another abroad.", "N.M.", "location"],
    // near miss: after a person, the short word is part of the name's suffix
    ["Harlan Bross, Jr. said on Monday the plant would close.", "Jr.", "person"],
    // near miss: after a company, the short word is the company's suffix
    ["Trade in Velmont Holdings, Inc. was halted.", "Inc.", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("the words before a name that make it a place", () => {
  const sport = "Genoa beat Parma 2-1 in the league match, the coach said, and the striker scored two goals.";
  const rows: Array<[string, string, string]> = [
    // in an article about sport a town is a club unless the text says it is a place: a journey to it,
    ["The squad will travel to Lucca on Friday. " + sport, "Lucca", "location"],
    // a place noun before "of",
    ["The players grew up in the town of Lucca. " + sport, "Lucca", "location"],
    // or a bearing from it
    ["The training camp lies 20 km north of Lucca. " + sport, "Lucca", "location"],
    // near miss: "lost to" is said of sides as often
    ["The squad lost to Lucca on Friday. " + sport, "Lucca", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});

describe("a club in brackets after a player", () => {
  const sport = "The coach named his squad for the league match; the striker and the goalkeeper return.";
  const rows: Array<[string, string, string]> = [
    // in an article about sport, a name alone in brackets after a player is the player's club
    [sport + " Midfielders - John Varga (Sparta), Peter Holm (Grasshoppers).", "Grasshoppers", "organization"],
    // near miss: a country there is the player's nation
    [sport + " Midfielders - John Varga (Sparta), Peter Holm (Sweden).", "Sweden", "location"],
    // near miss: outside sport, a town in brackets after a person is the town
    ["The award went to John Varga (Lisbon) on Monday, the jury said.", "Lisbon", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
