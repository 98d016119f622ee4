import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factx } from "./factx.js";

const EVENT = "fixtures/compare/christchurch.jsonl";

describe("factx compare on three reports of one event", async () => {
  const { code, stdout } = await factx(["compare", "--input", "jsonl", EVENT, "--json"]);
  const comparison = JSON.parse(stdout);
  const row = (field: string, subject: string) => comparison.rows.find((candidate: { field: string; subject: string }) => candidate.field === field && candidate.subject === subject);

  it("exits 1 because the reports conflict", () => expect(code).toBe(1));

  it("finds the toll that rose from at least 49 to 50 to 51", () => {
    const killed = row("casualties", "killed");
    expect(killed.verdict).toBe("conflict");
    expect(killed.claims.map((claim: { value: string }) => claim.value)).toEqual(["at least 49", "50", "51"]);
    expect(killed.claims[1].evidence).toContain("death toll");
  });

  it("finds the quote that was reported in other words, with a diff", () => {
    const altered = comparison.rows.filter((candidate: { field: string; verdict: string }) => candidate.field === "quotes" && candidate.verdict === "conflict");
    expect(altered.length).toBeGreaterThan(0);
    expect(altered[0].subject).toBe("Jacinda Ardern");
    expect(altered[0].diff.some((part: { kind: string }) => part.kind === "added")).toBe(true);
    expect(comparison.rows.some((candidate: { field: string; verdict: string }) => candidate.field === "quotes" && candidate.verdict === "agree")).toBe(true);
  });

  it("agrees on the place and the date of the attack", () => {
    expect(row("locations", "Christchurch").verdict).toBe("agree");
    expect(row("dates", "date of the event")).toMatchObject({ verdict: "agree" });
    expect(row("dates", "date of the event").claims.every((claim: { value: string }) => claim.value === "2019-03-15")).toBe(true);
  });

  it("writes Markdown for a write-up, conflicts first, with the evidence quoted", async () => {
    const markdown = (await factx(["compare", "--input", "jsonl", EVENT, "--format", "markdown"])).stdout;
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("| Field | Subject | Verdict | early-report | next-day | anniversary |");
    expect(lines[2]).toMatch(/^\| casualties \| killed \| \*\*conflict\*\* \| at least 49 \[1\] \| 50 \[2\] \| 51 \[3\] \|$/);
    expect(markdown).toContain("Evidence:");
  });

  it("exits 0 when articles agree, and 2 when one cannot be read", async () => {
    const folder = mkdtempSync(join(tmpdir(), "factx-compare-"));
    writeFileSync(join(folder, "a.txt"), "Gunmen killed 12 people in Kabul.");
    writeFileSync(join(folder, "b.txt"), "Twelve people were killed in Kabul.");
    expect((await factx(["compare", join(folder, "a.txt"), join(folder, "b.txt")])).code).toBe(0);
    const missing = await factx(["compare", join(folder, "a.txt"), join(folder, "none.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("none.txt: no such file");
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
