#!/usr/bin/env node
// `npm run calibrate`: measures how often each rule's facts are right on the corpus sets and writes
// calibration/confidence.json, the confidence factx gives each fact. It fits on every gold set, large
// and small (a field's sets differ in genre and in annotation habits, and the confidence should hold
// on each), then prints the reliability per set, and per set again as fitted without that set: how
// the confidence holds on news it never saw.
// Runs the built code (dist/): `npm run calibrate` compiles it first. Documents are spread over one
// worker thread per core, largest first. The corpus folder is ../shared/corpus, or FACTX_CORPUS.
// Usage: node scripts/calibrate.js [--check-only]
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = resolve(process.env.FACTX_CORPUS ?? join(root, "../shared/corpus"));
const dist = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);

export const SETS = ["conll-train", "conll-dev", "meantime", "polnear-train", "polnear-dev", "timebank", "casualty-world-dev", "gvdb-dev", "seed"];

if (isMainThread) await main();
else await work();

async function main() {
  const started = performance.now();
  const { readGold } = await dist("eval/gold.js");
  const [{ fitCalibration }, { measuredSourcesHash }, { confidenceOf, TRUST_FIELDS, CALIBRATION_URL }, { reliabilityByField }] = await Promise.all([
    dist("trust/fit.js"),
    dist("trust/sources.js"),
    dist("trust/calibration.js"),
    dist("trust/reliability.js"),
  ]);
  const isCheckOnly = process.argv.includes("--check-only");
  const sets = SETS;
  // Largest first: the last documents to finish are short ones, and no thread waits long on another.
  const tasks = sets
    .flatMap((set) => readGold(join(corpus, `${set}.jsonl`)).map((doc, index) => ({ set, index, size: doc.text.length })))
    .sort((a, b) => b.size - a.size || (a.set < b.set ? -1 : a.set > b.set ? 1 : a.index - b.index));
  const observed = Object.fromEntries(sets.map((set) => [set, []]));
  await Promise.all(
    Array.from({ length: Math.max(1, availableParallelism()) }, () =>
      new Promise((done, fail) => {
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { corpus } });
        const next = () => {
          const task = tasks.shift();
          if (task) worker.postMessage(task);
          else void worker.terminate().then(done);
        };
        worker.on("message", ({ set, observations }) => {
          observed[set].push(...observations);
          process.stderr.write(`\rcalibrate: ${tasks.length} documents to go   `);
          next();
        });
        worker.on("error", fail);
        next();
      }),
    ),
  );
  process.stderr.write("\n");
  const onSets = (fitSets) => fitSets.flatMap((set) => observed[set]);
  let file;
  if (isCheckOnly) {
    file = (await dist("trust/calibration.js")).calibration();
  } else {
    file = fitCalibration(onSets(SETS), {
      about: "Written by `npm run calibrate`: per field and evidence, how many facts the sets held, how many were right, and the precision smoothed toward the parent evidence. Do not edit.",
      sourcesHash: measuredSourcesHash(root),
      sets: SETS,
    });
    writeFileSync(CALIBRATION_URL, `${formatCalibration(file)}\n`);
    console.log(`wrote ${fileURLToPath(CALIBRATION_URL).slice(root.length)}`);
  }
  const judged = (observations, by = file) => observations.map((observation) => ({ ...observation, confidence: confidenceOf(observation.field, observation.evidence, by) }));
  printReliability("all sets", reliabilityByField(judged(onSets(SETS)), TRUST_FIELDS));
  console.log("\nper set: as fitted | as fitted without the set");
  for (const set of SETS) {
    const others = SETS.filter((other) => other !== set);
    const without = fitCalibration(onSets(others), { about: "", sourcesHash: "", sets: others });
    const fitted = reliabilityByField(judged(observed[set]), TRUST_FIELDS);
    const heldOut = reliabilityByField(judged(observed[set], without), TRUST_FIELDS);
    for (const [field, table] of Object.entries(fitted)) console.log(`  ${set} ${field}: ${summary(table)} | ${summary(heldOut[field])}`);
  }
  console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Keys in a fixed order, one evidence entry per line: a rerun on the same rules writes the same bytes. */
function formatCalibration(file) {
  const measured = ({ facts, right, confidence }) => `{ "facts": ${facts}, "right": ${right}, "confidence": ${confidence} }`;
  const fields = Object.entries(file.fields).map(([field, calibration]) => {
    const evidence = Object.entries(calibration.evidence).map(([key, value]) => `        ${JSON.stringify(key)}: ${measured(value)}`);
    return `    ${JSON.stringify(field)}: {\n      "facts": ${calibration.facts}, "right": ${calibration.right}, "confidence": ${calibration.confidence},\n      "evidence": {\n${evidence.join(",\n")}\n      }\n    }`;
  });
  return `{\n  "about": ${JSON.stringify(file.about)},\n  "sourcesHash": ${JSON.stringify(file.sourcesHash)},\n  "sets": ${JSON.stringify(file.sets)},\n  "priorWeight": ${file.priorWeight},\n  "fields": {\n${fields.join(",\n")}\n  }\n}`;
}

function summary(table) {
  return `${table.facts} facts, ECE ${table.ece.toFixed(3)}, ≥0.8: ${(table.high.share * 100).toFixed(0)}% of facts, ${table.high.precision.toFixed(3)} right`;
}

function printReliability(title, tables) {
  console.log(`\n${title}`);
  for (const [field, table] of Object.entries(tables)) {
    console.log(`  ${field}: ${summary(table)}`);
    for (const bin of table.bins) {
      console.log(`    ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}  ${String(bin.facts).padStart(6)}  confidence ${bin.confidence.toFixed(3)}  right ${bin.precision.toFixed(3)}`);
    }
  }
}

async function work() {
  const [{ readGold }, { scoredFields, fieldsToExtract }, { factxPredictor }, { observe }] = await Promise.all([
    dist("eval/gold.js"),
    dist("eval/evaluate.js"),
    dist("eval/predictor.js"),
    dist("trust/observe.js"),
  ]);
  const sets = new Map();
  parentPort.on("message", ({ set, index }) => {
    if (!sets.has(set)) sets.set(set, readGold(join(workerData.corpus, `${set}.jsonl`)));
    const doc = sets.get(set)[index];
    const fields = scoredFields(doc);
    const observations = fields.length === 0 ? [] : observe(doc, factxPredictor(doc, fieldsToExtract(fields)), fields);
    parentPort.postMessage({ set, observations: observations.map(({ field, evidence, isRight }) => ({ field, evidence, isRight })) });
  });
}
