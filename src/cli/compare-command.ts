import { compareArticles } from "../compare/index.js";
import { renderComparisonJson, renderComparisonMarkdown, renderComparisonTable } from "../render/compare.js";
import { extractAll } from "./documents.js";
import { EXIT, UsageError } from "../errors.js";
import type { InputMode } from "../input/read.js";
import { parsePublished, shouldColor, type Io } from "./options.js";

export interface CompareOptions {
  format: "table" | "json" | "markdown";
  json?: boolean;
  input: InputMode;
  published?: string;
  color: boolean;
}

/** Exit 0 when the articles do not conflict, 1 when they do, 2 when they could not be compared. */
export async function runCompare(files: string[], options: CompareOptions, io: Io): Promise<number> {
  const published = options.published ? parsePublished(options.published) : null;
  const paths = files.length > 0 ? files : ["-"];
  const { documents, errors } = await extractAll(paths, options.input, published, io.stdin);
  for (const error of errors) io.stderr.write(`factx: ${error.source}: ${error.message}\n`);
  if (errors.length > 0) return EXIT.usage;
  if (documents.length < 2) throw new UsageError(`compare needs at least two articles; got ${documents.length}`);
  const comparison = compareArticles(documents.map(({ name, report }) => ({ name, report })));
  const format = options.json ? "json" : options.format;
  const output =
    format === "json"
      ? renderComparisonJson(comparison)
      : format === "markdown"
        ? renderComparisonMarkdown(comparison)
        : renderComparisonTable(comparison, { color: shouldColor(options.color, io), width: io.stdout.columns ?? 120 });
  io.stdout.write(output);
  return comparison.conflicts > 0 ? 1 : EXIT.ok;
}
