import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import { describeCount, describeToll } from "../text.js";
import { isDoubtful } from "../trust/calibration.js";
import { ANSI, cut, fitWidths, wrapText } from "./fit.js";
import type { Field, Report, Span } from "../types.js";
import type { DocumentResult, Renderer, RenderOptions } from "./types.js";

export interface Column<T> {
  header: string;
  /** Share of the free width this column may take. */
  weight: number;
  cell(fact: T, paint: ChalkInstance): string;
}

export interface FieldView<T> {
  title: string;
  facts(report: Report): T[];
  columns: Column<T>[];
  /** A line under the table that sums it up. */
  footer?(report: Report): string | null;
}

const join = (values: string[]) => values.join(", ");

const doubtMark = (confidence: number | null | undefined) => (isDoubtful(confidence) ? " ?" : "");
const orDash = (value: string | number | null | undefined) => (value === null || value === undefined || value === "" ? "—" : String(value));

/** How each field is shown as a table: its title, columns and the line under it (tables and Markdown alike). */
export const VIEWS: { [F in Field]: FieldView<Report[F][number]> } = {
  actors: {
    title: "Actors",
    facts: (report) => report.actors,
    columns: [
      { header: "Name", weight: 2, cell: (actor, paint) => paint.bold(actor.name) },
      { header: "Type", weight: 1, cell: (actor) => actor.type },
      { header: "Title", weight: 1, cell: (actor) => orDash(actor.title) },
      { header: "Also written", weight: 3, cell: (actor) => orDash(join(actor.aliases)) },
      { header: "Mentions", weight: 1, cell: (actor) => String(actor.mentions.length) },
    ],
  },
  locations: {
    title: "Locations",
    facts: (report) => report.locations,
    columns: [
      { header: "Name", weight: 2, cell: (location, paint) => paint.bold(location.name) },
      { header: "Type", weight: 1, cell: (location) => location.type },
      { header: "Country", weight: 1, cell: (location) => orDash(location.countryCode) },
      { header: "Also written", weight: 3, cell: (location) => orDash(join(location.aliases)) },
      { header: "Mentions", weight: 1, cell: (location) => String(location.mentions.length) },
    ],
  },
  dates: {
    title: "Dates",
    facts: (report) => report.dates,
    columns: [
      { header: "Text", weight: 2, cell: (date, paint) => paint.bold(date.text) },
      { header: "Value", weight: 2, cell: (date, paint) => (date.value ? paint.green(date.value) : paint.dim("unresolved")) },
      { header: "How", weight: 2, cell: (date) => (date.isInferred ? `inferred${date.anchor ? ` from ${date.anchor}` : ""}` : "stated") },
    ],
  },
  casualties: {
    title: "Casualties",
    facts: (report) => report.casualties,
    columns: [
      { header: "Kind", weight: 1, cell: (figure, paint) => paint.bold(figure.kind) },
      { header: "Count", weight: 1, cell: (figure, paint) => paint.red(describeCount(figure)) },
      { header: "Victims", weight: 2, cell: (figure) => orDash(figure.victims) },
      { header: "Text", weight: 3, cell: (figure) => figure.text },
      { header: "Context", weight: 1, cell: (figure) => figure.context },
      { header: "Source", weight: 1, cell: (figure) => orDash(figure.source?.text) },
    ],
    footer: (report) => {
      const tolls = Object.entries(report.casualtySummary).map(([kind, toll]) => `${kind} ${describeToll(toll, report.casualties)}${doubtMark(toll.confidence)}`);
      return tolls.length > 0 ? `Toll: ${tolls.join(", ")}` : null;
    },
  },
  quotes: {
    title: "Quotes",
    facts: (report) => report.quotes,
    columns: [
      {
        header: "Speaker",
        weight: 2,
        cell: (quote, paint) =>
          !quote.speaker ? paint.dim("unattributed") : isDoubtful(quote.speakerConfidence) ? paint.dim(`${quote.speaker} ?`) : paint.bold(quote.speaker),
      },
      { header: "Kind", weight: 1, cell: (quote) => quote.kind },
      { header: "Cue", weight: 1, cell: (quote) => orDash(quote.cue) },
      { header: "Quote", weight: 6, cell: (quote) => (quote.kind === "direct" ? `“${quote.text}”` : quote.text) },
    ],
  },
};

const EVIDENCE_COLUMN: Column<{ sentence?: Span }> = {
  header: "Evidence",
  weight: 4,
  cell: (fact, paint) => paint.dim(fact.sentence?.text ?? ""),
};

/** A fact's cells as the view shows them; a doubtful fact's first cell marked "?", and all of them dimmed. */
export function cellsOf<T>(columns: Column<T>[], fact: T, paint: ChalkInstance): string[] {
  const cells = columns.map((column) => column.cell(fact, paint));
  if (!isDoubtful((fact as { confidence?: number | null }).confidence)) return cells;
  return cells.map((cell, index) => paint.dim(index === 0 ? `? ${cell}` : cell));
}

/** A view's columns, and the evidence sentence when it is asked for and the facts carry it. */
export function columnsOf<T>(view: FieldView<T>, facts: T[], options: RenderOptions): Column<T>[] {
  const hasEvidence = options.evidence && facts.some((fact) => (fact as { sentence?: Span }).sentence);
  return hasEvidence ? [...view.columns, EVIDENCE_COLUMN as Column<T>] : view.columns;
}

function renderField<T>(view: FieldView<T>, report: Report, options: RenderOptions, paint: ChalkInstance): string {
  const facts = view.facts(report);
  const heading = paint.cyan.bold(`${view.title} (${facts.length})`);
  if (facts.length === 0) return `${heading}\n${paint.dim("  none found")}`;
  const columns = columnsOf(view, facts, options);
  const rows = facts.map((fact) => cellsOf(columns, fact, paint));
  const table = new Table({
    head: columns.map((column) => column.header),
    colWidths: columnWidths(columns, rows, options.width),
    wordWrap: true,
    style: { head: options.color ? ["cyan"] : [], border: options.color ? ["grey"] : [], compact: true },
  });
  for (const row of rows) table.push(row);
  const footer = view.footer?.(report);
  return `${heading}\n${table.toString()}${footer ? `\n${paint.bold(wrapText(footer, options.width).join("\n"))}` : ""}`;
}

/** Widths that fit the terminal (see `fitWidths`), from the cells as they will be shown. */
function columnWidths(columns: Array<{ header: string; weight: number }>, rows: string[][], width: number): number[] {
  const padding = 2;
  // Folded, not spread into Math.max: a long article's column can hold more words than a call takes arguments.
  const longest = (texts: string[]) => texts.reduce((most, text) => Math.max(most, text.length), 0);
  const needs = columns.map((column, index) => {
    const lines = [column.header, ...rows.map((row) => row[index].replace(ANSI, ""))].flatMap((cell) => cell.split("\n"));
    return {
      natural: longest(lines) + padding,
      word: lines.reduce((most, line) => Math.max(most, longest(line.split(" "))), 0) + padding,
      weight: column.weight,
    };
  });
  return fitWidths(needs, width);
}

function renderReport(report: Report, options: RenderOptions, paint: ChalkInstance): string {
  const title = `${report.id ?? report.source.name}${report.source.published ? `  (published ${report.source.published})` : ""}`;
  const sections = options.fields.map((field) => renderField(VIEWS[field] as FieldView<unknown>, report, options, paint));
  return [paint.inverse.bold(cut(` ${title} `, options.width)), ...sections].join("\n\n");
}

/** `--format table`: one table per field, coloured only when asked to be. */
export const tableRenderer: Renderer = {
  renderSummary(documents, failures, options) {
    if (documents < 2 && failures.length === 0) return "";
    const paint = new Chalk({ level: options.color ? 1 : 0 });
    const heading = paint.bold(`Summary: ${documents} document${documents === 1 ? "" : "s"}, ${failures.length} failed`);
    if (failures.length === 0) return `${heading}\n`;
    const rows = failures.map((failure) => [failure.source, failure.message]);
    const colWidths = columnWidths([{ header: "Failed", weight: 1 }, { header: "Why", weight: 2 }], rows, options.width);
    const table = new Table({ head: ["Failed", "Why"], colWidths, wordWrap: true, style: { head: options.color ? ["red"] : [], border: options.color ? ["grey"] : [], compact: true } });
    for (const row of rows) table.push(row);
    return `${heading}\n${table.toString()}\n`;
  },
  renderOne(result: DocumentResult, options: RenderOptions) {
    const paint = new Chalk({ level: options.color ? 1 : 0 });
    if (!result.ok) return `${paint.red.bold(wrapText(`✗ ${result.id ?? result.source}: ${result.error.message}`, options.width).join("\n"))}\n\n`;
    return `${renderReport(result.report, options, paint)}\n\n`;
  },
};
