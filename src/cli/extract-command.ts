import { RENDERERS, type DocumentResult, type RenderOptions } from "../render/index.js";
import { FIELDS } from "../types.js";
import { EXIT, UsageError } from "./errors.js";
import { readInputs, type InputMode } from "./inputs.js";
import { parseFields, parsePublished, type Io } from "./main.js";

export interface ExtractCommandOptions {
  format: string;
  json?: boolean;
  jsonl?: boolean;
  only?: string;
  published?: string;
  input: InputMode;
  evidence?: boolean;
  includeText?: boolean;
  maxBytes?: string;
  color: boolean;
}

/** A generous default: a long feature is 100 KB; 20 MB is a dump, not an article. */
export const DEFAULT_MAX_BYTES = 20_000_000;

export async function runExtract(files: string[], options: ExtractCommandOptions, io: Io): Promise<number> {
  const format = options.json ? "json" : options.jsonl ? "jsonl" : options.format;
  const fields = options.only ? parseFields(options.only) : [...FIELDS];
  const published = options.published ? parsePublished(options.published) : null;
  if (files.length === 0 && io.stdin.isTTY) {
    throw new UsageError("no input: name article files, or pipe an article to standard input");
  }
  const paths = files.length > 0 ? files : ["-"];
  // Loaded here, not at start-up, so that --help and --version never pay for the NLP models.
  const { extract } = await import("../pipeline.js");
  const renderer = RENDERERS[format];
  const renderOptions: RenderOptions = {
    fields,
    evidence: Boolean(options.evidence),
    color: options.color && !io.env.NO_COLOR && Boolean(io.stdout.isTTY),
    width: io.stdout.columns ?? 100,
  };
  const collected: DocumentResult[] = [];
  let failures = 0;
  const maxBytes = options.maxBytes === undefined ? DEFAULT_MAX_BYTES : Number(options.maxBytes);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes takes a positive whole number; got "${options.maxBytes}"`);
  for await (const item of readInputs(paths, { mode: options.input, maxBytes }, io.stdin)) {
    let result: DocumentResult;
    if (item.ok) {
      const { doc } = item;
      result = {
        ok: true,
        report: extract(doc.text, {
          published: doc.published ?? published ?? doc.pagePublished ?? null,
          sourceName: doc.source,
          id: doc.id,
          only: fields,
          evidence: options.evidence,
          includeText: options.includeText,
          source: {
            ...(doc.encoding ? { encoding: doc.encoding } : {}),
            ...(doc.format ? { format: doc.format } : {}),
            ...(doc.title ? { title: doc.title } : {}),
            ...(doc.byline ? { byline: doc.byline } : {}),
          },
        }),
      };
    } else {
      failures++;
      const { error } = item;
      io.stderr.write(`factx: ${error.source}: ${error.message}\n`);
      result = { ok: false, id: item.id, source: error.source, error: { code: error.code, message: error.message } };
    }
    if (renderer.renderOne) io.stdout.write(renderer.renderOne(result, renderOptions));
    else collected.push(result);
  }
  if (renderer.renderAll) io.stdout.write(renderer.renderAll(collected, renderOptions));
  return failures > 0 ? EXIT.inputFailed : EXIT.ok;
}
