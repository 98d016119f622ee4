import { sep } from "node:path";
import { COMPARE_FIELDS, compareArticles, isIsoDate, publicationDate, splitDatedPath, type CompareField } from "../compare/index.js";
import { renderComparisonJson, renderComparisonMarkdown, renderComparisonTable } from "../render/compare.js";
import { extractAll } from "./documents.js";
import { EXIT, UsageError } from "../errors.js";
import type { InputDocument } from "../input/document.js";
import type { InputMode } from "../input/read.js";
import { parseMinConfidence, parsePublished, shouldColor, type Io } from "./options.js";

export interface CompareOptions {
  format: "table" | "json" | "markdown";
  json?: boolean;
  input: InputMode;
  published?: string;
  fields?: string;
  all?: boolean;
  minConfidence?: string;
  color: boolean;
}

function parseCompareFields(value: string): CompareField[] {
  const fields = value.split(",").map((field) => field.trim()).filter(Boolean);
  if (fields.length === 0 || fields.some((field) => !(COMPARE_FIELDS as readonly string[]).includes(field))) {
    throw new UsageError(`--fields takes a comma-separated list of ${COMPARE_FIELDS.join(", ")}; got "${value}"`);
  }
  return fields as CompareField[];
}

/** Exit 0 when the articles do not conflict, 1 when they do, 2 when they could not be compared. */
export async function runCompare(files: string[], options: CompareOptions, io: Io): Promise<number> {
  const published = options.published ? parsePublished(options.published) : null;
  const fields = options.fields ? parseCompareFields(options.fields) : undefined;
  const minConfidence = parseMinConfidence(options.minConfidence);
  const dated = (files.length > 0 ? files : ["-"]).map(splitDatedPath);
  const badDate = dated.find(({ published: given }) => given && !isIsoDate(given));
  if (badDate) throw new UsageError(`${badDate.path}@${badDate.published}: the date after @ is not a day of the calendar (YYYY-MM-DD)`);
  // A document is dated by the argument it came from: the file itself, a line of it, or a file in it.
  const givenDate = (doc: InputDocument) =>
    dated.find(({ path }) => doc.source === path || doc.source.startsWith(`${path}:`) || doc.source.startsWith(`${path.replace(/[\\/]$/, "")}${sep}`))?.published;
  const publishedOf = (doc: InputDocument) => publicationDate({ record: doc.published, given: givenDate(doc), page: doc.pagePublished, text: doc.text, fallback: published });
  const { documents, errors } = await extractAll(dated.map(({ path }) => path), options.input, publishedOf, io.stdin, minConfidence);
  for (const error of errors) io.stderr.write(`factx: ${error.source}: ${error.message}\n`);
  if (errors.length > 0) return EXIT.usage;
  if (documents.length < 2) throw new UsageError(`compare needs at least two articles; got ${documents.length}`);
  const comparison = compareArticles(documents.map(({ name, report }) => ({ name, report })), { fields, all: options.all });
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
