import { describe, expect, it } from "vitest";
import { accuracy, evaluate, prf } from "../../src/eval/evaluate.js";
import type { GoldDocument } from "../../src/eval/gold.js";
import { summarizeCasualties } from "../../src/extract/casualties/index.js";
import { matchOneToOne, scoreCasualties, scoreDates, scoreEntities, scoreQuotes } from "../../src/eval/score.js";
import type { Casualty, Quote, Report } from "../../src/types.js";

const TEXT = "Vladimir Putin met Donald Trump in Moscow on Sunday, the Kremlin said.";
const at = (text: string, occurrence = 0) => {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) start = TEXT.indexOf(text, start + 1);
  return { start, end: start + text.length, text };
};

function gold(overrides: Partial<GoldDocument>): GoldDocument {
  return { id: "doc", published: "2019-12-30", text: TEXT, annotated: [], entities: [], dates: [], casualties: [], quotes: [], ...overrides };
}

function report(overrides: Partial<Report>): Report {
  return { schemaVersion: 1, source: { name: "doc", published: null }, actors: [], locations: [], dates: [], casualties: [], casualtySummary: {}, quotes: [], ...overrides };
}

describe("precision, recall, F1", () => {
  it.each([
    [{ tp: 2, fp: 1, fn: 1 }, 2 / 3, 2 / 3, 2 / 3],
    [{ tp: 3, fp: 0, fn: 1 }, 1, 0.75, 6 / 7],
    [{ tp: 0, fp: 0, fn: 0 }, 0, 0, 0],
  ])("%o", (counts, precision, recall, f1) => {
    const score = prf(counts);
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
    expect(score.f1).toBeCloseTo(f1);
  });
  it("accuracy of an empty tally is 0, not NaN", () => expect(accuracy({ correct: 0, total: 0 }).accuracy).toBe(0));
});

describe("one-to-one matching", () => {
  it("gives each gold span to one prediction, the largest overlap first", () => {
    const pairs = matchOneToOne([{ start: 0, end: 5 }, { start: 0, end: 10 }], [{ start: 0, end: 10 }], () => true);
    expect(pairs).toEqual([[{ start: 0, end: 10 }, { start: 0, end: 10 }]]);
  });
});

describe("entities", () => {
  const goldDoc = gold({
    entities: [
      { ...at("Vladimir Putin"), type: "PER" },
      { ...at("Donald Trump"), type: "PER" },
      { ...at("Moscow"), type: "LOC" },
      { ...at("Kremlin"), type: "ORG" },
    ],
  });
  const predicted = report({
    actors: [
      { id: "a1", name: "Vladimir Putin", type: "person", aliases: [], mentions: [at("Vladimir Putin")], rule: "test" },
      // right span, wrong type
      { id: "a2", name: "Moscow", type: "organization", aliases: [], mentions: [at("Moscow")], rule: "test" },
      // overlapping only
      { id: "a3", name: "Trump", type: "person", aliases: [], mentions: [at("Trump")], rule: "test" },
      // spurious
      { id: "a4", name: "Sunday", type: "person", aliases: [], mentions: [at("Sunday")], rule: "test" },
    ],
  });
  const score = scoreEntities(goldDoc, predicted);
  it("exact span, untyped", () => expect(score.exact).toEqual({ tp: 2, fp: 2, fn: 2 }));
  it("exact span with type", () => expect(score.typed).toEqual({ tp: 1, fp: 3, fn: 3 }));
  it("relaxed overlap", () => expect(score.relaxed).toEqual({ tp: 3, fp: 1, fn: 1 }));
  it("lists what was missed and what was spurious", () => {
    expect(score.errors.missed.map((error) => error.text)).toEqual(["Kremlin"]);
    expect(score.errors.spurious.map((error) => error.text)).toEqual(["Sunday"]);
  });
});

describe("dates", () => {
  const goldDoc = gold({
    dates: [
      { ...at("Sunday"), type: "DATE", value: "2019-12-29" },
      { ...at("Moscow"), type: "DURATION", value: "P1D" },
    ],
  });
  it("scores relaxed and strict spans and values, ignoring durations", () => {
    const score = scoreDates(goldDoc, report({
      dates: [
        { ...at("on Sunday"), value: "2019-12-22", isInferred: true, rule: "test" },
        { ...at("Moscow"), value: null, isInferred: true, rule: "test" },
      ],
    }));
    expect(score.relaxed).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.strict).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.value).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.matchedValue).toEqual({ correct: 0, total: 1 });
  });
  it("scores values over all predictions and all gold dates, as TempEval-3 does", () => {
    const twoDates = gold({
      dates: [
        { ...at("Sunday"), type: "DATE", value: "2019-12-29" },
        { ...at("Kremlin"), type: "DATE", value: "PRESENT_REF" },
      ],
    });
    const score = scoreDates(twoDates, report({
      dates: [
        { ...at("Sunday"), value: "2019-12-29", isInferred: true, rule: "test" },
        { ...at("Moscow"), value: "2019", isInferred: false, rule: "test" },
      ],
    }));
    // One right value, one invented date, one missed: accuracy on the matched alone would say 1.
    expect(score.matchedValue).toEqual({ correct: 1, total: 1 });
    expect(score.value).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe("casualties", () => {
  const figure = (kind: Casualty["kind"], count: number): Casualty => ({
    ...at("met"), kind, count, approximate: false, qualifier: null, min: count, max: count, victims: null, context: "event", source: null, rule: "test",
  });
  const withToll = (casualties: Casualty[]) => report({ casualties, casualtySummary: summarizeCasualties(casualties, "") });
  it("scores the toll factx reports, the largest figure of the event, against the gold total", () => {
    const score = scoreCasualties(gold({ casualties: [{ kind: "killed", count: 5 }] }), withToll([figure("killed", 3), figure("killed", 5), figure("injured", 2)]));
    expect(score.exact.killed).toEqual({ correct: 1, total: 1 });
    expect(score.exact.injured).toEqual({ correct: 0, total: 1 });
    expect(score.detection.killed).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.detection.injured).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
  it("does not take a figure from an earlier event over the event's own", () => {
    const earlier = { ...figure("killed", 28), context: "background" as const };
    const score = scoreCasualties(gold({ casualties: [{ kind: "killed", count: 1 }] }), withToll([figure("killed", 1), earlier]));
    expect(score.exact.killed).toEqual({ correct: 1, total: 1 });
  });
});

describe("quotes", () => {
  const quote = (text: string, speaker: string | null, mention: string | null): Quote => ({
    ...at(text), kind: "indirect", speaker, speakerMention: mention ? at(mention) : null, actorId: null, cue: "said", rule: "test",
  });
  const goldDoc = gold({
    quotes: [{ ...at("Vladimir Putin met Donald Trump in Moscow on Sunday"), direct: false, speaker: "the Kremlin", ...{ speakerStart: at("the Kremlin").start, speakerEnd: at("the Kremlin").end } }],
    otherAttributions: [at("Kremlin said")],
  });
  it("matches on half the shorter span and checks the speaker", () => {
    const score = scoreQuotes(goldDoc, report({ quotes: [quote("Putin met Donald Trump in Moscow", "Kremlin", "Kremlin")] }));
    expect(score.content).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.speaker).toEqual({ correct: 1, total: 1 });
  });
  it("does not match a short overlap, and ignores a prediction on another attribution", () => {
    const score = scoreQuotes(goldDoc, report({ quotes: [quote("Sunday, the Kremlin", null, null), quote("Kremlin said", null, null)] }));
    expect(score.content).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it("a wrong speaker counts against speaker accuracy only", () => {
    const score = scoreQuotes(goldDoc, report({ quotes: [quote("Vladimir Putin met Donald Trump", "Donald Trump", "Donald Trump")] }));
    expect(score.content.tp).toBe(1);
    expect(score.speaker).toEqual({ correct: 0, total: 1 });
  });
});

describe("evaluate", () => {
  it("scores only the fields a document annotates", () => {
    const docs = [gold({ annotated: ["dates"], dates: [{ ...at("Sunday"), type: "DATE", value: "2019-12-29" }] })];
    const evaluation = evaluate(docs, () => report({ dates: [{ ...at("Sunday"), value: "2019-12-29", isInferred: true, rule: "test" }] }));
    expect(Object.keys(evaluation.fields)).toEqual(["dates"]);
    expect(evaluation.fields.dates?.scores.relaxed.f1).toBe(1);
    expect(evaluation.fields.dates?.accuracies.value.accuracy).toBe(1);
    expect(evaluation.fields.dates?.scores.value.f1).toBe(1);
  });
});
