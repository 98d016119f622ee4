import type { DocumentResult, Renderer } from "./types.js";

/** A failed document keeps the `source` object every report has, so that readers need no special case. */
export function toJson(result: DocumentResult): unknown {
  if (result.ok) return result.report;
  const { id, error } = result;
  const source = { name: result.source, published: result.published ?? null };
  return id === undefined ? { source, error } : { id, source, error };
}

/** `--format json`: one report as an object, several as an array. */
export const jsonRenderer: Renderer = {
  renderAll(results) {
    const value = results.length === 1 ? toJson(results[0]) : results.map(toJson);
    return `${JSON.stringify(value, null, 2)}\n`;
  },
};

/** `--format jsonl`: one line per document, written as each is done. */
export const jsonlRenderer: Renderer = {
  renderOne: (result) => `${JSON.stringify(toJson(result))}\n`,
};
