import { readFileSync } from "node:fs";
import { SortedTable } from "./sorted-table.js";

let common: SortedTable | undefined;

/** A word of ordinary English ("wall", "computer"), from SCOWL; built by scripts/build-words.js. */
export function isDictionaryWord(word: string): boolean {
  common ??= SortedTable.ofKeys((JSON.parse(readFileSync(new URL("../data/words.json", import.meta.url), "utf8")) as { words: string[] }).words);
  return common.has(word.toLowerCase());
}
