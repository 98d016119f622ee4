/** Text between quotation marks, found in one linear pass. */
export interface QuotedText {
  /** Offsets of the words inside the marks (marks excluded). */
  start: number;
  end: number;
  /** Offsets of the opening and one past the closing mark. */
  outerStart: number;
  outerEnd: number;
}

const OPENING = new Set(["“", "„", "«"]);
const CLOSING = new Set(["”", "»"]);
const STRAIGHT = '"';

/**
 * Pairs quotation marks within a paragraph. A quotation still open at a paragraph's end goes on
 * when the next paragraph opens with a mark (news style for long quotes); otherwise it is dropped
 * as unbalanced and the scan carries on, so one stray mark loses nothing else.
 */
export function findQuotedText(text: string): QuotedText[] {
  const found: QuotedText[] = [];
  let openAt = -1;
  let openWidth = 1;
  for (let index = 0; index < text.length; index++) {
    // Two apostrophes ('') stand for a straight double quotation mark in some newsroom text.
    const isDoubled = text[index] === "'" && text[index + 1] === "'";
    const char = isDoubled ? STRAIGHT : text[index];
    if (char === "\n" && openAt >= 0) {
      let next = index + 1;
      while (next < text.length && /\s/.test(text[next])) next++;
      if (OPENING.has(text[next]) || text[next] === STRAIGHT) index = next;
      else openAt = -1;
      continue;
    }
    const isOpening = OPENING.has(char) || (char === STRAIGHT && openAt < 0);
    const isClosing = CLOSING.has(char) || (char === STRAIGHT && openAt >= 0);
    const width = isDoubled ? 2 : 1;
    if (isClosing && openAt >= 0) {
      const quoted = trimmed(text, openAt + openWidth, index);
      if (quoted) found.push({ ...quoted, outerStart: openAt, outerEnd: index + width });
      openAt = -1;
    } else if (isOpening) {
      openAt = index;
      openWidth = width;
    }
    index += width - 1;
  }
  return found;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
