import { Worker } from "node:worker_threads";
import type { ExtractOptions, Report } from "../types.js";

/** Runs extractions: in this thread, or spread over worker threads. */
export interface Runner {
  run(text: string, options: ExtractOptions): Promise<Report>;
  close(): Promise<void>;
}

export function inlineRunner(extract: (text: string, options: ExtractOptions) => Report): Runner {
  return {
    run: async (text, options) => extract(text, options),
    close: async () => {},
  };
}

interface Task {
  id: number;
  text: string;
  options: ExtractOptions;
  resolve(report: Report): void;
  reject(error: Error): void;
}

/** A fixed set of workers, each given the next document as soon as it is free. */
export function workerRunner(size: number): Runner {
  const queue: Task[] = [];
  const busy = new Map<Worker, Task>();
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL("./worker.js", import.meta.url));
    worker.on("message", (message: { id: number; report?: Report; error?: string }) => {
      const task = busy.get(worker);
      busy.delete(worker);
      if (task) {
        if (message.report) task.resolve(message.report);
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
      worker.postMessage({ id: task.id, text: task.text, options: task.options });
    }
    for (const worker of workers) if (!busy.has(worker)) worker.unref();
  }
  return {
    run: (text, options) =>
      new Promise<Report>((resolve, reject) => {
        queue.push({ id: nextId++, text, options, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
