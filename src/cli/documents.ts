import { basename } from "node:path";
import type { Readable } from "node:stream";
import { extract } from "../pipeline.js";
import type { Report } from "../types.js";
import { InputError } from "../errors.js";
import { extractOptionsFor, type InputDocument } from "../input/document.js";
import { readInputs, type InputMode } from "../input/read.js";
import { DEFAULT_MAX_BYTES } from "./options.js";

export interface ReadDocument {
  /** A short name for tables: the record's id, or the file's name. */
  name: string;
  text: string;
  report: Report;
}

/**
 * Reads and extracts every input, with evidence and the text, for commands that need them all.
 * `published` is one date for all, or a date per document (compare weighs articles of several days).
 */
export async function extractAll(
  paths: string[],
  mode: InputMode,
  published: string | null | ((doc: InputDocument) => string | null),
  stdin: Readable,
  minConfidence?: number,
): Promise<{ documents: ReadDocument[]; errors: InputError[] }> {
  const documents: ReadDocument[] = [];
  const errors: InputError[] = [];
  for await (const item of readInputs(paths, { mode, maxBytes: DEFAULT_MAX_BYTES }, stdin)) {
    if (!item.ok) {
      errors.push(item.error);
      continue;
    }
    const { doc } = item;
    const report = extract(doc.text, { ...extractOptionsFor(doc, typeof published === "function" ? published(doc) : published), evidence: true, includeText: true, minConfidence });
    documents.push({ name: doc.id ?? basename(doc.source), text: doc.text, report });
  }
  return { documents, errors };
}
