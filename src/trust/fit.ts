import { evidenceKey, TRUST_FIELDS, type CalibrationFile, type FieldCalibration, type Measured } from "./calibration.js";
import type { Observation } from "./observe.js";

/**
 * How many observations a parent's precision weighs in a child's estimate: a rule seen 5 times,
 * all right, gets (5 + 10·p)/(5 + 10) rather than 1.0; one seen 2,000 times keeps its own rate.
 */
export const PRIOR_WEIGHT = 10;

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The calibration of every field: the precision observed for each evidence prefix, each smoothed
 * toward its parent's (a feature toward its rule, a rule toward the field's mean) as a Beta prior
 * of PRIOR_WEIGHT observations. Keys are sorted, so that the same observations write the same file.
 */
export function fitCalibration(observations: Observation[], meta: Pick<CalibrationFile, "about" | "sourcesHash" | "sets">): CalibrationFile {
  const fields: CalibrationFile["fields"] = {};
  for (const field of TRUST_FIELDS) {
    const own = observations.filter((observation) => observation.field === field);
    if (own.length > 0) fields[field] = fitField(own);
  }
  return { ...meta, priorWeight: PRIOR_WEIGHT, fields };
}

function fitField(observations: Observation[]): FieldCalibration {
  const tallies = new Map<string, { facts: number; right: number }>();
  for (const { evidence, isRight } of observations) {
    for (let depth = 1; depth <= evidence.length; depth++) {
      const key = evidenceKey(evidence, depth);
      const tally = tallies.get(key) ?? { facts: 0, right: 0 };
      tally.facts++;
      if (isRight) tally.right++;
      tallies.set(key, tally);
    }
  }
  const right = observations.filter((observation) => observation.isRight).length;
  const mean = right / observations.length;
  const smoothed = new Map<string, number>();
  const parentOf = (key: string) => (key.includes("/") ? smoothed.get(key.slice(0, key.lastIndexOf("/")))! : mean);
  // Parents before children: a shorter key sorts before the keys it prefixes.
  const keys = [...tallies.keys()].sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const tally = tallies.get(key)!;
    smoothed.set(key, (tally.right + PRIOR_WEIGHT * parentOf(key)) / (tally.facts + PRIOR_WEIGHT));
  }
  const evidence: Record<string, Measured> = {};
  for (const key of [...keys].sort()) evidence[key] = { facts: tallies.get(key)!.facts, right: tallies.get(key)!.right, confidence: round(smoothed.get(key)!) };
  return { facts: observations.length, right, confidence: round(mean), evidence };
}
