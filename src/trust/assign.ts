import type { CasualtySummary, Report } from "../types.js";
import { confidenceOf, type CalibrationFile } from "./calibration.js";
import { actorEvidence, casualtyEvidence, dateEvidence, locationEvidence, quoteEvidence, speakerEvidence, tollEvidence } from "./evidence.js";

/**
 * Every fact gets the precision its rule and evidence showed on the calibration sets: `confidence`
 * on actors, locations, dates, figures, toll entries and quotes, and `speakerConfidence` on quotes
 * (null when a quote has no speaker).
 */
export function assignConfidence(report: Report, text: string, file?: CalibrationFile): Report {
  const tolls: Report["casualtySummary"] = {};
  for (const [kind, toll] of Object.entries(report.casualtySummary) as Array<[keyof Report["casualtySummary"], CasualtySummary]>) {
    tolls[kind] = { ...toll, confidence: confidenceOf("toll", tollEvidence(toll, report.casualties, text), file) };
  }
  return {
    ...report,
    actors: report.actors.map((actor) => ({ ...actor, confidence: confidenceOf("actors", actorEvidence(actor), file) })),
    locations: report.locations.map((location) => ({ ...location, confidence: confidenceOf("locations", locationEvidence(location), file) })),
    dates: report.dates.map((date) => ({ ...date, confidence: confidenceOf("dates", dateEvidence(date), file) })),
    casualties: report.casualties.map((figure) => ({ ...figure, confidence: confidenceOf("casualties", casualtyEvidence(figure), file) })),
    casualtySummary: tolls,
    quotes: report.quotes.map((quote) => {
      const speaker = speakerEvidence(quote, text);
      return {
        ...quote,
        confidence: confidenceOf("quotes", quoteEvidence(quote), file),
        speakerConfidence: speaker ? confidenceOf("speakers", speaker, file) : null,
      };
    }),
  };
}
