import { sentenceAround } from "../text.js";
import type { Field, Report } from "../types.js";
import { GOLD_FIELDS, type GoldDocument, type GoldField } from "./gold.js";
import {
  addCounts,
  addTally,
  scoreCasualties,
  scoreDates,
  scoreEntities,
  scoreQuotes,
  SCORED_CASUALTY_KINDS,
  type Counts,
  type ErrorExample,
  type Tally,
} from "./score.js";

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy extends Tally {
  accuracy: number;
}

export interface FieldEvaluation {
  documents: number;
  /** P/R/F1 measures ("exact", "relaxed", "detection killed", …). */
  scores: Record<string, Prf>;
  /** Accuracy measures ("value", "speaker", "exact killed", …). */
  accuracies: Record<string, Accuracy>;
}

export interface DocumentError extends ErrorExample {
  document: string;
  sentence: string;
}

export interface Evaluation {
  documents: number;
  fields: Partial<Record<GoldField, FieldEvaluation>>;
  errors: Partial<Record<GoldField, { missed: DocumentError[]; spurious: DocumentError[] }>>;
}

/** Produces a report for a gold document: factx itself, or a baseline. */
export type Predictor = (doc: GoldDocument, fields: Field[]) => Report;

const FIELDS_FOR: Record<GoldField, Field[]> = {
  entities: ["actors", "locations"],
  dates: ["dates"],
  casualties: ["casualties"],
  quotes: ["quotes", "actors"],
};

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function accuracy({ correct, total }: Tally): Accuracy {
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

interface Accumulator {
  documents: number;
  counts: Record<string, Counts>;
  tallies: Record<string, Tally>;
  missed: DocumentError[];
  spurious: DocumentError[];
}

/** The fields of a gold document that are scored: those it annotates (and that are asked for). */
export const scoredFields = (doc: GoldDocument, only?: readonly GoldField[]) =>
  doc.annotated.filter((field) => GOLD_FIELDS.includes(field) && (!only || only.includes(field)));

/** The report fields a prediction needs to score these gold fields. */
export const fieldsToExtract = (fields: readonly GoldField[]) => [...new Set(fields.flatMap((field) => FIELDS_FOR[field]))];

/** Called with each report scored, for measures beyond the scores (confidence calibration). */
export type ReportListener = (doc: GoldDocument, report: Report, fields: GoldField[]) => void;

/** Scores every field each gold document annotates, micro-averaged over those documents. */
export function evaluate(documents: GoldDocument[], predict: Predictor, only?: readonly GoldField[], onReport?: ReportListener): Evaluation {
  const accumulators = new Map<GoldField, Accumulator>();
  for (const doc of documents) {
    const fields = scoredFields(doc, only);
    if (fields.length === 0) continue;
    const report = predict(doc, fieldsToExtract(fields));
    onReport?.(doc, report, fields);
    for (const field of fields) {
      const accumulator = accumulators.get(field) ?? { documents: 0, counts: {}, tallies: {}, missed: [], spurious: [] };
      accumulators.set(field, accumulator);
      accumulate(accumulator, doc, scoreField(field, doc, report));
    }
  }
  const evaluation: Evaluation = { documents: documents.length, fields: {}, errors: {} };
  for (const field of GOLD_FIELDS) {
    const accumulator = accumulators.get(field);
    if (!accumulator) continue;
    evaluation.fields[field] = {
      documents: accumulator.documents,
      scores: Object.fromEntries(Object.entries(accumulator.counts).map(([name, counts]) => [name, prf(counts)])),
      accuracies: Object.fromEntries(Object.entries(accumulator.tallies).map(([name, tally]) => [name, accuracy(tally)])),
    };
    evaluation.errors[field] = { missed: accumulator.missed, spurious: accumulator.spurious };
  }
  return evaluation;
}

interface FieldScore {
  counts: Record<string, Counts>;
  tallies: Record<string, Tally>;
  missed: ErrorExample[];
  spurious: ErrorExample[];
}

function scoreField(field: GoldField, doc: GoldDocument, report: Report): FieldScore {
  switch (field) {
    case "entities": {
      const score = scoreEntities(doc, report);
      return { counts: { "exact": score.exact, "exact typed": score.typed, "relaxed": score.relaxed }, tallies: {}, ...score.errors };
    }
    case "dates": {
      const score = scoreDates(doc, report);
      // "value" is both: P/R/F1 over all dates, and accuracy over the matched ones.
      return { counts: { relaxed: score.relaxed, strict: score.strict, value: score.value }, tallies: { value: score.matchedValue }, ...score.errors };
    }
    case "casualties": {
      const score = scoreCasualties(doc, report);
      return {
        counts: Object.fromEntries(SCORED_CASUALTY_KINDS.map((kind) => [`detection ${kind}`, score.detection[kind]])),
        tallies: Object.fromEntries(SCORED_CASUALTY_KINDS.map((kind) => [`exact count ${kind}`, score.exact[kind]])),
        ...score.errors,
      };
    }
    case "quotes": {
      const score = scoreQuotes(doc, report);
      return { counts: { content: score.content, direct: score.direct }, tallies: { speaker: score.speaker }, ...score.errors };
    }
  }
}

function accumulate(accumulator: Accumulator, doc: GoldDocument, score: FieldScore): void {
  accumulator.documents++;
  for (const [name, counts] of Object.entries(score.counts)) {
    accumulator.counts[name] = addCounts(accumulator.counts[name] ?? { tp: 0, fp: 0, fn: 0 }, counts);
  }
  for (const [name, tally] of Object.entries(score.tallies)) {
    accumulator.tallies[name] = addTally(accumulator.tallies[name] ?? { correct: 0, total: 0 }, tally);
  }
  const withContext = (error: ErrorExample): DocumentError => ({ ...error, document: doc.id, sentence: sentenceAround(doc.text, error) });
  accumulator.missed.push(...score.missed.map(withContext));
  accumulator.spurious.push(...score.spurious.map(withContext));
}
