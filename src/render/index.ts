import { jsonlRenderer, jsonRenderer } from "./json.js";
import { tableRenderer } from "./table.js";
import type { Renderer } from "./types.js";

/** The `--format` choices. */
export const RENDERERS: Record<string, Renderer> = {
  table: tableRenderer,
  json: jsonRenderer,
  jsonl: jsonlRenderer,
};

export type { DocumentResult, RenderOptions, Renderer } from "./types.js";
