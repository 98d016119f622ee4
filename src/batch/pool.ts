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

/** A fixed set of workers, each given the next document as soon as it is free. */
export function workerRunner(size: number): Runner {
  const queue: Task[] = [];
  const busy = new Map<Worker, Task>();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL("./worker.js", import.meta.url));
    worker.on("message", (message: { id: number; outcome?: Outcome; error?: string }) => {
      const task = busy.get(worker);
      busy.delete(worker);
      if (task) {
        if (message.outcome) task.resolve(message.outcome);
        else task.reject(new Error(message.error ?? "extraction failed"));
      }
      dispatch();
    });
    worker.on("error", (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
    });
    worker.unref();
    return worker;
  });
  function dispatch(): void {
    for (const worker of workers) {
      if (busy.has(worker) || queue.length === 0) continue;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.ref();
      worker.postMessage({ id: task.id, text: task.text, options: task.options, render: task.render });
    }
    for (const worker of workers) if (!busy.has(worker)) worker.unref();
  }
  return {
    run: (text, options, render) =>
      new Promise<Outcome>((resolve, reject) => {
        queue.push({ id: nextId++, text, options, render, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
