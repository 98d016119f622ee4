import type { Field, Report } from "../types.js";

/** One document's outcome: its report, or the error that stopped it. */
export type DocumentResult =
  | { ok: true; report: Report }
  | { ok: false; id?: string; source: string; published?: string | null; error: { code: string; message: string } };

export interface RenderOptions {
  fields: readonly Field[];
  color: boolean;
  evidence: boolean;
  /** Terminal width for tables. */
  width: number;
}

/** Renderers are pure: results in, text out. They never change a fact. */
export interface Renderer {
  /** Text written once before any result (a CSV header). */
  renderHeader?(options: RenderOptions): string;
  /** Text for one result, written as soon as the result is ready (streaming formats). */
  renderOne?(result: DocumentResult, options: RenderOptions): string;
  /** Text for all results at once (formats that wrap the whole batch). */
  renderAll?(results: DocumentResult[], options: RenderOptions): string;
  /** A closing summary of a batch: how many documents, and which failed and why. */
  renderSummary?(documents: number, failures: Array<{ source: string; message: string }>, options: RenderOptions): string;
}
