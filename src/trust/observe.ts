import type { GoldDocument, GoldField } from "../eval/gold.js";
import {
  ACTOR_TYPE_TO_GOLD,
  goldTotal,
  isHalfOverlap,
  isSameDateValue,
  isSpeakerCorrect,
  matchOneToOne,
  overlap,
  predictedTotal,
  SCORED_CASUALTY_KINDS,
  scoredDates,
  scoredQuoteFragments,
  type Range,
} from "../eval/score.js";
import type { Report } from "../types.js";
import type { TrustField } from "./calibration.js";
import { actorEvidence, casualtyEvidence, dateEvidence, locationEvidence, quoteEvidence, speakerEvidence, tollEvidence, type Evidence } from "./evidence.js";

/** One fact judged against the gold: its evidence, the confidence the report gave it, and whether it was right. */
export interface Observation {
  field: TrustField;
  evidence: Evidence;
  confidence: number | null;
  isRight: boolean;
}

/**
 * Judges every fact of the report that the gold can judge, field by field:
 * - an actor or location, once per mention: right when it overlaps a gold name of its type;
 * - a date: right when it overlaps a scored gold date (DATE, TIME) and has its value; a length of
 *   time, when it overlaps a gold DURATION and has its value;
 * - a killed or injured figure: right when the document's gold total of its kind is at least it
 *   (a figure above the total, or of a kind nobody suffered, is misread or about another event);
 * - a killed or injured toll: right when it is the gold total;
 * - a quote, once per piece: right when it matches a gold quote (as eval scores quotes);
 * - a speaker, on each matched quote that has one: right as eval scores speakers.
 */
export function observe(gold: GoldDocument, report: Report, fields: readonly GoldField[]): Observation[] {
  const observations: Observation[] = [];
  const add = (field: TrustField, evidence: Evidence, confidence: number | null | undefined, isRight: boolean) =>
    observations.push({ field, evidence, confidence: confidence ?? null, isRight });
  const isTypedName = (mention: Range, type: string) => gold.entities.some((entity) => entity.type === type && overlap(mention, entity) > 0);

  if (fields.includes("entities")) {
    for (const actor of report.actors) {
      for (const mention of actor.mentions) add("actors", actorEvidence(actor), actor.confidence, isTypedName(mention, ACTOR_TYPE_TO_GOLD[actor.type]));
    }
    for (const location of report.locations) {
      for (const mention of location.mentions) add("locations", locationEvidence(location), location.confidence, isTypedName(mention, "LOC"));
    }
  }
  if (fields.includes("dates")) {
    // Calendar dates as eval scores them; lengths of time against the gold's durations, which eval leaves out.
    const { scored, predicted } = scoredDates(gold, report);
    const calendar = predicted.filter((date) => !date.isDuration);
    const durations = report.dates.filter((date) => date.isDuration);
    const goldDurations = gold.dates.filter((date) => date.type === "DURATION");
    const matched = new Map([
      ...matchOneToOne(calendar, scored, (p, g) => overlap(p, g) > 0),
      ...matchOneToOne(durations, goldDurations, (p, g) => overlap(p, g) > 0),
    ]);
    for (const date of [...calendar, ...durations]) {
      const goldDate = matched.get(date);
      add("dates", dateEvidence(date), date.confidence, goldDate !== undefined && isSameDateValue(date, goldDate));
    }
  }
  if (fields.includes("casualties")) {
    for (const figure of report.casualties) {
      const kind = SCORED_CASUALTY_KINDS.find((scored) => scored === figure.kind);
      if (!kind) continue;
      const total = goldTotal(gold, kind);
      const value = figure.count ?? figure.max ?? figure.min;
      add("casualties", casualtyEvidence(figure), figure.confidence, value === null ? total > 0 : value === 0 ? total === 0 : value <= total);
    }
    for (const kind of SCORED_CASUALTY_KINDS) {
      const toll = report.casualtySummary[kind];
      if (toll) add("toll", tollEvidence(toll, report.casualties, gold.text), toll.confidence, predictedTotal(report, kind) === goldTotal(gold, kind));
    }
  }
  if (fields.includes("quotes")) {
    const fragments = scoredQuoteFragments(gold, report);
    const matched = new Map(matchOneToOne(fragments, gold.quotes, isHalfOverlap));
    for (const fragment of fragments) {
      const goldQuote = matched.get(fragment);
      add("quotes", quoteEvidence(fragment.quote), fragment.quote.confidence, goldQuote !== undefined);
      const speaker = speakerEvidence(fragment.quote, gold.text);
      if (goldQuote && speaker) add("speakers", speaker, fragment.quote.speakerConfidence, isSpeakerCorrect(fragment.quote, goldQuote));
    }
  }
  return observations;
}
