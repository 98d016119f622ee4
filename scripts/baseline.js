#!/usr/bin/env node
// What raw compromise and chrono-node score on the gold sets, with the same scorer as `factx eval`:
// the yardstick the README's accuracy table is read against.
//   node scripts/baseline.js fixtures/meantime.jsonl [more gold files]
import { createRequire } from "node:module";
import * as chrono from "chrono-node";
import { evaluate } from "../dist/eval/evaluate.js";
import { readGold } from "../dist/eval/gold.js";

const require = createRequire(import.meta.url);
const nlp = require("compromise");
// The dates plugin adds .dates(); the people/places/organizations scores are the same with or without it.
nlp.plugin(require("compromise-dates"));

const spansOf = (text, view) =>
  view.json({ offset: true }).map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length, text: text.slice(offset.start, offset.start + offset.length) }));

function chronoValue(result) {
  const known = (name) => result.start.isCertain(name);
  const pad = (value) => String(value).padStart(2, "0");
  const date = result.start.date();
  const [year, month, day] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  if (known("day") || known("weekday")) return `${year}-${pad(month)}-${pad(day)}`;
  if (known("month")) return `${year}-${pad(month)}`;
  return `${year}`;
}

/** compromise's people(), organizations() and places(); chrono-node's parse(); compromise's quotations(). */
function baseline(doc) {
  const view = nlp(doc.text);
  const mention = (type) => (span, index) => ({ id: `${type}${index}`, name: span.text, type, aliases: [], mentions: [span], rule: "baseline" });
  const reference = doc.published ? new Date(`${doc.published}T12:00:00`) : new Date();
  return {
    schemaVersion: 1,
    source: { name: doc.id, published: doc.published },
    actors: [...spansOf(doc.text, view.people()).map(mention("person")), ...spansOf(doc.text, view.organizations()).map(mention("organization"))],
    locations: spansOf(doc.text, view.places()).map((span, index) => ({ id: `l${index}`, name: span.text, type: "place", aliases: [], mentions: [span], rule: "baseline" })),
    dates: chrono.parse(doc.text, reference).map((result) => ({ start: result.index, end: result.index + result.text.length, text: result.text, value: chronoValue(result), isInferred: false, rule: "chrono" })),
    casualties: [],
    casualtySummary: {},
    quotes: spansOf(doc.text, view.quotations()).map((span) => ({ ...span, kind: "direct", speaker: null, speakerMention: null, actorId: null, cue: null, rule: "baseline" })),
  };
}

/** compromise-dates, the other date parser the dates issue asked to measure. */
function compromiseDates(doc) {
  const base = { schemaVersion: 1, source: { name: doc.id, published: doc.published }, actors: [], locations: [], casualties: [], casualtySummary: {}, quotes: [] };
  const view = nlp(doc.text);
  const dates = view.dates({ today: doc.published ?? undefined }).json({ offset: true }).map(({ offset, dates: value }) => {
    const start = value?.start?.slice(0, 10) ?? null;
    const precision = { year: 4, month: 7, day: 10 }[value?.unit] ?? 10;
    return { start: offset.start, end: offset.start + offset.length, text: doc.text.slice(offset.start, offset.start + offset.length), value: start && start.slice(0, precision), isInferred: false, rule: "compromise-dates" };
  });
  return { ...base, dates };
}

const percent = (value) => value.toFixed(3);
const predictors = [
  ["raw compromise + chrono-node", baseline],
  ["compromise-dates", compromiseDates],
];
for (const file of process.argv.slice(2)) for (const [label, predict] of predictors) {
  const evaluation = evaluate(readGold(file), predict, label === "compromise-dates" ? ["dates"] : undefined);
  if (Object.keys(evaluation.fields).length === 0) continue;
  console.log(`${file}: ${evaluation.documents} documents (${label})`);
  for (const [field, result] of Object.entries(evaluation.fields)) {
    for (const [measure, score] of Object.entries(result.scores)) {
      console.log(`  ${field.padEnd(10)} ${measure.padEnd(20)} P ${percent(score.precision)}  R ${percent(score.recall)}  F1 ${percent(score.f1)}`);
    }
    for (const [measure, tally] of Object.entries(result.accuracies)) {
      console.log(`  ${field.padEnd(10)} ${measure.padEnd(20)} accuracy ${percent(tally.accuracy)} (${tally.total})`);
    }
  }
}
