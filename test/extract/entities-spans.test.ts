import { describe, expect, it } from "vitest";
import { expectOffsetsSliceBack, run } from "../helpers.js";
import { expectSpan, type SpanRow as Row } from "./entities-span-check.js";

describe("entity spans: connectors inside names", () => {
  const rows: Row[] = [
    ["Analysts at Brandt & Keller expect a rise.", "Brandt & Keller", true],
    ["The Fisheries and Oceans Commission met on Monday.", "Fisheries and Oceans Commission", true],
    ["She flew to Trinidad and Tobago last week.", "Trinidad and Tobago", true],
    // near misses: "and" between two names
    ["The Federal Trade Commission and Justice Department agreed.", "Federal Trade Commission", true],
    ["Talks between Britain and France resumed.", "Britain", true],
    ["Prices at The Courier and The Times rose.", "Courier and The Times", false],
    ["Officials of the Centers for Disease Control spoke.", "Centers for Disease Control", true],
    // near misses: "for" after a place or a person starts no name
    ["The envoy left Brazil for Peru on Friday.", "Brazil", true],
    ["The envoy left Brazil for Peru on Friday.", "Peru", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("entity spans: a name, then 'of' and whose it is", () => {
  const rows: Row[] = [
    ["Third seed Marek Dolan of Austria won easily.", "Marek Dolan", true],
    ["Third seed Marek Dolan of Austria won easily.", "Austria", true],
    ["They drew with Velmorak of Portugal in the first leg.", "Velmorak", true],
    ["On Monday King Tavesh of Nepal arrived.", "Nepal", true],
    // near misses: an ordinary word or a title before "of" belongs to the name
    ["Rates were held by the Bank of England.", "Bank of England", true],
    ["The Speaker of Bangladesh's parliament resigned.", "Bangladesh", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("entity spans: titles between a holder and a name", () => {
  const rows: Row[] = [
    ["New Zealand Finance Minister Tom Parvel spoke.", "Tom Parvel", true],
    ["New Zealand Finance Minister Tom Parvel spoke.", "New Zealand", true],
    ["On Friday EU Farm Commissioner Anja Kroll spoke.", "Anja Kroll", true],
    ["Chairman and Chief Executive Daniel Orvek said so.", "Daniel Orvek", true],
    ["Assistant Secretary for Asian Affairs Lena Morrow arrived.", "Lena Morrow", true],
    ["On Monday Bosnian Prime Minister Hasan Vukovic spoke.", "Hasan Vukovic", true],
    ["The club's Accountant Natalka Syvron resigned.", "Natalka Syvron", true],
    // near miss: three words of a name no dictionary knows lose none of them
    ["He met Jusman Syafir Djamol in Jakarta.", "Jusman Syafir Djamol", true],
    // near miss: a title word inside an organisation's name
    ["The resolution went to the U.N. General Assembly.", "U.N. General Assembly", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("entity spans: where a name starts and ends", () => {
  const rows: Row[] = [
    ["Scores:\nA. Farrow 45, N. Pilkey 12.", "A. Farrow", true],
    // near miss: the article "A" before a name is no initial
    ["A Tolvane official said no.", "Tolvane", true],
    // a name written without its given name opens with its particle
    ["The ball was lobbed over van der Wiel by the striker.", "van der Wiel", true],
    ["The motion was backed by de Marcy and others.", "de Marcy", true],
    ["Scores:\nJoost den Oudsten 12, Pim Vos 3.", "Joost den Oudsten", true],
    // near miss: a particle before an ordinary word
    ["They parked a van Outside the gate.", "van Outside", false],
    // a sentence opening with a word no dictionary knows, before a surname
    ["Vadimy Teskovic, the club's president, said no.", "Vadimy Teskovic", true],
    // the dot of an abbreviation at the end of a line is the sentence's full stop
    ["Profits rose at Norvia Corp.\nShares fell.", "Norvia Corp", true],
    ["Norvia Corp. said profits rose.", "Norvia Corp.", true],
    ["Trade rose with the U.S.\nPrices fell.", "U.S", true],
    // a name whose "'s" is its own: never written without it, and owning nothing somewhere
    ["A judge gave Kelvaro's a reprieve. Kelvaro's chairman was pleased.", "Kelvaro's", true],
    // near misses: an owner written alone elsewhere, or a place
    ["The board rejected Dolan's plan, and Dolan left.", "Dolan", true],
    ["Voters in Malawi's north were angry.", "Malawi", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("entity spans: words that name no one", () => {
  const rows: Row[] = [
    ["Bosnian Serb leaders met in the hills.", "Bosnian Serb", false],
    ["Several South African officials met.", "South African", false],
    ["\"I'm ready,\" Dolan said.", "I'm", false],
    ["Filings reached the SEC on Monday.", "SEC", true],
    // near miss: a nationality that opens an organisation's name
    ["He flew South African Airways home.", "South African Airways", true],
  ];
  it.each(rows)("%s → %s: %s", expectSpan);
});

describe("entity merges: one person however the surname is written", () => {
  /** [text, two mentions as written, whether they name one actor] */
  const rows: Array<[string, string, string, boolean]> = [
    ["Rohan D’Souza arrived. D’Souza spoke first.", "Rohan D’Souza", "D’Souza spoke", true],
    ["Kate O’Neill arrived late. Later O'Neill nodded.", "Kate O’Neill", "O'Neill", true],
    ["Huw Lewis-Jones led the team. Later Dr Lewis-Jones said it was cold.", "Huw Lewis-Jones", "Dr Lewis-Jones", true],
    // near miss: two people sharing a surname
    ["Tom Baxter and his son Jim Baxter arrived.", "Tom Baxter", "Jim Baxter", false],
  ];
  it.each(rows)("%s → %s, %s: %s", (text, first, second, isOne) => {
    const report = run(text, { only: ["actors"] });
    expectOffsetsSliceBack(text, report);
    const owner = (written: string) => {
      const start = text.indexOf(written);
      return report.actors.find((actor) => actor.mentions.some((mention) => mention.start === start))?.id;
    };
    expect(owner(first)).toBeDefined();
    expect(owner(second)).toBeDefined();
    expect(owner(first) === owner(second)).toBe(isOne);
  });
});
