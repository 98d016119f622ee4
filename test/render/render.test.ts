import { describe, expect, it } from "vitest";
import { RENDERERS, type DocumentResult, type RenderOptions } from "../../src/render/index.js";
import { FIELDS } from "../../src/types.js";
import { run } from "../helpers.js";

const report = run("Gunmen killed 12 people in Kabul on Sunday, police said.", { sourceName: "kabul.txt" });
const ok: DocumentResult = { ok: true, report };
const failed: DocumentResult = { ok: false, source: "bad.txt", error: { code: "ENOENT", message: "no such file" } };
const options: RenderOptions = { fields: [...FIELDS], color: false, evidence: false, width: 100 };

describe("renderers never change facts", () => {
  it("json writes the report as it is", () => {
    expect(JSON.parse(RENDERERS.json.renderAll!([ok], options))).toEqual(report);
  });
  it("json writes several reports as an array, errors included", () => {
    expect(JSON.parse(RENDERERS.json.renderAll!([ok, failed], options))).toEqual([report, { source: { name: "bad.txt", published: null }, error: failed.ok ? null : failed.error }]);
  });
  it("gives an error record the source object every report has, with its id and the date when known", () => {
    const record: DocumentResult = { ok: false, id: "r7", source: "feed.jsonl:7", published: "2019-12-30", error: { code: "EJSON", message: "invalid JSON" } };
    const line = JSON.parse(RENDERERS.jsonl.renderOne!(record, options));
    expect(line).toEqual({ id: "r7", source: { name: "feed.jsonl:7", published: "2019-12-30" }, error: { code: "EJSON", message: "invalid JSON" } });
  });
  it("jsonl writes one line per document", () => {
    const line = RENDERERS.jsonl.renderOne!(ok, options);
    expect(line.endsWith("\n")).toBe(true);
    expect(line.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(line)).toEqual(report);
  });
});

describe("table", () => {
  const table = RENDERERS.table.renderOne!(ok, options);
  it("has one section per field with its count", () => {
    for (const title of ["Actors", "Locations", "Dates (1)", "Casualties (1)", "Quotes (1)"]) expect(table).toContain(title);
  });
  it("shows the facts", () => {
    expect(table).toContain("Kabul");
    expect(table).toContain("2019-12-29");
    expect(table).toContain("killed");
  });
  it("states each toll under the casualties, a difference with its terms", () => {
    expect(table).toContain("Toll: killed 12");
    const shot = run("Two men were shot. One died at the scene.", { only: ["casualties"] });
    expect(RENDERERS.table.renderOne!({ ok: true, report: shot }, options)).toContain("Toll: injured 1 (2 − 1 killed), killed 1");
  });
  it.each([
    ["23 died in Arlen and 9 died in Bosk.", "Toll: killed 32 = 23 + 9"],
    ["At least 80 people were killed. The death toll later rose to 97.", "Toll: killed 97 (latest update)"],
    ["In 2015, the group downed a plane, killing 224 people.", "Toll: killed 224 (earlier event)"],
  ])("says how the toll of %s was made", (text, line) => {
    const report = run(text, { only: ["casualties"], published: "2019-12-30" });
    expect(RENDERERS.table.renderOne!({ ok: true, report }, options)).toContain(line);
  });
  it("uses no colour when colour is off, and colour when it is on", () => {
    expect(table).not.toMatch(/\u001b\[/);
    expect(RENDERERS.table.renderOne!(ok, { ...options, color: true })).toMatch(/\u001b\[/);
  });
  it("shows an evidence column only when asked", () => {
    const withEvidence = run("Gunmen killed 12 people in Kabul on Sunday.", { evidence: true });
    expect(RENDERERS.table.renderOne!({ ok: true, report: withEvidence }, { ...options, evidence: true })).toContain("Evidence");
    expect(table).not.toContain("Evidence");
  });
  it("closes a batch with a summary that lists the failures", () => {
    const summary = RENDERERS.table.renderSummary!(3, [{ source: "bad.txt", message: "no such file" }], options);
    expect(summary).toContain("Summary: 3 documents, 1 failed");
    expect(summary).toMatch(/bad\.txt\s+│ no such file/);
    expect(RENDERERS.table.renderSummary!(1, [], options)).toBe("");
  });

  it("reports a failed document as a row, not a crash", () => {
    expect(RENDERERS.table.renderOne!(failed, options)).toContain("bad.txt: no such file");
  });
});
