import type { Report } from "../types.js";

/** What a runner gives back: the report, or its rendering when the renderer ran beside it. */
export type Outcome = { report: Report; facts: number } | { rendered: string; facts: number };

export function factCount(report: Report): number {
  return report.actors.length + report.locations.length + report.dates.length + report.casualties.length + report.quotes.length;
}

/** What a worker sends: that it is ready, or a document's outcome, its seconds and when it ended. */
export interface WorkerMessage {
  ready?: true;
  outcome?: Outcome;
  seconds?: number;
  error?: string;
  /** performance.timeOrigin + performance.now() in the worker as the document ended. */
  endedAt?: number;
}
