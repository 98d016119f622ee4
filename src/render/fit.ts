/** Fitting text and tables into a terminal's width. Widths count UTF-16 code units, colour codes excluded. */

/** A column's narrowest: three characters and the padding either side. */
const MIN_COLUMN = 5;
/** The narrowest a column can be made when nothing else fits: one character and the padding. */
const LAST_RESORT_COLUMN = 3;
/** A word wider than this (a long name, a web address) may be split rather than widen its column. */
const WORD_COLUMN = 16;

export const ANSI = /\u001b\[[0-9;]*m/g;
export const visibleLength = (text: string) => text.replace(ANSI, "").length;

/** One line cut to `width`, "…" marking the cut. */
export function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Lines of at most `width`, broken at spaces; a word longer than a line is cut with "…". */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (candidate.length <= width) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = cut(word, width);
    }
    lines.push(line);
  }
  return lines;
}

/** What a column holds, as widths that include the padding either side. */
export interface ColumnNeed {
  /** Its longest line: no wider is needed. */
  natural: number;
  /** Its longest word: narrower splits a word. */
  word: number;
  /** Its share of the width left once every column has its longest word. */
  weight: number;
}

/**
 * Column widths (padding included) whose table, borders and all, is at most `width` wide, as a
 * browser lays out a table: a table that fits keeps its natural widths; otherwise each column gets
 * its longest word (up to a cap, so that one long name does not take a narrow table), and what is
 * left goes by weight to the columns that want more, none past its natural width; if even the words
 * do not fit, the widest columns give way first.
 */
export function fitWidths(columns: ColumnNeed[], width: number): number[] {
  const available = width - (columns.length + 1);
  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  const natural = columns.map((column) => column.natural);
  if (total(natural) <= available) return natural;
  const widths = columns.map((column) => Math.min(column.natural, Math.max(MIN_COLUMN, Math.min(column.word, WORD_COLUMN))));
  for (let free = available - total(widths); free > 0; ) {
    const wants = columns.map((column, index) => (widths[index] < column.natural ? column.weight : 0));
    const wanted = total(wants);
    if (wanted === 0) break;
    const given = wants.map((want) => Math.floor((free * want) / wanted));
    // Rounding down can give nothing: the column that wants most takes the last characters.
    if (total(given) === 0) given[wants.indexOf(Math.max(...wants))] = 1;
    given.forEach((extra, index) => (widths[index] = Math.min(natural[index], widths[index] + extra)));
    free = available - total(widths);
  }
  for (const floor of [MIN_COLUMN, LAST_RESORT_COLUMN]) {
    while (total(widths) > available) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest] <= floor) break;
      widths[widest]--;
    }
  }
  return widths;
}
