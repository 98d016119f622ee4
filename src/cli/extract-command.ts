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
  color: boolean;
}

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
  for await (const item of readInputs(paths, options.input, io.stdin)) {
    let result: DocumentResult;
    if (item.ok) {
      const { doc } = item;
      result = {
        ok: true,
        report: extract(doc.text, {
          published: doc.published ?? published,
          sourceName: doc.source,
          id: doc.id,
          only: fields,
          evidence: options.evidence,
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
