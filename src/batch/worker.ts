import { parentPort } from "node:worker_threads";
import { extract } from "../pipeline.js";
import { RENDERERS, type RenderOptions } from "../render/index.js";
import type { ExtractOptions } from "../types.js";
import { factCount, type Outcome, type WorkerMessage } from "./outcome.js";
import { warmUp } from "./warm-up.js";

interface Message {
  text: string;
  options: ExtractOptions;
  /** Render here, for streaming formats: a string crosses threads far cheaper than a report. */
  render?: { format: string; options: RenderOptions };
}

// Load the models and warm the code up before taking documents.
warmUp(extract);
parentPort?.postMessage({ ready: true });

/** A worker thread: loads the models once, then extracts every document it is sent. */
parentPort?.on("message", ({ text, options, render }: Message) => {
  const endedAt = () => performance.timeOrigin + performance.now();
  let message: WorkerMessage;
  try {
    const begun = performance.now();
    const report = extract(text, options);
    const renderOne = render ? RENDERERS[render.format].renderOne : undefined;
    const outcome: Outcome = renderOne && render ? { rendered: renderOne({ ok: true, report }, render.options), facts: factCount(report) } : { report, facts: factCount(report) };
    message = { outcome, seconds: (performance.now() - begun) / 1000, endedAt: endedAt() };
  } catch (error) {
    message = { error: (error as Error).message ?? String(error), endedAt: endedAt() };
  }
  parentPort?.postMessage(message);
});
