import type { InputError } from "../errors.js";
import type { ExtractOptions } from "../types.js";
import type { Encoding } from "./decode.js";

/** One article as read: its text, and what the file or record said of it. */
export interface InputDocument {
  id?: string;
  source: string;
  text: string;
  published?: string | null;
  /** The date a web page's metadata gives; --published, when given, takes precedence. */
  pagePublished?: string | null;
  encoding?: Encoding;
  format?: "text" | "html";
  title?: string;
  byline?: string;
}

export type InputItem = { ok: true; doc: InputDocument } | { ok: false; id?: string; error: InputError };

/**
 * What extraction needs to know of a document beyond its text. The record's own date comes first,
 * then --published, then the date in a web page's metadata.
 */
export function extractOptionsFor(doc: InputDocument, published: string | null): ExtractOptions {
  return {
    published: doc.published ?? published ?? doc.pagePublished ?? null,
    sourceName: doc.source,
    id: doc.id,
    source: {
      ...(doc.encoding ? { encoding: doc.encoding } : {}),
      ...(doc.format ? { format: doc.format } : {}),
      ...(doc.title ? { title: doc.title } : {}),
      ...(doc.byline ? { byline: doc.byline } : {}),
    },
  };
}
