import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { InputError, inputErrorFrom } from "./errors.js";

export interface InputDocument {
  id?: string;
  source: string;
  text: string;
  published?: string | null;
}

export type InputItem = { ok: true; doc: InputDocument } | { ok: false; id?: string; error: InputError };

export type InputMode = "text" | "jsonl";

const STDIN = "-";

/** Documents in input order; a bad file or line becomes an error item and the rest go on. */
export async function* readInputs(paths: string[], mode: InputMode, stdin: Readable): AsyncGenerator<InputItem> {
  for (const path of paths) {
    const source = path === STDIN ? "<stdin>" : path;
    if (mode === "jsonl") {
      yield* readJsonl(source, path === STDIN ? stdin : null, path);
      continue;
    }
    try {
      const bytes = path === STDIN ? await readAll(stdin) : await readFile(path);
      yield { ok: true, doc: { source, text: decodeText(source, bytes) } };
    } catch (error) {
      yield { ok: false, error: inputErrorFrom(source, error) };
    }
  }
}

/** UTF-8 text; a NUL byte means the file is not text at all. */
export function decodeText(source: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new InputError(source, "EBINARY", "binary file (contains NUL bytes), not an article");
  return bytes.toString("utf8");
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Records streamed line by line, so output can begin before the input ends. */
async function* readJsonl(source: string, stream: Readable | null, path: string): AsyncGenerator<InputItem> {
  const input = stream ?? createReadStream(path);
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() !== "") yield parseRecord(`${source}:${lineNumber}`, line);
    }
  } catch (error) {
    yield { ok: false, error: inputErrorFrom(source, error) };
  }
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
