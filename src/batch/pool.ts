import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderOptions } from "../render/index.js";
import type { ExtractOptions, Report } from "../types.js";
import { factCount, type Outcome } from "./outcome.js";

export interface RenderRequest {
  format: string;
  options: RenderOptions;
}

/** Runs extractions: in this thread, or spread over this thread and worker threads. */
export interface Runner {
  run(text: string, options: ExtractOptions, render?: RenderRequest): Promise<Outcome>;
  close(): Promise<void>;
}

type Extract = (text: string, options: ExtractOptions) => Report;

/**
 * One article, or `jobs` 1: this thread alone. A batch: this thread too begins at once, and up to
 * jobs - 1 worker threads join only when the batch turns out long enough to repay their loading.
 */
export async function runnerFor(jobs: number, isBatch: boolean): Promise<Runner> {
  const { extract } = await import("../pipeline.js");
  return jobs > 1 && isBatch ? sharedRunner(extract, jobs - 1) : inlineRunner(extract);
}

/** In this thread: reports come back as they are, and the caller renders them. */
export function inlineRunner(extract: Extract): Runner {
  return {
    run: async (text, options) => {
      const report = extract(text, options);
      return { report, facts: factCount(report) };
    },
    close: async () => {},
  };
}

/**
 * About what a worker thread costs before it pays: 0.5 to 0.7 s to load compromise and the pipeline
 * on a 2-core machine (a worker never starts from the snapshot: Node 20 starts workers from its own),
 * then its first documents, several times slower while its code is cold. Meanwhile it takes the
 * other core from V8's compiler and garbage collector, which this thread uses too.
 */
const WORKER_START_SECONDS = 1;

/**
 * Whether a worker would find a core to itself: at least half a core idle over the last minute
 * (this thread's own work included in the load). On a machine already busy with other work, a
 * worker only adds its loading and its cold start to the queue for the cores: there, two threads
 * were 1.3 to 1.8 times slower than one. Where the load is not known (Windows gives 0), it is free.
 */
function isCoreFree(): boolean {
  return availableParallelism() - loadavg()[0] >= 0.5;
}

export interface SharingOptions {
  /** How long this thread works before each further worker starts (WORKER_START_SECONDS). */
  workerStartSeconds?: number;
  isCoreFree?: () => boolean;
}

interface Task {
  text: string;
  options: ExtractOptions;
  render?: RenderRequest;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
}

/**
 * This thread extracts from the first document on, between reading input and writing output. Each
 * further worker starts once this thread has been busy for as long again as a worker costs before
 * it pays, with documents still waiting and a core free for it: a batch shorter than that ends
 * before a worker could help (started at once, the workers made 40 articles 1.3 times slower than
 * one thread), a longer one hands them most of its documents. A worker takes the next document whenever it is free; the output order is
 * the caller's to keep.
 */
export function sharedRunner(extract: Extract, maxWorkers: number, sharing: SharingOptions = {}): Runner {
  const { workerStartSeconds = WORKER_START_SECONDS, isCoreFree: hasFreeCore = isCoreFree } = sharing;
  const queue: Task[] = [];
  const workers: Worker[] = [];
  const ready = new Set<Worker>();
  const busy = new Map<Worker, Task>();
  let busySeconds = 0;
  let isScheduled = false;
  let isClosed = false;
  let workersFail = false;

  function schedule(): void {
    dispatch();
    if (isScheduled || queue.length === 0) return;
    isScheduled = true;
    // One document at a time, then back to the event loop: input keeps being read, finished
    // documents written and workers' results taken in between.
    setImmediate(runOneHere);
  }

  function runOneHere(): void {
    isScheduled = false;
    const task = queue.shift();
    if (!task) return;
    const begun = performance.now();
    try {
      const report = extract(task.text, task.options);
      task.resolve({ report, facts: factCount(report) });
    } catch (error) {
      task.reject(error as Error);
    }
    busySeconds += (performance.now() - begun) / 1000;
    const isWorthAWorker = busySeconds >= workerStartSeconds * (workers.length + 1) && queue.length > 0;
    if (isWorthAWorker && workers.length < maxWorkers && !workersFail && !isClosed && hasFreeCore()) startWorker();
    schedule();
  }

  function dispatch(): void {
    for (const worker of ready) {
      if (busy.has(worker) || queue.length === 0) continue;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.postMessage({ text: task.text, options: task.options, render: task.render });
      // A worker holds the process open only while it has a document.
      worker.ref();
    }
  }

  function startWorker(): void {
    const worker = new Worker(new URL("./worker.js", import.meta.url));
    workers.push(worker);
    worker.unref();
    worker.on("message", (message: { ready?: true; outcome?: Outcome; error?: string }) => {
      if (message.ready) {
        ready.add(worker);
      } else {
        const task = busy.get(worker);
        busy.delete(worker);
        worker.unref();
        if (message.outcome) task?.resolve(message.outcome);
        else task?.reject(new Error(message.error ?? "extraction failed"));
      }
      schedule();
    });
    worker.on("error", (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      workers.splice(workers.indexOf(worker), 1);
      // A worker that could not load its models: the next would fail alike, and this thread goes
      // on alone. One that failed on a document loses only that document.
      if (!ready.delete(worker)) workersFail = true;
      schedule();
    });
  }

  return {
    run: (text, options, render) =>
      new Promise<Outcome>((resolve, reject) => {
        queue.push({ text, options, render, resolve, reject });
        schedule();
      }),
    close: async () => {
      isClosed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
