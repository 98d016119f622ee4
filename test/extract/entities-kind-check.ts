import { run } from "../helpers.js";

/** The kind factx gives the last mention written exactly as `name`: person, organization, location or none. */
export function kindOf(text: string, name: string): string {
  const report = run(text, { only: ["actors", "locations"] });
  const start = text.lastIndexOf(name);
  const isAt = (mention: { start: number; end: number }) => mention.start === start && mention.end === start + name.length;
  const actor = report.actors.find((candidate) => candidate.mentions.some(isAt));
  if (actor) return actor.type;
  return report.locations.some((location) => location.mentions.some(isAt)) ? "location" : "none";
}
