import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Evaluation } from "../eval/evaluate.js";
import type { TrustField } from "../trust/calibration.js";
import { HIGH_CONFIDENCE, type Reliability } from "../trust/reliability.js";

export interface EvaluationRenderOptions {
  color: boolean;
  /** How many missed and spurious facts to list per field. */
  showErrors: number;
}

const percent = (value: number) => value.toFixed(3);

/** The accuracy table of one gold file, with optional error listings under it. */
export function renderEvaluationTable(file: string, evaluation: Evaluation, options: EvaluationRenderOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const table = new Table({
    head: ["field", "measure", "P", "R", "F1", "accuracy", "n"],
    colAligns: ["left", "left", "right", "right", "right", "right", "right"],
    style: { head: options.color ? ["cyan"] : [], border: options.color ? ["grey"] : [] },
  });
  for (const [field, result] of Object.entries(evaluation.fields)) {
    for (const [measure, score] of Object.entries(result.scores)) {
      // Nothing to find and nothing found: no score to give, rather than a misleading 0.
      const isEmpty = score.tp + score.fp + score.fn === 0;
      const cells = isEmpty ? ["—", "—", "—"] : [percent(score.precision), percent(score.recall), paint.bold(percent(score.f1))];
      // A measure scored both ways (date values) keeps one row: F1 over all, accuracy over the matched.
      const tally = result.accuracies[measure];
      const accuracyCells = tally ? [paint.bold(percent(tally.accuracy)), `${score.tp + score.fn} gold, ${tally.total} matched`] : ["", `${score.tp + score.fn} gold`];
      table.push([field, measure, ...cells, ...accuracyCells]);
    }
    for (const [measure, tally] of Object.entries(result.accuracies)) {
      if (measure in result.scores) continue;
      table.push([field, measure, "", "", "", paint.bold(percent(tally.accuracy)), `${tally.total}`]);
    }
  }
  const lines = [paint.bold(`${file}: ${evaluation.documents} documents`), table.toString()];
  if (options.showErrors > 0) {
    for (const [field, errors] of Object.entries(evaluation.errors)) {
      for (const [label, list] of [["missed", errors.missed], ["spurious", errors.spurious]] as const) {
        if (list.length === 0) continue;
        lines.push(paint.cyan(`${field}: ${label} (${list.length}, showing ${Math.min(options.showErrors, list.length)})`));
        for (const error of list.slice(0, options.showErrors)) {
          lines.push(`  ${paint.yellow(JSON.stringify(error.text))}${error.note ? ` [${error.note}]` : ""}  ${paint.dim(error.document)}`);
          lines.push(`    ${paint.dim(error.sentence)}`);
        }
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `factx eval --calibration`: per field, the facts in each confidence bin, the mean confidence they
 * were given and the share that was right; the expected calibration error (ECE); and how many facts
 * reach HIGH_CONFIDENCE and how many of those were right.
 */
export function renderReliabilityTable(tables: Partial<Record<TrustField, Reliability>>, options: EvaluationRenderOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const table = new Table({
    head: ["field", "confidence", "facts", "mean given", "right", "ECE", `≥ ${HIGH_CONFIDENCE}: share, right`],
    colAligns: ["left", "left", "right", "right", "right", "right", "right"],
    style: { head: options.color ? ["cyan"] : [], border: options.color ? ["grey"] : [] },
  });
  for (const [field, reliability] of Object.entries(tables)) {
    const summary = [paint.bold(percent(reliability.ece)), `${percent(reliability.high.share)}, ${paint.bold(percent(reliability.high.precision))}`];
    reliability.bins.forEach((bin, index) => {
      const isFirst = index === 0;
      table.push([isFirst ? field : "", `${bin.from.toFixed(1)}–${bin.to.toFixed(1)}`, String(bin.facts), percent(bin.confidence), percent(bin.precision), ...(isFirst ? summary : ["", ""])]);
    });
  }
  return `${paint.bold("calibration: confidence given against facts right")}\n${table.toString()}\n`;
}

/** `factx eval --json`: a versioned shape for scripts. */
export function renderEvaluationJson(
  files: Array<{ file: string; evaluation: Evaluation; calibration?: Partial<Record<TrustField, Reliability>> }>,
  showErrors: number,
): string {
  const output = {
    schemaVersion: 1,
    files: files.map(({ file, evaluation, calibration }) => ({
      file,
      documents: evaluation.documents,
      fields: evaluation.fields,
      ...(calibration ? { calibration } : {}),
      ...(showErrors > 0
        ? {
            errors: Object.fromEntries(
              Object.entries(evaluation.errors).map(([field, errors]) => [
                field,
                { missed: errors.missed.slice(0, showErrors), spurious: errors.spurious.slice(0, showErrors) },
              ]),
            ),
          }
        : {}),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
