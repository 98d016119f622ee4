import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./regex-audit/collect.js";

/** The modules a source file imports, as written. */
const importsOf = (path: string) => [...readFileSync(path, "utf8").matchAll(/^(?:import|export)\b[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/gm)].map((match) => match[1] ?? match[2]);

describe("layers", () => {
  const files = sourceFiles();

  it("reads the imports of the sources", () => {
    expect(importsOf("src/cli/main.ts")).toContain("commander");
    expect(importsOf("src/cli/eval-command.ts")).toContain("../eval/gold.js");
  });

  it("keeps the CLI a leaf: no module outside src/cli imports from it", () => {
    const outside = files.filter((path) => !path.startsWith("src/cli/"));
    expect(outside.flatMap((path) => importsOf(path).filter((target) => /(^|\/)cli\//.test(target)).map((target) => `${path} → ${target}`))).toEqual([]);
  });

  it("leaves colour and tables to src/render and argument parsing to src/cli", () => {
    const misplaced = files.flatMap((path) =>
      importsOf(path)
        .filter((target) => (["chalk", "cli-table3"].includes(target) && !path.startsWith("src/render/")) || (target === "commander" && !path.startsWith("src/cli/")))
        .map((target) => `${path} → ${target}`),
    );
    expect(misplaced).toEqual([]);
  });
});
