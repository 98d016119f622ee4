import { RENDERERS, type DocumentResult, type RenderOptions } from "../render/index.js";
import { FIELDS } from "../types.js";
import { EXIT, UsageError } from "../errors.js";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { runnerFor } from "../batch/pool.js";
import { extractOptionsFor, type InputItem } from "../input/document.js";
import { readInputs, type InputMode } from "../input/read.js";
import { compileRegexpsForOneDocument, tuneForBatch } from "./v8-flags.js";
import { Progress } from "./progress.js";
import { isReadAheadFull } from "./read-ahead.js";
import { DEFAULT_MAX_BYTES, parseFields, parseMinConfidence, parsePublished, shouldColor, terminalWidth, type Io } from "./options.js";

export interface ExtractCommandOptions {
  format: string;
  json?: boolean;
  jsonl?: boolean;
  only?: string;
  published?: string;
  input: InputMode;
  evidence?: boolean;
  minConfidence?: string;
  includeText?: boolean;
  maxBytes?: string;
  jobs?: string;
  quiet?: boolean;
  color: boolean;
}

export async function runExtract(files: string[], options: ExtractCommandOptions, io: Io): Promise<number> {
  const format = options.json ? "json" : options.jsonl ? "jsonl" : options.format;
  const fields = options.only ? parseFields(options.only) : [...FIELDS];
  const published = options.published ? parsePublished(options.published) : null;
  const minConfidence = parseMinConfidence(options.minConfidence);
  const maxBytes = Number(options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes takes a positive whole number; got "${options.maxBytes}"`);
  const jobs = options.jobs === undefined ? availableParallelism() : Number(options.jobs);
  if (!Number.isSafeInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of at least 1; got "${options.jobs}"`);
  if (files.length === 0 && io.stdin.isTTY) {
    throw new UsageError("no input: name article files, or pipe an article to standard input");
  }
  const paths = files.length > 0 ? files : ["-"];
  // The models load here, not at start-up, so --help and --version never pay for them.
  const isBatch = options.input === "jsonl" || paths.length > 1 || (await isDirectory(paths[0]));
  if (isBatch) tuneForBatch();
  else compileRegexpsForOneDocument();
  const progress = new Progress(io.stderr, Boolean((io.stderr as { isTTY?: boolean }).isTTY) && !options.quiet);
  const runner = await runnerFor(jobs, isBatch, (reason) =>
    io.stderr.write(`${progress.clear()}factx: a worker thread failed (${reason}); the batch goes on without it\n`),
  );
  const renderer = RENDERERS[format];
  const renderOptions: RenderOptions = {
    fields,
    evidence: Boolean(options.evidence),
    color: shouldColor(options.color, io),
    width: terminalWidth(io),
  };
  if (renderer.renderHeader) io.stdout.write(renderer.renderHeader(renderOptions));
  const collected: DocumentResult[] = [];
  const failures: Array<{ source: string; message: string }> = [];
  let documents = 0;
  const emit = (finished: Finished) => {
    documents++;
    if ("result" in finished && !finished.result.ok) failures.push({ source: finished.result.source, message: finished.result.error.message });
    if ("rendered" in finished) progress.write(io.stdout, finished.rendered);
    else if (renderer.renderOne) progress.write(io.stdout, renderer.renderOne(finished.result, renderOptions));
    else collected.push(finished.result);
    // Drawn after the output, so that it stays in view until the next.
    progress.done(finished.isOk, finished.facts);
  };
  const render = renderer.renderOne ? { format, options: renderOptions } : undefined;
  // Results leave in input order, each as soon as it and all before it are done.
  const pending: Array<{ result?: Finished; characters: number; promise: Promise<void> }> = [];
  let charactersInFlight = 0;
  const drain = () => {
    while (pending.length > 0 && pending[0].result) {
      const { result, characters } = pending.shift()!;
      charactersInFlight -= characters;
      emit(result!);
    }
  };
  for await (const item of readInputs(paths, { mode: options.input, maxBytes }, io.stdin)) {
    progress.seen();
    const characters = item.ok ? item.doc.text.length : 0;
    const entry: { result?: Finished; characters: number; promise: Promise<void> } = { characters, promise: Promise.resolve() };
    entry.promise = resultOf(item).then((result) => {
      entry.result = result;
      drain();
    });
    pending.push(entry);
    charactersInFlight += characters;
    while (isReadAheadFull(pending.length, charactersInFlight)) await pending[0].promise;
  }
  progress.allSeen();
  await Promise.all(pending.map((entry) => entry.promise));
  drain();
  await runner.close();
  if (renderer.renderAll) progress.write(io.stdout, renderer.renderAll(collected, renderOptions));
  if (renderer.renderSummary) progress.write(io.stdout, renderer.renderSummary(documents, failures, renderOptions));
  progress.finish();
  return progress.failures > 0 ? EXIT.inputFailed : EXIT.ok;

  async function resultOf(item: InputItem): Promise<Finished> {
    if (!item.ok) {
      io.stderr.write(`${progress.clear()}factx: ${item.error.source}: ${item.error.message}\n`);
      return failed(item.id, item.error.source, published, item.error.code, item.error.message);
    }
    const { doc } = item;
    const extractOptions = extractOptionsFor(doc, published);
    try {
      const outcome = await runner.run(
        doc.text,
        { ...extractOptions, only: fields, evidence: options.evidence, includeText: options.includeText, minConfidence },
        render,
      );
      return "rendered" in outcome
        ? { isOk: true, rendered: outcome.rendered, facts: outcome.facts }
        : { isOk: true, result: { ok: true, report: outcome.report }, facts: outcome.facts };
    } catch (error) {
      const message = `extraction failed: ${(error as Error).message}`;
      io.stderr.write(`${progress.clear()}factx: ${doc.source}: ${message}\n`);
      return failed(doc.id, doc.source, extractOptions.published ?? null, "EEXTRACT", message);
    }
  }
}

/** A document done: its result, or its rendering when a worker made it. */
type Finished = { isOk: boolean; facts: number } & ({ result: DocumentResult } | { rendered: string });

function failed(id: string | undefined, source: string, published: string | null, code: string, message: string): Finished {
  return { isOk: false, result: { ok: false, id, source, published, error: { code, message } }, facts: 0 };
}

async function isDirectory(path: string): Promise<boolean> {
  return path !== "-" && (await stat(path).catch(() => null))?.isDirectory() === true;
}
