import { describe, it } from "vitest";
import { expectSpan, type SpanRow as Row } from "./entities-span-check.js";

describe("opens-date-name: a name before a date's name stays a name", () => {
  const rows: Row[] = [
    ["Senator Halvor Brandt Wednesday accused the board of delay.", "Halvor Brandt", true],
    ["Talks resumed in Lisbon Monday after a pause.", "Lisbon", true],
    ["TRADE DIGEST - Portugal - Aug 14.", "Portugal", true],
    // near misses: one ordinary word opening the date's name is no name
    ["Shops stayed shut on Good Friday in the town.", "Good", false],
    ["Markets crashed on Black Monday that year.", "Black", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("continues-line: a line broken inside a sentence", () => {
  const rows: Row[] = [
    ["Leaders: Tomas Varga (Hungary), Emil\nKostrava (Slovakia), Piet Smeets.", "Kostrava", true],
    ["Entries: Lukas Brenner, Mattias Oberg,\nKostrava, Piet Smeets.", "Kostrava", true],
    // near miss: after a full stop the line opens a new sentence, and its first word is no name by its capital
    ["The vote was close.\nObservers said little.", "Observers", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("capitalised-connective: a preposition with a capital opens no name", () => {
  const rows: Row[] = [
    ["1902 - In Portugal, the old regime fell.", "Portugal", true],
    ["\"From Velbrook's point of view the deal is fair,\" he said.", "Velbrook", true],
    // near misses: a particle of a name keeps its place, and "the" is no name's first word
    ["Police said De Wever, 48, was arrested.", "De Wever", true],
    ["Talks were held in La Paz on Monday.", "La Paz", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("leading-descriptor: a role or a people before a person's name is no part of it", () => {
  const rows: Row[] = [
    ["Winger Lee Harwick hit a superb strike.", "Lee Harwick", true],
    ["Reliever Mark Ostrand took the loss.", "Mark Ostrand", true],
    ["Former Yankee Terry Mulvane allowed one run.", "Terry Mulvane", true],
    // near misses: a given name that is also a word opens the name
    ["Hunter Morvay scored twice.", "Hunter Morvay", true],
    ["Frank Lee Harwick signed on Monday.", "Frank Lee Harwick", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("unknown-word: a word no dictionary knows is a name where a sentence opens with it", () => {
  const rows: Row[] = [
    ["Ostravik said it would cut 300 jobs.", "Ostravik", true],
    ["Tarvenko said the vote was fair.", "Tarvenko", true],
    // near misses: an ordinary word opening a sentence is no name by its capital
    ["Officials said the vote was fair.", "Officials", false],
    ["Shipping said it would cut jobs.", "Shipping", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("dateline-place: the words in capitals that open a dateline name one place", () => {
  const rows: Row[] = [
    ["Ferry sinks off the coast.\nPORT HALVERTON, Maine 2001-05-04\nA ferry sank on Friday.", "PORT HALVERTON", true],
    ["Train derails.\nKELVIN FALLS, Vt.\n2001-05-04\nA train derailed on Friday.", "KELVIN FALLS", true],
    // near miss: a headline in capitals with no date after it names no place
    ["PORT HALVERTON FERRY SINKS.\nA ferry sank on Friday.", "PORT HALVERTON FERRY", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("initial-before-name: an initial opens the name after it where the tagger ends a sentence at its dot", () => {
  const rows: Row[] = [
    ["Kerby 326 (D. Halloran 95 not out, S. Penrick 69).", "D. Halloran", true],
    ["Kerby 298-6 (M. Trevaskis 85, R. Odgers 65).", "M. Trevaskis", true],
    // near miss: a letter closing a line is no initial of the name on the next
    ["They chose plan B.\nHalloran said so.", "Halloran", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("acronym-owner: an acronym that spells a unit of time is a name as an owner too", () => {
  const rows: Row[] = [
    ["The director of the SEC's enforcement division resigned.", "SEC", true],
    ["The SEC said on Monday it would act.", "SEC", true],
    // near miss: the unit written in lower case is no name
    ["The race was won by 12 sec's margin.", "sec", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("country-before-acronym: a country, then an acronym, are two names", () => {
  const rows: Row[] = [
    ["Ghana GCX cuts its key rate.", "GCX", true],
    ["Troops of the Liberia ECOMOG force left.", "Liberia", true],
    // near miss: in a headline in capitals every word has an acronym's shape, and none is split off
    ["GHANA WIN ON PENALTIES.", "WIN", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("hyphened-name: capitalised words hyphened together are one name", () => {
  const rows: Row[] = [
    ["AN-NOOR - The government will resign, the paper said.", "AN-NOOR", true],
    ["El-Sharq said the port had reopened.", "El-Sharq", true],
    ["Five members of the religious Jamaat-i-Vatan party were arrested.", "Jamaat-i-Vatan", true],
    ["The match was played at Kelton-super-Mare on Sunday.", "Kelton-super-Mare", true],
    // near misses: a lower-case word after the hyphen makes an adjective of the name before it
    ["US-led forces entered the town of Varna.", "US-led", false],
    ["The Kelton-based firm hired forty staff.", "Kelton-based", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("owner-split: a club or a firm, then “of” and its country, are two names", () => {
  const rows: Row[] = [
    ["Kelvor Pirates of South Africa lost the final.", "Kelvor Pirates", true],
    ["Kelvor Pirates of South Africa lost the final.", "South Africa", true],
    // near misses: an institution's or a feature's head word, or a country's own long name, keeps its "of"
    ["The Bank of England raised rates.", "Bank of England", true],
    ["The Gulf of Mexico stayed warm.", "Gulf of Mexico", true],
    ["The Republic of Ireland won the match.", "Republic of Ireland", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("capital-the-of-venue: after “at”, a capital “The” inside a sentence opens the place's name", () => {
  const rows: Row[] = [
    ["Kelton batted all day against Norland at The Parade on Sunday.", "The Parade", true],
    ["The talks at The Hague failed on Monday.", "The Hague", true],
    // near misses: a lower-case "the" and a sentence-initial "The" are no part of a name
    ["The talks at the Hague failed on Monday.", "the Hague", false],
    ["The Hague hosted the talks.", "The Hague", false],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});
