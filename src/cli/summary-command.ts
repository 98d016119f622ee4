import { Option, type Command } from "commander";
import type { ExtractCommandOptions } from "./extract-command.js";
import type { Io } from "./options.js";

type SummaryOptions = Pick<ExtractCommandOptions, "format" | "input" | "published" | "minConfidence" | "maxBytes" | "jobs" | "quiet" | "color">;

/**
 * `factx summary`: one row per article. It is extraction with a summary renderer, so it runs on the
 * same batch machinery: worker threads, output in input order as it is done, failures as rows.
 */
export function registerSummary(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("summary")
    .description("one line per article: source, date, headline, date of the event, main place, toll, top actors, quotes and speakers")
    .argument("[files...]", 'articles or directories ("-" for standard input)')
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "csv", "jsonl", "markdown"]).default("table"))
    .addOption(new Option("-i, --input <kind>", "input kind").choices(["text", "html", "jsonl"]).default("text"))
    .option("-p, --published <date>", "publication date (YYYY-MM-DD) for articles that give none")
    .option("--min-confidence <x>", "count only facts whose confidence is at least x (0–1)")
    .option("--max-bytes <n>", "refuse documents over n bytes")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores)")
    .option("-q, --quiet", "no progress line or summary on stderr")
    .option("--no-color", "never colour the output")
    .addHelpText("after", "\nExamples:\n  factx summary archive/\n  factx summary --format csv archive/ > overview.csv\n  factx summary --input jsonl --format jsonl feed.jsonl")
    .action(async (files: string[], options: SummaryOptions) => {
      const { runExtract } = await import("./extract-command.js");
      // The headline is the text's first line, and the date of the event is read from evidence sentences.
      setExit(await runExtract(files, { ...options, format: `summary:${options.format}`, evidence: true, includeText: true }, io));
    });
}
