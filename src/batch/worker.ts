import { parentPort } from "node:worker_threads";
import { extract } from "../pipeline.js";
import type { ExtractOptions } from "../types.js";

/** A worker thread: loads the models once, then extracts every document it is sent. */
parentPort?.on("message", ({ id, text, options }: { id: number; text: string; options: ExtractOptions }) => {
  try {
    parentPort?.postMessage({ id, report: extract(text, options) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).message ?? String(error) });
  }
});
