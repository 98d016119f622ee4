import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { tagTerms } from "../src/document.js";

const nlp = createRequire(import.meta.url)("compromise");
const signature = (sentences: Array<Array<{ text: string; normal: string; implicit?: string; tags: Set<string> }>>) =>
  sentences.map((sentence) => sentence.map((term) => `${term.text}|${term.implicit ?? term.normal}|${[...term.tags].sort().join("/")}`));

describe("the parse factx runs", () => {
  const meantime = readFileSync(new URL("../fixtures/meantime.jsonl", import.meta.url), "utf8").trim().split("\n").slice(0, 30);
  const texts = [
    readFileSync(new URL("../fixtures/seed-putin-trump.txt", import.meta.url), "utf8"),
    ...meantime.map((line) => (JSON.parse(line) as { text: string }).text),
    "I can't believe they'd've gone. Dr. Smith's dog didn't bark at 5 p.m. on Jan. 3rd.",
  ];
  // It skips compromise's phrase chunking to save time; the terms and tags must not change.
  it.each(texts.map((text, index) => [index, text] as const))("tags text %i as nlp(text) does", (_index, text) => {
    expect(signature(tagTerms(text))).toEqual(signature(nlp(text).document));
  });
});
