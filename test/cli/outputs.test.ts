import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { factx } from "./factx.js";

const RECORDS = [
  JSON.stringify({ id: "a", text: "Gunmen killed 12 people in Kabul on Sunday, police said.", published: "2019-12-30" }),
  "{not json",
  JSON.stringify({ id: "b", text: "Police arrested two men in Paris, officials said." }),
].join("\n");

describe("--format csv on a JSONL batch", () => {
  it("writes the header once, then each record's facts in input order, a bad line as an error row", async () => {
    const { code, stdout } = await factx(["--input", "jsonl", "--format", "csv", "--jobs", "1", "-"], RECORDS);
    expect(stdout.startsWith("document,field,kind,text,value,speaker,start,end,rule\r\n")).toBe(true);
    expect(stdout.match(/^document,/gm)).toHaveLength(1);
    const rows = parse(stdout, { columns: true }) as Array<Record<string, string>>;
    const documents = rows.map((row) => row.document);
    expect([...new Set(documents)]).toEqual(["a", "<stdin>:2", "b"]);
    expect(rows.find((row) => row.document === "<stdin>:2")).toMatchObject({ field: "error", kind: "EJSON", text: "invalid JSON" });
    expect(rows.find((row) => row.document === "a" && row.field === "casualties")).toMatchObject({ kind: "killed", value: "12", start: "7", end: "23" });
    expect(code).toBe(1);
  });

  it("adds the sentence with --evidence", async () => {
    const { stdout } = await factx(["--input", "jsonl", "--format", "csv", "--evidence", "--only", "casualties", "--jobs", "1", "-"], RECORDS);
    const rows = parse(stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows[0]).toMatchObject({ document: "a", text: "killed 12 people", sentence: "Gunmen killed 12 people in Kabul on Sunday, police said." });
  });
});

describe("--format markdown", () => {
  it("writes the tables of each document as Markdown", async () => {
    const { stdout } = await factx(["--input", "jsonl", "--format", "markdown", "--only", "casualties", "--jobs", "1", "-"], RECORDS);
    expect(stdout).toContain("## a (published 2019-12-30)\n\n### Casualties (1)\n\n| Kind | Count |");
    expect(stdout).toContain("## <stdin>:2\n\nNot read: invalid JSON");
  });
});
