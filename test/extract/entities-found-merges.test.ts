import { describe, expect, it } from "vitest";
import { expectOffsetsSliceBack, run } from "../helpers.js";

/** The mentions of each actor, as written, in order. */
function actorMentions(text: string): string[][] {
  const report = run(text, { only: ["actors", "locations"] });
  expectOffsetsSliceBack(text, report);
  return report.actors.map((actor) => actor.mentions.map((mention) => mention.text));
}

/** [text, the mentions one actor should have, or that no actor has together]. */
type Row = [string, string[], boolean];

function expectMerged(text: string, mentions: string[], isOneActor: boolean): void {
  const isSame = (actor: string[]) => actor.length === mentions.length && actor.every((mention, index) => mention === mentions[index]);
  expect(actorMentions(text).some(isSame)).toBe(isOneActor);
}

describe("heads-of-names-after-homes: the last word of a club named after its town stands for it", () => {
  const rows: Row[] = [
    ["The Denver Falcons beat Ohio 4-2. The Falcons scored twice in the first inning.", ["Denver Falcons", "Falcons"], true],
    // near miss: after a country, the last word is an ordinary word, and stands for nothing
    ["Talks with the U.S. Senate stalled on Monday. The Senate will vote again.", ["U.S. Senate", "Senate"], false],
  ];
  it.each(rows)("%s → %j: %s", expectMerged);
});

describe("place keys: spellings of one place are one location, two places of one country are two", () => {
  const locationMentions = (text: string) => run(text, { only: ["locations"] }).locations.map((location) => location.mentions.map((mention) => mention.text));
  it("keeps two regions of one country apart", () => {
    expect(locationMentions("Voters in California backed the plan; voters in Ohio did not.")).toEqual([["California"], ["Ohio"]]);
  });
  it("merges the spellings of one country", () => {
    expect(locationMentions("Talks between the U.S. and Norland resumed. The United States sent an envoy.")[0]).toEqual(["U.S.", "United States"]);
  });
});
