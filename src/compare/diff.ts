/** Word-level differences between two versions of a quotation. */

export interface DiffPart {
  kind: "same" | "removed" | "added";
  text: string;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];

/** Longest common subsequence table over words: O(n·m), fine for quotations. */
function lcsTable(a: string[], b: string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

/** How alike two texts are, word by word: 1 for the same words in the same order, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length + right.length === 0) return 1;
  return (2 * lcsTable(left, right)[0][0]) / (left.length + right.length);
}

/** The words of `a` kept, removed and added on the way to `b`. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const left = wordsOf(a);
  const right = wordsOf(b);
  const table = lcsTable(left, right);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], word: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += ` ${word}`;
    else parts.push({ kind, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i < left.length && j < right.length && left[i] === right[j]) {
      push("same", left[i]);
      i++;
      j++;
    } else if (j < right.length && (i === left.length || table[i][j + 1] >= table[i + 1][j])) {
      push("added", right[j++]);
    } else {
      push("removed", left[i++]);
    }
  }
  return parts;
}
