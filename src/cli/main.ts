import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { FIELDS } from "../types.js";
import { EXIT, UsageError } from "../errors.js";
import { sayIfUnfinished } from "./unfinished.js";
import { registerEval } from "./eval-command.js";
import { registerSummary } from "./summary-command.js";
import { DEFAULT_MAX_BYTES, type Io } from "./options.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

const HELP_AFTER = `
Fields:
  actors      people, organisations and groups, with titles and merged aliases
  locations   countries, regions, cities and places, with ISO country codes
  dates       absolute and relative dates as ISO 8601, resolved against --published
  casualties  people killed, injured, missing, arrested, kidnapped or displaced
  quotes      direct and reported speech, with the speaker

Examples:
  factx article.txt --published 2019-12-30
  factx --json article.txt | jq '.quotes[] | {speaker, text}'
  cat archive.jsonl | factx --input jsonl --format jsonl -
  factx --jsonl --jobs 2 archive/ > facts.jsonl
  factx summary --format csv archive/ > overview.csv
  factx compare bbc.txt reuters.txt --format markdown
  factx highlight article.txt --format html > article.html
  factx eval gold.jsonl --field dates --show-errors 5

Exit status:
  0  every input was read and extracted
  1  some input failed (the others' results are still written)
  2  usage error: an unknown option or a malformed value
  13 stopped before it had finished, output incomplete (a bug in factx)

Environment:
  NO_COLOR    set to a non-empty value to turn colour off (as --no-color does)
  COLUMNS     the width tables fit when standard output is not a terminal (default 100)

Directories are read recursively (.txt, .md, .html). Output keeps the input order.
Output on stdout is data only; errors and progress go to stderr.`;

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("factx")
    .description("Extract the facts of news articles: actors, locations, dates, casualty figures and attributed quotes.")
    .version(version, "-V, --version")
    .argument("[files...]", 'article files to read ("-" for standard input)')
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "jsonl", "csv", "markdown"]).default("table"))
    .option("--json", "shorthand for --format json")
    .option("--jsonl", "shorthand for --format jsonl")
    .option("--only <fields>", `extract only these fields (comma-separated: ${FIELDS.join(",")})`)
    .option("-p, --published <date>", "publication date (YYYY-MM-DD), the anchor for relative dates")
    .addOption(
      new Option("-i, --input <kind>", "input kind: text (web pages detected by name or content), html, or JSONL records {id, text, published?}")
        .choices(["text", "html", "jsonl"])
        .default("text"),
    )
    .option("-e, --evidence", "attach the sentence each fact came from")
    .option("--min-confidence <x>", "keep only facts whose confidence is at least x (0–1); tables dim those below 0.5 and mark them ?")
    .option("--include-text", "put the text the offsets refer to in the JSON (for web pages, the extracted text)")
    .option("--max-bytes <n>", "refuse documents over n bytes", String(DEFAULT_MAX_BYTES))
    .option("-j, --jobs <n>", "threads for a batch: this one, and workers once the batch repays them (default: the number of cores)")
    .option("-q, --quiet", "no progress line or summary on stderr")
    .option("--no-color", "never colour the output")
    .addHelpText("after", HELP_AFTER)
    .showHelpAfterError("(run factx --help for usage)")
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    // Loaded on use: --help and --version start without the extraction code and its models.
    .action(async (files: string[], options) => setExit(await (await import("./extract-command.js")).runExtract(files, options, io)));
  registerEval(program, io, setExit);
  registerSummary(program, io, setExit);
  program
    .command("compare")
    .description("compare the facts of several articles on one event: what they agree on, what only some report, what conflicts")
    .argument("[files...]", 'articles ("-" for standard input, with --input jsonl)')
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "markdown"]).default("table"))
    .option("--json", "shorthand for --format json")
    .addOption(new Option("-i, --input <kind>", "input kind").choices(["text", "html", "jsonl"]).default("text"))
    .option("-p, --published <date>", "publication date (YYYY-MM-DD) for articles that give none (FILE@YYYY-MM-DD dates one file)")
    .option("--fields <fields>", "compare only these fields (comma-separated: casualties,quotes,dates,actors,locations)")
    .option("--min-confidence <x>", "compare only facts whose confidence is at least x (0–1)")
    .option("--all", "list every actor, place and quote only some articles have (folded into one row per article by default)")
    .option("--no-color", "never colour the output")
    .addHelpText("after", "\nExit status: 0 no conflicts, 1 conflicts found, 2 the articles could not be compared.")
    .action(async (files: string[], options) => setExit(await (await import("./compare-command.js")).runCompare(files, options, io)));
  program
    .command("highlight")
    .description("print an article with every fact marked where it stands, or write it as a self-contained HTML page")
    .argument("<file>", 'the article ("-" for standard input)')
    .addOption(new Option("-f, --format <format>", "terminal colours, or an HTML page").choices(["terminal", "html"]).default("terminal"))
    .addOption(new Option("-i, --input <kind>", "input kind").choices(["text", "html"]).default("text"))
    .option("-p, --published <date>", "publication date (YYYY-MM-DD), the anchor for relative dates")
    .option("--no-color", "never colour the output")
    .action(async (file: string, options) => setExit(await (await import("./highlight-command.js")).runHighlight(file, options, io)));
  return program;
}

/** Runs factx with the given arguments (without "node" and the script) and returns the exit code. */
export async function run(args: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(args, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`factx: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

export async function main(): Promise<void> {
  // `factx … | head` closes the pipe early: stop quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  process.exitCode = await sayIfUnfinished(
    run(process.argv.slice(2), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
    }),
  );
}
