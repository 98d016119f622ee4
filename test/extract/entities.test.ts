import { describe, expect, it } from "vitest";
import { expectOffsetsSliceBack, run } from "../helpers.js";

const actorsOf = (text: string) => run(text, { only: ["actors"] }).actors;
const locationsOf = (text: string) => run(text, { only: ["locations"] }).locations;

describe("actors: type and title", () => {
  // [sentence, name, type, title]
  const rows: Array<[string, string, string, string | undefined]> = [
    ["President Vladimir Putin met the press.", "Vladimir Putin", "person", "President"],
    ["Chancellor Angela Merkel arrived late.", "Angela Merkel", "person", "Chancellor"],
    ["In Washington, Sen. Elizabeth Warren criticised the plan.", "Elizabeth Warren", "person", "Sen."],
    ["Dr. Anthony Fauci spoke at length.", "Anthony Fauci", "person", "Dr."],
    ["Abu Bakr al-Baghdadi was killed in a raid.", "Abu Bakr al-Baghdadi", "person", undefined],
    ["The Defence Ministry said nothing.", "Defence Ministry", "organization", undefined],
    ["Officials at the Ministry of Foreign Affairs confirmed it.", "Ministry of Foreign Affairs", "organization", undefined],
    ["Reuters reported that Apple Inc. will open a store.", "Apple Inc.", "organization", undefined],
    ["The story was first aired by Sky News on Monday.", "Sky News", "organization", undefined],
    // near miss: "General" is a rank, but "General Motors" is a company
    ["General Motors cut 2,000 jobs.", "General Motors", "organization", undefined],
    ["Jordan Henderson scored twice.", "Jordan Henderson", "person", undefined],
    // initials before a surname make a person, whatever the surname
    ["The spinner M. Muralitharan took four wickets.", "M. Muralitharan", "person", undefined],
    // two name-shaped words that are neither ordinary words nor places: a person
    ["Rebel leader Aslan Maskhadov rejected the offer.", "Aslan Maskhadov", "person", undefined],
    ["The talks were chaired by Zenon Poznyak on Monday.", "Zenon Poznyak", "person", undefined],
    // near misses: ordinary words make an organisation or a place, not a person
    ["Shares of Apple Computer fell.", "Apple Computer", "organization", undefined],
    // a name opening a sentence, its first word known only there
    ["Apple Computer launched a phone.", "Apple Computer", "organization", undefined],
    // a given name before a surname that is also a town
    ["Kenny Harrison won the triple jump.", "Kenny Harrison", "person", undefined],
    // a given name alone
    ["On Friday, Alan scored twice.", "Alan", "person", undefined],
    // a year before a name is not a model number
    ["1860 - Giuseppe Garibaldi seized Naples.", "Giuseppe Garibaldi", "person", undefined],
    // a title inside a run of capitals: the employer before it, the holder after it
    ["Apple CEO Steve Jobs gave the keynote.", "Steve Jobs", "person", "CEO"],
    ["Apple CEO Steve Jobs gave the keynote.", "Apple", "organization", undefined],
    ["The Bank of England Governor Mark Carney spoke.", "Mark Carney", "person", "Governor"],
    // near miss: titles in a row are one title
    ["Vice President Joe Biden spoke.", "Joe Biden", "person", "Vice President"],
    // a club named after its city, or a place before a plural
    ["Fans of Dynamo Moscow rioted.", "Dynamo Moscow", "organization", undefined],
    ["The Florida Marlins lost again.", "Florida Marlins", "organization", undefined],
  ];
  it.each(rows)("%s → %s", (text, name, type, title) => {
    const actor = actorsOf(text).find((candidate) => candidate.name === name);
    expect(actor, `no actor ${name}`).toBeDefined();
    expect(actor?.type).toBe(type);
    expect(actor?.title).toBe(title);
  });
});

describe("actors: aliases merged into one actor", () => {
  it("joins a full name, the surname and an honorific form", () => {
    const text = "Vladimir Putin spoke first. Later, Putin smiled. Mr. Putin left at noon.";
    const actors = actorsOf(text);
    expect(actors).toHaveLength(1);
    expect(actors[0].name).toBe("Vladimir Putin");
    expect(actors[0].aliases.sort()).toEqual(["Mr. Putin", "Putin"]);
    expect(actors[0].mentions.map((mention) => mention.text)).toEqual(["Vladimir Putin", "Putin", "Mr. Putin"]);
  });

  it("keeps two people who share a surname apart from an unrelated person", () => {
    const text = "Donald Trump met Angela Merkel. Trump praised Merkel.";
    const names = actorsOf(text).map((actor) => `${actor.name}:${actor.mentions.length}`);
    expect(names.sort()).toEqual(["Angela Merkel:2", "Donald Trump:2"]);
  });

  it("joins a family name written first, even when it is also an ordinary word", () => {
    const actors = actorsOf("Dissident Wang Donghai was jailed. Wang, 45, had protested before.");
    expect(actors.map((actor) => [actor.name, actor.mentions.map((mention) => mention.text)])).toEqual([["Wang Donghai", ["Wang Donghai", "Wang"]]]);
  });

  it("finds a headline in capitals' name through the article's own spelling of it", () => {
    const actors = actorsOf("SOCCER - SHEARER NAMED AS CAPTAIN.\nLONDON 1996-08-30\nAlan Shearer was named captain on Friday.");
    expect(actors.map((actor) => [actor.name, actor.type, actor.mentions.map((mention) => mention.text)])).toEqual([
      ["Alan Shearer", "person", ["SHEARER", "Alan Shearer"]],
    ]);
  });

  it("joins a company's short name to its full name", () => {
    const actors = actorsOf("Shares of Apple Computer rose on Monday.\nApple plans to sell films.");
    expect(actors.map((actor) => [actor.name, actor.mentions.map((mention) => mention.text)])).toEqual([["Apple Computer", ["Apple Computer", "Apple"]]]);
  });

  it("leaves a short name alone when two companies share it", () => {
    const actors = actorsOf("Apple Corps sued Apple Computer over the name.");
    expect(actors.map((actor) => actor.name)).toEqual(["Apple Corps", "Apple Computer"]);
  });

  it("links an acronym to the name it is defined for", () => {
    const text = "The World Health Organization (WHO) declared an emergency. The WHO said cases rose.";
    const actors = actorsOf(text);
    expect(actors).toHaveLength(1);
    expect(actors[0].name).toBe("World Health Organization");
    expect(actors[0].mentions.map((mention) => mention.text)).toEqual(["World Health Organization", "WHO", "WHO"]);
  });

  it("links a sentence-initial acronym defined earlier in the text", () => {
    const actors = actorsOf("Fighters of the Islamic State (IS) group fled. IS later regrouped.");
    const state = actors.find((actor) => actor.name === "Islamic State");
    expect(state?.mentions.map((mention) => mention.text)).toEqual(["Islamic State", "IS", "IS"]);
  });
});

describe("actors: what is not a name", () => {
  const negatives: string[] = [
    "Police arrested a man on Friday.",
    "Officials said the road was closed.",
    "Recently, the weather turned cold.",
    "Celebrations for the New Year were cancelled.",
    // events are neither actors nor places
    "Brazil lost in the World Cup final.",
    "Veterans of the Gulf War marched.",
    // a nationality qualifying a noun
    "Kurdish rebels attacked a convoy.",
    // products by model number, money, time zones
    "The airline ordered five Boeing 737s.",
    "The first Airbus A380 flew.",
    "The deal is worth US$7.2 billion.",
    "It took off at 18:00 UTC.",
    "They unveiled the 787 Dreamliner.",
    "The company filed for Chapter 11 protection.",
    "He met the Prime Minister and the Chief Executive Officer.",
    "It opened its Worldwide Developers Conference.",
    "The Dow Jones Industrial Average fell 300 points.",
  ];
  it.each(negatives)("%s has no actor", (text) => {
    expect(actorsOf(text)).toEqual([]);
  });

  it("does not take a demonym for a country or an actor", () => {
    const report = run("Russian troops crossed the border.", { only: ["actors", "locations"] });
    expect(report.actors).toEqual([]);
    expect(report.locations).toEqual([]);
  });
});

describe("locations from the gazetteer", () => {
  // [sentence, name, type, country code]
  const rows: Array<[string, string, string, string]> = [
    ["Talks were held in Berlin.", "Berlin", "city", "DE"],
    ["Jordan closed its border with Syria.", "Jordan", "country", "JO"],
    ["The plant is in Detroit, Michigan.", "Michigan", "region", "US"],
    ["A bomb exploded in St Petersburg.", "St Petersburg", "city", "RU"],
    ["Troops massed near Kharkiv.", "Kharkiv", "city", "UA"],
    ["He flew to North Korea.", "North Korea", "country", "KP"],
    // the short forms news writes: the first part of "Bosnia and Herzegovina", "Britain" for Great Britain
    ["Fighting resumed in Bosnia.", "Bosnia", "country", "BA"],
    ["Britain sent envoys.", "Britain", "country", "GB"],
    // a country of the United Kingdom, kept apart from the kingdom itself
    ["He moved from England to France.", "England", "country", "GB"],
  ];
  it.each(rows)("%s → %s", (text, name, type, code) => {
    const location = locationsOf(text).find((candidate) => candidate.name === name);
    expect(location, `no location ${name}`).toBeDefined();
    expect(location?.type).toBe(type);
    expect(location?.countryCode).toBe(code);
  });

  it("keeps England and Britain as two places", () => {
    const names = locationsOf("England and Scotland voted, and Britain left.").map((location) => location.name);
    expect(names).toEqual(["England", "Scotland", "Britain"]);
  });

  it("takes a word in capitals at the head of a line before a date as the place a story was filed from", () => {
    const [location] = locationsOf("Rebels withdraw\nVEDENO, Russia 1996-08-31\nRebels left the village.");
    expect(location).toMatchObject({ name: "VEDENO", rule: "dateline" });
    // near miss: capitals before something other than a date
    expect(locationsOf("WARNING: shares fell on Friday.")).toEqual([]);
  });

  it("reads an all-capital dateline as the place it names", () => {
    const [location] = locationsOf("LONDON 1996-08-30\nShares fell sharply on Friday.");
    // shown as the place is written, its mention as the dateline writes it
    expect(location).toMatchObject({ name: "London", type: "city", countryCode: "GB", aliases: ["LONDON"] });
    expect(location.mentions[0].text).toBe("LONDON");
  });

  it("shows a place by its ordinary-case form before a dateline's capitals", () => {
    const [location] = locationsOf("GOMA, Congo 1996-08-30\nShelling hit Goma on Friday.");
    expect(location.name).toBe("Goma");
  });

  it("merges the spellings of one country", () => {
    const text = "The United States and Russia talked. The U.S. wants peace, and America said so. The US agreed.";
    const united = locationsOf(text).find((location) => location.countryCode === "US");
    expect(united?.name).toBe("United States");
    expect(united?.aliases.sort()).toEqual(["America", "U.S.", "US"]);
    expect(united?.mentions).toHaveLength(4);
  });

  it("keeps a person named like a country a person", () => {
    const report = run("Jordan Henderson scored twice.", { only: ["actors", "locations"] });
    expect(report.locations).toEqual([]);
  });

  it("keeps offsets that slice back", () => {
    const text = "Officials in Kyiv and the Crimean peninsula met President Volodymyr Zelensky’s envoy.";
    expectOffsetsSliceBack(text, run(text));
  });
});

describe("places playing as teams", () => {
  const typeOf = (text: string, name: string) => {
    const report = run(text, { only: ["actors", "locations"] });
    if (report.actors.some((actor) => actor.name === name || actor.aliases.includes(name))) return "organization";
    return report.locations.some((location) => location.name === name || location.aliases.includes(name)) ? "location" : "none";
  };
  const rows: Array<[string, string, string]> = [
    ["Leicestershire beat Somerset by an innings.", "Leicestershire", "organization"],
    ["Leicestershire beat Somerset by an innings.", "Somerset", "organization"],
    ["At the Oval, Surrey captain Chris Lewis made 80.", "Surrey", "organization"],
    // a team once is the team throughout, and so are the places listed with it
    ["Essex reached 372. Later, Essex and Kent both closed in on victory.", "Kent", "organization"],
    // a score after a town makes it a team; a year after it does not
    ["Results:\nSwansea 1 Lincoln 2\nPreston 0 Hull 0", "Swansea", "organization"],
    ["He ran the London 2012 games.", "London", "location"],
    // near misses: a county in ordinary news stays a place; a country stays a country
    ["Heavy rain fell across Kent on Monday.", "Kent", "location"],
    ["England captain Michael Atherton won the toss.", "England", "location"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(typeOf(text, name)).toBe(expected));
});
