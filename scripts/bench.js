#!/usr/bin/env node
// npm run bench: the goals of speed, each as a ratio to a baseline measured in the same run, on this
// machine: a cold article against a bare compromise load and parse of it, the default --jobs against
// --jobs 1 on a short and a long batch, a 10,000-record stream (memory, first record out), and
// one-core throughput against a bare compromise parse. Ratios are what to compare across machines.
// On a machine shared with other work, rerun: every pair is measured in turn, so a passing load
// tilts a ratio less than the seconds.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/index.js";
import { environmentForExtraction, snapshotFor } from "../dist/snapshot/launch.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(root, "bin/factx.js");
const SAMPLE = join(root, "fixtures/seed-putin-trump.txt");
const nlp = createRequire(import.meta.url)("compromise");
const work = mkdtempSync(join(tmpdir(), "factx-bench-"));
const NO_SNAPSHOT = { ...process.env, FACTX_SNAPSHOT: join(work, "none.blob") };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const seconds = (start) => (performance.now() - start) / 1000;
const jsonl = (docs) => docs.map((doc) => JSON.stringify(doc)).join("\n") + "\n";

// The bundled fixtures, repeated to ≥ 1 MB; PolNeAR's news articles for the long batch when the
// shared corpus sits beside the project (read there, never copied in), else the fixtures.
const fixtures = readFileSync(join(root, "fixtures/meantime.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
fixtures.push({ id: "seed", text: readFileSync(SAMPLE, "utf8"), published: "2019-12-30" });
const corpus = [];
for (let round = 0, size = 0; size < 1_000_000; round++) {
  for (const doc of fixtures) {
    corpus.push({ id: `${doc.id}-${round}`, text: doc.text, published: doc.published });
    size += Buffer.byteLength(doc.text);
  }
}
const POLNEAR = join(root, "../shared/corpus/polnear-train.jsonl");
const longSource = existsSync(POLNEAR) ? "PolNeAR" : "fixtures";
const longDocs = (existsSync(POLNEAR) ? readFileSync(POLNEAR, "utf8").trim().split("\n").slice(0, 240).map((line) => JSON.parse(line)) : corpus.slice(0, 240)).map(
  ({ id, text, published }) => ({ id, text, published }),
);
const shortFile = join(work, "short.jsonl");
const longFile = join(work, "long.jsonl");
writeFileSync(shortFile, jsonl(corpus.slice(0, 40)));
writeFileSync(longFile, jsonl(longDocs));
// The same articles cut in two halves, every other one, for two separate processes at once.
const halfFiles = [0, 1].map((half) => join(work, `long-${half}.jsonl`));
halfFiles.forEach((file, half) => writeFileSync(file, jsonl(longDocs.filter((_, index) => index % 2 === half))));

/** Wall time, peak memory and CPU time (user and system) of one CLI run. */
function timeCli(args, env = process.env) {
  const start = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, ...args], { encoding: "utf8", env, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  const [peakKb, user, system] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { seconds: seconds(start), peakKb, cpuSeconds: user + system };
}

/** Wall time of CLI runs started together, until all have ended; a failure stops the others. */
async function timeTogether(argsList) {
  const start = performance.now();
  const children = [];
  try {
    await Promise.all(
      argsList.map(
        (args) =>
          new Promise((resolve, reject) => {
            const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
            children.push(child);
            let stderr = "";
            child.stderr.on("data", (chunk) => (stderr += chunk));
            child.on("error", reject);
            child.on("close", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (${signal ?? `exit ${code}`}): ${stderr}`))));
          }),
      ),
    );
  } catch (error) {
    for (const child of children) child.kill();
    throw error;
  }
  return seconds(start);
}

/**
 * Runs each command in turn, `rounds` times, and gives each one's median wall time. A command is a
 * CLI run's arguments (and environment), or a function that times a run of its own.
 */
async function inTurn(commands, rounds) {
  const times = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, command] of commands.entries()) times[index].push(typeof command === "function" ? await command() : timeCli(command[0], command[1]).seconds);
  }
  return times.map(median);
}

// A cold article: factx (from the snapshot when one matches) and without the snapshot, against a
// bare compromise load and parse of the same file.
const BARE = ["-e", 'require("compromise")(require("fs").readFileSync(process.argv[1], "utf8")).json()', SAMPLE];
const ARTICLE = [BIN, SAMPLE, "--published", "2019-12-30", "--json"];
const hasSnapshot = snapshotFor(root, process.env, [SAMPLE]) !== undefined;
const [bareCold, factxCold, factxColdNoSnapshot, nodeBare, version] = await inTurn(
  [[BARE], [ARTICLE], [ARTICLE, NO_SNAPSHOT], [["-e", "0"]], [[BIN, "--version"]]],
  7,
);

// Where NODE_EXTRA_CA_CERTS is set, node 20 reads that file as it starts (47 ms here, for the
// system's whole bundle): the bare run pays for it once, and factx once (its launcher; the node it
// starts from the snapshot goes without). The same pair again without it, as most machines run.
const withoutExtraCertificates = environmentForExtraction(process.env);
const hasExtraCertificates = Object.keys(withoutExtraCertificates).length < Object.keys(process.env).length;
const [bareColdPlain, factxColdPlain] = hasExtraCertificates ? await inTurn([[BARE, withoutExtraCertificates], [ARTICLE, withoutExtraCertificates]], 7) : [];

// Batches: the default --jobs against --jobs 1, in turn. The default starts a worker only on a core
// other work leaves idle, so the load average before each pair tells which case was measured.
const batch = (file, jobs) => [BIN, "--input", "jsonl", "--jsonl", "-q", ...(jobs ? ["--jobs", String(jobs)] : []), file];
const loadBefore = () => loadavg()[0].toFixed(1);
const shortLoad = loadBefore();
const [short1, shortDefault] = await inTurn([[batch(shortFile, 1)], [batch(shortFile)]], 5);
const longLoad = loadBefore();
// With them, what two separate processes reach here on the same articles, half each, every other one,
// each loading and warming up for itself as a worker thread does: a measure of what the machine
// gives two workers, not a bound (a shared queue balances better than a fixed split).
const [long1, longDefault, halvesTogether] = await inTurn([[batch(longFile, 1)], [batch(longFile)], () => timeTogether(halfFiles.map((file) => batch(file, 1)))], 2);
const long1Cpu = timeCli(batch(longFile, 1)).cpuSeconds / long1;

/**
 * The memory a process and all its descendants use: the sum of their proportional set sizes (a page
 * shared by n processes counts 1/n in each, as node's own code does in bin/factx.js and the node it
 * starts, and a little in other programs that map it too), in kB; 0 where /proc does not tell.
 */
function treeMemoryKb(pid) {
  try {
    const own = Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    return own + descendantsMemoryKb(pid);
  } catch {
    return 0;
  }
}
function descendantsMemoryKb(pid) {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return children.reduce((sum, child) => sum + treeMemoryKb(Number(child)), 0);
  } catch {
    return 0;
  }
}

// 10,000 records through a pipe, default --jobs: when does the first come out, how much memory at most?
async function stream(records) {
  const child = spawn("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "--input", "jsonl", "--jsonl", "-"], { stdio: ["pipe", "pipe", "pipe"] });
  const start = performance.now();
  let treePeakKb = 0;
  // /usr/bin/time's own memory left out: factx's processes are its descendants.
  const sampler = setInterval(() => (treePeakKb = Math.max(treePeakKb, descendantsMemoryKb(child.pid))), 100);
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
  clearInterval(sampler);
  return { firstOut, lines, total: seconds(start), peakKb: Number(stderr.trim().split("\n").at(-1)), treePeakKb };
}
const streamLoad = loadBefore();
const streamed = await stream(10_000);

// One core, in process: each document parsed bare and extracted by factx in turn.
function timeInTurn(runs, rounds = 1) {
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
const words = corpus.reduce((sum, doc) => sum + doc.text.split(/\s+/).filter(Boolean).length, 0);

const ms = (value) => `${(value * 1000).toFixed(0)} ms`;
const rows = [
  ["cold article: bare compromise load+parse", ms(bareCold)],
  [`cold article: factx${hasSnapshot ? " (snapshot)" : " (no snapshot built)"}`, `${ms(factxCold)}, ratio ${(factxCold / bareCold).toFixed(2)} (goal ≤ 1.0)`],
  ["cold article: factx without snapshot", `${ms(factxColdNoSnapshot)}, ratio ${(factxColdNoSnapshot / bareCold).toFixed(2)}`],
  ...(hasExtraCertificates ? [["cold article, no NODE_EXTRA_CA_CERTS", `bare ${ms(bareColdPlain)} / factx ${ms(factxColdPlain)}, ratio ${(factxColdPlain / bareColdPlain).toFixed(2)}`]] : []),
  ["node -e 0 / factx --version", `${ms(nodeBare)} / ${ms(version)}, ratio ${(version / nodeBare).toFixed(2)}`],
  ["40 articles: --jobs 1 / default", `${short1.toFixed(2)} s / ${shortDefault.toFixed(2)} s, ratio ${(shortDefault / short1).toFixed(2)} (goal ≤ 1.05), load ${shortLoad}`],
  [`240 ${longSource} articles: --jobs 1 / default`, `${long1.toFixed(1)} s / ${longDefault.toFixed(1)} s, speed-up ${(long1 / longDefault).toFixed(2)} (goal ≥ 1.4), load ${longLoad}`],
  ["cores busy during --jobs 1", long1Cpu.toFixed(2)],
  ["240: two --jobs 1 processes on halves", `${halvesTogether.toFixed(1)} s, speed-up ${(long1 / halvesTogether).toFixed(2)} (what two separate processes reach here)`],
  ["10,000-record stream", `${streamed.lines} records in ${streamed.total.toFixed(1)} s, first out after ${streamed.firstOut?.toFixed(2)} s (goal ≤ 0.5), peak ${(streamed.peakKb / 1024).toFixed(0)} MB (goal ≤ 300; all processes, proportional: ${streamed.treePeakKb > 0 ? `${(streamed.treePeakKb / 1024).toFixed(0)} MB` : "not told here"}), load ${streamLoad}`],
  ["one core: factx ÷ bare parse (throughput)", `${(bare.total / factx.total).toFixed(2)} (${(words / factx.total).toFixed(0)} words/s; ms per article median ${median(factx.times).toFixed(1)}, p95 ${percentile(factx.times, 0.95).toFixed(1)})`],
  ["machine", `${cpus().length} cores (default --jobs ${availableParallelism()}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`],
];
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
