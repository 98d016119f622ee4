import { Option, type Command } from "commander";
import { GOLD_FIELDS, type GoldField } from "../eval/gold.js";
import { EXIT, InputError, UsageError } from "../errors.js";
import { shouldColor, type Io } from "./options.js";

interface EvalOptions {
  json?: boolean;
  limit?: string;
  field?: GoldField[];
  showErrors?: string;
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
    .option("--no-color", "never colour the output")
    .action(async (files: string[], options: EvalOptions) => {
      const limit = positiveInteger("--limit", options.limit, Infinity);
      const showErrors = positiveInteger("--show-errors", options.showErrors, 0);
      const [{ readGold }, { evaluate }, { factxPredictor }, render] = await Promise.all([
        import("../eval/gold.js"),
        import("../eval/evaluate.js"),
        import("../eval/predictor.js"),
        import("../render/evaluation.js"),
      ]);
      const color = shouldColor(options.color, io);
      const results = [];
      let failed = false;
      for (const file of files) {
        try {
          const evaluation = evaluate(readGold(file, limit), factxPredictor, options.field);
          results.push({ file, evaluation });
          if (!options.json) io.stdout.write(render.renderEvaluationTable(file, evaluation, { color, showErrors }));
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
