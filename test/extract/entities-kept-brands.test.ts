import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";

/** The kind factx gives the last mention written exactly as `name`: person, organization, location or none. */
function kindOf(text: string, name: string): string {
  const report = run(text, { only: ["actors", "locations"] });
  const start = text.lastIndexOf(name);
  const isAt = (mention: { start: number; end: number }) => mention.start === start && mention.end === start + name.length;
  const actor = report.actors.find((candidate) => candidate.mentions.some(isAt));
  if (actor) return actor.type;
  return report.locations.some((location) => location.mentions.some(isAt)) ? "location" : "none";
}

describe("the rest of a name after a brand written with a lower-case first letter", () => {
  const rows: Array<[string, string, string]> = [
    ["Songs can be bought from the zTunes Song Shop for a dollar each.", "Song Shop", "none"],
    ["The new eReader Vantor has a smaller screen, Korvex said.", "Vantor", "none"],
    // near miss: a company after an ordinary lower-case word is still the company
    ["Shares in the carrier Skyvia Airlines rose on Monday.", "Skyvia Airlines", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
