import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RENDERERS, type DocumentResult, type RenderOptions } from "../../src/render/index.js";
import { FIELDS, type Report } from "../../src/types.js";
import { run } from "../helpers.js";

const options: RenderOptions = { fields: [...FIELDS], color: false, evidence: false, width: 100 };
// Commas, quotation marks and a line break inside what the rows quote.
const TRICKY = "“We will stay, and we will fight,” said Mayor Ana Ruiz of Lyon on Monday.\nAt least 12 people were killed, police said, and \"dozens\" were hurt in Lyon.";
const SAMPLE = readFileSync("fixtures/seed-putin-trump.txt", "utf8");

function csvOf(results: DocumentResult[], renderOptions = options): string {
  const { csv } = RENDERERS;
  return csv.renderHeader!(renderOptions) + results.map((result) => csv.renderOne!(result, renderOptions)).join("");
}

const records = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;
const factCount = (report: Report) => FIELDS.reduce((sum, field) => sum + report[field].length, 0);

describe("csv", () => {
  const tricky = run(TRICKY, { id: "lyon", evidence: true });
  const sample = run(SAMPLE, { sourceName: "sample.txt", evidence: true });

  it("parses back to one row per fact, each slicing back to its text by its offsets", () => {
    const rows = records(csvOf([{ ok: true, report: tricky }, { ok: true, report: sample }]));
    expect(rows).toHaveLength(factCount(tricky) + factCount(sample));
    for (const row of rows) {
      const text = row.document === "lyon" ? TRICKY : SAMPLE;
      expect(text.slice(Number(row.start), Number(row.end)), `${row.document} ${row.field} ${row.text}`).toBe(row.text);
    }
    expect(rows.map((row) => row.document)).toEqual([...Array(factCount(tricky)).fill("lyon"), ...Array(factCount(sample)).fill("sample.txt")]);
  });

  it("writes what each fact says: kind, value, speaker and rule", () => {
    const rows = records(csvOf([{ ok: true, report: tricky }]));
    const killed = rows.find((row) => row.field === "casualties" && row.kind === "killed");
    expect(killed).toMatchObject({ text: tricky.casualties.find((figure) => figure.kind === "killed")!.text, value: "12", speaker: "police" });
    const quote = rows.find((row) => row.field === "quotes");
    expect(quote).toMatchObject({ kind: "direct", text: "We will stay, and we will fight", speaker: "Ana Ruiz" });
    expect(rows.find((row) => row.field === "dates")).toMatchObject({ text: "Monday", kind: "inferred", value: tricky.dates[0].value });
    expect(rows.find((row) => row.field === "locations")).toMatchObject({ value: "Lyon", kind: "city" });
    for (const row of rows) expect(row.rule, `${row.field} ${row.text}`).not.toBe("");
  });

  it("is RFC 4180: CRLF line ends, and the line break inside a cell quoted", () => {
    const text = "Police said the bomb “killed two\npeople at the market” on Sunday.";
    const csv = csvOf([{ ok: true, report: run(text, { evidence: true }) }], { ...options, evidence: true });
    expect(csv.split("\r\n").at(-1)).toBe("");
    expect(csv).toContain(',"killed two\npeople",2,');
    const [row] = records(csv).filter((record) => record.field === "casualties");
    expect(text.slice(Number(row.start), Number(row.end))).toBe("killed two\npeople");
  });

  it("adds the evidence sentence only when asked", () => {
    const plain = records(csvOf([{ ok: true, report: tricky }]));
    expect(Object.keys(plain[0])).toEqual(["document", "field", "kind", "text", "value", "speaker", "start", "end", "rule"]);
    const withEvidence = records(csvOf([{ ok: true, report: tricky }], { ...options, evidence: true }));
    const killed = withEvidence.find((row) => row.kind === "killed")!;
    expect(killed.sentence).toBe("At least 12 people were killed, police said, and \"dozens\" were hurt in Lyon.");
  });

  it("keeps to the fields asked for, and makes a failed document an error row", () => {
    const rows = records(
      csvOf([{ ok: true, report: tricky }, { ok: false, id: "r2", source: "feed.jsonl:2", error: { code: "EJSON", message: "invalid JSON" } }], { ...options, fields: ["casualties"] }),
    );
    expect(rows.map((row) => row.field)).toEqual([...tricky.casualties.map(() => "casualties"), "error"]);
    expect(rows.at(-1)).toEqual({ document: "r2", field: "error", kind: "EJSON", text: "invalid JSON", value: "", speaker: "", start: "", end: "", rule: "" });
  });
});

describe("markdown", () => {
  const report = run("Gunmen killed 12 people in Kabul on Sunday. “Kabul | Herat road is closed,” police said.", { sourceName: "kabul.txt" });

  it("writes one table per field, its pipes escaped, and the toll under the casualties", () => {
    const markdown = RENDERERS.markdown.renderOne!({ ok: true, report }, options);
    expect(markdown).toMatch(/^## kabul\.txt \(published 2019-12-30\)\n/);
    expect(markdown).toContain("### Casualties (1)\n\n| Kind | Count | Victims | Text | Context | Source |\n| --- | --- | --- | --- | --- | --- |\n| killed | 12 |");
    expect(markdown).toContain("Toll: killed 12");
    expect(markdown).toContain("| police | direct | said | “Kabul \\| Herat road is closed” |");
  });

  it("says when a field has nothing, and when a document failed", () => {
    const empty = RENDERERS.markdown.renderOne!({ ok: true, report: run("Nothing here.") }, { ...options, fields: ["quotes"] });
    expect(empty).toContain("### Quotes (0)\n\nNone found.");
    expect(RENDERERS.markdown.renderOne!({ ok: false, source: "gone.txt", error: { code: "ENOENT", message: "no such file" } }, options)).toBe("## gone.txt\n\nNot read: no such file\n\n");
  });
});
