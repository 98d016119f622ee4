import { describe, expect, it } from "vitest";
import { isIsoCalendarDay } from "../../src/extract/dates/calendar.js";
import { factx } from "./factx.js";

describe("a publication date names a real day", () => {
  it.each([
    ["2019-02-28", true],
    ["2020-02-29", true],
    // near misses: no 30 February, no 29 February in 2019, no month 13, no day first, no time
    ["2019-02-30", false],
    ["2019-02-29", false],
    ["2019-13-01", false],
    ["07/01/2020", false],
    ["2019-12-30T08:00", false],
  ])("%s → %s", (value, expected) => expect(isIsoCalendarDay(value)).toBe(expected));

  it.each(["2019-02-30", "07/01/2020"])("--published %s is a usage error, exit 2", async (value) => {
    const { code, stderr } = await factx(["--published", value, "-"], "Rebels attacked on Sunday.");
    expect(code).toBe(2);
    expect(stderr).toBe(`factx: --published takes a date as YYYY-MM-DD; got "${value}"\n`);
  });

  it("a JSONL record with an impossible date gets an error record; the next record is still read", async () => {
    const records = [
      JSON.stringify({ id: "a", text: "Rebels attacked on Sunday.", published: "2019-02-30" }),
      JSON.stringify({ id: "b", text: "Rebels attacked on Sunday.", published: "2019-02-28" }),
    ].join("\n");
    const { code, stdout } = await factx(["--input", "jsonl", "--format", "jsonl", "--jobs", "1", "-"], records);
    const [first, second] = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(first).toMatchObject({ id: "a", error: { code: "ERECORD" } });
    expect(first.error.message).toContain('"2019-02-30"');
    expect(second.dates[0]).toMatchObject({ text: "Sunday", value: "2019-02-24" });
    expect(code).toBe(1);
  });
});
