/** Milliseconds per character of a run on `size` characters, the median of three. */
export function costPerCharacter(run: (size: number) => void, size: number): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    run(size);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[1] / size;
}
