import { Worker } from "node:worker_threads";
import type { RenderOptions } from "../render/index.js";
import type { ExtractOptions, Report } from "../types.js";
import { factCount, type Outcome } from "./outcome.js";

export interface RenderRequest {
  format: string;
  options: RenderOptions;
}

/** Runs extractions: in this thread, or spread over worker threads. */
export interface Runner {
  run(text: string, options: ExtractOptions, render?: RenderRequest): Promise<Outcome>;
  close(): Promise<void>;
}

/** In this thread: reports come back as they are, and the caller renders them. */
export function inlineRunner(extract: (text: string, options: ExtractOptions) => Report): Runner {
  return {
    run: async (text, options) => {
      const report = extract(text, options);
      return { report, facts: factCount(report) };
    },
    close: async () => {},
  };
}

interface Task {
  id: number;
  text: string;
  options: ExtractOptions;
  render?: RenderRequest;
  resolve(outcome: Outcome): void;
  reject(error: Error): void;
}

/**
 * A fixed set of workers, each given the next document as soon as it is free. They start one after
 * another, each once the one before has loaded its models: started together, they would share the
 * cores while loading and the first result would wait for all of them.
 */
export function workerRunner(size: number): Runner {
  const queue: Task[] = [];
  const ready: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const started: Worker[] = [];
  let nextId = 0;
  let loadFailure: Error | undefined;
  function start(): void {
    const worker = new Worker(new URL("./worker.js", import.meta.url));
    started.push(worker);
    worker.on("message", (message: { ready?: true; id: number; outcome?: Outcome; error?: string }) => {
      if (message.ready) {
        ready.push(worker);
        if (started.length < size) start();
      } else {
        const task = busy.get(worker);
        busy.delete(worker);
        if (message.outcome) task?.resolve(message.outcome);
        else task?.reject(new Error(message.error ?? "extraction failed"));
      }
      dispatch();
    });
    worker.on("error", (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      started.splice(started.indexOf(worker), 1);
      const wasReady = ready.includes(worker);
      if (wasReady) {
        // Only its document is lost: a new worker takes its place.
        ready.splice(ready.indexOf(worker), 1);
        start();
        return;
      }
      // A worker that could not load its models: the next would fail alike.
      loadFailure = error;
      if (ready.length === 0) for (const task of queue.splice(0)) task.reject(error);
    });
    worker.unref();
  }
  function dispatch(): void {
    for (const worker of ready) {
      if (busy.has(worker) || queue.length === 0) continue;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.postMessage({ id: task.id, text: task.text, options: task.options, render: task.render });
    }
    // A worker holds the process open only while it has a document or is still loading.
    for (const worker of started) {
      if (busy.has(worker) || !ready.includes(worker)) worker.ref();
      else worker.unref();
    }
  }
  start();
  return {
    run: (text, options, render) =>
      new Promise<Outcome>((resolve, reject) => {
        if (loadFailure && ready.length === 0) return reject(loadFailure);
        queue.push({ id: nextId++, text, options, render, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all(started.map((worker) => worker.terminate()));
    },
  };
}
