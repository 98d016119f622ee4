/**
 * A word list, or words to short values, held as one string of sorted "key\tvalue" lines and searched
 * by halves (about fifteen comparisons for the gazetteer's 23,000 names). A start-up snapshot holds
 * it as one object where a Set or a plain object held tens of thousands, each deserialised at every
 * start: the gazetteer and the word lists were most of what the snapshot cost to start.
 */
export class SortedTable {
  private readonly lines: string;

  constructor(entries: Iterable<readonly [string, string]>) {
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, value] of sorted) {
      // A tab or a line break would be read as the end of the key or of the line; a character below
      // the tab would sort a key before its own prefix's line.
      // An empty key would make a line the search by halves cannot step past.
      if (key === "" || /[\0-\n]/.test(key) || value.includes("\n")) throw new Error(`not a table key or value: ${JSON.stringify([key, value])}`);
    }
    this.lines = sorted.map(([key, value]) => `${key}\t${value}\n`).join("");
  }

  static ofKeys(keys: Iterable<string>): SortedTable {
    return new SortedTable(Array.from(keys, (key) => [key, ""] as const));
  }

  get(key: string): string | undefined {
    const { lines } = this;
    // low and high are line starts: the key, if here, is on a line from low up to high.
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const start = lines.lastIndexOf("\n", (low + high) >>> 1) + 1;
      const tab = lines.indexOf("\t", start);
      const end = lines.indexOf("\n", tab);
      const here = lines.slice(start, tab);
      if (here === key) return lines.slice(tab + 1, end);
      if (here < key) low = end + 1;
      else high = start;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}
