import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { collectPatterns, unexportedBuiltPatterns } from "./regex-audit/collect.js";
import { auditPattern, patternKey } from "./regex-audit/verdict.js";

/** recheck's verdicts, committed: a pattern is checked again only when its source or flags change. */
const CACHE = "test/regex-audit/verdicts.json";
/** `npm run audit:regex` (and .ci/run) set this to check every pattern again, whatever the cache says. */
const isFullAudit = process.env.FACTX_REGEX_AUDIT === "all";

type Verdicts = Record<string, { verdict: "safe" | "linear"; pattern: string }>;

const shown = (pattern: RegExp) => `/${pattern.source.slice(0, 80)}${pattern.source.length > 80 ? "…" : ""}/${pattern.flags}`;

/** One entry a line, keys sorted: branches that add patterns in different places merge cleanly. */
function verdictsFile(verdicts: Verdicts): string {
  const lines = Object.keys(verdicts)
    .sort()
    .map((key) => `  ${JSON.stringify(key)}: ${JSON.stringify(verdicts[key])}`);
  return `{\n${lines.join(",\n")}\n}\n`;
}

describe("regular expressions are safe from catastrophic backtracking", async () => {
  const patterns = await collectPatterns();
  const cached: Verdicts = existsSync(CACHE) && !isFullAudit ? JSON.parse(readFileSync(CACHE, "utf8")) : {};

  it("finds the extractors' patterns, the ones built at run time among them", () => {
    expect(patterns.length).toBeGreaterThan(150);
    // The casualty constructions are rebuilt with the "d" flag at load time.
    expect(patterns.some((pattern) => pattern.flags.includes("d"))).toBe(true);
  });

  it("sees every pattern built at run time: each module-level one is exported", () => {
    expect(unexportedBuiltPatterns()).toEqual([]);
  });

  it(`checks ${isFullAudit ? "every pattern" : "new and changed patterns"} with recheck; where it cannot prove safety, the attack it finds stays linear`, { timeout: 900_000 }, () => {
    const unsafe: string[] = [];
    const verdicts: Verdicts = {};
    for (const pattern of patterns) {
      const key = patternKey(pattern);
      if (cached[key]) {
        verdicts[key] = cached[key];
        continue;
      }
      const audit = auditPattern(pattern);
      if (audit.isSafe) verdicts[key] = { verdict: audit.verdict, pattern: shown(pattern) };
      else unsafe.push(`${audit.reason}: ${shown(pattern)}`);
    }
    // The patterns the sources hold now, and only those: a removed pattern leaves the cache.
    const file = verdictsFile(verdicts);
    if (!existsSync(CACHE) || readFileSync(CACHE, "utf8") !== file) writeFileSync(CACHE, file);
    expect(unsafe).toEqual([]);
  });
});
