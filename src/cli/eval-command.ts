import { Option, type Command } from "commander";
import type { ReportListener } from "../eval/evaluate.js";
import { GOLD_FIELDS, type GoldField } from "../eval/gold.js";
import type { Observation } from "../trust/observe.js";
import { EXIT, InputError, UsageError } from "../errors.js";
import { shouldColor, type Io } from "./options.js";

interface EvalOptions {
  json?: boolean;
  limit?: string;
  field?: GoldField[];
  showErrors?: string;
  calibration?: boolean;
  color: boolean;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number; got "${value}"`);
  return Number(value);
}

export function registerEval(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("eval")
    .description("score factx against gold annotations (JSONL, see FORMAT in the README): precision, recall and F1 per field")
    .argument("<gold...>", "gold JSONL files")
    .option("--json", "print the scores as JSON")
    .option("--limit <n>", "score only the first n documents of each file")
    .addOption(new Option("--field <field...>", "score only these fields").choices([...GOLD_FIELDS]))
    .option("--show-errors <n>", "list n missed and n spurious facts per field, with their sentence")
    .option("--calibration", "also check the confidences: per field, confidence bins against the share of facts right, and the expected calibration error")
    .option("--no-color", "never colour the output")
    .action(async (files: string[], options: EvalOptions) => {
      const limit = positiveInteger("--limit", options.limit, Infinity);
      const showErrors = positiveInteger("--show-errors", options.showErrors, 0);
      const [{ readGold }, { evaluate }, { factxPredictor }, render, { observe }, { reliabilityByField }, { TRUST_FIELDS }] = await Promise.all([
        import("../eval/gold.js"),
        import("../eval/evaluate.js"),
        import("../eval/predictor.js"),
        import("../render/evaluation.js"),
        import("../trust/observe.js"),
        import("../trust/reliability.js"),
        import("../trust/calibration.js"),
      ]);
      const color = shouldColor(options.color, io);
      const results = [];
      let failed = false;
      for (const file of files) {
        try {
          const observations: Observation[] = [];
          const onReport: ReportListener | undefined = options.calibration ? (doc, report, fields) => observations.push(...observe(doc, report, fields)) : undefined;
          const evaluation = evaluate(readGold(file, limit), factxPredictor, options.field, onReport);
          const calibration = options.calibration ? reliabilityByField(observations, TRUST_FIELDS) : undefined;
          results.push({ file, evaluation, calibration });
          if (!options.json) io.stdout.write(render.renderEvaluationTable(file, evaluation, { color, showErrors }));
          if (!options.json && calibration) io.stdout.write(render.renderReliabilityTable(calibration, { color, showErrors }));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          failed = true;
          io.stderr.write(`factx: ${error.source}: ${error.message}\n`);
        }
      }
      if (options.json) io.stdout.write(render.renderEvaluationJson(results, showErrors));
      setExit(failed ? EXIT.inputFailed : EXIT.ok);
    });
}
