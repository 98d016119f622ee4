/** Text between quotation marks, found in one linear pass. */
export interface QuotedText {
  /** Offsets of the words inside the marks (marks excluded). */
  start: number;
  end: number;
  /** Offsets of the opening and one past the closing mark. */
  outerStart: number;
  outerEnd: number;
}

/** One quotation mark: double (“ ” " `` '' „ « ») or single (‘ ’ '), and what it may do. */
interface Mark {
  isSingle: boolean;
  canOpen: boolean;
  canClose: boolean;
  width: number;
}

interface OpenQuote {
  at: number;
  mark: Mark;
  /** The quotation opens its paragraph or follows a colon: its paragraph's end may close it. */
  isLead: boolean;
}

const DOUBLE_OPENING = new Set(["“", "„", "«"]);
const DOUBLE_CLOSING = new Set(["”", "»"]);
// A word of two letters or more: "rock 'n' roll" quotes no word.
const HAS_WORD = /\p{L}{2}/u;

/**
 * The mark at `index`, or null. Archive newswire opens with two backticks and closes with two
 * apostrophes (``…''); some newsrooms write '' for both. A single mark opens only before a letter
 * at a word's start ("the '90s" is no quotation) and closes only after a word's end, so "don't"
 * and "O'Brien" are no marks; 5'11'' is feet and inches.
 */
function markAt(text: string, index: number): Mark | null {
  const char = text[index];
  const before = text[index - 1] ?? " ";
  const after = text[index + 1] ?? " ";
  if (char === "`" && after === "`") return { isSingle: false, canOpen: true, canClose: false, width: 2 };
  if (char === "'" && after === "'") return /\d/.test(before) ? null : { isSingle: false, canOpen: true, canClose: true, width: 2 };
  if (char === '"') return { isSingle: false, canOpen: true, canClose: true, width: 1 };
  // “It's unusual,“ said …: a mistyped closing mark stands after a word and before a space.
  if (char === "“" && /[^\s(]/.test(before) && /[\s.,;:!?]/.test(after)) return { isSingle: false, canOpen: false, canClose: true, width: 1 };
  if (DOUBLE_OPENING.has(char)) return { isSingle: false, canOpen: true, canClose: false, width: 1 };
  if (DOUBLE_CLOSING.has(char)) return { isSingle: false, canOpen: false, canClose: true, width: 1 };
  if (char !== "'" && char !== "‘" && char !== "’") return null;
  const canOpen = char !== "’" && /[\s(\[—–-]/.test(before) && /\p{L}/u.test(after);
  const canClose = char !== "‘" && /[\p{L}\p{N}.,!?…—–-]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
  return canOpen || canClose ? { isSingle: true, canOpen, canClose, width: 1 } : null;
}

/**
 * Pairs quotation marks within a paragraph. A quotation still open at a paragraph's end goes on
 * when the next paragraph opens with a mark (news style for long quotes); one that opened the
 * paragraph ends with it, its closing mark forgotten; any other is dropped as unbalanced and the
 * scan carries on, so one stray mark loses nothing else. Single marks inside a double quotation
 * are a quotation within it and are left to it.
 */
export function findQuotedText(text: string): QuotedText[] {
  const found: QuotedText[] = [];
  let open: OpenQuote | null = null;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === "\n" && open) {
      let next = index + 1;
      while (next < text.length && /\s/.test(text[next])) next++;
      const reopening = markAt(text, next);
      // Words quoted from inside a sentence ("is “really an amorphous position) run on over no paragraph.
      const isFragment = /^\s*\p{Ll}/u.test(text.slice(open.at + open.mark.width, open.at + open.mark.width + 3));
      if (reopening?.canOpen && reopening.isSingle === open.mark.isSingle && !isFragment) {
        index = next + reopening.width - 1;
        continue;
      }
      if (open.isLead && /[.!?…]\s*$/.test(text.slice(open.at, index))) add(found, text, open, index, index);
      open = null;
      continue;
    }
    // <tweet author="@someone">: a value in markup is no quotation.
    if (text[index] === '"' && text[index - 1] === "=") {
      const valueEnd = text.indexOf('"', index + 1);
      if (valueEnd < 0) break;
      index = valueEnd;
      continue;
    }
    const mark = markAt(text, index);
    if (!mark) continue;
    // „…“: German style closes with the mark English opens with.
    const isLowHighClose = text[index] === "“" && open !== null && text[open.at] === "„";
    if (open && (mark.canClose || isLowHighClose) && mark.isSingle === open.mark.isSingle) {
      add(found, text, open, index, index + mark.width);
      open = null;
    } else if (mark.canOpen && (!open || open.mark.isSingle || !mark.isSingle)) {
      // A second opening mark starts afresh: the first was stray. A double mark also ends a single
      // quotation left open (an apostrophe read as a mark); a single one inside a double is nested.
      open = { at: index, mark, isLead: isLead(text, index) };
    }
    index += mark.width - 1;
  }
  if (open?.isLead && /[.!?…]\s*$/.test(text.slice(open.at))) add(found, text, open, text.length, text.length);
  return found;
}

function add(found: QuotedText[], text: string, open: OpenQuote, closeAt: number, outerEnd: number): void {
  const quoted = trimmed(text, open.at + open.mark.width, closeAt);
  if (!quoted || (open.mark.isSingle && !HAS_WORD.test(text.slice(quoted.start, quoted.end)))) return;
  found.push({ ...quoted, outerStart: open.at, outerEnd: trimmedEnd(text, open.at, outerEnd) });
}

/** The mark opens a paragraph or follows a colon ("He said: “…"). */
function isLead(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, index)) || /:\s*$/.test(text.slice(Math.max(lineStart, index - 3), index));
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
