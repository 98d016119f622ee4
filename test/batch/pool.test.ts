import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
// The built pool: its workers load dist/batch/worker.js beside it.
import { inlineRunner, sharedRunner } from "../../dist/batch/pool.js";
import { extract } from "../../dist/pipeline.js";
import { RENDERERS } from "../../dist/render/index.js";
import type { Outcome } from "../../src/batch/outcome.js";

const DOCS = readFileSync("fixtures/meantime.jsonl", "utf8").trim().split("\n").map((line) => JSON.parse(line) as { id: string; text: string; published: string });
const RENDER = { format: "jsonl", options: { fields: ["actors", "locations", "dates", "casualties", "quotes"] as const, evidence: false, color: false, width: 100 } };
const jsonlOf = (outcome: Outcome) => ("rendered" in outcome ? outcome.rendered : RENDERERS.jsonl.renderOne!({ ok: true, report: outcome.report }, RENDER.options as never));

describe("a batch shared by this thread and workers", () => {
  it("gives every document the output this thread alone gives it, whichever thread ran it", async () => {
    const alone = inlineRunner(extract);
    // Workers wanted from the first document on, so that they take part in a short test, even on
    // a machine busy with other work.
    const shared = sharedRunner(extract, 2, { isWorthAWorker: () => true, isCoreFree: () => true });
    let byWorkers = 0;
    let next = 0;
    // Rounds of four until workers have loaded and done some of them (a render request is done
    // only by a worker: this thread hands reports back for the caller to render).
    while (byWorkers < 4 && next < 400) {
      const round = Array.from({ length: 4 }, () => DOCS[next++ % DOCS.length]);
      const outcomes = await Promise.all(round.map((doc) => shared.run(doc.text, { published: doc.published, id: doc.id }, RENDER as never)));
      for (const [index, outcome] of outcomes.entries()) {
        const doc = round[index];
        if ("rendered" in outcome) byWorkers++;
        expect(jsonlOf(outcome), doc.id).toBe(jsonlOf(await alone.run(doc.text, { published: doc.published, id: doc.id })));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await shared.close();
    expect(byWorkers).toBeGreaterThanOrEqual(4);
  });

  it("runs a short batch on this thread alone: no worker is started before it would repay its start", async () => {
    const shared = sharedRunner(extract, 2, { isCoreFree: () => true });
    const outcomes = await Promise.all(DOCS.slice(0, 3).map((doc) => shared.run(doc.text, { published: doc.published }, RENDER as never)));
    await shared.close();
    expect(outcomes.every((outcome) => "report" in outcome)).toBe(true);
  });

  it("rejects only the document whose extraction fails", async () => {
    const failing = (text: string) => {
      if (text === "bad") throw new Error("odd input");
      return extract(text, {});
    };
    const shared = sharedRunner(failing, 1);
    const [bad, good] = await Promise.allSettled([shared.run("bad", {}), shared.run("Gunmen killed 2 people.", {})]);
    await shared.close();
    expect(bad.status).toBe("rejected");
    expect(good.status === "fulfilled" && "report" in good.value && good.value.report.casualties[0]?.count).toBe(2);
  });
});

describe("a batch whose worker fails to load", () => {
  it("is done by this thread alone, every document, and the failure is told once", async () => {
    const script = join(mkdtempSync(join(tmpdir(), "factx-worker-")), "failing-worker.mjs");
    writeFileSync(script, 'throw new Error("cannot load the models");\n');
    const failures: string[] = [];
    const shared = sharedRunner(extract, 2, {
      isWorthAWorker: () => true,
      isCoreFree: () => true,
      workerScript: pathToFileURL(script),
      onWorkerFailure: (reason) => failures.push(reason),
    });
    const docs = DOCS.slice(0, 12);
    const outcomes = await Promise.all(docs.map((doc) => shared.run(doc.text, { published: doc.published }, RENDER as never)));
    await vi.waitFor(() => expect(failures).toHaveLength(1));
    // Documents keep coming after the failure: no second worker is tried, and nothing is told again.
    const later = await Promise.all(docs.map((doc) => shared.run(doc.text, { published: doc.published }, RENDER as never)));
    await shared.close();
    expect(outcomes.concat(later).every((outcome) => "report" in outcome)).toBe(true);
    expect(failures).toEqual([expect.stringContaining("cannot load the models")]);
  });
});

describe("a batch on a machine without a free core", () => {
  it("starts no worker, however long the batch, and this thread does every document", async () => {
    const shared = sharedRunner(extract, 2, { isWorthAWorker: () => true, isCoreFree: () => false });
    const outcomes = await Promise.all(DOCS.slice(0, 12).map((doc) => shared.run(doc.text, { published: doc.published }, RENDER as never)));
    await shared.close();
    expect(outcomes.every((outcome) => "report" in outcome)).toBe(true);
  });
});

describe("a batch closed while its worker still works on a document this thread took over", () => {
  it("keeps the process until the worker has exited, though the worker's result comes in meanwhile", () => {
    // In a process of its own, as the command line runs it: with nothing else to wait for, a process
    // whose last promise is unsettled ends there (exit 13), before a batch's output is written. The
    // threads wait for each other through files: the worker is ready before this thread's second
    // document ends, so it is sent the third; this thread takes that over, and ends it only once the
    // worker, told so, has sent its result and gone on working.
    const folder = mkdtempSync(join(tmpdir(), "factx-close-"));
    const [loaded, takenOver, sent] = [join(folder, "loaded"), join(folder, "taken-over"), join(folder, "sent")];
    // Both threads block while they wait, as an extraction does.
    const waitForFile = "const waitFor = (file) => { const end = performance.now() + 20_000; while (!existsSync(file) && performance.now() < end); };";
    const worker = join(folder, "worker.mjs");
    writeFileSync(
      worker,
      `import { existsSync, writeFileSync } from "node:fs";
      import { parentPort } from "node:worker_threads";
      const busy = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
      ${waitForFile}
      parentPort.postMessage({ ready: true });
      writeFileSync(${JSON.stringify(loaded)}, "");
      parentPort.on("message", () => {
        waitFor(${JSON.stringify(takenOver)});
        parentPort.postMessage({ error: "done by the other thread first", endedAt: performance.timeOrigin + performance.now() });
        writeFileSync(${JSON.stringify(sent)}, "");
        busy(1000);
      });`,
    );
    const batch = join(folder, "batch.mjs");
    writeFileSync(
      batch,
      `import { existsSync, writeFileSync } from "node:fs";
      import { sharedRunner } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, "../../dist/batch/pool.js")).href)};
      ${waitForFile}
      let documents = 0;
      const extract = () => {
        documents += 1;
        if (documents === 2) waitFor(${JSON.stringify(loaded)});
        if (documents === 3) {
          writeFileSync(${JSON.stringify(takenOver)}, "");
          waitFor(${JSON.stringify(sent)});
        }
        return { actors: [], locations: [], dates: [], casualties: [], quotes: [] };
      };
      const runner = sharedRunner(extract, 1, { isWorthAWorker: () => true, isCoreFree: () => true, workerScript: new URL(${JSON.stringify(pathToFileURL(worker).href)}) });
      await Promise.all([1, 2, 3].map(() => runner.run("text", {})));
      await runner.close();
      console.log(existsSync(${JSON.stringify(sent)}) ? "closed" : "the worker was never sent a document");`,
    );
    const result = spawnSync(process.execPath, [batch], { encoding: "utf8", timeout: 60_000 });
    rmSync(folder, { recursive: true, force: true });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: "closed\n", stderr: "" });
  });
});
