import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { InputError, inputErrorFrom } from "../errors.js";
import { decodeBytes, NotTextError } from "./decode.js";
import { looksLikeHtml } from "./detect.js";
import type { InputDocument, InputItem } from "./document.js";
import { readJsonl } from "./jsonl.js";

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
  const { extractArticle } = await import("./html.js");
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
