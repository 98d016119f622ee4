import { parentPort } from "node:worker_threads";
import { extract } from "../pipeline.js";
import { RENDERERS, type RenderOptions } from "../render/index.js";
import type { ExtractOptions } from "../types.js";
import { factCount } from "./outcome.js";
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
  try {
    const begun = performance.now();
    const report = extract(text, options);
    const renderOne = render ? RENDERERS[render.format].renderOne : undefined;
    parentPort?.postMessage(
      renderOne && render
        ? { outcome: { rendered: renderOne({ ok: true, report }, render.options), facts: factCount(report) }, seconds: (performance.now() - begun) / 1000 }
        : { outcome: { report, facts: factCount(report) }, seconds: (performance.now() - begun) / 1000 },
    );
  } catch (error) {
    parentPort?.postMessage({ error: (error as Error).message ?? String(error) });
  }
});
