import type { Readable, Writable } from "node:stream";
import { isIsoCalendarDay } from "../extract/dates/calendar.js";
import { FIELDS, type Field } from "../types.js";
import { UsageError } from "../errors.js";

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** A generous default: a long feature is 100 KB; 20 MB is a dump, not an article. */
export const DEFAULT_MAX_BYTES = 20_000_000;

export function parseFields(value: string): Field[] {
  const fields = value.split(",").map((field) => field.trim()).filter(Boolean);
  const unknown = fields.filter((field) => !(FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0 || fields.length === 0) {
    throw new UsageError(`--only takes a comma-separated list of ${FIELDS.join(", ")}; got "${value}"`);
  }
  return fields as Field[];
}

export function parsePublished(value: string): string {
  if (!isIsoCalendarDay(value)) {
    throw new UsageError(`--published takes a date as YYYY-MM-DD; got "${value}"`);
  }
  return value;
}

/** `--min-confidence`: a share from 0 to 1. */
export function parseMinConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const share = Number(value);
  if (value.trim() === "" || !Number.isFinite(share) || share < 0 || share > 1) {
    throw new UsageError(`--min-confidence takes a number from 0 to 1; got "${value}"`);
  }
  return share;
}

/** Colour only when asked for, on a terminal, and without NO_COLOR. */
export function shouldColor(isAsked: boolean, io: Io): boolean {
  return isAsked && !io.env.NO_COLOR && Boolean(io.stdout.isTTY);
}

/** Tables fit the terminal: its width, else COLUMNS (set by shells and by users), else 100. */
export function terminalWidth(io: Io): number {
  const columns = Number(io.env.COLUMNS);
  return io.stdout.columns || (Number.isSafeInteger(columns) && columns > 0 ? columns : 100);
}
