import { isFirstName } from "../../document.js";
import type { ClassifiedName } from "./classify.js";
import { ordinaryCase } from "./words.js";

// "in Lincoln", "near Mary"; not "to", "from" or "into", which follow people as often ("lost to
// Sampras", "ran into Sampras"), nor "in Sampras's half", where the possessive makes the owner.
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "across"]);
// "a Lincoln-based firm", "Lincoln, Nebraska": the text itself says the word is a place.
const PLACE_AFTER = /^(?:-based\b|,\s*[A-Z])/;
// "the town of Lincoln", "40 km west of Lincoln", "flew to Lincoln": a place noun, a bearing or a
// journey before the name.
export const PLACE_BEFORE = new RegExp(
  "\\b(?:(?:town|city|village|port|capital|province|region|district|island|suburb)\\s+of" +
    "|(?:north|south|east|west|northeast|northwest|southeast|southwest)\\s+of" +
    "|(?:travel(?:led|ed|s|ling|ing)?|fl(?:y|ies|ew|own|ying)|journey(?:ed)?|head(?:ed|ing)?|return(?:ed|ing)?)\\s+(?:back\\s+)?to)\\s+$",
  "i",
);

/** The place is written where places are: after "in" or "near", in a dateline, before "-based". */
export function hasPlaceEvidence(text: string, name: ClassifiedName): boolean {
  return (
    name.isDateline ||
    (name.before !== undefined && PLACE_PREPOSITIONS.has(name.before.normal) && !/^['’]s\b/.test(text.slice(name.end, name.end + 3))) ||
    PLACE_AFTER.test(text.slice(name.end, name.end + 8)) ||
    PLACE_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start))
  );
}

/**
 * A word that names a person in this article is that person, not the gazetteer's town: "Castro"
 * after "Fidel Castro", "Lincoln" after "Abraham Lincoln". A given name alone ("his wife Mary") is
 * a person too. Either stays a place where the text says it is one; a country always does.
 */
export function placesNamingPeople(text: string, names: ClassifiedName[]): ClassifiedName[] {
  const personWords = new Set(names.filter((name) => name.kind === "person" && name.words.length > 1).flatMap((name) => [name.words[0], name.words.at(-1)!]));
  const isPersonWord = (name: ClassifiedName) =>
    name.kind === "location" &&
    name.words.length === 1 &&
    name.place?.type !== "country" &&
    (personWords.has(ordinaryCase(name.name)) || isFirstName(name.name)) &&
    !hasPlaceEvidence(text, name);
  return names.map((name) => (isPersonWord(name) ? { ...name, kind: "person", place: undefined, rule: "person-named" } : name));
}
