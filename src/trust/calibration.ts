import { readFileSync } from "node:fs";
import type { Evidence } from "./evidence.js";

/** The fields whose facts carry a confidence: a toll entry and a quote's speaker are judged apart from their figures and quotes. */
export const TRUST_FIELDS = ["actors", "locations", "dates", "casualties", "toll", "quotes", "speakers"] as const;
export type TrustField = (typeof TRUST_FIELDS)[number];

/** Observed on the calibration sets: how many facts had this evidence, how many were right, and the smoothed precision. */
export interface Measured {
  facts: number;
  right: number;
  confidence: number;
}

export interface FieldCalibration extends Measured {
  /** Per evidence prefix ("rule", "rule/feature", …), joined with "/". */
  evidence: Record<string, Measured>;
}

/** calibration/confidence.json, written by `npm run calibrate`. */
export interface CalibrationFile {
  about: string;
  /** SHA-256 of the sources whose rules it measures (see sources.ts): stale when they change. */
  sourcesHash: string;
  sets: string[];
  /** How many observations the parent's precision counts as (the Beta prior's weight). */
  priorWeight: number;
  fields: Partial<Record<TrustField, FieldCalibration>>;
}

export const CALIBRATION_URL = new URL("../../calibration/confidence.json", import.meta.url);

let loaded: CalibrationFile | undefined;

/** Nothing measured yet: every confidence is null until `npm run calibrate` has written the file. */
const UNCALIBRATED: CalibrationFile = { about: "", sourcesHash: "", sets: [], priorWeight: 0, fields: {} };

/**
 * Read on first use, not at start-up. The article snapshot, which extracts from an article as it is
 * built, holds the copy it read then: its manifest tracks the file, and it is not used once the file
 * has changed (src/snapshot/launch.ts).
 */
export function calibration(): CalibrationFile {
  loaded ??= readCalibration();
  return loaded;
}

function readCalibration(): CalibrationFile {
  try {
    return JSON.parse(readFileSync(CALIBRATION_URL, "utf8")) as CalibrationFile;
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return UNCALIBRATED;
    throw error;
  }
}

/** Below this confidence a fact is more likely wrong than right: tables dim it and mark it "?", compare warns. */
const DOUBTFUL_BELOW = 0.5;
export const isDoubtful = (confidence: number | null | undefined): confidence is number => typeof confidence === "number" && confidence < DOUBTFUL_BELOW;

export const evidenceKey = (evidence: Evidence, depth = evidence.length) => evidence.slice(0, depth).join("/");

/**
 * The measured precision of the most specific evidence the calibration saw: a rule renamed or added
 * since falls back to the field's mean; a field never measured has no confidence to give (null).
 */
export function confidenceOf(field: TrustField, evidence: Evidence, file: CalibrationFile = calibration()): number | null {
  const measured = file.fields[field];
  if (!measured) return null;
  for (let depth = evidence.length; depth > 0; depth--) {
    const known = measured.evidence[evidenceKey(evidence, depth)];
    if (known) return known.confidence;
  }
  return measured.confidence;
}
