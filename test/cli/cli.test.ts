import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { BIN, factx, factxProcess } from "./factx.js";

const SAMPLE = "fixtures/seed-putin-trump.txt";
const GOLD = JSON.parse(readFileSync("fixtures/seed-putin-trump.gold.json", "utf8"));

const scratch = mkdtempSync(join(tmpdir(), "factx-cli-"));

describe("the sample article, end to end", async () => {
  const { code, stdout } = await factx([SAMPLE, "--json", "--published", "2019-12-30"]);
  const report = JSON.parse(stdout) as Report;

  it("exits 0 with a schemaVersion 1 report", () => {
    expect(code).toBe(0);
    expect(report.schemaVersion).toBe(1);
    expect(report.source).toEqual({ name: SAMPLE, published: "2019-12-30", encoding: "utf-8", format: "text" });
  });

  it("finds every gold actor with its type and aliases", () => {
    for (const actor of GOLD.actors) {
      const found = report.actors.find((candidate) => candidate.name === actor.name || candidate.aliases.includes(actor.name));
      expect(found, actor.name).toBeDefined();
      expect(found?.type).toBe(actor.type);
    }
    const putin = report.actors.find((actor) => actor.name === "Vladimir Putin");
    expect(putin?.title).toBe("President");
    expect(putin?.aliases).toEqual(expect.arrayContaining(["Putin", "Mr. Putin", "President Vladimir Putin"]));
    expect(report.actors.length).toBeLessThanOrEqual(GOLD.actors.length + 2);
  });

  it("finds every gold location under its name or an alias", () => {
    for (const location of GOLD.locations) {
      const spellings = [location.name, ...location.aliases];
      const found = report.locations.find((candidate) => spellings.includes(candidate.name) || candidate.aliases.some((alias) => spellings.includes(alias)));
      expect(found, location.name).toBeDefined();
    }
    expect(report.locations.length).toBeLessThanOrEqual(GOLD.locations.length + 2);
  });

  it("finds every gold date with its value", () => {
    const dates = report.dates.map((date) => `${date.text}=${date.value}`);
    for (const date of GOLD.dates) expect(dates).toContain(`${date.text}=${date.value}`);
    expect(new Set(dates).size).toBeLessThanOrEqual(new Set(GOLD.dates.map((date: { text: string }) => date.text)).size + 2);
  });

  it("finds 224 killed and 2 arrested", () => {
    expect(report.casualties.map((figure) => [figure.kind, figure.count, figure.text])).toEqual([
      ["arrested", 2, "arrested two Russian nationals"],
      ["killed", 224, "killing 224 people"],
    ]);
  });

  it("finds all eight quotes with their speakers", () => {
    for (const quote of GOLD.quotes) {
      const found = report.quotes.find((candidate) => candidate.text.includes(quote.text) || quote.text.includes(candidate.text));
      expect(found, quote.text).toBeDefined();
      expect(found?.kind).toBe(quote.kind);
      expect(found?.speaker?.toLowerCase()).toContain(quote.speaker.toLowerCase());
    }
    expect(report.quotes).toHaveLength(GOLD.quotes.length);
  });
});

describe("output formats", () => {
  it("draws tables without colour when stdout is not a terminal", async () => {
    const { code, stdout } = await factx([SAMPLE, "--published", "2019-12-30"]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toMatch(/Actors \(\d+\)/);
    expect(stdout).toContain("Vladimir Putin");
    expect(stdout).toContain("killing 224 people");
  });

  it("limits the fields with --only", async () => {
    const report = JSON.parse((await factx([SAMPLE, "--json", "--only", "dates"])).stdout) as Report;
    expect(report.dates.length).toBeGreaterThan(0);
    expect(report.actors).toEqual([]);
    expect(report.quotes).toEqual([]);
  });

  it("shows the evidence sentence with --evidence", async () => {
    const report = JSON.parse((await factx([SAMPLE, "--json", "--evidence", "--only", "casualties"])).stdout) as Report;
    expect(report.casualties[1].sentence?.text).toBe("In 2015, the group had downed a Russian passenger plane in Egypt, killing 224 people.");
  });

  it("reads piped text from standard input", async () => {
    const report = JSON.parse((await factx(["--json"], "Gunmen killed 12 people in Kabul on Sunday.")).stdout) as Report;
    expect(report.casualties[0].count).toBe(12);
    expect(report.source.name).toBe("<stdin>");
  });
});

describe("JSONL batches", () => {
  const records = [
    JSON.stringify({ id: "a", text: "Gunmen killed 12 people on Sunday.", published: "2019-12-30" }),
    "{not json",
    JSON.stringify({ id: "b", text: "Police arrested two men in Paris." }),
    JSON.stringify({ id: "c" }),
  ].join("\n");

  it("writes one record per input record, in order, with errors as records", async () => {
    const { code, stdout, stderr } = await factx(["--input", "jsonl", "--format", "jsonl", "--jobs", "1", "-"], records);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id ?? null)).toEqual(["a", null, "b", "c"]);
    expect(lines[0].dates[0].value).toBe("2019-12-29");
    expect(lines[1].error).toEqual({ code: "EJSON", message: "invalid JSON" });
    expect(lines[2].casualties[0]).toMatchObject({ kind: "arrested", count: 2 });
    expect(lines[3].error.code).toBe("ERECORD");
    expect(stderr.trim().split("\n")).toEqual(['factx: <stdin>:2: invalid JSON', 'factx: <stdin>:4: the record has no "text" string']);
    expect(code).toBe(1);
  });
});

describe("bad input", () => {
  const good = join(scratch, "good.txt");
  writeFileSync(good, "Gunmen killed 12 people on Sunday.");
  const binary = join(scratch, "image.png");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
  const withNul = join(scratch, "data.bin");
  writeFileSync(withNul, Buffer.from("text\u0000more"));
  const large = join(scratch, "large.txt");
  writeFileSync(large, "word ".repeat(300));

  it.each([
    ["a missing file", join(scratch, "missing.txt"), "no such file"],
    ["a directory with no articles", mkdtempSync(join(tmpdir(), "factx-empty-")), "a directory with no .txt, .md or .html files"],
    ["an image", binary, "binary file (PNG image), not an article"],
    ["a file with NUL bytes", withNul, "binary file (contains NUL bytes), not an article"],
    ["a file over --max-bytes", large, "1500 bytes, over the limit of 1000 (--max-bytes)"],
  ])("%s: one line on stderr naming it, exit 1, the other file still extracted", async (_what, path, message) => {
    const { code, stdout, stderr } = await factx([path, good, "--jsonl", "--max-bytes", "1000", "--jobs", "1"]);
    expect(code).toBe(1);
    expect(stderr).toBe(`factx: ${path}: ${message}\n`);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines[0].error.message).toBe(message);
    expect(lines[1].casualties[0].count).toBe(12);
  });

  it.each([
    [["--published", "30/12/2019", SAMPLE], "--published takes a date as YYYY-MM-DD"],
    [["--only", "weather", SAMPLE], "--only takes a comma-separated list"],
    [["--format", "xml", SAMPLE], "argument 'xml' is invalid"],
    [["--frobnicate", SAMPLE], "unknown option"],
    [["--max-bytes", "lots", SAMPLE], "--max-bytes takes a positive whole number"],
  ])("usage error %j exits 2", async (args, message) => {
    const { code, stderr } = await factx(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("web pages and encodings", () => {
  const page = join(scratch, "story.html");
  writeFileSync(
    page,
    `<!doctype html><html><head><title>Blast in Kabul</title>
    <meta property="article:published_time" content="2019-12-30T08:00:00Z"></head>
    <body><nav>Home · World · Sport</nav><article><h1>Blast in Kabul</h1>
    <p>Gunmen killed 12 people in Kabul on Sunday, police said.</p>
    <p>“We will find them,” said the minister of the interior on Monday.</p></article>
    <footer>© The Daily</footer><script>document.write("injected")</script></body></html>`,
  );

  it("reads the article out of a page and dates it from the page's metadata", async () => {
    const report = JSON.parse((await factx([page, "--json", "--include-text"])).stdout) as Report;
    expect(report.source).toMatchObject({ format: "html", title: "Blast in Kabul", published: "2019-12-30" });
    expect(report.text).toContain("Gunmen killed 12 people");
    expect(report.text).not.toMatch(/Home · World|injected|The Daily/);
    expect(report.dates.find((date) => date.text === "Sunday")?.value).toBe("2019-12-29");
    for (const fact of [...report.dates, ...report.casualties, ...report.quotes]) expect(report.text!.slice(fact.start, fact.end)).toBe(fact.text);
  });

  it("lets --published override the page's date", async () => {
    const report = JSON.parse((await factx([page, "--json", "--published", "2020-01-10"])).stdout) as Report;
    expect(report.source.published).toBe("2020-01-10");
  });

  it("reads Windows-1252 and says so", async () => {
    const legacy = join(scratch, "legacy.txt");
    writeFileSync(legacy, Buffer.from([...Buffer.from("The mayor said "), 0x93, ...Buffer.from("we will rebuild the caf"), 0xe9, 0x94, 0x2e]));
    const report = JSON.parse((await factx([legacy, "--json", "--only", "quotes"])).stdout) as Report;
    expect(report.source.encoding).toBe("windows-1252");
    expect(report.quotes[0].text).toBe("we will rebuild the café");
  });

  it("ends quietly when the reader closes the pipe", () => {
    const records = Array.from({ length: 300 }, (_, index) => JSON.stringify({ id: String(index), text: "Gunmen killed 12 people on Sunday." })).join("\n");
    const result = spawnSync("bash", ["-c", `node ${BIN} --input jsonl --jsonl - | head -n 1`], { input: records, encoding: "utf8" });
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toBe("");
  });
});

describe("batches", () => {
  const jsonl = async (args: string[], input?: string) => (await factx(args, input)).stdout.trim().split("\n").map((line) => JSON.parse(line));

  it("gives the same output, in input order, with one job and with two worker threads, stderr silent and stdout pure data", async () => {
    // Enough documents that both workers take several.
    const records = readFileSync("fixtures/meantime.jsonl", "utf8").trim().split("\n").slice(0, 30);
    const one = await factx(["--input", "jsonl", "--jsonl", "--jobs", "1", "-"], records.join("\n"));
    const two = factxProcess(["--input", "jsonl", "--jsonl", "--jobs", "2", "-"], records.join("\n"));
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stderr).toBe("");
    expect(two.stdout).toBe(one.stdout);
    const ids = records.map((line) => JSON.parse(line).id);
    expect(one.stdout.trim().split("\n").map((line) => JSON.parse(line).id)).toEqual(ids);
  });

  it("reads directories recursively, in name order, articles only", async () => {
    const folder = mkdtempSync(join(tmpdir(), "factx-archive-"));
    mkdirSync(join(folder, "older"));
    writeFileSync(join(folder, "b.txt"), "Gunmen killed 2 people.");
    writeFileSync(join(folder, "a.md"), "Gunmen killed 1 person.");
    writeFileSync(join(folder, "older", "c.html"), "<html><body><article><p>Gunmen killed 3 people on Sunday in the north.</p></article></body></html>");
    writeFileSync(join(folder, "photo.jpg"), "not an article");
    const lines = await jsonl([folder, "--jsonl", "--jobs", "1", "--only", "casualties"]);
    expect(lines.map((line) => [line.source.name.slice(folder.length + 1), line.casualties[0]?.count])).toEqual([
      ["a.md", 1],
      ["b.txt", 2],
      ["older/c.html", 3],
    ]);
  });

  it("streams: the first record comes out before the input ends", async () => {
    const child = spawn(process.execPath, [BIN, "--input", "jsonl", "--jsonl", "--jobs", "2", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    child.stdin.write(`${JSON.stringify({ id: "first", text: "Gunmen killed 12 people." })}\n`);
    const firstLine = await new Promise<string>((resolve) => {
      let output = "";
      child.stdout.on("data", (chunk) => {
        output += chunk;
        if (output.includes("\n")) resolve(output.split("\n")[0]);
      });
    });
    expect(JSON.parse(firstLine).id).toBe("first");
    child.stdin.end(`${JSON.stringify({ id: "second", text: "Police arrested 3 men." })}\n`);
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
  });

  const parallel = ["/usr/bin/parallel", "/usr/local/bin/parallel"].find((path) => existsSync(path));
  it.skipIf(!parallel)("works as a JSONL filter under GNU parallel, in order, the README's way (-S : is this machine)", async () => {
    const command = `parallel --will-cite --pipe --keep-order -N 25 -S : 'node ${BIN} --input jsonl --jsonl --only dates -' < fixtures/meantime.jsonl`;
    const result = spawnSync("bash", ["-c", command], { encoding: "utf8", maxBuffer: 1 << 26 });
    const viaParallel = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    const direct = (await factx(["--input", "jsonl", "--jsonl", "--jobs", "1", "--only", "dates", "fixtures/meantime.jsonl"])).stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(viaParallel.map((report) => report.id)).toEqual(direct.map((report) => report.id));
    // Each block is its own standard input, so only the source names (line numbers) differ.
    const withoutSource = (reports: Array<Record<string, unknown>>) => reports.map(({ source: _source, ...rest }) => rest);
    expect(withoutSource(viaParallel)).toEqual(withoutSource(direct));
  });
  if (!parallel) console.warn("GNU parallel is not installed: the scaling-out example is not tested (apt-get install parallel)");

  it("keeps stderr silent and stdout pure data when stderr is not a terminal", async () => {
    const { stdout, stderr } = await factx(["--input", "jsonl", "--jsonl", "--jobs", "1", "fixtures/seed.jsonl"]);
    expect(stderr).toBe("");
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});

describe("help and version", () => {
  it("prints help that documents fields and exit codes", async () => {
    const { code, stdout } = await factx(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Exit status:");
    expect(stdout).toContain("eval");
  });
  it("prints the package version", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8"));
    expect((await factx(["--version"])).stdout.trim()).toBe(version);
  });
});

describe("factx eval", () => {
  it("scores the sample gold file as JSON", async () => {
    const { code, stdout } = await factx(["eval", "fixtures/seed.jsonl", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.schemaVersion).toBe(1);
    const fields = result.files[0].fields;
    expect(fields.dates.scores.relaxed.recall).toBe(1);
    expect(fields.dates.accuracies.value.accuracy).toBe(1);
    expect(fields.quotes.accuracies.speaker.accuracy).toBe(1);
    expect(fields.casualties.accuracies["exact count killed"].accuracy).toBe(1);
    expect(fields.entities.scores["exact typed"].f1).toBeGreaterThanOrEqual(0.95);
  });

  it("limits the fields and lists errors with their sentence", async () => {
    const { stdout } = await factx(["eval", "fixtures/meantime.jsonl", "--field", "dates", "--limit", "40", "--show-errors", "2"]);
    expect(stdout).toContain("fixtures/meantime.jsonl: 40 documents");
    expect(stdout).not.toContain("entities");
    expect(stdout).toMatch(/dates: (missed|spurious) \(\d+, showing 2\)/);
  });

  it("names a missing gold file and exits 1", async () => {
    const { code, stderr } = await factx(["eval", "nope.jsonl"]);
    expect(code).toBe(1);
    expect(stderr).toBe("factx: nope.jsonl: no such file\n");
  });
});
