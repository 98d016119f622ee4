import type { CasualtySummary, Report } from "../types.js";

const isTrusted = (confidence: number | null | undefined, min: number) => confidence === null || confidence === undefined || confidence >= min;

/**
 * The report with only the facts at or above `min` confidence (`--min-confidence`). A quote goes
 * when either it or its speaker falls below; a toll when it does or any figure it rests on does
 * (the figures left are re-indexed); a speaker's actorId is cleared when its actor went.
 * Facts with no confidence (a field never measured) stay: nothing says they are weak.
 */
export function withMinConfidence(report: Report, min: number): Report {
  const actors = report.actors.filter((actor) => isTrusted(actor.confidence, min));
  const casualties = report.casualties.filter((figure) => isTrusted(figure.confidence, min));
  const indexOfId = new Map(casualties.map((figure, index) => [figure.id, index]));
  const casualtySummary: Report["casualtySummary"] = {};
  for (const [kind, toll] of Object.entries(report.casualtySummary) as Array<[keyof Report["casualtySummary"], CasualtySummary]>) {
    const restsOn = [...toll.figureIds, ...(toll.partIds ?? []), ...(toll.minusIds ?? [])];
    if (!isTrusted(toll.confidence, min) || !restsOn.every((id) => indexOfId.has(id))) continue;
    const reindexed = (ids: string[]) => ids.map((id) => indexOfId.get(id)!);
    casualtySummary[kind] = { ...toll, figures: reindexed(toll.figureIds), ...(toll.minusIds ? { minus: reindexed(toll.minusIds) } : {}) };
  }
  const actorIds = new Set(actors.map((actor) => actor.id));
  return {
    ...report,
    actors,
    locations: report.locations.filter((location) => isTrusted(location.confidence, min)),
    dates: report.dates.filter((date) => isTrusted(date.confidence, min)),
    casualties,
    casualtySummary,
    quotes: report.quotes
      .filter((quote) => isTrusted(quote.confidence, min) && isTrusted(quote.speakerConfidence, min))
      .map((quote) => (quote.actorId && !actorIds.has(quote.actorId) ? { ...quote, actorId: null } : quote)),
  };
}
