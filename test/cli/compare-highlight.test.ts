import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factx } from "./factx.js";

const EVENT = "fixtures/compare/christchurch.jsonl";

const FERRY = (name: string) => join(import.meta.dirname, "../compare/ferry", `${name}.txt`);

describe("factx compare on three reports of one event, one of them at odds", async () => {
  const { code, stdout } = await factx(["compare", FERRY("wire"), FERRY("daily"), FERRY("radio"), "--json"]);
  const comparison = JSON.parse(stdout);

  it("raises exactly the planted conflict, and exits 1", () => {
    expect(code).toBe(1);
    expect(comparison.conflicts).toBe(1);
    const conflicts = comparison.rows.filter((row: { verdict: string }) => row.verdict === "conflict");
    expect(conflicts.map((row: { field: string; subject: string }) => [row.field, row.subject])).toEqual([["casualties", "killed"]]);
    expect(conflicts[0].claims.map((claim: { value: string }) => claim.value)).toEqual(["at least 27", "27", "31"]);
    expect(conflicts[0].note).toBe("27 and 31 killed, both for Lake Kivu and Goma, cannot both be true");
    expect(conflicts[0].claims[2].marked).toBe("Thirty-one people were killed");
  });

  it("dates each article by its dateline and agrees on the quote and the day of the event", () => {
    expect(comparison.published).toEqual(["2024-05-10", "2024-05-10", "2024-05-10"]);
    const row = (field: string) => comparison.rows.find((candidate: { field: string }) => candidate.field === field);
    expect(row("quotes")).toMatchObject({ subject: "Jean Baraka", verdict: "agree" });
    expect(row("dates").claims.map((claim: { value: string }) => claim.value)).toEqual(["2024-05-09", "2024-05-09", "2024-05-09"]);
  });

  it("exits 0 on the consistent pair", async () => {
    const pair = await factx(["compare", FERRY("wire"), FERRY("daily"), "--json"]);
    expect(pair.code).toBe(0);
    expect(JSON.parse(pair.stdout).rows.find((row: { subject: string }) => row.subject === "killed")).toMatchObject({ verdict: "partial", note: "at least 27 is a floor that 27 meets" });
  });

  it("takes a date given to a file: the higher figure a day later is an update", async () => {
    const later = await factx(["compare", FERRY("daily"), `${FERRY("radio")}@2024-05-11`, "--json", "--fields", "casualties"]);
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout).rows).toMatchObject([{ subject: "killed", verdict: "updated", note: "the toll rose from 27 (2024-05-10) to 31 (2024-05-11)" }]);
  });

  it("writes Markdown for a write-up, the conflict first, each figure's words marked in its sentence", async () => {
    const markdown = (await factx(["compare", FERRY("wire"), FERRY("daily"), FERRY("radio"), "--format", "markdown"])).stdout;
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("| Field | Subject | Verdict | wire.txt (2024-05-10) | daily.txt (2024-05-10) | radio.txt (2024-05-10) |");
    expect(lines[2]).toBe("| casualties | killed | **conflict** | at least 27 [1] | 27 [2] | 31 [3] |");
    expect(markdown).toContain("3. GOMA, May 10, 2024 — **Thirty-one people were killed** when a passenger ferry capsized on Lake Kivu near Goma on Thursday. — *radio.txt*");
  });

  it("dates a web page by its metadata, before the --published given for all", async () => {
    const folder = mkdtempSync(join(tmpdir(), "factx-compare-"));
    const page = join(folder, "page.html");
    const body = readFileSync(FERRY("radio"), "utf8").replace("GOMA, May 10, 2024 — ", "");
    writeFileSync(page, `<html><head><meta property="article:published_time" content="2024-05-11T08:00:00Z"><title>Ferry</title></head><body><article><p>${body}</p></article></body></html>`);
    const result = await factx(["compare", FERRY("daily"), page, "--published", "2024-05-01", "--json", "--fields", "casualties"]);
    expect(JSON.parse(result.stdout)).toMatchObject({ published: ["2024-05-10", "2024-05-11"], rows: [{ verdict: "updated" }] });
    writeFileSync(page, `<html><head><title>Ferry</title></head><body><article><p>${body}</p></article></body></html>`);
    const undated = await factx(["compare", FERRY("daily"), page, "--published", "2024-05-01", "--json", "--fields", "casualties"]);
    expect(JSON.parse(undated.stdout)).toMatchObject({ published: ["2024-05-10", "2024-05-01"], rows: [{ verdict: "conflict", note: "the toll fell from 31 (2024-05-01) to 27 (2024-05-10)" }] });
  });

  it("refuses a date after @ that is no day, and exits 2 when an article cannot be read", async () => {
    expect(await factx(["compare", FERRY("wire"), `${FERRY("daily")}@2024-02-30`])).toMatchObject({ code: 2 });
    const missing = await factx(["compare", FERRY("wire"), FERRY("none")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("none.txt: no such file");
  });
});

describe("factx compare on the Christchurch reports of three dates", async () => {
  const { code, stdout } = await factx(["compare", "--input", "jsonl", EVENT, "--json"]);
  const comparison = JSON.parse(stdout);
  const row = (field: string, subject: string) => comparison.rows.find((candidate: { field: string; subject: string }) => candidate.field === field && candidate.subject === subject);

  it("reads a toll that rose from at least 49 to 50 to 51 as updates, not conflicts", () => {
    expect(code).toBe(0);
    expect(row("casualties", "killed")).toMatchObject({ verdict: "updated", note: "the toll rose from at least 49 (2019-03-15) to 50 (2019-03-17) to 51 (2020-03-15)" });
  });

  it("takes the words reported speech quotes as part of the full quotation", () => {
    expect(row("quotes", "Jacinda Ardern")).toMatchObject({ verdict: "partial", note: "one quotes a part of the other's quotation" });
  });
});

describe("factx highlight", async () => {
  it("prints the article with a legend and lists every mark when colour is off", async () => {
    const { code, stdout } = await factx(["highlight", "fixtures/seed-putin-trump.txt", "--published", "2019-12-30"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("quotes  casualties  dates  actors  locations");
    expect(stdout).toContain("In 2015, the group had downed a Russian passenger plane in Egypt, killing 224 people.");
    expect(stdout).toMatch(/casualties +"killing 224 people" — killed: 224/);
  });

  const html = (await factx(["highlight", "fixtures/seed-putin-trump.txt", "--published", "2019-12-30", "--format", "html"])).stdout;

  it("writes a self-contained page: no script, no external asset", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain('<mark class="f-casualties" title="killed: 224">killing 224 people</mark>');
  });

  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
  it.skipIf(!chromium)("renders in a real headless browser with every kind of mark", () => {
    const folder = mkdtempSync(join(tmpdir(), "factx-html-"));
    const page = join(folder, "article.html");
    writeFileSync(page, html);
    const result = spawnSync(
      chromium!,
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--user-data-dir=${join(folder, "profile")}`, "--dump-dom", `file://${page}`],
      { encoding: "utf8", timeout: 120_000 },
    );
    const dom = result.stdout;
    for (const field of ["quotes", "casualties", "dates", "actors", "locations"]) expect(dom).toContain(`<mark class="f-${field}"`);
    expect(dom).toContain("<h2>Casualties (2)</h2>");
  });
  if (!chromium) console.warn("headless chromium is not installed: the browser check of the HTML page is skipped (apt-get install chromium)");
});
