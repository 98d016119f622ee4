import { describe, expect, it } from "vitest";
import { kindOf } from "./entities-kind-check.js";

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
