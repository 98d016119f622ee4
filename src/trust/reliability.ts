import type { TrustField } from "./calibration.js";
import type { Observation } from "./observe.js";

export interface ReliabilityBin {
  /** The bin holds confidences from `from` (included) to `to` (excluded; 1.0 falls in the last bin). */
  from: number;
  to: number;
  facts: number;
  /** The mean confidence given, and the share that was right. */
  confidence: number;
  precision: number;
}

export interface Reliability {
  facts: number;
  bins: ReliabilityBin[];
  /** Expected calibration error: the gap between confidence and precision, averaged over facts. */
  ece: number;
  /** The facts at or above HIGH_CONFIDENCE: their share of all facts, and how many were right. */
  high: { share: number; precision: number };
}

const BIN_COUNT = 10;
/** "Trust it without checking": the confidence the targets are set at. */
export const HIGH_CONFIDENCE = 0.8;

/** The reliability table of one field's judged facts (those given a confidence). */
export function reliability(observations: Observation[]): Reliability {
  const judged = observations.filter((observation) => observation.confidence !== null) as Array<Observation & { confidence: number }>;
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  for (let index = 0; index < BIN_COUNT; index++) {
    const from = index / BIN_COUNT;
    const to = (index + 1) / BIN_COUNT;
    const inBin = judged.filter(({ confidence }) => Math.min(BIN_COUNT - 1, Math.floor(confidence * BIN_COUNT)) === index);
    if (inBin.length === 0) continue;
    const confidence = inBin.reduce((sum, observation) => sum + observation.confidence, 0) / inBin.length;
    const precision = inBin.filter((observation) => observation.isRight).length / inBin.length;
    bins.push({ from, to, facts: inBin.length, confidence, precision });
    ece += (inBin.length / judged.length) * Math.abs(confidence - precision);
  }
  const high = judged.filter(({ confidence }) => confidence >= HIGH_CONFIDENCE);
  return {
    facts: judged.length,
    bins,
    ece,
    high: { share: judged.length === 0 ? 0 : high.length / judged.length, precision: high.length === 0 ? 0 : high.filter((o) => o.isRight).length / high.length },
  };
}

/** One table per field that has judged facts, in the order of TRUST_FIELDS. */
export function reliabilityByField(observations: Observation[], fields: readonly TrustField[]): Partial<Record<TrustField, Reliability>> {
  const tables: Partial<Record<TrustField, Reliability>> = {};
  for (const field of fields) {
    const own = observations.filter((observation) => observation.field === field);
    if (own.length > 0) tables[field] = reliability(own);
  }
  return tables;
}
