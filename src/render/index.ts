import { csvRenderer } from "./csv.js";
import { jsonlRenderer, jsonRenderer } from "./json.js";
import { markdownRenderer } from "./markdown.js";
import { tableRenderer } from "./table.js";
import type { Renderer } from "./types.js";

/** The `--format` choices. */
export const RENDERERS: Record<string, Renderer> = {
  table: tableRenderer,
  json: jsonRenderer,
  jsonl: jsonlRenderer,
  csv: csvRenderer,
  markdown: markdownRenderer,
};

export type { DocumentResult, RenderOptions, Renderer } from "./types.js";
