import { renderHighlightHtml, renderHighlightTerminal } from "../render/highlight.js";
import { extractAll } from "./documents.js";
import { EXIT } from "../errors.js";
import type { InputMode } from "../input/read.js";
import { parsePublished, shouldColor, type Io } from "./options.js";

export interface HighlightOptions {
  format: "terminal" | "html";
  input: InputMode;
  published?: string;
  color: boolean;
}

export async function runHighlight(file: string, options: HighlightOptions, io: Io): Promise<number> {
  const published = options.published ? parsePublished(options.published) : null;
  const { documents, errors } = await extractAll([file], options.input, published, io.stdin);
  for (const error of errors) io.stderr.write(`factx: ${error.source}: ${error.message}\n`);
  for (const { text, report } of documents) {
    io.stdout.write(
      options.format === "html"
        ? renderHighlightHtml(text, report)
        : renderHighlightTerminal(text, report, shouldColor(options.color, io)),
    );
  }
  return errors.length > 0 ? EXIT.inputFailed : EXIT.ok;
}
