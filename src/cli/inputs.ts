import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { decodeBytes, NotTextError, type Encoding } from "../input/decode.js";
import { looksLikeHtml } from "../input/detect.js";
import type { ExtractOptions } from "../types.js";
import { InputError, inputErrorFrom } from "./errors.js";

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

/** "text" reads files as they are, and web pages (by extension or content) as HTML. */
export type InputMode = "text" | "html" | "jsonl";

export interface ReadOptions {
  mode: InputMode;
  /** Documents over this many bytes are refused. */
  maxBytes: number;
}

const STDIN = "-";

/** Documents in input order; a bad file or line becomes an error item and the rest go on. */
export async function* readInputs(paths: string[], options: ReadOptions, stdin: Readable): AsyncGenerator<InputItem> {
  for await (const path of expandDirectories(paths)) {
    if (typeof path !== "string") {
      yield path;
      continue;
    }
    const source = path === STDIN ? "<stdin>" : path;
    if (options.mode === "jsonl") {
      yield* readJsonl(source, path === STDIN ? stdin : null, path, options.maxBytes);
      continue;
    }
    try {
      if (path !== STDIN) checkSize(source, (await stat(path)).size, options.maxBytes);
      const bytes = path === STDIN ? await readAll(stdin) : await readFile(path);
      checkSize(source, bytes.length, options.maxBytes);
      yield { ok: true, doc: await toDocument(source, bytes, options.mode === "html" || HTML_FILE.test(path)) };
    } catch (error) {
      yield { ok: false, error: inputErrorFrom(source, error) };
    }
  }
}

const HTML_FILE = /\.x?html?$/i;
const ARTICLE_FILE = /\.(?:txt|md|x?html?)$/i;

/** Paths as given, with each directory replaced by the articles in it, recursively, in name order. */
async function* expandDirectories(paths: string[]): AsyncGenerator<string | InputItem> {
  for (const path of paths) {
    const info = path === STDIN ? null : await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      yield path;
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const articles = entries
      .filter((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name))
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
      .sort();
    if (articles.length === 0) yield { ok: false, error: new InputError(path, "ENOARTICLES", "a directory with no .txt, .md or .html files") };
    yield* articles;
  }
}

function checkSize(source: string, size: number, maxBytes: number): void {
  if (size > maxBytes) throw new InputError(source, "ETOOBIG", `${size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
}

/** Bytes to a document: decoded, and for a web page its article text and metadata. */
async function toDocument(source: string, bytes: Buffer, isHtml: boolean): Promise<InputDocument> {
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (error) {
    if (error instanceof NotTextError) throw new InputError(source, "EBINARY", error.message);
    throw error;
  }
  if (!isHtml && !looksLikeHtml(decoded.text)) return { source, text: decoded.text, encoding: decoded.encoding, format: "text" };
  // The HTML parser loads only when a page comes: plain text and JSONL runs never pay for it.
  const { extractArticle } = await import("../input/html.js");
  const article = extractArticle(decoded.text);
  return {
    source,
    text: article.text,
    pagePublished: article.published,
    encoding: decoded.encoding,
    format: "html",
    ...(article.title ? { title: article.title } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
  };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

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

/** Records streamed line by line, so output can begin before the input ends. */
async function* readJsonl(source: string, stream: Readable | null, path: string, maxBytes: number): AsyncGenerator<InputItem> {
  const input = stream ?? createReadStream(path);
  let lineNumber = 0;
  try {
    for await (const line of linesOf(input)) {
      lineNumber++;
      if (line.trim() === "") continue;
      const where = `${source}:${lineNumber}`;
      yield line.length > maxBytes
        ? { ok: false, error: new InputError(where, "ETOOBIG", `record over the limit of ${maxBytes} bytes (--max-bytes)`) }
        : parseRecord(where, line);
    }
  } catch (error) {
    yield { ok: false, error: inputErrorFrom(source, error) };
  }
}

/**
 * The lines of a stream, read only as fast as they are taken: readline's iterator reads on ahead and
 * would hold a whole archive piped in faster than it is processed.
 */
export async function* linesOf(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    // Only the new text can hold a new line end: a long record is not searched again chunk after chunk.
    const searchFrom = pending.length;
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let newline = pending.indexOf("\n", searchFrom);
    let from = 0;
    while (newline >= 0) {
      yield pending.slice(from, newline).replace(/\r$/, "");
      from = newline + 1;
      newline = pending.indexOf("\n", from);
    }
    pending = pending.slice(from);
  }
  pending += decoder.end();
  if (pending !== "") yield pending.replace(/\r$/, "");
}

function parseRecord(source: string, line: string): InputItem {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { ok: false, error: new InputError(source, "EJSON", "invalid JSON") };
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return { ok: false, error: new InputError(source, "ERECORD", "a record must be a JSON object") };
  }
  const { id, text, published } = record as Record<string, unknown>;
  const recordId = typeof id === "string" || typeof id === "number" ? String(id) : undefined;
  if (typeof text !== "string") {
    return { ok: false, id: recordId, error: new InputError(source, "ERECORD", 'the record has no "text" string') };
  }
  if (published !== undefined && published !== null && typeof published !== "string") {
    return { ok: false, id: recordId, error: new InputError(source, "ERECORD", '"published" must be a YYYY-MM-DD string') };
  }
  return { ok: true, doc: { id: recordId, source, text, published: published ?? null } };
}
