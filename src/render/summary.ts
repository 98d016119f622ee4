import { Chalk, type ChalkInstance } from "chalk";
import { summarize, type ArticleSummary } from "../summary/index.js";
import { toCsv } from "./csv.js";
import { cut, fitWidths, wrapText, type ColumnNeed } from "./fit.js";
import { toJson } from "./json.js";
import { escapeCell } from "./markdown.js";
import type { DocumentResult, Renderer, RenderOptions } from "./types.js";

interface SummaryColumn extends ColumnNeed {
  header: string;
  /** Columns of low priority give way first when the terminal is too narrow for all. */
  priority: number;
  /** A path is told by its end: cut at the start ("…/2019/kabul.txt"), not wrapped. */
  isPath?: boolean;
  cell(summary: ArticleSummary): string;
}

const orDash = (value: string | null) => value ?? "—";
const tollWords = (summary: ArticleSummary) => summary.toll.map((toll) => `${toll.kind} ${toll.text}`).join(", ");

/**
 * The overview's columns. Rows are drawn as each article is done, before the longest cell is known,
 * so widths come from what a column usually holds (`natural`) and the terminal; columns of weight 0
 * (dates, counts) never grow past their word.
 */
const COLUMNS: SummaryColumn[] = [
  { header: "Source", natural: 30, word: 14, weight: 2, priority: 9, isPath: true, cell: (summary) => summary.id ?? summary.source.name },
  { header: "Published", natural: 12, word: 12, weight: 0, priority: 2, cell: (summary) => orDash(summary.source.published) },
  { header: "Headline", natural: 62, word: 14, weight: 6, priority: 8, cell: (summary) => orDash(summary.headline) },
  { header: "Event date", natural: 12, word: 12, weight: 0, priority: 6, cell: (summary) => orDash(summary.eventDate) },
  { header: "Place", natural: 18, word: 14, weight: 1, priority: 5, cell: (summary) => orDash(summary.place) },
  { header: "Toll", natural: 26, word: 12, weight: 2, priority: 7, cell: (summary) => orDash(tollWords(summary) || null) },
  { header: "Top actors", natural: 36, word: 12, weight: 2, priority: 4, cell: (summary) => orDash(summary.actors.join(", ") || null) },
  { header: "Quotes", natural: 8, word: 8, weight: 0, priority: 3, cell: (summary) => String(summary.quotes) },
  { header: "Speakers", natural: 10, word: 10, weight: 0, priority: 1, cell: (summary) => String(summary.speakers) },
];

type Layout = ReturnType<typeof layoutOf>;

/** A cell of the overview keeps to a few lines: it is a line per article, not the article. */
const MAX_LINES = 3;

const paintOf = (options: RenderOptions) => new Chalk({ level: options.color ? 1 : 0 });

/** Room the headline should have beyond its longest word before a column is worth keeping. */
const HEADLINE_ROOM = 24;

/**
 * The columns shown at a width, and their widths: the least needed leave while the rest cannot keep
 * their words and leave the headline room to read.
 */
function layoutOf(width: number): { columns: SummaryColumn[]; widths: number[] } {
  let columns = COLUMNS;
  const wordsFit = () => columns.reduce((sum, column) => sum + column.word + 1, 1) + HEADLINE_ROOM <= width;
  while (!wordsFit() && columns.length > 3) {
    const least = Math.min(...columns.map((column) => column.priority));
    columns = columns.filter((column) => column.priority !== least);
  }
  return { columns, widths: fitWidths(columns, width) };
}

function rule(widths: number[], [left, middle, right]: string, paint: ChalkInstance): string {
  return paint.grey(`${left}${widths.map((width) => "─".repeat(width)).join(middle)}${right}`);
}

/** One table row: each cell wrapped at word boundaries to its column, at most MAX_LINES lines. */
function row(cells: string[], { columns, widths }: Layout, paint: ChalkInstance, style: (text: string) => string = (text) => text): string {
  const wrapped = cells.map((cell, index) => {
    const room = widths[index] - 2;
    if (columns[index].isPath) return [cell.length <= room ? cell : `…${cell.slice(cell.length - room + 1)}`];
    const lines = wrapText(cell, room);
    if (lines.length <= MAX_LINES) return lines;
    return [...lines.slice(0, MAX_LINES - 1), cut(`${lines[MAX_LINES - 1]}…`, widths[index] - 2)];
  });
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const bar = paint.grey("│");
  return Array.from({ length: height }, (_, line) =>
    [bar, ...wrapped.map((lines, index) => ` ${style((lines[line] ?? "").padEnd(widths[index] - 2))} ${bar}`)].join(""),
  ).join("\n");
}

/** The cells of a result: its summary, or where it failed and why (under the headline). */
function cellsOf(result: DocumentResult, columns: SummaryColumn[]): { cells: string[]; isFailed: boolean } {
  if (result.ok) {
    const summary = summarize(result.report);
    return { cells: columns.map((column) => column.cell(summary)), isFailed: false };
  }
  const cells = columns.map((column) =>
    column.header === "Source" ? (result.id ?? result.source) : column.header === "Headline" ? `✗ ${result.error.message}` : "",
  );
  return { cells, isFailed: true };
}

const closingLine = (documents: number, failures: number) => `${documents} article${documents === 1 ? "" : "s"}, ${failures} failed`;

/** `factx summary`: a table drawn row by row as articles are done, as wide as the terminal at most. */
const summaryTable: Renderer = {
  renderHeader(options) {
    const paint = paintOf(options);
    const layout = layoutOf(options.width);
    const head = row(layout.columns.map((column) => column.header), layout, paint, options.color ? paint.cyan : undefined);
    return `${rule(layout.widths, "┌┬┐", paint)}\n${head}\n${rule(layout.widths, "├┼┤", paint)}\n`;
  },
  renderOne(result, options) {
    const paint = paintOf(options);
    const layout = layoutOf(options.width);
    const { cells, isFailed } = cellsOf(result, layout.columns);
    return `${row(cells, layout, paint, isFailed ? paint.red : undefined)}\n`;
  },
  renderSummary(documents, failures, options) {
    const paint = paintOf(options);
    return `${rule(layoutOf(options.width).widths, "└┴┘", paint)}\n${paint.bold(closingLine(documents, failures.length))}\n`;
  },
};

const summaryMarkdown: Renderer = {
  renderHeader: () => `| ${COLUMNS.map((column) => column.header).join(" | ")} |\n|${" --- |".repeat(COLUMNS.length)}\n`,
  renderOne: (result) => `| ${cellsOf(result, COLUMNS).cells.map((cell) => escapeCell(cell)).join(" | ")} |\n`,
  renderSummary: (documents, failures) => `\n${closingLine(documents, failures.length)}.\n`,
};

const CSV_HEADER = ["document", "published", "headline", "event_date", "place", "toll", "killed", "injured", "top_actors", "quotes", "speakers", "error"];

/** Counts a spreadsheet can add up: killed and injured get columns of their own; every kind is in `toll`. */
const countOf = (summary: ArticleSummary, kind: string) => summary.toll.find((toll) => toll.kind === kind)?.count ?? null;

const summaryCsv: Renderer = {
  renderHeader: () => toCsv([CSV_HEADER]),
  renderOne(result) {
    if (!result.ok) return toCsv([[result.id ?? result.source, result.published, ...Array(CSV_HEADER.length - 3).fill(null), result.error.message]]);
    const summary = summarize(result.report);
    return toCsv([
      [
        summary.id ?? summary.source.name,
        summary.source.published,
        summary.headline,
        summary.eventDate,
        summary.place,
        tollWords(summary),
        countOf(summary, "killed"),
        countOf(summary, "injured"),
        summary.actors.join(", "),
        summary.quotes,
        summary.speakers,
        null,
      ],
    ]);
  },
};

/** One JSON object per article, as it is done; a failure is the error record extraction writes. */
const summaryJsonl: Renderer = {
  renderOne: (result) => `${JSON.stringify(result.ok ? summarize(result.report) : toJson(result))}\n`,
};

/** `factx summary --format F` renders with `summary:F`. */
export const SUMMARY_RENDERERS: Record<string, Renderer> = {
  "summary:table": summaryTable,
  "summary:csv": summaryCsv,
  "summary:jsonl": summaryJsonl,
  "summary:markdown": summaryMarkdown,
};
