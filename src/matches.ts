/**
 * Every match of a global pattern in `text`, as `text.matchAll(pattern)` gives them, found by the
 * pattern itself. `matchAll` runs a copy of the pattern, and V8 drops a copy's compiled code at
 * garbage collection and compiles it again on the next call: over a long batch, factx's large
 * patterns were compiled again and again. The matches are collected before they are returned, so
 * a caller may use the same pattern again while reading them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step past it, by a whole code point
    // where the pattern reads code points.
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
  }
  pattern.lastIndex = 0;
  return found;
}

function nextIndex(text: string, index: number, isUnicode: boolean): number {
  if (!isUnicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
