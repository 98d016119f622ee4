import { readFileSync } from "node:fs";
import { SortedTable } from "./sorted-table.js";
import type { LocationType } from "./types.js";

/** A place as the gazetteer knows it; built from data packages by scripts/build-gazetteer.js. */
export interface Place {
  type: LocationType;
  countryCode: string;
  population: number;
  /** Same for every spelling of one place ("US", "U.S.", "America"): the merge key. */
  key: string;
}

interface GazetteerFile {
  /** [type code, ISO 3166-1 country, population, ISO 3166-2 subdivision of a region or of a country within one] */
  places: Record<string, [string, string, number, string?]>;
  demonyms: Record<string, string>;
}

const TYPE_BY_CODE: Record<string, LocationType> = { c: "country", r: "region", y: "city" };

/** The places as "type code\tcountry\tpopulation\tsubdivision" by name (see SortedTable). */
let data: { places: SortedTable; demonyms: GazetteerFile["demonyms"] } | undefined;
function load() {
  if (!data) {
    const file = JSON.parse(readFileSync(new URL("../data/gazetteer.json", import.meta.url), "utf8")) as GazetteerFile;
    const places = Object.entries(file.places).map(([name, [code, countryCode, population, subdivision]]) => [name, `${code}\t${countryCode}\t${population}\t${subdivision ?? ""}`] as const);
    data = { places: new SortedTable(places), demonyms: file.demonyms };
  }
  return data;
}

export function lookupPlace(name: string): Place | undefined {
  const entry = load().places.get(name);
  if (entry === undefined) return undefined;
  const [code, countryCode, count, subdivision] = entry.split("\t");
  const population = Number(count);
  const type = TYPE_BY_CODE[code] ?? "place";
  return { type, countryCode, population, key: placeKey(type, countryCode, population, subdivision) };
}

/**
 * Spellings of one place share their entry, so their key: a country by its code (and its
 * subdivision's, for England within the UK), a region by its subdivision's ("California" and "Ohio"
 * are two), a city by its population (two cities of one country rarely count the same people).
 */
function placeKey(type: LocationType, countryCode: string, population: number, subdivision: string | undefined): string {
  if (type === "country") return `country:${countryCode}${subdivision ? `-${subdivision}` : ""}`;
  if (type === "region" && subdivision) return `region:${countryCode}-${subdivision}`;
  return `${type}:${countryCode}:${population}`;
}

/** "Russian" and "Russians" → "RU". */
export function demonymCountry(word: string): string | undefined {
  const { demonyms } = load();
  return demonyms[word] ?? (word.endsWith("s") ? demonyms[word.slice(0, -1)] : undefined);
}

interface WordnetFile {
  peoples: string[];
  features: string[];
  roles: string[];
  things: string[];
}

let wordnet: { peoples: SortedTable; features: SortedTable; roles: SortedTable; things: SortedTable } | undefined;
function loadWordnet() {
  if (!wordnet) {
    const file = JSON.parse(readFileSync(new URL("../data/wordnet.json", import.meta.url), "utf8")) as WordnetFile;
    wordnet = {
      peoples: SortedTable.ofKeys(file.peoples),
      features: SortedTable.ofKeys(file.features),
      roles: SortedTable.ofKeys(file.roles),
      things: SortedTable.ofKeys(file.things),
    };
  }
  return wordnet;
}

/**
 * "Hutu", "Chechens", "Briton", "Methodist", "Urdu": a member of a people, a nation or a faith, or
 * a language, as WordNet files them (built by scripts/build-wordnet.js). Such a word names no one.
 */
export function isPeopleName(word: string): boolean {
  const { peoples } = loadWordnet();
  return peoples.has(word) || (word.endsWith("s") && peoples.has(word.slice(0, -1)));
}

/** "Balkans", "Amazon", "Grozny": a place or a feature of the land or sea that WordNet names. */
export function isFeatureName(name: string): boolean {
  return loadWordnet().features.has(name);
}

/** "striker", "daughter", "pharaoh": a common noun that first of all means a person. */
export function isPersonNoun(word: string): boolean {
  return loadWordnet().roles.has(word);
}

/**
 * "GMT", "BSE", "Medicare", "Olympic", "Dow Jones": a name WordNet knows only as a time, a state, an
 * act, a writing, a made thing, an event, a measure or an adjective, never as an actor or a place.
 */
export function isThingName(name: string): boolean {
  return loadWordnet().things.has(name);
}
