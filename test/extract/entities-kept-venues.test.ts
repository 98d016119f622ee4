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

describe("a name of several words after 'at', with nothing else known of it, is a venue", () => {
  const rows: Array<[string, string, string]> = [
    ["The second test starts at Kelby Meadows on Thursday.", "Kelby Meadows", "location"],
    ["Police clashed with protesters at Varnik Square late on Friday.", "Varnik Square", "location"],
    // near miss: a company after "at" stays the company when its name says so
    ["She is head of sales at Korvex Holdings, the firm said.", "Korvex Holdings", "organization"],
    // near miss: the same construction without "at" is no venue
    ["Kelby Meadows, the new owner, paid 3 million for the site.", "Kelby Meadows", "organization"],
  ];
  it.each(rows)("%s: %s is %s", (text, name, expected) => expect(kindOf(text, name)).toBe(expected));
});
