import { parseDocument, type ParsedDocument } from "./document.js";
import { withContinuedContext } from "./extract/casualties/context.js";
import { extractCasualties, summarizeCasualties } from "./extract/casualties/index.js";
import { extractDates } from "./extract/dates/index.js";
import { extractEntities } from "./extract/entities/index.js";
import { extractQuotes } from "./extract/quotes/index.js";
import { attachEvidence } from "./refine/attach-evidence.js";
import { attachSpeakers } from "./refine/attach-speakers.js";
import { assignConfidence } from "./trust/assign.js";
import { withMinConfidence } from "./trust/filter.js";
import { FIELDS, type ExtractOptions, type Field, type Report } from "./types.js";

/** An extractor reads the parsed document and fills the fields it owns. */
export interface Extractor {
  name: string;
  fields: readonly Field[];
  description: string;
  run(doc: ParsedDocument): Partial<Report>;
}

/**
 * A refiner works on the facts the extractors found, across fields or on a whole field at once:
 * it links, summarises, adds or removes, and returns the report changed.
 */
export interface Refiner {
  name: string;
  description: string;
  run(report: Report, doc: ParsedDocument, options: ExtractOptions): Report;
}

// Each extractor reads only the parsed document, so their order is the order of the report's fields.
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

/** In this order, each for the reason its description gives. */
export const REFINERS: readonly Refiner[] = [
  {
    name: "speakers",
    description: "after the actors and the quotes: a speaker mention resolves to an actor (actorId)",
    run: (report, doc) => ({ ...report, quotes: attachSpeakers(report.quotes, report.actors, doc) }),
  },
  {
    name: "continued context",
    description: "before the toll: a figure that goes on from one set in another event ('three other people') is set there too",
    run: (report) => ({ ...report, casualties: withContinuedContext(report.casualties) }),
  },
  {
    name: "toll",
    description: "after the casualty figures are final, their contexts included: the summary points at their ids",
    run: (report, doc) => ({ ...report, casualtySummary: summarizeCasualties(report.casualties, doc.text) }),
  },
  {
    name: "confidence",
    description: "after the speakers and the toll are final, whose evidence it weighs: each fact's measured precision",
    run: (report, doc) => assignConfidence(report, doc.text),
  },
  {
    name: "min-confidence",
    description: "once every fact has its confidence, when asked for: it drops those below the bar",
    run: (report, _doc, options) => (options.minConfidence === undefined ? report : withMinConfidence(report, options.minConfidence)),
  },
  {
    name: "evidence",
    description: "once every fact is final, when asked for: it adds each fact's sentence",
    run: (report, doc, options) =>
      options.evidence
        ? { ...report, dates: attachEvidence(doc, report.dates), casualties: attachEvidence(doc, report.casualties), quotes: attachEvidence(doc, report.quotes) }
        : report,
  },
  {
    name: "only",
    description: "last: fields not asked for were extracted only to serve others (actors for quote speakers)",
    run: (report, _doc, options) => {
      const kept: Report = { ...report };
      for (const field of FIELDS) if (!(options.only ?? FIELDS).includes(field)) kept[field] = [];
      return kept.casualties.length === 0 ? { ...kept, casualtySummary: {} } : kept;
    },
  },
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
  const extracted: Report = {
    schemaVersion: 1,
    ...(options.id !== undefined ? { id: options.id } : {}),
    source: { name: options.sourceName ?? "-", published, ...options.source },
    actors: found.actors ?? [],
    locations: found.locations ?? [],
    dates: found.dates ?? [],
    casualties: found.casualties ?? [],
    casualtySummary: {},
    quotes: found.quotes ?? [],
  };
  const report = REFINERS.reduce((refined, refiner) => refiner.run(refined, doc, options), extracted);
  if (options.includeText) report.text = input;
  return report;
}
