import { readFileSync } from "node:fs";

let common: Set<string> | undefined;

/** A word of ordinary English ("wall", "computer"), from SCOWL; built by scripts/build-words.js. */
export function isDictionaryWord(word: string): boolean {
  common ??= new Set((JSON.parse(readFileSync(new URL("../data/words.json", import.meta.url), "utf8")) as { words: string[] }).words);
  return common.has(word.toLowerCase());
}
