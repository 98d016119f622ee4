import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, EXTRACTORS, REFINERS } from "../src/index.js";
import { RENDERERS } from "../src/render/index.js";
import { FIELDS } from "../src/types.js";

describe("the extractor registry", () => {
  const folders = readdirSync("src/extract", { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it("registers every extractor folder, and nothing else", () => {
    expect(EXTRACTORS.map((extractor) => extractor.name).sort()).toEqual(folders.sort());
  });

  it.each(folders)("%s has a description and its own test file", (folder) => {
    expect(EXTRACTORS.find((extractor) => extractor.name === folder)?.description).toBeTruthy();
    expect(existsSync(`test/extract/${folder}.test.ts`)).toBe(true);
  });

  it("covers every field exactly once", () => {
    expect(EXTRACTORS.flatMap((extractor) => extractor.fields).sort()).toEqual([...FIELDS].sort());
  });
});

describe("the refiner list", () => {
  it("gives each refiner a unique name and the reason for its place", () => {
    expect(new Set(REFINERS.map((refiner) => refiner.name)).size).toBe(REFINERS.length);
    for (const refiner of REFINERS) expect(refiner.description, refiner.name).toMatch(/^(after|once|last|first|before)\b/);
  });

  it("resolves speakers to actors before it drops the actors not asked for", () => {
    const report = extract("“We will rebuild,” Mayor John Smith said on Monday.", { only: ["quotes"] });
    expect(report.actors).toEqual([]);
    expect(report.quotes.map((quote) => [quote.speaker, quote.actorId])).toEqual([["John Smith", "a1"]]);
    expect(REFINERS.at(-1)?.name).toBe("only");
  });
});

describe("the renderer registry", () => {
  it("offers extraction's formats and summary's, each able to render", () => {
    expect(Object.keys(RENDERERS).sort()).toEqual(["csv", "json", "jsonl", "markdown", "summary:csv", "summary:jsonl", "summary:markdown", "summary:table", "table"]);
    for (const renderer of Object.values(RENDERERS)) expect(Boolean(renderer.renderOne ?? renderer.renderAll)).toBe(true);
  });
});
