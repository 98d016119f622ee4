interface Range {
  start: number;
  end: number;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/**
 * Where found facts overlap, one reading of the words stays: the longest, and on a tie the one found
 * first. Only facts that compete (all, unless told) push each other out. The kept come back in
 * reading order.
 */
export function withoutOverlaps<T extends Range>(facts: readonly T[], competes: (a: T, b: T) => boolean = () => true): T[] {
  const kept: T[] = [];
  // The sort is stable: facts of equal length stay in the order they were found.
  for (const fact of [...facts].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((other) => competes(fact, other) && overlaps(fact, other))) kept.push(fact);
  }
  return kept.sort((a, b) => a.start - b.start);
}
