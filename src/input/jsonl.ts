import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { InputError, inputErrorFrom } from "../errors.js";
import { isIsoCalendarDay } from "../extract/dates/calendar.js";
import type { InputItem } from "./document.js";

/** Records streamed line by line, so output can begin before the input ends. */
export async function* readJsonl(source: string, stream: Readable | null, path: string, maxBytes: number): AsyncGenerator<InputItem> {
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
  if (published !== undefined && published !== null && (typeof published !== "string" || !isIsoCalendarDay(published))) {
    return { ok: false, id: recordId, error: new InputError(source, "ERECORD", `"published" must be a real date as a YYYY-MM-DD string; got ${JSON.stringify(published)}`) };
  }
  return { ok: true, doc: { id: recordId, source, text, published: published ?? null } };
}
