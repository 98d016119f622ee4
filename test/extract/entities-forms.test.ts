import { describe, expect, it } from "vitest";
import { expectOffsetsSliceBack, run } from "../helpers.js";

type Kind = "person" | "organization" | "location";

interface Mention {
  text: string;
  kind: Kind;
  start: number;
  end: number;
  rule: string;
}

/** Every mention of an actor or a place, with the kind of what it names. */
function mentionsOf(text: string): Mention[] {
  const report = run(text, { only: ["actors", "locations"] });
  expectOffsetsSliceBack(text, report);
  return [
    ...report.actors.flatMap((actor) => actor.mentions.map((span) => ({ ...span, kind: actor.type as Kind, rule: actor.rule }))),
    ...report.locations.flatMap((location) => location.mentions.map((span) => ({ ...span, kind: "location" as Kind, rule: location.rule }))),
  ];
}

/** [sentence, mention as written, its kind or "none"]: the mention at its first place in the sentence. */
type Row = [string, string, Kind | "none"];

function expectMention(text: string, written: string, kind: Kind | "none"): void {
  const start = text.indexOf(written);
  expect(start, `"${written}" is not in the sentence`).toBeGreaterThanOrEqual(0);
  const found = mentionsOf(text).filter((mention) => mention.start === start && mention.end === start + written.length);
  if (kind === "none") expect(found).toEqual([]);
  else expect(found.map((mention) => mention.kind)).toEqual([kind]);
}

describe("entities: lower-case words inside names", () => {
  const rows: Row[] = [
    ["Talks opened in Dar es Salaam on Monday.", "Dar es Salaam", "location"],
    ["He met President Daniel arap Moi at noon.", "President Daniel arap Moi", "person"],
    ["The keeper Edwin van der Sar saved twice.", "Edwin van der Sar", "person"],
    // near miss: a prefix joined by a hyphen on one side only is no particle
    ["A U.S. neo-Nazi group marched.", "U.S.", "location"],
    ["Officials of the Centers for Disease Control and Prevention spoke.", "Centers for Disease Control and Prevention", "organization"],
    ["A spokesman for the Department of Trade and Industry said no.", "Department of Trade and Industry", "organization"],
    // near miss: "and" between two names, not inside one
    ["Envoys of the Council of Europe and NATO met.", "Council of Europe", "organization"],
    ["Envoys of the Council of Europe and NATO met.", "NATO", "organization"],
    ["Delegates to the National People's Congress voted.", "National People's Congress", "organization"],
    // near miss: a place's possessive before an organisation is two names
    ["A report by Germany's Agriculture Ministry came out.", "Agriculture Ministry", "organization"],
    ["A report by Germany's Agriculture Ministry came out.", "Germany", "location"],
    ["Floods hit Ho Chi Minh City overnight.", "Ho Chi Minh City", "location"],
    // near miss: a club named after its city
    ["On Saturday Manchester City won again.", "Manchester City", "organization"],
  ];
  it.each(rows)("%s → %s is %s", expectMention);
});

describe("entities: titles before names", () => {
  // [sentence, person's mention, title]
  const rows: Array<[string, string, string]> = [
    ["On Monday Secretary of State Jane Doe flew home.", "Jane Doe", "Secretary of State"],
    ["Later Minister of Defence Ali Hassan said no.", "Ali Hassan", "Minister of Defence"],
    ["The aide to Chief of Staff Ron Klain resigned.", "Ron Klain", "Chief of Staff"],
    // an office is no part of the name; a title of address is
    ["The talks were led by Foreign Minister Sergei Lavrov.", "Sergei Lavrov", "Foreign Minister"],
    ["The talks were led by President Vladimir Putin.", "President Vladimir Putin", "President"],
    ["The talks were led by Mr. Putin.", "Mr. Putin", "Mr."],
  ];
  it.each(rows)("%s → %s", (text, written, title) => {
    expectMention(text, written, "person");
    const actor = run(text, { only: ["actors"] }).actors.find((candidate) => candidate.mentions.some((mention) => mention.text === written));
    expect(actor?.title).toBe(title);
  });

  it("finds no one in an office named without a name", () => {
    expect(mentionsOf("On Monday Secretary of State said no.")).toEqual([]);
  });

  it("reads an office and whose it is as the owner alone", () => {
    const text = "said Stephen Harper, Prime Minister of Canada.";
    expect(mentionsOf(text).map((mention) => [mention.text, mention.kind, mention.start])).toEqual([
      ["Stephen Harper", "person", 5],
      ["Canada", "location", 39],
    ]);
  });
});

describe("entities: people are not places", () => {
  const rows: Row[] = [
    ["Fidel Castro spoke for hours. Later Castro left.", "Castro", "person"],
    ["Abraham Lincoln was shot. Lincoln died the next day.", "Lincoln", "person"],
    // near misses: the text says it is the town
    ["Abraham Lincoln was born far away. He moved to a house in Lincoln later.", "Lincoln", "location"],
    ["Abraham Lincoln was born far away. A Lincoln-based firm grew.", "Lincoln", "location"],
    ["The actor and his wife Mary arrived.", "Mary", "person"],
    ["The pipeline ends in Mary, a town in Turkmenistan.", "Mary", "location"],
  ];
  it.each(rows)("%s → %s is %s", (text, written, kind) => {
    const start = text.lastIndexOf(written);
    const found = mentionsOf(text).filter((mention) => mention.start === start && mention.end === start + written.length);
    expect(found.map((mention) => mention.kind)).toEqual([kind]);
  });
});

describe("entities: where a name starts and ends", () => {
  const rows: Row[] = [
    ["The winner was Swede Kennet Andersson.", "Kennet Andersson", "person"],
    ["The winner was Swede Kennet Andersson.", "Swede Kennet Andersson", "none"],
    ["Later Queenslander Dan Herbert scored.", "Dan Herbert", "person"],
    ["Then Defender Hassan Abbas was sent off.", "Hassan Abbas", "person"],
    // near misses: a given name or a person's first word stays in the name
    ["Then Bill Gates spoke.", "Bill Gates", "person"],
    ["Then Frank de Boer scored.", "Frank de Boer", "person"],
    ["The driver Ana Ruiz of Northern Rail was hurt.", "Ana Ruiz", "person"],
    ["The driver Ana Ruiz of Northern Rail was hurt.", "Northern Rail", "organization"],
    ["They beat IFK Gothenburg of Sweden.", "Sweden", "location"],
    // near misses: an ordinary word before "of" keeps one name
    ["Shares in the Royal Bank of Scotland fell.", "Royal Bank of Scotland", "organization"],
    ["The Bank of England held rates.", "Bank of England", "organization"],
    // a dash between spaces parts a heading from the name after it
    ["SOCCER - SHEARER NAMED AS CAPTAIN\nAlan Shearer will lead the side.", "SHEARER", "person"],
    ["Shoppers at Wal-Mart queued.", "Wal-Mart", "organization"],
    // a compass adjective opening the sentence opens a name of two words or more
    ["Northern Rail Lines operated the route.", "Northern Rail Lines", "organization"],
    ["Northern Rail Lines operated the route.", "Rail Lines", "none"],
    // near misses: before a nationality it is an adjective
    ["Eastern European markets fell.", "Eastern European", "none"],
    // an adjective made of a name ends the name at its hyphen
    ["The U.S.-led force landed.", "U.S.", "location"],
    ["The U.S.-led force landed.", "U.S.-led", "none"],
  ];
  it.each(rows)("%s → %s is %s", expectMention);
});

describe("entities: a name in parentheses after another", () => {
  const rows: Row[] = [
    // a country after a player is a place, and the player stays a person
    ["Pete Sampras (U.S.) beat Tim Henman (Britain) in four sets.", "U.S.", "location"],
    ["Pete Sampras (U.S.) beat Tim Henman (Britain) in four sets.", "Pete Sampras", "person"],
    // near misses: letters that open the words of the name before define its acronym
    ["The Kurdistan Workers Party (PKK) claimed the attack.", "PKK", "organization"],
    ["The World Health Organization (WHO) met.", "WHO", "organization"],
  ];
  it.each(rows)("%s → %s is %s", expectMention);
});

describe("entities: a guessed kind follows the same name's evidence", () => {
  const kindAt = (text: string, start: number) => mentionsOf(text).filter((mention) => mention.start === start).map((mention) => [mention.text, mention.kind, mention.rule]);

  it("makes a name the place its dateline says it is", () => {
    const text = "TARNOVA, Russia 1996-08-31\nRebels said Tarnova was quiet.";
    expect(kindAt(text, text.lastIndexOf("Tarnova"))).toEqual([["Tarnova", "location", "dateline"]]);
  });

  // near miss: a speech verb is evidence for its own mention only; companies say things too
  it("does not spread a speech verb's person to the name elsewhere", () => {
    const text = "Zorvex said it would hire. Analysts expect Zorvex to grow.";
    expect(kindAt(text, text.lastIndexOf("Zorvex"))).toEqual([["Zorvex", "organization", "default"]]);
  });
});

describe("entities: places by their own words", () => {
  const rows: Row[] = [
    ["Troops left the Golan Heights.", "Golan Heights", "location"],
    ["Climbers died on Mount Everest.", "Mount Everest", "location"],
    ["She skied to the South Pole.", "South Pole", "location"],
    ["Peace in the Middle East is far off.", "Middle East", "location"],
    ["Settlers in the West Bank protested.", "West Bank", "location"],
    // near miss: a hospital named after a mountain
    ["He died at Mount Sinai Hospital.", "Mount Sinai Hospital", "organization"],
  ];
  it.each(rows)("%s → %s is %s", expectMention);
});

describe("entities: peoples, faiths, creeds and shouted words are not names", () => {
  const rows: Row[] = [
    ["Thousands of Moslem refugees fled.", "Moslem", "none"],
    ["The Serbs and the Kurds protested.", "Serbs", "none"],
    ["The Serbs and the Kurds protested.", "Kurds", "none"],
    ["Police arrested three Islamists.", "Islamists", "none"],
    ["He was the Democratic candidate.", "Democratic", "none"],
    // near misses: the country, a person named like a faith
    ["Troops left Serbia on Monday.", "Serbia", "location"],
    ["Later Christian Vieri scored.", "Christian Vieri", "person"],
    ["MARKET ALERT - shares fell.", "ALERT", "none"],
    ["Ministers met at NATO headquarters.", "NATO", "organization"],
  ];
  it.each(rows)("%s → %s is %s", expectMention);
});

describe("entities: one person under several names", () => {
  it("joins a surname with a title to the full name it ends", () => {
    const actors = run("Huw Lewis-Jones led the trip. Dr Lewis-Jones said it was cold.", { only: ["actors"] }).actors;
    expect(actors.map((actor) => [actor.name, actor.mentions.map((mention) => mention.text)])).toEqual([
      ["Huw Lewis-Jones", ["Huw Lewis-Jones", "Dr Lewis-Jones"]],
    ]);
  });

  it("joins names with apostrophes", () => {
    const actors = run("The writer Dinesh D’Souza spoke. Later D’Souza left.", { only: ["actors"] }).actors;
    expect(actors.map((actor) => [actor.name, actor.mentions.length])).toEqual([["Dinesh D’Souza", 2]]);
  });

  it("keeps a father and a son with different given names apart", () => {
    const actors = run("Then George Bush and his son Jeb Bush spoke.", { only: ["actors"] }).actors;
    expect(actors.map((actor) => actor.name)).toEqual(["George Bush", "Jeb Bush"]);
  });
});
