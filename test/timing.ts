/** Milliseconds per character of a run on `size` characters, the median of three. */
function costPerCharacter(run: (size: number) => void, size: number): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    run(size);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[1] / size;
}

/**
 * How many times more a character costs on `large` characters than on `small`: about 1 when the
 * work is linear, large/small when it is quadratic. On a busy machine one measurement can be off by
 * several times, so it is taken again, up to three times, while it exceeds `limit`: growth that is
 * real shows every time, noise does not.
 */
export function growthPerCharacter(run: (size: number) => void, small: number, large: number, limit: number): number {
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio > limit; attempt++) {
    ratio = Math.min(ratio, costPerCharacter(run, large) / Math.max(costPerCharacter(run, small), 1e-9));
  }
  return ratio;
}
