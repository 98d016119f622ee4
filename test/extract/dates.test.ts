import { describe, expect, it } from "vitest";
import { formatWeek, resolveWeekday, resolveYear } from "../../src/extract/dates/calendar.js";
import { expectOffsetsSliceBack, run } from "../helpers.js";

// Every row is resolved against a publication date of Monday 2019-12-30.
const datesOf = (text: string, published = "2019-12-30") =>
  run(text, { only: ["dates"], published }).dates.map((date) => [date.text, date.value]);

describe("absolute dates at the precision stated", () => {
  const rows: Array<[string, Array<[string, string | null]>]> = [
    ["He was elected in 2014.", [["2014", "2014"]]],
    ["Prices fell in December 2017.", [["December 2017", "2017-12"]]],
    ["He was born on 4 July 1990.", [["4 July 1990", "1990-07-04"]]],
    ["The deal was signed on March 01, 2008.", [["March 01, 2008", "2008-03-01"]]],
    ["Sales peaked in the 1990s.", [["the 1990s", "199"]]],
    ["Growth slowed in early 2015.", [["early 2015", "2015"]]],
    ["The festival returns in summer 2021.", [["summer 2021", "2021-SU"]]],
    ["the 2016 presidential election", [["2016", "2016"]]],
  ];
  it.each(rows)("%s", (text, expected) => expect(datesOf(text)).toEqual(expected));
});

describe("relative dates resolved against publication, tense-aware", () => {
  const rows: Array<[string, Array<[string, string | null]>]> = [
    // past tense: the Sunday before publication
    ["The attack happened on Sunday.", [["Sunday", "2019-12-29"]]],
    // future tense: the Sunday after
    ["The summit will take place on Sunday.", [["Sunday", "2020-01-05"]]],
    ["Two years back, the town flooded.", [["Two years back", "2017"]]],
    ["Three days ago, the storm hit.", [["Three days ago", "2019-12-27"]]],
    ["The report came out last week.", [["last week", "2019-W52"]]],
    ["Results are due next month.", [["next month", "2020-01"]]],
    ["Earlier this month, the board resigned.", [["Earlier this month", "2019-12"]]],
    ["It rained last summer.", [["last summer", "2018-SU"]]],
    ["The plant opened in mid-March.", [["mid-March", "2019-03"]]],
    ["Celebrations for the New Year were cancelled.", [["New Year", "2020-01-01"]]],
    ["He arrived on Christmas Eve.", [["Christmas Eve", "2019-12-24"]]],
    ["He arrived at 10:00 on Sunday.", [["10:00 on Sunday", "2019-12-29T10:00"]]],
  ];
  it.each(rows)("%s", (text, expected) => expect(datesOf(text)).toEqual(expected));
});

describe("anchored chains lean on the last resolved date", () => {
  const rows: Array<[string, Array<[string, string | null]>]> = [
    ["Rescuers arrived on March 3, 2018. The following day, the fire was out.", [["March 3, 2018", "2018-03-03"], ["The following day", "2018-03-04"]]],
    ["It happened on May 5, 2018. The day before, warnings were issued.", [["May 5, 2018", "2018-05-05"], ["The day before", "2018-05-04"]]],
    ["It happened on May 5, 2018. A week earlier, warnings were issued.", [["May 5, 2018", "2018-05-05"], ["A week earlier", "2018-W17"]]],
  ];
  it.each(rows)("%s", (text, expected) => expect(datesOf(text)).toEqual(expected));
});

describe("news-specific periods and points", () => {
  const rows: Array<[string, Array<[string, string | null]>]> = [
    ["Profits rose in the third quarter of 2009.", [["the third quarter of 2009", "2009-Q3"]]],
    ["Sales fell in the first quarter of last year.", [["the first quarter of last year", "2018-Q1"]]],
    ["Third-quarter profit doubled.", [["Third-quarter", "2019-Q3"]]],
    ["Prices will rise by the end of this year.", [["the end of this year", "2019"]]],
    ["The company is currently in talks.", [["currently", "PRESENT_REF"]]],
    ["Sales have fallen recently.", [["recently", "PAST_REF"]]],
    ["The index closed on March 3, 2009, ending the day down 4%.", [["March 3, 2009", "2009-03-03"], ["the day", "2009-03-03"]]],
    ["Apple announced this morning that prices would fall.", [["this morning", "2019-12-30TMO"]]],
    ["He graduated in the class of '82.", [["'82", "1982"]]],
    ["Music of the '80s is back.", [["the '80s", "198"]]],
    ["The market opened at 14:30 UTC.", [["14:30 UTC", "2019-12-30T14:30Z"]]],
    ["The fund grew in spring.", [["spring", "2019-SP"]]],
    ["It happened a week ago.", [["a week ago", "2019-12-23"]]],
  ];
  it.each(rows)("%s", (text, expected) => expect(datesOf(text)).toEqual(expected));

  const nearMisses = [
    "The day was long.",
    "At the end of the day, voters decide.",
    "Prices spring back.",
  ];
  it.each(nearMisses)("not a date: %s", (text) => expect(datesOf(text)).toEqual([]));
});

describe("tense comes from the verb the date goes with", () => {
  it.each([
    // "announced" is past even though "will give" follows
    ["Apple announced Friday that it will give refunds.", "2019-12-27"],
    ["The trial is set to begin on Wednesday.", "2020-01-01"],
    ["Markets will remain closed until Friday.", "2020-01-03"],
    ["An official said Friday the deal was off.", "2019-12-27"],
  ])("%s → %s", (text, value) => expect(datesOf(text)[0][1]).toBe(value));
});

describe("without a publication date relative dates stay unresolved", () => {
  it("gives null, never a guess from today's clock", () => {
    const dates = run("The attack happened on Sunday, after the 2015 floods.", { only: ["dates"], published: null }).dates;
    expect(dates.map((date) => [date.text, date.value])).toEqual([["Sunday", null], ["2015", "2015"]]);
  });
  it("gives null for offsets counted from an unstated moment (\"1 hour later\"), which chrono counts from now", () => {
    const text = "The first blast came at noon. A second one followed 17 seconds after, and help came 2 hours later.";
    const dates = run(text, { only: ["dates"], published: null }).dates;
    expect(dates.map((date) => [date.text, date.value, date.isInferred])).toEqual([["17 seconds after", null, true], ["2 hours later", null, true]]);
  });
  it("dates a counted offset to its day only, inferred, never with the reference's made-up clock time", () => {
    const [date] = run("Help came 2 hours later.", { only: ["dates"] }).dates;
    expect(date).toMatchObject({ text: "2 hours later", value: "2019-12-30", isInferred: true, anchor: "2019-12-30" });
  });
  it("marks inferred values with their anchor", () => {
    const [date] = run("It happened on Sunday.", { only: ["dates"] }).dates;
    expect(date).toMatchObject({ isInferred: true, anchor: "2019-12-30", value: "2019-12-29" });
  });
});

describe("false friends are not dates", () => {
  const negatives = [
    "You may want to leave.",
    "Protesters march on the capital.",
    "The 22-year-old was arrested.",
    "Arsenal won 2-1.",
    "The 9/11 attacks changed everything.",
    "The meeting room holds 2000 people.",
    "The meeting was at 3 pm.",
    "It cost $2015 to fix.",
    "Call 555-1234 for details.",
    "Call 0800 123 4567 for details.",
  ];
  it.each(negatives)("%s", (text) => expect(datesOf(text)).toEqual([]));

  it("a month word after a date-introducing word is a month again, the nearest one in the present tense", () => {
    expect(datesOf("The law takes effect in May.")).toEqual([["May", "2020-05"]]);
    expect(datesOf("The law took effect in May.")).toEqual([["May", "2019-05"]]);
  });
});

describe("calendar arithmetic", () => {
  it.each([
    [{ year: 2019, month: 12, day: 30 }, "2020-W01"],
    [{ year: 2019, month: 12, day: 29 }, "2019-W52"],
    [{ year: 2021, month: 1, day: 3 }, "2020-W53"],
  ])("ISO week of %o is %s", (day, week) => expect(formatWeek(day)).toBe(week));

  it("resolves a weekday before, after or nearest an anchor", () => {
    const monday = { year: 2019, month: 12, day: 30 };
    expect(resolveWeekday(0, monday, "past")).toEqual({ year: 2019, month: 12, day: 29 });
    expect(resolveWeekday(0, monday, "future")).toEqual({ year: 2020, month: 1, day: 5 });
    expect(resolveWeekday(1, monday, "past")).toEqual(monday);
  });

  it("chooses the year of a month and day by tense, unless the nearest is within two months", () => {
    const anchor = { year: 2019, month: 12, day: 30 };
    expect(resolveYear(6, 27, anchor, "past")).toBe(2019);
    expect(resolveYear(6, 27, anchor, "future")).toBe(2020);
    expect(resolveYear(1, 2, anchor, "nearest")).toBe(2020);
    // "declared a dividend, payable Jan. 20": past tense, a date three weeks ahead
    expect(resolveYear(1, 20, anchor, "past")).toBe(2020);
    // "opened on March 12": ten weeks ahead is too far; the tense wins
    expect(resolveYear(3, 12, anchor, "past")).toBe(2019);
    // "will meet on Dec. 3": four weeks back, still this month's neighbour
    expect(resolveYear(12, 3, anchor, "future")).toBe(2019);
  });
});

it("keeps offsets that slice back", () => {
  const text = "On Sunday, two years back, in December 2017 and the 1990s…";
  expectOffsetsSliceBack(text, run(text));
});
