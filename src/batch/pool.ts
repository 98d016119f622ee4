import { Worker } from "node:worker_threads";
import type { RenderOptions } from "../render/index.js";
import type { ExtractOptions, Report } from "../types.js";
import { freeCoreMeter } from "./free-core.js";
import { factCount, type Outcome, type WorkerMessage } from "./outcome.js";
import { isWorthAWorker, WorkLog } from "./work-log.js";

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
export async function runnerFor(jobs: number, isBatch: boolean, onWorkerFailure?: (reason: string) => void): Promise<Runner> {
  const { extract } = await import("../pipeline.js");
  return jobs > 1 && isBatch ? sharedRunner(extract, jobs - 1, { onWorkerFailure }) : inlineRunner(extract);
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
 * What a worker thread costs to load compromise and the pipeline, before its first document: 0.5 to
 * 0.7 s on a 2-core machine (a worker never starts from the snapshot: Node 20 starts workers from
 * its own). Its warming up comes on top, measured on this thread's first documents.
 */
const WORKER_LOAD_SECONDS = 0.7;

export interface SharingOptions {
  /** Whether the documents waiting would repay a further worker (isWorthAWorker). */
  isWorthAWorker?: (here: WorkLog, waitingCharacters: number, threads: number) => boolean;
  /** Whether a worker would find a core to itself now (freeCoreMeter). */
  isCoreFree?: () => boolean;
  /** Told once, why, when a worker fails: its documents go back to the queue, and no further worker starts. */
  onWorkerFailure?: (reason: string) => void;
  /** The worker's script (dist/batch/worker.js). */
  workerScript?: URL;
}

interface Task {
  text: string;
  options: ExtractOptions;
  render?: RenderRequest;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
  isDone?: boolean;
}

/**
 * Documents a worker holds at once: the one it is on and the next, sent ahead. A worker given one at
 * a time waited for its next until this thread was between two documents of its own: idle a third of
 * its time on 240 PolNeAR articles.
 */
const HELD_BY_A_WORKER = 2;

interface WorkerSlot {
  worker: Worker;
  log: WorkLog;
  isReady: boolean;
  /** What the worker holds, in the order it does them; the first began at `firstBegun`. */
  held: Task[];
  firstBegun: number;
}

/**
 * This thread extracts from the first document on, between reading input and writing output. A
 * worker starts once the documents waiting would repay it (isWorthAWorker) and a core is free for
 * it. A worker is sent the next document whenever it holds fewer than HELD_BY_A_WORKER. When
 * nothing is left waiting, this thread does a worker's last document itself if it would finish
 * sooner, as it does while the worker is cold: a batch never waits on a worker that is slower than
 * this thread. The output order is the caller's to keep.
 */
export function sharedRunner(extract: Extract, maxWorkers: number, sharing: SharingOptions = {}): Runner {
  const {
    isWorthAWorker: isWorthOne = (log: WorkLog, characters: number, threads: number) => isWorthAWorker(log, characters, threads, WORKER_LOAD_SECONDS),
    isCoreFree = freeCoreMeter(),
    onWorkerFailure = () => {},
    workerScript = new URL("./worker.js", import.meta.url),
  } = sharing;
  const queue: Task[] = [];
  let waitingCharacters = 0;
  const slots: WorkerSlot[] = [];
  const here = new WorkLog();
  let isScheduled = false;
  let isClosed = false;
  let workersFail = false;

  function nextWaiting(): Task | undefined {
    const task = queue.shift();
    if (task) waitingCharacters -= task.text.length;
    return task;
  }

  function schedule(): void {
    dispatch();
    if (isScheduled || (queue.length === 0 && !slots.some((slot) => toTakeOver(slot) !== undefined))) return;
    isScheduled = true;
    // One document at a time, then back to the event loop: input keeps being read, finished
    // documents written and workers' results taken in between.
    setImmediate(runOneHere);
  }

  function runOneHere(): void {
    isScheduled = false;
    const task = nextWaiting() ?? slots.map(toTakeOver).find((held) => held !== undefined);
    if (task) runHere(task);
    // The cores are read after every document while a worker may still start, so that the reading
    // stays recent.
    const canStart = slots.length < maxWorkers && !workersFail && !isClosed;
    const hasFreeCore = canStart && isCoreFree();
    if (hasFreeCore && isWorthOne(here, waitingCharacters, slots.length + 1)) startWorker();
    schedule();
  }

  function runHere(task: Task): void {
    const begun = performance.now();
    try {
      const report = extract(task.text, task.options);
      settle(task, () => task.resolve({ report, facts: factCount(report) }));
    } catch (error) {
      settle(task, () => task.reject(error as Error));
    }
    here.add((performance.now() - begun) / 1000, task.text.length);
  }

  /**
   * The document this thread, with nothing waiting, should do again of those a worker holds: its
   * last not yet done, when this thread would finish it before the worker is expected to, as while
   * the worker is cold (its speed not yet known).
   */
  function toTakeOver({ held, firstBegun, log }: WorkerSlot): Task | undefined {
    const last = held.filter((task) => !task.isDone).at(-1);
    if (!last) return undefined;
    const rateHere = here.warmRate();
    const rateThere = log.warmRate();
    if (rateHere === undefined || rateThere === undefined) return last;
    const charactersThere = held.slice(0, held.indexOf(last) + 1).reduce((sum, task) => sum + task.text.length, 0);
    return performance.now() + last.text.length * rateHere * 1000 < firstBegun + charactersThere * rateThere * 1000 ? last : undefined;
  }

  function dispatch(): void {
    for (const slot of slots) {
      while (slot.isReady && slot.held.length < HELD_BY_A_WORKER && queue.length > 0) {
        const task = nextWaiting()!;
        if (slot.held.length === 0) slot.firstBegun = performance.now();
        slot.held.push(task);
        slot.worker.postMessage({ text: task.text, options: task.options, render: task.render });
        // A worker holds the process open only while it has a document.
        slot.worker.ref();
      }
    }
  }

  function startWorker(): void {
    const worker = new Worker(workerScript);
    const slot: WorkerSlot = { worker, log: new WorkLog(), isReady: false, held: [], firstBegun: 0 };
    slots.push(slot);
    worker.unref();
    // A worker tells how long a document took it, and when it ended: timed here, both would include
    // this thread's own document, during which the message waits.
    worker.on("message", (message: WorkerMessage) => {
      if (message.ready) {
        slot.isReady = true;
      } else if (slot.held.length > 0) {
        const task = slot.held.shift()!;
        // The next it holds began as this one ended (a time since the epoch: threads have their own origins).
        slot.firstBegun = message.endedAt === undefined ? performance.now() : message.endedAt - performance.timeOrigin;
        // Not once closing: terminate() holds the process open until the worker has exited, and a
        // result it sent just before would undo that, ending the process before a whole batch's
        // output (--format json) was written (exit 13 with --jobs 2, one run in four on 240 articles).
        if (slot.held.length === 0 && !isClosed) worker.unref();
        if (message.seconds !== undefined) slot.log.add(message.seconds, task.text.length);
        if (message.outcome) settle(task, () => task.resolve(message.outcome!));
        else settle(task, () => task.reject(new Error(message.error ?? "extraction failed")));
      }
      schedule();
    });
    // A worker that could not load, crashed, or exited: a new one would fail alike, so none starts,
    // and the documents the worker had go back to the queue (a document whose extraction throws is
    // reported by the worker as a message, and fails alone). A message of the worker's that comes
    // after settles nothing more.
    const abandon = (reason: string) => {
      if (!slots.includes(slot)) return;
      slots.splice(slots.indexOf(slot), 1);
      if (!workersFail) onWorkerFailure(reason);
      workersFail = true;
      const undone = slot.held.filter((task) => !task.isDone);
      slot.held = [];
      queue.unshift(...undone);
      for (const task of undone) waitingCharacters += task.text.length;
      schedule();
    };
    worker.on("error", (error) => abandon(error.message));
    // Closing terminates the workers: their exit then abandons nothing.
    worker.on("exit", (code) => {
      if (!isClosed) abandon(`exited with status ${code}`);
    });
  }

  return {
    run: (text, options, render) =>
      new Promise<Outcome>((resolve, reject) => {
        queue.push({ text, options, render, resolve, reject });
        waitingCharacters += text.length;
        schedule();
      }),
    close: async () => {
      isClosed = true;
      await Promise.all(slots.map(({ worker }) => worker.terminate()));
    },
  };
}

/** A document taken over by this thread is settled by whichever thread finishes it first. */
function settle(task: Task, outcome: () => void): void {
  if (task.isDone) return;
  task.isDone = true;
  outcome();
}
