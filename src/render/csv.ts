import { stringify } from "csv-stringify/sync";
import { describeCount } from "../text.js";
import type { Field, Report, Span } from "../types.js";
import type { DocumentResult, Renderer, RenderOptions } from "./types.js";

export type CsvCell = string | number | null | undefined;

/**
 * Rows as RFC 4180 text: CRLF line ends, and quotes around any cell with a comma, a quotation mark
 * or a line break. A bare LF inside a cell is quoted too (the library quotes only the record
 * delimiter), or spreadsheets would start a new row there.
 */
export function toCsv(rows: CsvCell[][]): string {
  return stringify(rows, { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/** One fact as a row: where it stands (start, end, text), what it says (kind, value, speaker) and the rule. */
interface FactRow {
  kind: string;
  text: string;
  value: CsvCell;
  speaker: string | null;
  start: number;
  end: number;
  rule: string;
  sentence?: Span;
}

/** Per field, its facts as rows. Actors and places are one row each, placed at their first mention. */
const ROWS: { [F in Field]: (report: Report) => FactRow[] } = {
  actors: (report) => report.actors.map((actor) => ({ ...actor.mentions[0], kind: actor.type, value: actor.name, speaker: null, rule: actor.rule })),
  locations: (report) =>
    report.locations.map((location) => ({ ...location.mentions[0], kind: location.type, value: location.name, speaker: null, rule: location.rule })),
  dates: (report) => report.dates.map((date) => ({ ...date, kind: date.isInferred ? "inferred" : "stated", speaker: null })),
  casualties: (report) =>
    report.casualties.map((figure) => ({
      ...figure,
      // A number a spreadsheet can add up when the text gives one; "10–15" or "24+" otherwise.
      value: figure.count ?? describeCount(figure),
      speaker: figure.source?.text ?? null,
    })),
  quotes: (report) => report.quotes.map((quote) => ({ ...quote, value: null })),
};

const HEADER = ["document", "field", "kind", "text", "value", "speaker", "start", "end", "rule"];
const headerOf = (options: RenderOptions) => (options.evidence ? [...HEADER, "sentence"] : HEADER);

/** `--format csv`: one row per fact, for spreadsheets; a header first, then each document as it is done. */
export const csvRenderer: Renderer = {
  renderHeader: (options) => toCsv([headerOf(options)]),
  renderOne(result: DocumentResult, options: RenderOptions) {
    if (!result.ok) {
      // As long as the header: strict readers refuse short rows.
      const row: CsvCell[] = [result.id ?? result.source, "error", result.error.code, result.error.message];
      return toCsv([[...row, ...Array(headerOf(options).length - row.length).fill(null)]]);
    }
    const document = result.report.id ?? result.report.source.name;
    const rows = options.fields.flatMap((field) =>
      ROWS[field](result.report).map((fact) => {
        const row: CsvCell[] = [document, field, fact.kind, fact.text, fact.value, fact.speaker, fact.start, fact.end, fact.rule];
        return options.evidence ? [...row, fact.sentence?.text] : row;
      }),
    );
    return rows.length > 0 ? toCsv(rows) : "";
  },
};
