import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every regular expression the extractors build is recorded as it is made, then checked.
const built: RegExp[] = [];
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?]) {
    const made = new target(...args);
    const caller = (new Error().stack ?? "").split("\n")[2] ?? "";
    if (caller.includes("/src/") && !caller.includes("node_modules")) built.push(made);
    return made;
  },
});
const { extract } = await import("../src/index.js");
globalThis.RegExp = NativeRegExp;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function literalsIn(path: string): RegExp[] {
  const found: RegExp[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const slash = literal.lastIndexOf("/");
      found.push(new RegExp(literal.slice(1, slash), literal.slice(slash + 1)));
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true));
  return found;
}

/** Seconds per character of a run on `size` characters, the median of three. */
function costPerCharacter(run: (size: number) => void, size: number): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    run(size);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[1] / size;
}

describe("regular expressions are safe from catastrophic backtracking", () => {
  const patterns = [...sourceFiles("src").flatMap(literalsIn), ...built];
  const unique = [...new Map(patterns.map((pattern) => [`/${pattern.source}/${pattern.flags}`, pattern])).values()];

  it("finds the extractors' patterns", () => expect(unique.length).toBeGreaterThan(100));

  it("checks every pattern with recheck; where it cannot prove safety, the attack it finds stays linear", { timeout: 900_000 }, () => {
    const unsafe: string[] = [];
    for (const pattern of unique) {
      const result = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
      if (result.status === "safe") continue;
      if (result.status === "vulnerable" && result.complexity.type === "exponential") {
        unsafe.push(`exponential: /${pattern.source.slice(0, 80)}…/`);
        continue;
      }
      // Bounded repetitions ({1,4}, {0,40}) are polynomial to the checker but linear in fact.
      const attack = result.status === "vulnerable" ? result.attack : null;
      // The attack string recheck found, its pumped parts repeated to the size asked for.
      const attackOf = (size: number) =>
        attack
          ? attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(Math.ceil(size / Math.max(1, pump.length * attack.pumps.length)))).join("") + attack.suffix
          : "Aaaa Bbbb Cccc Dddd ".repeat(size / 20) + "!";
      const matcher = new RegExp(pattern.source, pattern.flags.replace("g", ""));
      const probe = (size: number) => matcher.test(attackOf(size));
      probe(2_000);
      const ratio = costPerCharacter(probe, 40_000) / Math.max(costPerCharacter(probe, 10_000), 1e-9);
      if (ratio > 3) unsafe.push(`grows ${ratio.toFixed(1)}× per character from 10k to 40k: /${pattern.source.slice(0, 80)}…/`);
    }
    expect(unsafe).toEqual([]);
  });
});

describe("hostile text is processed in near-linear time", () => {
  const hostile: Array<[string, (size: number) => string]> = [
    ["one long line without punctuation", (size) => "the minister said police killed people in Kabul on Sunday ".repeat(size / 59)],
    ["thousands of quotation marks", (size) => "“".repeat(size / 2) + "word ".repeat(size / 10)],
    ["unbalanced quotation marks", (size) => "He said “it will end. ".repeat(size / 22)],
    ["capitalised words without end", (size) => "Aaa Bbb Ccc Ddd ".repeat(size / 16)],
    ["digits without end", (size) => "1".repeat(size)],
    ["spaces without end", (size) => `killed${" ".repeat(size)}people`],
  ];
  it.each(hostile)("%s", (_name, make) => {
    const run = (size: number) => extract(make(size), { published: "2019-12-30" });
    run(5_000);
    // Linear work costs the same per character at both sizes; quadratic work would cost 8× more.
    const ratio = costPerCharacter(run, 80_000) / costPerCharacter(run, 10_000);
    expect(ratio).toBeLessThan(3);
  });
});

describe("real article text with random damage", () => {
  const article = readFileSync("fixtures/seed-putin-trump.txt", "utf8");
  const damage = fc.array(
    fc.record({
      at: fc.nat({ max: article.length }),
      remove: fc.nat({ max: 40 }),
      insert: fc.constantFrom("", "“", "”", '"', "\n\n", ".", " said ", "Mr. ", "killed 12", "\u0000", "😀", "\ud800", "Ü"),
    }),
    { maxLength: 12 },
  );
  const applied = (edits: Array<{ at: number; remove: number; insert: string }>) =>
    edits.reduce((text, edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove), article);

  it("never throws, every offset slices back, and the result is deterministic", () => {
    fc.assert(
      fc.property(damage, (edits) => {
        const text = applied(edits);
        const report = extract(text, { published: "2019-12-30", evidence: true });
        for (const fact of [...report.dates, ...report.casualties, ...report.quotes]) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
        for (const actor of report.actors) for (const mention of actor.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(extract(text, { published: "2019-12-30", evidence: true })).toEqual(report);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
