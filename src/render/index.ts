import { csvRenderer } from "./csv.js";
import { jsonlRenderer, jsonRenderer } from "./json.js";
import { markdownRenderer } from "./markdown.js";
import { SUMMARY_RENDERERS } from "./summary.js";
import { tableRenderer } from "./table.js";
import type { Renderer } from "./types.js";

/** Renderers by name: the `--format` choices of extraction, and `summary:FORMAT` for `factx summary`. */
export const RENDERERS: Record<string, Renderer> = {
  table: tableRenderer,
  json: jsonRenderer,
  jsonl: jsonlRenderer,
  csv: csvRenderer,
  markdown: markdownRenderer,
  ...SUMMARY_RENDERERS,
};

export type { DocumentResult, RenderOptions, Renderer } from "./types.js";
