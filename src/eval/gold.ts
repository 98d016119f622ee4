import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";

/** The gold JSONL format of shared/corpus/FORMAT.md. */
export const GOLD_FIELDS = ["entities", "dates", "casualties", "quotes"] as const;
export type GoldField = (typeof GOLD_FIELDS)[number];

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldDocument {
  id: string;
  published: string | null;
  text: string;
  annotated: GoldField[];
  entities: Array<GoldSpan & { type: "PER" | "ORG" | "LOC" }>;
  dates: Array<GoldSpan & { type: "DATE" | "TIME" | "DURATION" | "SET"; value: string | null }>;
  casualties: Array<{ kind: string; count: number }>;
  quotes: Array<
    GoldSpan & { direct: boolean; speaker: string; speakerStart: number; speakerEnd: number; speakerResolved?: string }
  >;
  otherAttributions?: Array<{ start: number; end: number }>;
}

export function readGold(path: string, limit = Infinity): GoldDocument[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code ?? "EREAD";
    throw new InputError(path, code, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a file" : String((error as Error).message));
  }
  const documents: GoldDocument[] = [];
  const lines = content.split(/\r?\n/);
  for (let index = 0; index < lines.length && documents.length < limit; index++) {
    if (lines[index].trim() === "") continue;
    documents.push(parseGold(`${path}:${index + 1}`, lines[index]));
  }
  return documents;
}

function parseGold(source: string, line: string): GoldDocument {
  let record: Partial<GoldDocument>;
  try {
    record = JSON.parse(line) as Partial<GoldDocument>;
  } catch {
    throw new InputError(source, "EJSON", "invalid JSON in gold file");
  }
  if (typeof record.text !== "string" || !Array.isArray(record.annotated)) {
    throw new InputError(source, "EGOLD", 'a gold document needs "text" and "annotated"');
  }
  return {
    id: String(record.id ?? source),
    published: record.published ?? null,
    text: record.text,
    annotated: record.annotated,
    entities: record.entities ?? [],
    dates: record.dates ?? [],
    casualties: record.casualties ?? [],
    quotes: record.quotes ?? [],
    otherAttributions: record.otherAttributions ?? [],
  };
}
