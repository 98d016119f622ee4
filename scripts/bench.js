#!/usr/bin/env node
// npm run bench: throughput of factx against a bare compromise parse of the same documents, the
// speed-up of --jobs 2, a 10,000-record stream (memory, first record out) and cold starts.
// Every figure is measured in this run, on this machine; ratios are what to compare across machines.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(root, "bin/factx.js");
const nlp = createRequire(import.meta.url)("compromise");
const work = mkdtempSync(join(tmpdir(), "factx-bench-"));

// ≥ 1 MB of real articles: the bundled fixtures, repeated.
const fixtures = readFileSync(join(root, "fixtures/meantime.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
fixtures.push({ id: "seed", text: readFileSync(join(root, "fixtures/seed-putin-trump.txt"), "utf8"), published: "2019-12-30" });
const corpus = [];
for (let round = 0, size = 0; size < 1_000_000; round++) {
  for (const doc of fixtures) {
    corpus.push({ id: `${doc.id}-${round}`, text: doc.text, published: doc.published });
    size += Buffer.byteLength(doc.text);
  }
}
const bytes = corpus.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);
const words = corpus.reduce((sum, doc) => sum + doc.text.split(/\s+/).filter(Boolean).length, 0);
const corpusFile = join(work, "corpus.jsonl");
writeFileSync(corpusFile, corpus.map((doc) => JSON.stringify(doc)).join("\n") + "\n");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const seconds = (start) => (performance.now() - start) / 1000;

// Each document is parsed bare and extracted by factx in turn, over three rounds: both see the same
// machine at the same moment, so a passing load cannot tilt the ratio.
function timeInTurn(runs, rounds = 3) {
  for (const doc of corpus.slice(0, 50)) for (const run of runs) run(doc);
  const totals = runs.map(() => ({ total: 0, times: [] }));
  for (let round = 0; round < rounds; round++) {
    for (const doc of corpus) {
      runs.forEach((run, index) => {
        const begin = performance.now();
        run(doc);
        const elapsed = performance.now() - begin;
        totals[index].total += elapsed / 1000 / rounds;
        if (round === 0) totals[index].times.push(elapsed);
      });
    }
  }
  return totals;
}
const [bare, factx] = timeInTurn([(doc) => nlp(doc.text), (doc) => extract(doc.text, { published: doc.published })]);

/** Wall time, peak memory and CPU time (user and system) of one CLI run. */
function timeCli(args, input) {
  const start = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, BIN, ...args], { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`factx ${args.join(" ")} failed: ${result.stderr}`);
  const [peakKb, user, system] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { seconds: seconds(start), peakKb, cpuSeconds: user + system };
}
const jobs1 = timeCli(["--input", "jsonl", "--jsonl", "--jobs", "1", corpusFile]);
const jobs2 = timeCli(["--input", "jsonl", "--jsonl", "--jobs", "2", corpusFile]);

// What two cores can give at best: two separate processes, each on half the documents, sharing
// nothing. V8 runs its compiler and garbage collector on threads of their own, so one process
// already keeps more than one core busy, and --jobs 2 cannot beat this.
const halves = [0, 1].map((half) => {
  const file = join(work, `half-${half}.jsonl`);
  writeFileSync(file, corpus.filter((_doc, index) => index % 2 === half).map((doc) => JSON.stringify(doc)).join("\n") + "\n");
  return file;
});
async function timeHalves() {
  const start = performance.now();
  await Promise.all(halves.map((file) => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "--input", "jsonl", "--jsonl", "--jobs", "1", file], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`factx on ${file} exited with ${code}`))));
  })));
  return seconds(start);
}
const twoProcesses = await timeHalves();

// 10,000 records through a pipe: when does the first come out, and how much memory at most?
async function stream(records) {
  const child = spawn("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "--input", "jsonl", "--jsonl", "--jobs", "2", "-"], { stdio: ["pipe", "pipe", "pipe"] });
  const start = performance.now();
  let firstOut = null;
  let lines = 0;
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    firstOut ??= seconds(start);
    lines += String(chunk).split("\n").length - 1;
  });
  child.stderr.on("data", (chunk) => (stderr += chunk));
  for (let index = 0; index < records; index++) {
    const doc = corpus[index % corpus.length];
    if (!child.stdin.write(`${JSON.stringify({ id: String(index), text: doc.text, published: doc.published })}\n`)) {
      await new Promise((resolve) => child.stdin.once("drain", resolve));
    }
  }
  child.stdin.end();
  await new Promise((resolve) => child.on("close", resolve));
  return { firstOut, lines, total: seconds(start), peakKb: Number(stderr.trim().split("\n").at(-1)) };
}
const streamed = await stream(10_000);

function coldStart(args, runs = 10) {
  const times = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    spawnSync(process.execPath, args, { encoding: "utf8" });
    times.push(performance.now() - start);
  }
  return median(times);
}
const nodeBare = coldStart(["-e", "0"], 20);
const version = coldStart([BIN, "--version"], 20);
const sample = coldStart([BIN, join(root, "fixtures/seed-putin-trump.txt"), "--published", "2019-12-30", "--json"], 5);

const rows = [
  ["corpus", `${corpus.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${words} words`],
  ["factx, one core", `${(words / factx.total).toFixed(0)} words/s, ${(corpus.length / factx.total).toFixed(1)} documents/s`],
  ["ms per article", `median ${median(factx.times).toFixed(1)}, p95 ${percentile(factx.times, 0.95).toFixed(1)}`],
  ["bare compromise parse", `${(words / bare.total).toFixed(0)} words/s`],
  ["factx ÷ bare parse (throughput)", (bare.total / factx.total).toFixed(2)],
  ["CLI --jobs 1 / --jobs 2", `${jobs1.seconds.toFixed(1)} s / ${jobs2.seconds.toFixed(1)} s`],
  ["--jobs 2 speed-up", (jobs1.seconds / jobs2.seconds).toFixed(2)],
  ["cores busy during --jobs 1", (jobs1.cpuSeconds / jobs1.seconds).toFixed(2)],
  ["two processes on halves (ceiling)", `${twoProcesses.toFixed(1)} s, speed-up ${(jobs1.seconds / twoProcesses).toFixed(2)}`],
  ["peak memory, --jobs 2 batch", `${(jobs2.peakKb / 1024).toFixed(0)} MB`],
  ["10,000-record stream", `${streamed.lines} records in ${streamed.total.toFixed(1)} s, first out after ${streamed.firstOut?.toFixed(2)} s, peak ${(streamed.peakKb / 1024).toFixed(0)} MB`],
  ["cold start: node -e 0 / factx --version", `${nodeBare.toFixed(0)} ms / ${version.toFixed(0)} ms (ratio ${(version / nodeBare).toFixed(2)})`],
  ["cold start: one sample article", `${sample.toFixed(0)} ms`],
  ["machine", `${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`],
];
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
