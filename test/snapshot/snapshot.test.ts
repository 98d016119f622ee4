import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articleSnapshotPath, isOneArticle, matchingSnapshot, snapshotFor } from "../../src/snapshot/launch.js";
import { factx as factxInProcess } from "../cli/factx.js";

const ROOT = join(import.meta.dirname, "../..");
const SAMPLE = join(ROOT, "fixtures/seed-putin-trump.txt");
const BATCH = join(mkdtempSync(join(tmpdir(), "factx-batch-")), "batch.jsonl");
const RECORDS = readFileSync(join(ROOT, "fixtures/meantime.jsonl"), "utf8").split("\n").slice(0, 30);
writeFileSync(BATCH, RECORDS.join("\n"));
// Long enough (500 KB) for a worker to repay its start when a core is idle (one had failed at once
// when started from a snapshot): a worker's failure is told on stderr. On a machine too busy for a
// worker, the run shows only that the output is the same.
const LONG_BATCH = join(BATCH, "../long.jsonl");
writeFileSync(LONG_BATCH, Array.from({ length: 24 }, () => RECORDS.join("\n")).join("\n"));

/** A copy of the built project in a temporary folder, its snapshot built there by its own script. */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), "factx-snapshot-test-"));
  for (const part of ["bin", "dist", "data", "calibration", "scripts", "package.json"]) {
    cpSync(join(ROOT, part), join(copy, part), { recursive: true, filter: (source) => !source.endsWith(".blob") && !source.endsWith(".blob.json"), preserveTimestamps: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  const built = spawnSync(process.execPath, [join(copy, "scripts/build-snapshot.js")], { encoding: "utf8" });
  expect(built.stderr).toBe("");
  return copy;
}

function factx(bin: string, args: string[], env: Record<string, string> = {}) {
  const { FACTX_SNAPSHOT: _ignored, NODE_OPTIONS: _none, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...inherited, NO_COLOR: "", ...env }, maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the start-up snapshot", () => {
  const copy = projectCopy();
  const blob = join(copy, "dist/factx.blob");
  const bin = join(copy, "bin/factx.js");
  const main = join(copy, "dist/cli/main.js");
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  // The usual load, of the same code: factx in this process, its models loaded already.
  const withoutSnapshot = async (args: string[]) => (await factxInProcess(args)).stdout;

  it("is taken when it was built by this node from the code and data as they are", () => {
    expect(matchingSnapshot(blob, copy)).toBe(blob);
    expect(matchingSnapshot(join(copy, "no-such.blob"), copy)).toBeUndefined();
  });

  it("for one article file is the one that has extracted from an article already; for anything else, the other", () => {
    expect(matchingSnapshot(articleSnapshotPath(blob), copy)).toBe(join(copy, "dist/factx-article.blob"));
    expect(isOneArticle([SAMPLE, "--published", "2019-12-30"])).toBe(true);
    expect(isOneArticle(["--input", "jsonl", BATCH])).toBe(false);
    expect(isOneArticle([SAMPLE, SAMPLE])).toBe(false);
    expect(isOneArticle(["summary", SAMPLE])).toBe(false);
    expect(isOneArticle(["-"])).toBe(false);
    // an argument no file can be (a file used as a folder, a name too long) is no article, and no crash
    expect(isOneArticle([`${SAMPLE}/more.txt`])).toBe(false);
    expect(isOneArticle(["a".repeat(300)])).toBe(false);
  });

  it("is not taken after a node upgrade", () => {
    const manifest = JSON.parse(readFileSync(`${blob}.json`, "utf8"));
    const other = join(copy, "other-node.blob");
    cpSync(blob, other);
    writeFileSync(`${other}.json`, JSON.stringify({ ...manifest, node: "v20.0.0" }));
    expect(matchingSnapshot(other, copy)).toBeUndefined();
  });

  it("is not taken once the calibration it read while it was built has changed, or when it read none", () => {
    const manifest = JSON.parse(readFileSync(`${blob}.json`, "utf8"));
    const withCalibration = (time: number | null) => {
      const other = join(copy, `calibrated-${time}.blob`);
      cpSync(blob, other);
      writeFileSync(`${other}.json`, JSON.stringify({ ...manifest, sources: { ...manifest.sources, "calibration/confidence.json": time } }));
      return matchingSnapshot(other, copy);
    };
    const builtWith = manifest.sources["calibration/confidence.json"];
    expect(builtWith).toEqual(expect.any(Number));
    expect(withCalibration(builtWith)).toBeDefined();
    expect(withCalibration(builtWith - 1000)).toBeUndefined();
    expect(withCalibration(null)).toBeUndefined();
  });

  it("is not taken when it was built under other V8 flags than factx starts it with", () => {
    const manifest = JSON.parse(readFileSync(`${blob}.json`, "utf8"));
    const other = join(copy, "other-flags.blob");
    cpSync(blob, other);
    writeFileSync(`${other}.json`, JSON.stringify({ ...manifest, nodeFlags: [] }));
    expect(matchingSnapshot(other, copy)).toBeUndefined();
  });

  it("gives the output the usual load gives, for one article and for a batch with any --jobs", { timeout: 300_000 }, async () => {
    // The code loaded from disk now fails: only a run from the snapshot can still succeed. Its time
    // is kept, so that the snapshot still counts as built from it.
    const time = statSync(main).mtime;
    writeFileSync(main, 'throw new Error("loaded from disk");\n');
    utimesSync(main, time, time);
    const runs = [
      [SAMPLE, "--json", "--published", "2019-12-30"],
      [SAMPLE, "--json", "--evidence"],
      ["--input", "jsonl", "--jsonl", "--jobs", "1", BATCH],
      ["--input", "jsonl", "--jsonl", "--jobs", "2", BATCH],
      ["--input", "jsonl", "--jsonl", "--jobs", "3", BATCH],
      ["--input", "jsonl", "--jsonl", "--jobs", "2", LONG_BATCH],
    ];
    const expected = await withoutSnapshot(runs[2]);
    for (const args of runs) {
      const fromSnapshot = factx(bin, args);
      expect(fromSnapshot.stderr, args.join(" ")).toBe("");
      expect(fromSnapshot.code).toBe(0);
      expect(fromSnapshot.stdout, args.join(" ")).toBe(args.includes(BATCH) ? expected : await withoutSnapshot(args));
    }
    // Help and version need no models: they load the usual way, here the broken main.js.
    for (const args of [["--version"], ["compare", "-h"]]) expect(factx(bin, args).stderr).toContain("loaded from disk");
  });

  it("starts the node that extracts without the extra certificates the caller's node has read already", () => {
    // A node that cannot read the file named there warns (node 20 reads it as it starts): factx, from
    // the snapshot, warns as often as one bare node, from its launcher alone.
    const env = { NODE_EXTRA_CA_CERTS: join(copy, "no-such-certificates.pem") };
    const warnings = (stderr: string) => stderr.match(/Ignoring extra certs/g)?.length ?? 0;
    const bareNode = spawnSync(process.execPath, ["-e", "0"], { encoding: "utf8", env: { ...process.env, ...env } });
    expect(matchingSnapshot(blob, copy)).toBe(blob);
    const result = factx(bin, [SAMPLE, "--json"], env);
    expect(result.code).toBe(0);
    expect(warnings(result.stderr)).toBe(warnings(bareNode.stderr));
  });

  it("gives way to the usual load when the built code has changed since", () => {
    // main.js now throws when loaded: a run that loads it shows the snapshot was not used.
    expect(matchingSnapshot(blob, copy)).toBe(blob);
    const later = new Date(Date.now() + 5000);
    utimesSync(main, later, later);
    expect(matchingSnapshot(blob, copy)).toBeUndefined();
    const result = factx(bin, [SAMPLE]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("loaded from disk");
  });

  it("gives way to the usual load under node options, which a snapshot refuses", () => {
    const result = factx(join(ROOT, "bin/factx.js"), ["--version"], { NODE_OPTIONS: "--max-semi-space-size=8", FACTX_SNAPSHOT: blob });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(snapshotFor(copy, { NODE_OPTIONS: "--max-semi-space-size=8" }, [SAMPLE])).toBeUndefined();
  });
});
