import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";

// TimeML constructions on news, each row beside a near miss. Published Monday 2019-12-30 (2019-Q4).
type Row = [string, Array<[string, string | null, string]>];
const datesOf = (text: string, published: string | null = "2019-12-30") =>
  run(text, { only: ["dates"], published }).dates.map((date) => [date.text, date.value, date.rule]);
const check = (rows: Row[]) => it.each(rows)("%s", (text, expected) => expect(datesOf(text)).toEqual(expected));

describe("present, past and future references", () => {
  check([
    ["Prices are now higher.", [["now", "PRESENT_REF", "now"]]],
    ["Right now the plant is shut.", [["Right now", "PRESENT_REF", "now"]]],
    // sentence-opening "Now," is a discourse word; "now that" a conjunction; "now-closed" an adjective
    ["Now, he says, it is over.", []],
    ["Now that it rained, the fields are green.", []],
    ["Workers left the now-closed mine.", []],
    ["These days the port is quiet.", [["These days", "PRESENT_REF", "reference-point"]]],
    ["Rates have fallen in the last few months.", [["the last few months", "PAST_REF", "reference-point"]]],
    ["Several years ago the bridge fell.", [["Several years ago", "PAST_REF", "offset-from-publication"]]],
    ["Talks will resume in the coming weeks.", [["the coming weeks", "FUTURE_REF", "reference-point"]]],
    ["A deal will come soon.", [["soon", "FUTURE_REF", "reference-point"]]],
    ["As soon as they boarded, the doors shut.", []],
    ["Soon after the blast, police arrived.", []],
  ]);
});

describe("months named against the year of writing", () => {
  check([
    ["The mill closed last April.", [["last April", "2019-04", "month-relative"]]],
    ["The mill will reopen next May.", [["next May", "2020-05", "month-relative"]]],
    ["In January this year the mill closed.", [["January this year", "2019-01", "month-of-relative-year"]]],
    ["In June last year the mill closed.", [["June last year", "2018-06", "month-of-relative-year"]]],
    // "may" the modal after "this": no month
    ["This may last a year.", []],
  ]);
});

describe("coarser units: weekends, decades, centuries", () => {
  check([
    ["Rebels attacked over the weekend.", [["the weekend", "2019-W52-WE", "weekend"]]],
    ["The firm grew in the nineties.", [["the nineties", "199", "decade-word"]]],
    // an age, not a decade
    ["Most were in their forties.", []],
    ["The church dates from the 11th century.", [["the 11th century", "10", "century"]]],
    ["Sales rose earlier in the year.", [["earlier in the year", "2019", "within-period"]]],
    ["Hate groups grew over the past year.", [["past year", "2018", "named-relative"]]],
    ["It was the third such case in the past decade.", [["past decade", "200", "named-relative"]]],
    ["Snow fell this past spring.", [["past spring", "2019-SP", "named-relative"]]],
    // the past as such, and the past counted in units, which is a duration
    ["In the past, the port was calm.", [["the past", "PAST_REF", "reference-point"]]],
    ["Prices fell in the past nine days.", [["nine days", "P9D", "duration"]]],
    ["It was among the great inventions of the past century.", []],
    ["Sales rose this fiscal year.", [["this fiscal year", "2019", "named-relative"]]],
    ["Revenue doubled in fiscal 1998.", [["fiscal 1998", "1998", "fiscal-year"]]],
  ]);
});

describe("spans of years are two years", () => {
  check([
    ["He played in the 2009-2010 season.", [["2009", "2009", "year-range-start"], ["2010", "2010", "year-range-end"]]],
    ["The dam was built in 1957-58.", [["1957", "1957", "year-range-start"], ["58", "1958", "year-range-end"]]],
    // an ISO day is one date; a phone number and a backward pair are no years
    ["The file is dated 2019-12-30.", [["2019-12-30", "2019-12-30", "chrono"]]],
    ["Call 1957-5812 for tickets.", []],
  ]);
  it("gives each year its own offsets", () => {
    const text = "It was built in 1957-58.";
    expect(run(text, { only: ["dates"] }).dates.map((date) => [date.start, date.end])).toEqual([[16, 20], [21, 23]]);
  });
});

describe("spans of months and days are two dates", () => {
  check([
    ["Talks ran from May to July.", [["May", "2019-05", "chrono"], ["July", "2019-07", "chrono"]]],
    ["The strike lasted May-July.", [["May", "2019-05", "chrono"], ["July", "2019-07", "chrono"]]],
    ["Prices fell between March and June 2018.", [["March", "2018-03", "chrono"], ["June 2018", "2018-06", "chrono"]]],
    ["Output slid from December to March 2019.", [["December", "2018-12", "chrono"], ["March 2019", "2019-03", "chrono"]]],
    ["Rates held from 1990 to 1995.", [["1990", "1990", "year"], ["1995", "1995", "year"]]],
    ["The fair ran from March 3 to April 5.", [["March 3", "2019-03-03", "chrono"], ["April 5", "2019-04-05", "chrono"]]],
    // the end of a span of weekdays follows its start
    ["Talks will run from Friday to Monday.", [["Friday", "2020-01-03", "chrono"], ["Monday", "2020-01-06", "chrono"]]],
    // one end alone, "May" before an infinitive, days of one month: one date each
    ["Talks will be put off to July.", [["July", "2020-07", "chrono"]]],
    ["The film is due in May to be released widely.", [["May", "2020-05", "chrono"]]],
    ["The fair ran March 3-5.", [["March 3-5", "2019-03-03", "chrono"]]],
    // two months in a list, the second with its year: the first keeps its own
    ["It rained in March and sales fell in June 2018.", [["March", "2019-03", "chrono"], ["June 2018", "2018-06", "chrono"]]],
  ]);
  it("gives each end its own offsets", () => {
    const text = "Talks ran from May to July.";
    expect(run(text, { only: ["dates"], published: "2019-12-30" }).dates.map((date) => [date.start, date.end])).toEqual([[15, 18], [22, 26]]);
  });
});

describe("a relative date told of another time resolves against that time", () => {
  type AnchorRow = [string, Array<[string, string | null, string | null]>];
  const anchorsOf = (text: string) =>
    run(text, { only: ["dates"], published: "2019-12-30" }).dates.map((date) => [date.text, date.value, date.anchor ?? null]);
  it.each<AnchorRow>([
    ["An e-mail sent on July 3, 2012 said the meeting was on Sunday night.", [["July 3, 2012", "2012-07-03", null], ["Sunday night", "2012-07-01TNI", "2012-07-03"]]],
    ["A letter dated May 2, 2018 said talks would resume on June 4.", [["May 2, 2018", "2018-05-02", null], ["June 4", "2018-06-04", "2018-05-02"]]],
    ["A memo of June 2015 said the audit ended in March.", [["June 2015", "2015-06", null], ["March", "2015-03", "2015-06"]]],
    // a month tells of no one Sunday: the anchor, and no day made up
    ["An e-mail sent in July 2012 said the meeting was on Sunday.", [["July 2012", "2012-07", null], ["Sunday", null, "2012-07"]]],
    // the time of writing's own month, a year alone, another sentence: the publication date anchors
    ["In December 2019, officials said talks were held on Sunday.", [["December 2019", "2019-12", null], ["Sunday", "2019-12-29", "2019-12-30"]]],
    ["The firm, founded in 1990, said on March 3 it would close.", [["1990", "1990", null], ["March 3", "2019-03-03", "2019-12-30"]]],
    ["An e-mail was sent on July 3, 2012. The meeting was on Sunday.", [["July 3, 2012", "2012-07-03", null], ["Sunday", "2019-12-29", "2019-12-30"]]],
    // "the day before" follows the date just given, in the sentence or the one before
    ["The plant closed on March 3, 2018. The day before, workers struck.", [["March 3, 2018", "2018-03-03", null], ["The day before", "2018-03-02", "2018-03-03"]]],
    ["The plant closed on March 3, 2018, and the day before workers struck.", [["March 3, 2018", "2018-03-03", null], ["the day before", "2018-03-02", "2018-03-03"]]],
  ])("%s", (text, expected) => expect(anchorsOf(text)).toEqual(expected));
  it("says the anchor came from the text", () => {
    const [, sunday] = run("An e-mail sent on July 3, 2012 said the meeting was on Sunday night.", { only: ["dates"], published: "2019-12-30" }).dates;
    expect([sunday.start, sunday.end, sunday.anchorSource]).toEqual([55, 67, "text"]);
  });
});

describe("years as transcripts spell them", () => {
  check([
    ["Prices peaked in nineteen ninety-six.", [["nineteen ninety-six", "1996", "spoken-year"]]],
    ["Talks began in January nineteen ninety-seven.", [["January nineteen ninety-seven", "1997-01", "spoken-year"]]],
    ["The plan runs to the year two thousand.", [["the year two thousand", "2000", "spoken-year"]]],
    // counts, not years
    ["Nineteen people were hurt.", []],
  ]);
});

describe("quarters and halves", () => {
  check([
    ["Profit rose in the 2018 second quarter.", [["the 2018 second quarter", "2018-Q2", "quarter"]]],
    ["Profit will rise in next year's first quarter.", [["next year's first quarter", "2020-Q1", "quarter"]]],
    // past tense: the last third quarter begun; the nearest otherwise
    ["Profit fell in the third quarter.", [["the third quarter", "2019-Q3", "quarter"]]],
    ["Profit is expected to grow in the first quarter.", [["the first quarter", "2020-Q1", "quarter"]]],
    ["Profit fell last quarter.", [["last quarter", "2019-Q3", "last-quarter"]]],
    ["Profit fell in the current quarter.", [["the current quarter", "2019-Q4", "quarter-in-view"]]],
    ["Sales fell in the first half of 2018.", [["the first half of 2018", "2018-H1", "half-year"]]],
    // a half of a match, not of a year
    ["He scored in the second half.", []],
    ["The quarter-to-quarter comparison improved.", []],
    // a stretch of time, with no quarter named before it
    ["During that period, the mine was shut.", []],
  ]);
});

describe("the quarter in view, and the same period a year back", () => {
  check([
    [
      "Net income rose in the third quarter of 2018. In the year-ago quarter, the company lost money.",
      [["the third quarter of 2018", "2018-Q3", "quarter"], ["the year-ago quarter", "2017-Q3", "year-ago-period"]],
    ],
    [
      "Net income rose in the third quarter of 2018. Revenue in the quarter fell.",
      [["the third quarter of 2018", "2018-Q3", "quarter"], ["the quarter", "2018-Q3", "quarter-in-view"]],
    ],
    [
      "Net income rose 8% in the third quarter of 2018 from a year earlier.",
      [["the third quarter of 2018", "2018-Q3", "quarter"], ["a year earlier", "2017-Q3", "offset-from-previous"]],
    ],
    [
      "Sales rose in February, compared with the same period last year.",
      [["February", "2019-02", "chrono"], ["the same period last year", "2018-02", "year-ago-period"]],
    ],
    // after a stretch of months, "a year earlier" is the year, not the quarter named before it
    [
      "Profit rose in the third quarter of 2018. For the nine months, sales fell from a year earlier.",
      [["the third quarter of 2018", "2018-Q3", "quarter"], ["nine months", "P9M", "duration"], ["a year earlier", "2018", "offset-from-previous"]],
    ],
    [
      "Jayark lost money in the quarter ended July 31.",
      [["the quarter", "2019-Q3", "quarter-in-view"], ["July 31", "2019-07-31", "chrono"]],
    ],
    [
      "Profit rose in the third quarter of 2018; in the 2017 quarter it fell.",
      [["the third quarter of 2018", "2018-Q3", "quarter"], ["the 2017 quarter", "2017-Q3", "quarter-in-view"]],
    ],
    // a counted-back value does not become the one in view: the second comparison counts from 2018-Q3 too
    [
      "Profit rose in the third quarter of 2018. The year-ago quarter was weak; revenue fell from a year earlier.",
      [["the third quarter of 2018", "2018-Q3", "quarter"], ["The year-ago quarter", "2017-Q3", "year-ago-period"], ["a year earlier", "2017-Q3", "offset-from-previous"]],
    ],
  ]);
});

describe("durations are typed as durations, never as dates", () => {
  const durationsOf = (text: string) =>
    run(text, { only: ["dates"] }).dates.map((date) => [date.text, date.value, date.isDuration ?? false]);
  it.each([
    ["He was held for 100 days.", [["100 days", "P100D", true]]],
    ["After three days of questioning, he was freed.", [["three days", "P3D", true]]],
    ["Within 24 hours the fire was out.", [["24 hours", "PT24H", true]]],
    ["The talks lasted five years.", [["five years", "P5Y", true]]],
    ["It was the worst fall in over a decade.", [["a decade", "P10Y", true]]],
    ["Several weeks passed.", [["Several weeks", "PXW", true]]],
    // near misses: an age, a set, a price per day, and an offset that is a date
    ["A 22-year-old man was arrested.", []],
    ["They meet once a year.", []],
    ["Rooms cost $5 a day.", []],
    ["The storm hit three days ago.", [["three days ago", "2019-12-27", false]]],
    ["The vote is a week from now.", [["a week from now", "2020-01-06", false]]],
  ] as Array<[string, unknown[]]>)("%s", (text, expected) => expect(durationsOf(text)).toEqual(expected));

  it("gives the duration's offsets", () => {
    const text = "He was held for 100 days.";
    const [duration] = run(text, { only: ["dates"] }).dates;
    expect(duration).toMatchObject({ start: 16, end: 24, rule: "duration", isInferred: false });
    expect(text.slice(duration.start, duration.end)).toBe(duration.text);
  });

  it.each(["Shares rose in the second half and the SEC said nothing.", "The plan ends soon after the vote."])("no date: %s", (text) =>
    expect(datesOf(text)).toEqual([]));
});

describe("weekday false friends and named weeks", () => {
  check([
    ["They sat down with Sun officials.", []],
    ["Shares rose 12 3/4 to 40.", []],
    ["The talks ended on Sat., Jan. 4.", [["Sat., Jan. 4", "2020-01-04", "chrono"]]],
    // said on a Monday: "last Monday" is a week back, "Monday" is today
    ["Shares fell last Monday.", [["last Monday", "2019-12-23", "chrono"]]],
    ["Shares fell Monday.", [["Monday", "2019-12-30", "chrono"]]],
  ]);
});

describe("a dateline anchors a story without a publication date", () => {
  const story = "Mine blast kills 12\nJOHANNESBURG, August 7, 2013 (Xinhua) -- A blast on Sunday killed 12 miners. The day before, inspectors had left.";
  const dates = () => run(story, { only: ["dates"], published: null }).dates;

  it("reads the day of writing and resolves relative dates against it", () => {
    expect(dates().map((date) => [date.text, date.value, date.anchorSource ?? null])).toEqual([
      ["August 7, 2013", "2013-08-07", null],
      ["Sunday", "2013-08-04", "dateline"],
      ["The day before", "2013-08-03", "text"],
    ]);
    const sunday = dates()[1];
    expect([sunday.start, sunday.end]).toEqual([story.indexOf("Sunday"), story.indexOf("Sunday") + 6]);
  });

  it("takes the year the story states when the dateline has none", () => {
    const text = "LONDON, Aug. 7 (Reuters) - Shares fell on Monday, the worst day of 2013.";
    expect(datesOf(text, null)).toContainEqual(["Monday", "2013-08-05", "chrono"]);
  });

  it("leaves relative dates unresolved when no year is stated anywhere", () => {
    expect(datesOf("LONDON, Aug. 7 (Reuters) - Shares fell on Monday.", null)).toContainEqual(["Monday", null, "chrono"]);
  });

  it("is not read when a publication date is given, nor from a place in a sentence", () => {
    const [, sunday] = run(story, { only: ["dates"], published: "2013-08-09" }).dates;
    expect(sunday).toMatchObject({ value: "2013-08-04", anchor: "2013-08-09", anchorSource: "published" });
    expect(datesOf("He flew to LONDON, August 7, and met them on Sunday, 2013.", null)).toContainEqual(["Sunday", null, "chrono"]);
  });
});
