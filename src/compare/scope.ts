import type { Casualty, Location, Report } from "../types.js";

/**
 * What a casualty figure counts: the places of its clause, the victims if they are a group of the
 * people hurt ("children", "police officers"), and a phrase that makes it a part ("in the first
 * town", "on the second bus"). A figure with none of them counts the whole event.
 */
export interface Place {
  name: string;
  countryCode: string | null;
  isCountry: boolean;
}

export interface Scope {
  /** Places by key, a country left out when a place in it is named too ("Christchurch, New Zealand"). */
  places: Map<string, Place>;
  group: string | null;
  part: string | null;
}

/** How a scope relates to another: the same, a part of it, containing it, or beside it. */
export type ScopeRelation = "same" | "inside" | "contains" | "apart";

/** Victims that name no group: everyone the figure counts. */
const EVERYONE = new Set(["people", "person", "persons", "individuals", "victims", "others", "lives", "humans", "dead", "bodies"]);

/** "dozens more", "three other people": words that add to a count, not a group. */
const MORE = new Set(["more", "other", "others", "further", "another", "additional"]);

/**
 * "in the first town", "on the second bus", "at one of the schools", "in another village": a place,
 * vehicle or day that is one of several. The clause's own words, so the note can quote them.
 */
const PART_PHRASE = /\b(?:in|at|on|aboard|inside) (?:the )?(?:first|second|third|fourth|fifth|last|other|another|one of the) [a-z]{2,20}\b/;
/** "on the other hand", "in the first place", "at the last minute" are no parts of anything. */
const IDIOMS = new Set(["hand", "place", "time", "minute", "moment", "instance", "sign", "glance", "sight"]);
/** "In Arlen alone", "on Friday alone": the named place or day is one of several. */
const ALONE = /\b(?:in|on|at) [a-z]{2,20} alone\b/;

const locationKey = (location: Location) => `${location.countryCode ?? ""}:${location.name.toLowerCase()}`;

/** Every figure's clause: the words of its sentence nearer to it than to another figure there. */
function clauseOf(figure: Casualty, report: Report): { start: number; end: number } {
  const sentence = figure.sentence ?? figure;
  const neighbours = report.casualties.filter((other) => other !== figure && other.start >= sentence.start && other.end <= sentence.end);
  const before = neighbours.filter((other) => other.end <= figure.start).map((other) => Math.ceil((other.end + figure.start) / 2));
  const after = neighbours.filter((other) => other.start >= figure.end).map((other) => Math.floor((figure.end + other.start) / 2));
  return { start: Math.max(sentence.start, ...before), end: Math.min(sentence.end, ...after) };
}

export function scopeOf(figure: Casualty, report: Report): Scope {
  const clause = clauseOf(figure, report);
  const named = report.locations.filter((location) => location.mentions.some((mention) => mention.start >= clause.start && mention.end <= clause.end));
  // "Christchurch, New Zealand": the country only says where the city is.
  const places = new Map(
    named
      .filter((location) => !(location.type === "country" && named.some((other) => other !== location && other.countryCode === location.countryCode)))
      .map((location) => [locationKey(location), { name: location.name, countryCode: location.countryCode ?? null, isCountry: location.type === "country" }]),
  );
  return { places, group: groupOf(figure.victims), part: partIn(wordsIn(clause, figure, report).toLowerCase(), places.size > 0) };
}

/** The text of a range of the figure's sentence, from the report's text or, without it, the sentence's. */
function wordsIn(range: { start: number; end: number }, figure: Casualty, report: Report): string {
  if (report.text) return report.text.slice(range.start, range.end);
  const sentence = figure.sentence ?? figure;
  return sentence.text.slice(range.start - sentence.start, range.end - sentence.start);
}

/** The words that make a figure a part, if any. "In Homs alone" adds nothing to the place Homs. */
function partIn(clause: string, hasPlace: boolean): string | null {
  const phrase = clause.match(PART_PHRASE)?.[0];
  if (phrase && !IDIOMS.has(phrase.slice(phrase.lastIndexOf(" ") + 1))) return phrase;
  return hasPlace ? null : (clause.match(ALONE)?.[0] ?? null);
}

/** "police officers", "children"; "people", "three more" and no victims at all → null (everyone). */
function groupOf(victims: string | null): string | null {
  if (!victims) return null;
  const words = victims.toLowerCase().split(/\s+/).filter((word) => !MORE.has(word));
  return words.every((word) => EVERYONE.has(word)) ? null : words.join(" ");
}

const IRREGULAR: Record<string, string> = { men: "man", women: "woman", children: "child", people: "person" };

/** "police officers" and "a police officer" are one group: the last word in the singular. */
function singular(group: string): string {
  const words = group.split(" ");
  const last = words.pop()!;
  return [...words, IRREGULAR[last] ?? last.replace(/(?<=[a-z]{2})s$/, "")].join(" ");
}

/** One side of a scope: equal, one holds the other ("inside" means `a` is the part), or neither. */
function relate<T>(a: T | null, b: T | null, isEqual: (x: T, y: T) => boolean, isInside: (x: T, y: T) => boolean): ScopeRelation {
  if (a === null && b === null) return "same";
  if (a === null) return "contains";
  if (b === null) return "inside";
  if (isEqual(a, b)) return "same";
  if (isInside(a, b)) return "inside";
  if (isInside(b, a)) return "contains";
  return "apart";
}

/** Every place of `a` is one of `b` or inside a country of `b`: Kabul is in Afghanistan. */
const isSubset = (a: Map<string, Place>, b: Map<string, Place>) =>
  [...a].every(([key, place]) => b.has(key) || [...b.values()].some((other) => other.isCountry && other.countryCode !== null && other.countryCode === place.countryCode));

/**
 * How scope `a` relates to scope `b`. A figure that names no place counts wherever the event was, so
 * it is the same as one that does; "32 in Arlen and Bosk" contains "23 in Arlen".
 */
export function relateScopes(a: Scope, b: Scope): ScopeRelation {
  const places = a.places.size === 0 || b.places.size === 0 ? "same" : relate(a.places, b.places, (x, y) => isSubset(x, y) && isSubset(y, x), isSubset);
  const sides = [places, relate(a.group, b.group, (x, y) => singular(x) === singular(y), () => false), relate(a.part, b.part, (x, y) => x === y, () => false)];
  if (sides.includes("apart")) return "apart";
  const directions = new Set(sides.filter((side) => side !== "same"));
  if (directions.size === 0) return "same";
  return directions.size === 1 ? [...directions][0] : "apart";
}

/** A scope in words for a note: "Arlen and Bosk", "children in Arlen", "in the first town", "the whole event". */
export function describeScope(scope: Scope): string {
  const places = [...scope.places.values()].map((place) => place.name);
  const where = places.length > 1 ? `${places.slice(0, -1).join(", ")} and ${places.at(-1)}` : places[0];
  const words = [scope.group, where && scope.group ? `in ${where}` : where, scope.part].filter(Boolean);
  return words.length > 0 ? words.join(" ") : "the whole event";
}

/** A key that two figures of one scope share, to line them up across articles. */
export function scopeKey(scope: Scope): string {
  return [[...scope.places.keys()].sort().join("+"), scope.group ? singular(scope.group) : "", scope.part ?? ""].join("|");
}
