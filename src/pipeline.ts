import { parseDocument, type ParsedDocument } from "./document.js";
import { extractCasualties, summarizeCasualties } from "./extract/casualties/index.js";
import { extractDates } from "./extract/dates/index.js";
import { extractEntities } from "./extract/entities/index.js";
import { extractQuotes } from "./extract/quotes/index.js";
import { attachEvidence } from "./refine/attach-evidence.js";
import { attachSpeakers } from "./refine/attach-speakers.js";
import { FIELDS, type ExtractOptions, type Field, type Report } from "./types.js";

/** An extractor reads the parsed document and fills the fields it owns. */
export interface Extractor {
  name: string;
  fields: readonly Field[];
  description: string;
  run(doc: ParsedDocument): Partial<Report>;
}

export const EXTRACTORS: readonly Extractor[] = [
  {
    name: "entities",
    fields: ["actors", "locations"],
    description: "people, organisations and places, aliases merged",
    run: (doc) => extractEntities(doc),
  },
  { name: "dates", fields: ["dates"], description: "absolute and relative dates, as ISO 8601", run: (doc) => ({ dates: extractDates(doc) }) },
  {
    name: "casualties",
    fields: ["casualties"],
    description: "counts of people killed, injured, missing, arrested, kidnapped or displaced",
    run: (doc) => ({ casualties: extractCasualties(doc) }),
  },
  { name: "quotes", fields: ["quotes"], description: "direct and reported speech", run: (doc) => ({ quotes: extractQuotes(doc) }) },
];

export function extract(text: string, options: ExtractOptions = {}): Report {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const published = options.published ?? null;
  const doc = parseDocument(input, published);
  const wanted = new Set<Field>(options.only ?? FIELDS);
  // Quote speakers resolve to actors, so the entity extractor runs whenever quotes are asked for.
  if (wanted.has("quotes")) wanted.add("actors");
  const found: Partial<Report> = {};
  for (const extractor of EXTRACTORS) {
    if (extractor.fields.some((field) => wanted.has(field))) Object.assign(found, extractor.run(doc));
  }
  const quotes = attachSpeakers(found.quotes ?? [], found.actors ?? []);
  const report: Report = {
    schemaVersion: 1,
    ...(options.id !== undefined ? { id: options.id } : {}),
    source: { name: options.sourceName ?? "-", published, ...options.source },
    actors: found.actors ?? [],
    locations: found.locations ?? [],
    dates: found.dates ?? [],
    casualties: found.casualties ?? [],
    casualtySummary: summarizeCasualties(found.casualties ?? [], input),
    quotes,
  };
  if (options.evidence) {
    report.dates = attachEvidence(doc, report.dates);
    report.casualties = attachEvidence(doc, report.casualties);
    report.quotes = attachEvidence(doc, report.quotes);
  }
  for (const field of FIELDS) if (!(options.only ?? FIELDS).includes(field)) report[field] = [];
  if (report.casualties.length === 0) report.casualtySummary = {};
  if (options.includeText) report.text = input;
  return report;
}
