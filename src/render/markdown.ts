import { Chalk } from "chalk";
import type { Report } from "../types.js";
import { cellsOf, columnsOf, VIEWS, type FieldView } from "./table.js";
import type { DocumentResult, Renderer, RenderOptions } from "./types.js";

const PLAIN = new Chalk({ level: 0 });

/**
 * A cell on one line, its pipes escaped, so that it cannot break the table; a line break becomes
 * `lineBreak` (a space, or "<br>" where the break carries meaning, as in quoted evidence).
 */
export const escapeCell = (text: string, lineBreak = " ") => text.replace(/\|/g, "\\|").replace(/\r?\n/g, lineBreak);

/** A Markdown (GitHub) table. */
export function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => escapeCell(cell)).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function renderField<T>(view: FieldView<T>, report: Report, options: RenderOptions): string {
  const facts = view.facts(report);
  const heading = `### ${view.title} (${facts.length})`;
  if (facts.length === 0) return `${heading}\n\nNone found.`;
  const columns = columnsOf(view, facts, options);
  const table = markdownTable(
    columns.map((column) => column.header),
    facts.map((fact) => cellsOf(columns, fact, PLAIN)),
  );
  const footer = view.footer?.(report);
  return `${heading}\n\n${table}${footer ? `\n\n${footer}` : ""}`;
}

/** `--format markdown`: the tables of `--format table`, to paste into a write-up or a wiki. */
export const markdownRenderer: Renderer = {
  renderOne(result: DocumentResult, options: RenderOptions) {
    if (!result.ok) return `## ${escapeCell(result.id ?? result.source)}\n\nNot read: ${escapeCell(result.error.message)}\n\n`;
    const { report } = result;
    const title = `## ${escapeCell(report.id ?? report.source.name)}${report.source.published ? ` (published ${report.source.published})` : ""}`;
    const sections = options.fields.map((field) => renderField(VIEWS[field] as FieldView<unknown>, report, options));
    return `${[title, ...sections].join("\n\n")}\n\n`;
  },
};
